#include "changelist.h"

namespace sinch::ui {

ChangeList::ChangeList(QWidget *parent) : QListWidget(parent), m_before(tr("Approved")), m_after(tr("Edited"))
{
    setObjectName(QStringLiteral("changeList"));
    setAccessibleName(tr("Changed fields"));
    setUniformItemSizes(true);
    setTextElideMode(Qt::ElideMiddle);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(PathRole).toString();
        if (!path.isEmpty())
            emit pathActivated(path);
    });
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const QString path = item->data(PathRole).toString();
        if (!path.isEmpty())
            emit pathActivated(path);
    });
}

namespace {

// Two texts that differ somewhere in the middle, cut to the part that differs with a few
// characters of context ("…🌞 Swipe to see" → "…🌞 New arrivals"), so that a long body
// shows what changed rather than its common beginning.
QPair<QString, QString> differingParts(const QString &a, const QString &b, int context = 6)
{
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const int from = qMax(0, prefix - context);
    const int tail = qMax(0, suffix - context);
    auto cut = [&](const QString &s) {
        QString out = s.mid(from, s.size() - from - tail);
        if (from > 0)
            out.prepend(QStringLiteral("…"));
        if (tail > 0)
            out.append(QStringLiteral("…"));
        return out;
    };
    return {cut(a), cut(b)};
}

} // namespace

QString ChangeList::describe(const JsonChange &c)
{
    switch (c.kind) {
    case JsonChange::Kind::Added:
        return tr("+ %1: %2").arg(c.path, JsonDiff::brief(c.after, 40));
    case JsonChange::Kind::Removed:
        return tr("− %1: was %2").arg(c.path, JsonDiff::brief(c.before, 40));
    case JsonChange::Kind::Changed:
        break;
    }
    if (c.before.isString() && c.after.isString()) {
        const auto parts = differingParts(c.before.toString(), c.after.toString());
        return tr("~ %1: %2 → %3").arg(c.path, JsonDiff::brief(parts.first, 40), JsonDiff::brief(parts.second, 40));
    }
    return tr("~ %1: %2 → %3").arg(c.path, JsonDiff::brief(c.before, 30), JsonDiff::brief(c.after, 30));
}

void ChangeList::setPathNames(std::function<QString(const JsonChange &)> name)
{
    m_pathName = std::move(name);
    setChanges(m_changes);
}

void ChangeList::setSideNames(const QString &before, const QString &after)
{
    m_before = before;
    m_after = after;
    setChanges(m_changes);
}

void ChangeList::setChanges(const QList<JsonChange> &changes)
{
    m_changes = changes;
    clear();
    for (const JsonChange &c : changes) {
        JsonChange shown = c;
        if (m_pathName)
            shown.path = m_pathName(c);
        auto *item = new QListWidgetItem(describe(shown), this);
        item->setData(PathRole, c.path);
        item->setData(KindRole, int(c.kind));
        const QString kind = c.kind == JsonChange::Kind::Added ? tr("Added") : c.kind == JsonChange::Kind::Removed ? tr("Removed")
                                                                                                               : tr("Changed");
        item->setToolTip(tr("%1: %2\n%3: %4\n%5: %6")
                             .arg(kind, c.path, m_before, JsonDiff::brief(c.before, 400), m_after, JsonDiff::brief(c.after, 400)));
    }
    if (changes.isEmpty()) {
        auto *item = new QListWidgetItem(m_noChanges.isEmpty() ? tr("No changes: the same content as the approved version.")
                                                               : m_noChanges, this);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

} // namespace sinch::ui
