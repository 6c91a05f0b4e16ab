#include "languagemenu.h"

#include "messagebox.h"
#include "storage/uilanguage.h"

#include <QActionGroup>
#include <QSettings>

namespace sinch::ui {

LanguageMenu::LanguageMenu(QSettings *settings, const QStringList &available, MessageBox *box, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
    , m_box(box)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    const QString current = settings ? UiLanguage::chosen(*settings) : QString();
    const auto add = [this, &current](const QString &code, const QString &text) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == current);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("System default (%1)").arg(UiLanguage::nativeName(QLocale::system().name())));
    addSeparator();
    for (const QString &code : available)
        add(code, UiLanguage::nativeName(code));
}

QString LanguageMenu::checkedCode() const
{
    QAction *checked = m_group->checkedAction();
    return checked ? checked->data().toString() : QString();
}

void LanguageMenu::choose(const QString &code)
{
    if (!m_settings)
        return;
    const QString before = UiLanguage::chosen(*m_settings);
    if (before == code)
        return;
    UiLanguage::choose(*m_settings, code);
    m_settings->sync();
    if (m_box)
        m_box->inform(this, MessageBox::Kind::Information, tr("Language"),
                      tr("The console speaks %1 from its next start.")
                          .arg(code.isEmpty() ? tr("the system's language") : UiLanguage::nativeName(code)));
}

} // namespace sinch::ui
