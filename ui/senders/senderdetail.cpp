#include "senderdetail.h"

#include "breakabletextdelegate.h"

#include "kakaotalkcategorypicker.h"
#include "templates/list/changelist.h"

#include "domain/enumtext.h"
#include "domain/jsondiff.h"
#include "domain/jsonpath.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {

const QString kDetails = QStringLiteral("details");
const QString kCategory = QStringLiteral("details.topLevelCategoryCode");

QString badgeStyle(const QString &value)
{
    QString color = QStringLiteral("#6b7280"); // unknown, inactive
    if (value == QLatin1String("ACTIVE"))
        color = QStringLiteral("#15803d");
    else if (value.contains(QLatin1String("PENDING")) || value == QLatin1String("IN_PROGRESS") || value == QLatin1String("VERIFYING")
             || value == QLatin1String("DRAFT"))
        color = QStringLiteral("#b45309");
    else if (value == QLatin1String("ERROR") || value == QLatin1String("REJECTED") || value == QLatin1String("SUSPENDED")
             || value == QLatin1String("BLOCKED"))
        color = QStringLiteral("#b91c1c");
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 8px; padding: 2px 10px; font-weight: bold; }")
        .arg(color);
}

QLabel *badge(const QString &objectName, const QString &accessibleName)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setAccessibleName(accessibleName);
    l->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return l;
}

} // namespace

SenderDetail::SenderDetail(const SenderChannel &channel, QWidget *parent)
    : QWidget(parent)
    , m_channel(channel)
    , m_title(new QLabel)
    , m_badge(badge(QStringLiteral("stateBadge"), tr("State")))
    , m_changesBadge(badge(QStringLiteral("changesBadge"), tr("Pending changes status")))
    , m_sentence(new QLabel)
    , m_action(new QPushButton)
    , m_fields(new QTreeWidget)
    , m_changesTitle(new QLabel)
    , m_changes(new ChangeList)
    , m_placeholder(new QLabel(tr("Select a sender to see its details, or create one (Ctrl+N).")))
    , m_body(new QWidget)
{
    setObjectName(QStringLiteral("senderDetail"));
    m_title->setObjectName(QStringLiteral("senderTitle"));
    m_title->setAccessibleName(tr("Sender name"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sentence->setObjectName(QStringLiteral("nextStep"));
    m_sentence->setAccessibleName(tr("What to do next"));
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("nextStepAction"));
    m_action->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_action, &QPushButton::clicked, this, [this] { emit actionRequested(m_step.action); });

    m_fields->setObjectName(QStringLiteral("senderFields"));
    m_fields->setAccessibleName(tr("Sender fields"));
    m_fields->setColumnCount(3);
    m_fields->setHeaderLabels({tr("Field"), tr("Live"), tr("Pending")});
    m_fields->setRootIsDecorated(false);
    m_fields->setSelectionMode(QAbstractItemView::SingleSelection);
    // The field names at their width; the live and pending values share the rest.
    m_fields->header()->setStretchLastSection(false);
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_fields->setTextElideMode(Qt::ElideMiddle);
    m_fields->setItemDelegate(new BreakableTextDelegate(m_fields)); // long emails and websites wrap

    m_changesTitle->setObjectName(QStringLiteral("changesTitle"));
    m_changesTitle->setWordWrap(true);
    m_changes->setSideNames(tr("Live"), tr("Pending"));
    m_changes->setNoChangesText(tr("The pending changes repeat the live values."));
    m_changes->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_changes, &ChangeList::pathActivated, this, [this](const QString &path) {
        for (int i = 0; i < m_fields->topLevelItemCount(); ++i)
            if (m_fields->topLevelItem(i)->data(0, Qt::UserRole).toString() == path)
                m_fields->setCurrentItem(m_fields->topLevelItem(i));
    });
    m_changes->setPathNames([this](const JsonChange &change) {
        const QString &path = change.path;
        for (const auto &[p, words] : m_channel.shownFields())
            if (p == path || (p == kCategory && path.contains(QLatin1String("CategoryCode"))))
                return words;
        return path;
    });

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_changesBadge);
    head->addWidget(m_badge);
    auto *step = new QHBoxLayout;
    step->addWidget(m_sentence, 1);
    step->addWidget(m_action, 0, Qt::AlignTop);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(8, 8, 8, 8);
    body->addLayout(head);
    body->addLayout(step);
    body->addWidget(m_fields, 1);
    body->addWidget(m_changesTitle);
    body->addWidget(m_changes);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_body);
    refresh();
}

void SenderDetail::setSender(const QJsonObject &sender, bool codeRequested)
{
    m_sender = sender;
    m_step = SenderNextStep::of(m_channel.channel(), sender, codeRequested);
    refresh();
}

void SenderDetail::setCategories(const QJsonArray &categories)
{
    m_categories = categories;
    refresh();
}

QString SenderDetail::stateText() const { return m_badge->isVisibleTo(this) ? m_badge->text() : QString(); }
QString SenderDetail::nextStepText() const { return m_sentence->text(); }

QString SenderDetail::valueText(const QJsonObject &object, const QString &path) const
{
    if (path == QLatin1String("phone"))
        return SenderNextStep::phoneOf(m_channel.channel(), object);
    if (path == kCategory) {
        const QJsonObject d = object.value(kDetails).toObject();
        QStringList codes;
        for (const char *k : {"topLevelCategoryCode", "midLevelCategoryCode", "subLevelCategoryCode"})
            if (!d.value(QLatin1String(k)).toString().isEmpty())
                codes << d.value(QLatin1String(k)).toString();
        const QStringList names = KakaotalkCategoryPicker::pathNames(m_categories, codes);
        return names.isEmpty() ? codes.join(QStringLiteral(" › ")) : KakaotalkCategoryPicker::pathText(names);
    }
    const QJsonValue v = JsonPath::value(QJsonValue(object), path);
    if (v.isString())
        return EnumText::words(v.toString());
    return v.isUndefined() || v.isNull() ? QString() : JsonDiff::brief(v, 200);
}

QStringList SenderDetail::changedPaths() const
{
    QStringList out;
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i)
        if (m_fields->topLevelItem(i)->data(2, Qt::UserRole).toBool())
            out << m_fields->topLevelItem(i)->data(0, Qt::UserRole).toString();
    return out;
}

void SenderDetail::refresh()
{
    const bool shown = !m_sender.isEmpty();
    m_placeholder->setVisible(!shown);
    m_body->setVisible(shown);
    if (!shown)
        return;
    m_title->setText(m_channel.titleOf(m_sender));
    m_badge->setVisible(!m_step.state.isEmpty());
    m_badge->setText(EnumText::words(m_step.state));
    m_badge->setStyleSheet(badgeStyle(m_step.state));
    m_badge->setToolTip(tr("State of the sender: %1").arg(EnumText::words(m_step.state)));
    const QJsonObject changes = m_sender.value(QLatin1String("changes")).toObject();
    const bool hasChanges = !changes.isEmpty();
    m_changesBadge->setVisible(hasChanges);
    m_changesBadge->setText(tr("Changes: %1").arg(EnumText::words(m_step.changesStatus)));
    m_changesBadge->setStyleSheet(badgeStyle(m_step.changesStatus));

    m_sentence->setText(m_step.sentence);
    const bool wa = m_channel.channel() == SenderChannel::Channel::Whatsapp;
    QString actionText;
    switch (m_step.action) {
    case SenderNextStep::Action::RequestCode: actionText = wa ? tr("Request code…") : tr("Request token…"); break;
    case SenderNextStep::Action::EnterCode: actionText = wa ? tr("Enter code…") : tr("Enter token…"); break;
    case SenderNextStep::Action::SubmitChanges: actionText = tr("Review and submit…"); break;
    case SenderNextStep::Action::FixChanges: actionText = tr("Edit changes…"); break;
    default: break;
    }
    m_action->setVisible(!actionText.isEmpty());
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText.remove(QStringLiteral("…")));

    // The live values and, beside them, what the pending changes would make of them.
    QJsonObject pendingSender = m_sender;
    QJsonObject pendingDetails = m_sender.value(kDetails).toObject();
    const QJsonObject changed = changes.value(kDetails).toObject();
    for (auto it = changed.constBegin(); it != changed.constEnd(); ++it)
        pendingDetails.insert(it.key(), it.value());
    pendingSender.insert(kDetails, pendingDetails);
    // Field by field also for a sender never verified, which has no live details at all
    // (against nothing, the diff is one change: the whole details object).
    const QList<JsonChange> diff = hasChanges ? JsonDiff::changes(m_sender.value(kDetails).toObject(), pendingDetails, kDetails)
                                              : QList<JsonChange>();
    QStringList diffPaths;
    for (const JsonChange &c : diff)
        diffPaths << c.path;

    m_fields->setColumnHidden(2, !hasChanges);
    m_fields->clear();
    for (const auto &[path, words] : m_channel.shownFields()) {
        const QString live = valueText(m_sender, path);
        const QString pending = valueText(pendingSender, path);
        const bool differs = hasChanges && (path == kCategory ? live != pending : diffPaths.contains(path));
        if (live.isEmpty() && pending.isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(m_fields, {words, live.isEmpty() ? tr("—") : live,
                                                    differs ? QStringLiteral("● ") + (pending.isEmpty() ? tr("(removed)") : pending)
                                                            : QString()});
        item->setData(0, Qt::UserRole, path);
        item->setData(2, Qt::UserRole, differs);
        item->setToolTip(1, live);
        item->setToolTip(2, differs ? tr("Changed: %1 → %2").arg(live, pending) : tr("Unchanged"));
        if (differs) {
            QFont bold = item->font(2);
            bold.setBold(true);
            for (int c : {0, 2})
                item->setFont(c, bold);
            item->setBackground(2, QColor(255, 196, 0, 60));
        }
    }
    m_changesTitle->setVisible(hasChanges);
    m_changes->setVisible(hasChanges);
    if (hasChanges) {
        m_changesTitle->setText(tr("Pending changes (%1): %n field(s) differ from the live values.", nullptr, int(diff.size()))
                                    .arg(EnumText::words(m_step.changesStatus)));
        // The values in words, as the table above says them ("Education", not EDUCATION).
        QList<JsonChange> inWords = diff;
        for (JsonChange &c : inWords)
            for (QJsonValue *v : {&c.before, &c.after})
                if (v->isString())
                    *v = EnumText::words(v->toString());
        m_changes->setChanges(inWords);
        // As high as its lines (up to six), the fields above keep the room.
        const int lines = qBound(1, int(diff.size()), 6);
        m_changes->setMaximumHeight(m_changes->sizeHintForRow(0) * lines + 2 * m_changes->frameWidth() + 4);
    }
}

} // namespace sinch::ui
