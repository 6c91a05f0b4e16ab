#include "inboxmodel.h"

#include "domain/activitylabel.h"

#include <QScopeGuard>
#include <QScopedValueRollback>
#include <QSet>

namespace sinch {

InboxModel::InboxModel(ActivityStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    if (m_store)
        connect(m_store, &ActivityStore::changed, this, &InboxModel::followStore);
    reload();
}

void InboxModel::setFilter(const ActivityStore::Query &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_filter.boundCreatedMs = -1; // the bound is the model's own business
    m_filter.boundId = 0;
    reload();
}

void InboxModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_keys.clear();
    m_total = m_store ? m_store->count(m_filter) : 0;
    // The first chunk at once: the view paints from the first rowCount() it sees.
    if (m_store) {
        m_rows = m_store->query(m_filter, 0, m_chunk);
        for (const Activity &a : std::as_const(m_rows))
            m_keys << a.key();
    }
    endResetModel();
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while rows go in: a view (or the model tester) that asks from a rowsAboutToBeInserted
    // handler would read the same rows twice.
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_store)
        return;
    const QList<Activity> more = m_store->query(m_filter, int(m_rows.size()), m_chunk);
    if (more.isEmpty()) {
        m_total = int(m_rows.size()); // the store shrank behind our back: stop asking
        return;
    }
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    for (const Activity &a : more) {
        m_rows.append(a);
        m_keys.append(a.key());
    }
    endInsertRows();
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Activity &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return summary(a);
    case Qt::ToolTipRole:
        return a.comment.isEmpty() ? summary(a) : a.comment;
    case ActivityRole:
        return QVariant::fromValue(a);
    case KeyRole:
        return m_keys.at(index.row());
    case TypeRole:
        return a.type;
    case CreatedRole:
        return a.created;
    case AuthorRole:
        return a.author;
    case CommentRole:
        return a.comment;
    case StateRole:
        return a.state;
    case ProjectRole:
        return a.feed.projectKey;
    case ChannelRole:
        return a.feed.channel();
    case KindRole:
        return FeedRef::kindName(a.feed.kind);
    case FeedTitleRole:
        return a.feed.title;
    case FeedKeyRole:
        return a.feed.key();
    case ReadRole:
        return a.read;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ActivityRole, "activity"}, {KeyRole, "key"}, {TypeRole, "type"}, {CreatedRole, "created"},
                  {AuthorRole, "author"}, {CommentRole, "comment"}, {StateRole, "state"}, {ProjectRole, "project"},
                  {ChannelRole, "channel"}, {KindRole, "kind"}, {FeedTitleRole, "feedTitle"},
                  {FeedKeyRole, "feedKey"}, {ReadRole, "read"}});
    return names;
}

QString InboxModel::summary(const Activity &a)
{
    const QString what = ActivityLabel::of(a);
    const QString title = a.feed.title.isEmpty() ? FeedRef::kindName(a.feed.kind) : a.feed.title;
    QString line = a.author.isEmpty() ? tr("%1 — %2").arg(title, what) : tr("%1 — %2 by %3").arg(title, what, a.author);
    if (!a.comment.isEmpty())
        line += QStringLiteral(": ") + a.comment.simplified();
    return line;
}

bool InboxModel::markRead(int row, bool read)
{
    if (row < 0 || row >= m_rows.size() || !m_store)
        return false;
    // The store's changed() brings the flag back here (followStore), like any other change.
    return m_store->markRead(m_keys.at(row), read);
}

int InboxModel::markAllRead()
{
    return m_store ? m_store->markAllRead(m_filter) : 0;
}

int InboxModel::unreadCount() const
{
    if (!m_store)
        return 0;
    ActivityStore::Query unread = m_filter;
    unread.unreadOnly = true;
    return m_store->count(unread);
}

void InboxModel::removeMissing(const QSet<QString> &keep)
{
    for (int end = int(m_rows.size()) - 1; end >= 0;) {
        if (keep.contains(m_keys.at(end))) {
            --end;
            continue;
        }
        int first = end;
        while (first > 0 && !keep.contains(m_keys.at(first - 1)))
            --first;
        beginRemoveRows(QModelIndex(), first, end);
        m_rows.remove(first, end - first + 1);
        m_keys.remove(first, end - first + 1);
        endRemoveRows();
        end = first - 1;
    }
}

void InboxModel::followStore()
{
    if (!m_store)
        return;
    // The new total is taken last: a view that fetches more while rows are being inserted
    // (a rowsInserted handler) must not append behind the merge.
    const int total = m_store->count(m_filter);
    const auto done = qScopeGuard([this, total] { m_total = total; });
    const QScopedValueRollback<bool> changing(m_changing, true);
    if (m_rows.isEmpty()) {
        const QList<Activity> first = m_store->query(m_filter, 0, m_chunk);
        if (first.isEmpty())
            return;
        beginInsertRows(QModelIndex(), 0, int(first.size() - 1));
        m_rows = first;
        for (const Activity &a : first)
            m_keys << a.key();
        endInsertRows();
        return;
    }
    // What the filter holds now down to the last row loaded: the loaded region as it is now.
    // Rows come and go only by key, and the order (created, id) never changes, so a merge
    // of the two lists tells inserts, removals and changed flags apart.
    ActivityStore::Query region = m_filter;
    region.boundCreatedMs = m_rows.last().created.toMSecsSinceEpoch();
    region.boundId = ActivityStore::rowId(m_keys.last());
    const QList<Activity> now = m_store->query(region);
    QStringList nowKeys;
    nowKeys.reserve(now.size());
    for (const Activity &a : now)
        nowKeys << a.key();
    removeMissing(QSet<QString>(nowKeys.cbegin(), nowKeys.cend()));

    int row = 0;
    for (int j = 0; j < now.size();) {
        if (row < m_rows.size() && m_keys.at(row) == nowKeys.at(j)) {
            if (m_rows.at(row).read != now.at(j).read) {
                m_rows[row].read = now.at(j).read;
                const QModelIndex at = index(row);
                emit dataChanged(at, at, {ReadRole, Qt::DisplayRole});
            }
            ++row;
            ++j;
            continue;
        }
        // A run of new rows before the next row held.
        int end = j;
        while (end < now.size() && (row >= m_rows.size() || nowKeys.at(end) != m_keys.at(row)))
            ++end;
        beginInsertRows(QModelIndex(), row, row + (end - j) - 1);
        for (int k = j; k < end; ++k, ++row) {
            m_rows.insert(row, now.at(k));
            m_keys.insert(row, nowKeys.at(k));
        }
        endInsertRows();
        j = end;
    }
}

} // namespace sinch
