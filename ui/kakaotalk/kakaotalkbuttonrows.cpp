#include "kakaotalkbuttonrows.h"

#include "kakaotalktemplateedits.h"

#include "domain/kakaotalktemplateview.h"
#include "editing/editsession.h"
#include "editing/fieldbinder.h"
#include "icons.h"
#include "rules/kakaotalktemplaterules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace sinch::ui {

namespace {

using Rules = rules::KakaotalkTemplateRules;

QString linkAccessibleName(const QString &key, int n)
{
    if (key == QLatin1String("linkMo"))
        return KakaotalkButtonRows::tr("Button %1 mobile link").arg(n);
    if (key == QLatin1String("linkPc"))
        return KakaotalkButtonRows::tr("Button %1 PC link").arg(n);
    if (key == QLatin1String("schemeIos"))
        return KakaotalkButtonRows::tr("Button %1 iOS app link").arg(n);
    return KakaotalkButtonRows::tr("Button %1 Android app link").arg(n);
}

QPushButton *smallButton(const QString &text, const QString &accessibleName, const QString &tip)
{
    auto *b = new QPushButton(text);
    b->setAccessibleName(accessibleName);
    b->setToolTip(tip);
    b->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return b;
}

} // namespace

KakaotalkButtonRows::KakaotalkButtonRows(EditSession *session, FieldBinder *binder, KakaotalkTemplateEdits *edits, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_binder(binder)
    , m_edits(edits)
{
    setObjectName(QStringLiteral("buttons"));
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < edits->buttonCount(); ++i)
        addButtonGroup(layout, i);
    addNewButtonRow(layout);
}

QString KakaotalkButtonRows::structure(const EditSession &session)
{
    QStringList types;
    for (const QJsonValue &b : session.value(KakaotalkTemplateEdits::kButtons).toArray())
        types << b.toObject().value(QLatin1String("type")).toString();
    return types.join(QLatin1Char(','));
}

void KakaotalkButtonRows::addButtonGroup(QFormLayout *layout, int index)
{
    const QString path = m_edits->buttonPath(index);
    const QString type = m_session->value(path + QStringLiteral(".type")).toString();
    const int n = index + 1;
    auto *box = new QGroupBox(tr("Button %1 · %2").arg(n).arg(KakaotalkTemplateView::buttonTypeWord(type)));
    box->setObjectName(QStringLiteral("button%1").arg(index));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // Its own kind and the kinds no other button has: each kind at most once.
    QList<QPair<QString, QJsonValue>> kinds;
    const QStringList free = m_edits->freeButtonTypes();
    for (const QString &t : Rules::limits().buttonTypes)
        if (t == type || free.contains(t))
            kinds.append({KakaotalkTemplateView::buttonTypeWord(t), t});
    form->addRow(tr("Kind"), m_binder->combo(path + QStringLiteral(".type"), tr("Button %1 kind").arg(n), kinds));
    QLineEdit *label = m_binder->lineEdit(path + QStringLiteral(".name"), tr("Button %1 label").arg(n),
                                          tr("At most %1 characters").arg(Rules::limits().buttonName.max));
    form->addRow(tr("Label"), label);
    for (const QString &key : KakaotalkTemplateView::linkFields(type)) {
        // App links too take a web address: the contract's format is url, its examples https://
        // links (which open the app where it is installed); a yourapp:// prompt asked for what
        // the server refuses.
        QLineEdit *link = m_binder->lineEdit(path + QLatin1Char('.') + key, linkAccessibleName(key, n), QStringLiteral("https://"));
        link->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
        form->addRow(KakaotalkTemplateView::linkWord(key), link);
    }
    if (type == QLatin1String("APP_LINK")) {
        auto *hint = new QLabel(tr("Give at least %1 of the mobile link, the iOS and the Android app link.")
                                    .arg(Rules::kAppLinksNeeded));
        hint->setWordWrap(true); // within the form's column, not past it
        form->addRow(QString(), hint);
    }

    auto *row = new QHBoxLayout;
    // Arrows and a bin with their words in the tooltip and for screen readers: three worded
    // buttons side by side made the form wider than its column.
    QPushButton *up = smallButton(QString(), tr("Move button %1 up").arg(n), tr("Move this button up (Alt+Up)"));
    up->setIcon(Icons::get(QStringLiteral("go-up"), QStyle::SP_ArrowUp));
    QPushButton *down = smallButton(QString(), tr("Move button %1 down").arg(n), tr("Move this button down (Alt+Down)"));
    down->setIcon(Icons::get(QStringLiteral("go-down"), QStyle::SP_ArrowDown));
    up->setEnabled(index > 0);
    down->setEnabled(index + 1 < m_edits->buttonCount());
    if (!up->isEnabled())
        up->setToolTip(tr("This is the first button"));
    if (!down->isEnabled())
        down->setToolTip(tr("This is the last button"));
    QPushButton *remove = smallButton(QString(), tr("Remove button %1").arg(n), tr("Remove this button"));
    remove->setIcon(Icons::get(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon));
    connect(up, &QPushButton::clicked, this, [this, index] { m_edits->moveButton(index, index - 1); });
    connect(down, &QPushButton::clicked, this, [this, index] { m_edits->moveButton(index, index + 1); });
    connect(remove, &QPushButton::clicked, this, [this, index] { m_edits->removeButton(index); });
    row->addWidget(up);
    row->addWidget(down);
    row->addStretch(1);
    row->addWidget(remove);
    form->addRow(row);
    layout->addRow(box);
}

void KakaotalkButtonRows::addNewButtonRow(QFormLayout *layout)
{
    auto *kind = new QComboBox;
    kind->setAccessibleName(tr("Kind of the new button"));
    kind->setObjectName(QStringLiteral("newButtonKind"));
    // Sized as the form's other choices: the longest kind's words are elided, its list shows them.
    kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    kind->setMinimumContentsLength(12);
    for (const QString &t : m_edits->freeButtonTypes())
        kind->addItem(KakaotalkTemplateView::buttonTypeWord(t), t);
    m_binder->watchKeys(kind);
    auto *add = new QPushButton(Icons::get(QStringLiteral("add")), tr("&Add button"));
    add->setAccessibleName(tr("Add button"));
    add->setObjectName(QStringLiteral("addButton"));
    const int max = Rules::limits().maxButtons;
    const bool full = m_edits->buttonCount() >= max;
    add->setEnabled(!full && kind->count() > 0);
    kind->setEnabled(add->isEnabled());
    add->setToolTip(full ? tr("A template has at most %1 buttons: remove one to add another").arg(max)
                         : tr("Add a button of the chosen kind (at most %1)").arg(max));
    connect(add, &QPushButton::clicked, this, [this, kind] {
        const QString type = kind->currentData().toString();
        if (!type.isEmpty())
            m_edits->addButton(type);
    });
    auto *label = new QLabel(tr("New &button"));
    label->setBuddy(kind);
    layout->addRow(label, kind);
    // Under the kind, not beside it: the two side by side were wider than the form's column.
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addStretch(1);
    layout->addRow(QString(), row);
}

} // namespace sinch::ui
