#include "activitybatch.h"

#include "activityschema.h"
#include "domain/activitykeybuilder.h"
#include "feedtable.h"
#include "sqlitestatement.h"

#include <QCryptographicHash>
#include <QHash>
#include <algorithm>
#include <sqlite3.h>

namespace sinch {

ActivityBatch::ActivityBatch(sqlite3 *db, bool fullText)
    : m_db(db)
    , m_fullText(fullText)
{
}

bool ActivityBatch::fail(const QString &why)
{
    m_error = why;
    return false;
}

qint64 ActivityBatch::heldUpTo(qint64 limit)
{
    // Counted no further than `limit`: a store of a million rows answers as fast as an empty one.
    SqliteStatement count(m_db, "SELECT count(*) FROM (SELECT 1 FROM activities LIMIT ?)");
    count.bind(1, limit);
    if (!count.step() || !count.hasRow())
        return -1;
    const qint64 n = count.columnInt64(0);
    count.reset();
    return n;
}

bool ActivityBatch::write(const QList<Activity> &activities, std::vector<qsizetype> *fresh)
{
    m_error.clear();
    m_rebuiltIndex = false;
    fresh->clear();
    // A batch larger than the table (a first sync): the newest-first index made once after
    // the rows, by one sort, costs a fraction of keeping it entry by entry (each insert a
    // descent to a random leaf, the rows going in by id, not by time). Dropped before any
    // statement is prepared, so none is prepared against the old schema; the transaction
    // puts it back should anything fail.
    const qint64 held = heldUpTo(activities.size());
    if (held < 0)
        return fail(QStringLiteral("cannot count the rows held"));
    if (held < activities.size()) {
        // IF EXISTS: a file that lost the index (by hand) gets it back rather than refusing rows.
        if (!SqliteStatement::exec(m_db, "DROP INDEX IF EXISTS activities_newest"))
            return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
        m_rebuiltIndex = true;
    }

    // Only a known id (key) is skipped: any other refusal (a NOT NULL column) fails the batch.
    SqliteStatement insert(m_db, "INSERT INTO activities (id, feed, type, created, author, comment, state, read) "
                                 "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING");
    // The new comments go into the full-text index after the rows, not by a trigger and
    // not row by row in between: every insert into the table opens a statement savepoint,
    // at which FTS5 writes out what it has buffered, so 50,000 rows made 17,000 tiny index
    // segments to merge (seconds instead of tens of ms).
    SqliteStatement fts(m_db, "INSERT INTO activities_fts (rowid, comment) VALUES (?, ?)");
    FeedTable feeds(m_db);
    if (!insert.isValid() || (m_fullText && !fts.isValid()) || !feeds.isValid())
        return fail(insert.errorText());

    // The row ids first, then the rows in id order: the table's B-tree is keyed by the id (a
    // hash, so a feed's entries scatter over the whole table); in id order each insert lands
    // next to the one before, on a page already in hand, and an empty table is appended to.
    struct Row
    {
        qint64 id;
        qint64 feed;
        qsizetype at;
        bool isNew;
    };
    std::vector<Row> rows;
    rows.reserve(size_t(activities.size()));
    // A batch is a feed's entries (or several feeds', one after the other): what the
    // entries of a feed share is made once.
    const FeedRef *feed = nullptr;
    QString feedKey;
    QByteArray feedKeyUtf8;
    qint64 feedId = 0;
    ActivityKeyBuilder keys;
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    for (qsizetype i = 0; i < activities.size(); ++i) {
        const Activity &a = activities.at(i);
        if (!feed || a.feed.projectKey != feed->projectKey || a.feed.kind != feed->kind || a.feed.ids != feed->ids
            || a.feed.title != feed->title) {
            feed = &a.feed;
            feedKey = a.feed.key();
            feedKeyUtf8 = feedKey.toUtf8();
            feedId = feeds.idOf(a.feed, feedKey);
            if (feedId == 0)
                return fail(feeds.errorText());
        }
        rows.push_back({ActivitySchema::rowIdOfUtf8(keys.keyUtf8(a, feedKeyUtf8), sha1), feedId, i, false});
    }
    // An entry given twice in the batch: its first place is the one reported in `fresh`.
    std::sort(rows.begin(), rows.end(),
              [](const Row &x, const Row &y) { return x.id < y.id || (x.id == y.id && x.at < y.at); });

    QHash<qint64, qint64> newestAdded; // by feed id
    for (Row &row : rows) {
        const Activity &a = activities.at(row.at);
        const qint64 created = a.created.toMSecsSinceEpoch();
        insert.bind(1, row.id);
        insert.bind(2, row.feed);
        insert.bind(3, a.type);
        insert.bind(4, created);
        insert.bind(5, a.author);
        insert.bind(6, a.comment);
        insert.bind(7, a.state);
        insert.bind(8, a.read ? 1 : 0);
        if (!insert.step())
            return fail(insert.errorText());
        row.isNew = insert.changes() > 0;
        if (row.isNew) {
            fresh->push_back(row.at);
            const auto newest = newestAdded.find(row.feed);
            if (newest == newestAdded.end())
                newestAdded.insert(row.feed, created);
            else
                *newest = qMax(*newest, created);
        }
    }
    if (m_rebuiltIndex && !SqliteStatement::exec(m_db, ActivitySchema::newestIndex().toUtf8().constData()))
        return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    for (auto it = newestAdded.cbegin(); it != newestAdded.cend(); ++it) {
        if (!feeds.raiseNewest(it.key(), it.value()))
            return fail(feeds.errorText());
    }
    if (m_fullText) {
        for (const Row &row : rows) {
            const QString &comment = activities.at(row.at).comment;
            if (!row.isNew || comment.isEmpty())
                continue;
            fts.bind(1, row.id);
            fts.bind(2, comment);
            if (!fts.step())
                return fail(fts.errorText());
        }
    }
    std::sort(fresh->begin(), fresh->end()); // in the order they were given
    return true;
}

} // namespace sinch
