#include "feedtable.h"

#include "domain/activity.h"

namespace sinch {

FeedTable::FeedTable(sqlite3 *db)
    : m_upsert(db, "INSERT INTO feeds (key, project, channel, kind, title) VALUES (?,?,?,?,?) "
                   "ON CONFLICT (key) DO UPDATE SET title = excluded.title "
                   "WHERE excluded.title <> '' AND title <> excluded.title")
    , m_select(db, "SELECT id FROM feeds WHERE key = ?")
    , m_raise(db, "UPDATE feeds SET newest = max(coalesce(newest, ?1), ?1) WHERE id = ?2")
{
}

qint64 FeedTable::idOf(const FeedRef &feed, const QString &key)
{
    m_upsert.bind(1, key);
    m_upsert.bind(2, feed.projectKey);
    m_upsert.bind(3, feed.channel());
    m_upsert.bind(4, FeedRef::kindName(feed.kind));
    m_upsert.bind(5, feed.title);
    m_select.bind(1, key);
    if (!m_upsert.step() || !m_select.step() || !m_select.hasRow())
        return 0;
    const qint64 id = m_select.columnInt64(0);
    m_select.reset();
    return id;
}

bool FeedTable::raiseNewest(qint64 id, qint64 createdMs)
{
    m_raise.bind(1, createdMs);
    m_raise.bind(2, id);
    return m_raise.step();
}

} // namespace sinch
