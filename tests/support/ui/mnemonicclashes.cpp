#include "mnemonicclashes.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QTabBar>

namespace sinch::test {

QStringList mnemonicClashes(QWidget *window)
{
    QMap<QString, QStringList> byKey; // "Alt+T" -> the texts that answer to it
    const auto add = [&byKey](const QString &text, const char *kind) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey[key.toString(QKeySequence::NativeText)] << QStringLiteral("“%1” (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                                                          QLatin1String(kind));
    };
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text(), "QLabel");
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text(), w->metaObject()->className());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(group->title(), "QGroupBox");
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i), "QTabBar");
        } else if (auto *menus = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : menus->actions())
                if (a->isVisible())
                    add(a->text(), "QMenuBar");
        }
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            clashes << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    return clashes;
}

} // namespace sinch::test
