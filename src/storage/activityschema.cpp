#include "activityschema.h"

#include "activitystore.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace sinch::ActivitySchema {

namespace {

const char kV3Columns[] = "project, channel, kind, feed_key, feed_title, type, created, author, comment, state, read";

// v3: the rows of v2 under their new ids (a hash of their key, which SQLite cannot compute).
bool copyRowsKeyedByHash(QSqlDatabase &db)
{
    QSqlQuery from(db);
    from.setForwardOnly(true);
    QSqlQuery to(db);
    if (!from.exec(QStringLiteral("SELECT key, %1 FROM activities_v2").arg(QLatin1String(kV3Columns)))
        || !to.prepare(QStringLiteral("INSERT OR IGNORE INTO activities (id, %1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
                           .arg(QLatin1String(kV3Columns))))
        return false;
    while (from.next()) {
        to.bindValue(0, rowId(from.value(0).toString()));
        for (int i = 1; i < 12; ++i)
            to.bindValue(i, from.value(i));
        if (!to.exec())
            return false;
    }
    return true;
}

QString placeholders(qsizetype n)
{
    QStringList p;
    for (qsizetype i = 0; i < n; ++i)
        p << QStringLiteral("?");
    return p.join(QLatin1Char(','));
}

} // namespace

// The schema, one step a version: step i brings user_version i to i + 1. Never edit a
// step that shipped; add one. The row id is an INTEGER PRIMARY KEY because the full-text
// index refers to rows by rowid, and VACUUM may renumber an implicit rowid.
const QList<Step> &steps()
{
    static const QList<Step> steps = {
        // v1: the activities, the resources the sync watches, the sync times.
        {{QStringLiteral("CREATE TABLE activities (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, "
                         "project TEXT NOT NULL, channel TEXT NOT NULL, kind TEXT NOT NULL, "
                         "feed_key TEXT NOT NULL, feed_title TEXT NOT NULL DEFAULT '', type TEXT NOT NULL, "
                         "created INTEGER NOT NULL, author TEXT NOT NULL DEFAULT '', "
                         "comment TEXT NOT NULL DEFAULT '', read INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("CREATE INDEX activities_newest ON activities (created DESC, key DESC)"),
          QStringLiteral("CREATE INDEX activities_project ON activities (project, created DESC, key DESC)"),
          QStringLiteral("CREATE INDEX activities_feed ON activities (feed_key, created DESC)"),
          QStringLiteral("CREATE TABLE resources (feed_key TEXT PRIMARY KEY, project TEXT NOT NULL, "
                         "title TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT '', "
                         "signature TEXT NOT NULL DEFAULT '', feed_read INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("CREATE INDEX resources_project ON resources (project)"),
          QStringLiteral("CREATE TABLE sync (project TEXT PRIMARY KEY, last_sync INTEGER NOT NULL)")},
         nullptr,
         {}},
        // v2: review outcomes carry the state they reached (Activity::state); unread counts
        // per project are asked on every change.
        {{QStringLiteral("ALTER TABLE activities ADD COLUMN state TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("CREATE INDEX activities_unread ON activities (read, project)")},
         nullptr,
         {}},
        // v3: a sync's batch of 50,000 took seconds, nearly all of it SQLite keeping the long
        // text key in four indexes. The row id is now the key's 64-bit hash (rowId()), so the
        // table itself dedupes and no index holds the key; the order's tie-break is that id,
        // which every index carries anyway. Only the indexes a query needs are kept (see
        // docs/architecture.md, "The inbox's database"). The full-text index referred to the
        // old ids: it is dropped here and rebuilt from the rows at open.
        {{QStringLiteral("DROP TABLE IF EXISTS activities_fts"),
          QStringLiteral("DROP TRIGGER IF EXISTS activities_fts_add"),
          QStringLiteral("DROP TRIGGER IF EXISTS activities_fts_remove"),
          QStringLiteral("DROP INDEX activities_newest"),
          QStringLiteral("DROP INDEX activities_project"),
          QStringLiteral("DROP INDEX activities_feed"),
          QStringLiteral("DROP INDEX activities_unread"),
          QStringLiteral("ALTER TABLE activities RENAME TO activities_v2"),
          QStringLiteral("CREATE TABLE activities (id INTEGER PRIMARY KEY, "
                         "project TEXT NOT NULL, channel TEXT NOT NULL, kind TEXT NOT NULL, "
                         "feed_key TEXT NOT NULL, feed_title TEXT NOT NULL DEFAULT '', type TEXT NOT NULL, "
                         "created INTEGER NOT NULL, author TEXT NOT NULL DEFAULT '', "
                         "comment TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT '', "
                         "read INTEGER NOT NULL DEFAULT 0)"),
          // (created) holds (created, id): newest first with its tie-break, for any filter.
          QStringLiteral("CREATE INDEX activities_newest ON activities (created)"),
          // The sync asks every feed's newest entry at each poll.
          QStringLiteral("CREATE INDEX activities_feed ON activities (feed_key, created)")},
         copyRowsKeyedByHash,
         {QStringLiteral("DROP TABLE activities_v2")}},
        // v4: a batch of 50,000 still took most of a second, and half of what it wrote was the
        // feed's key, title, project, channel and kind, the same text in every row of a feed
        // and again in every entry of the (feed_key, created) index. A feed is now a row of
        // `feeds`, an activity refers to it by integer id: rows are a third as long. The
        // feed's newest entry is kept in its row (add() raises it; rows are only ever removed
        // with their feed), which replaces the (feed_key, created) index and a third of each
        // insert's work. The row ids stay, so a row's key is unchanged; the full-text index is
        // rebuilt at open (its delete trigger was on the old table).
        {{QStringLiteral("CREATE TABLE feeds (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, "
                         "project TEXT NOT NULL, channel TEXT NOT NULL, kind TEXT NOT NULL, "
                         "title TEXT NOT NULL DEFAULT '', newest INTEGER)"),
          QStringLiteral("CREATE INDEX feeds_project ON feeds (project)"),
          QStringLiteral("INSERT INTO feeds (key, project, channel, kind, title, newest) "
                         "SELECT feed_key, project, channel, kind, max(feed_title), max(created) FROM activities "
                         "GROUP BY feed_key"),
          QStringLiteral("DROP TABLE IF EXISTS activities_fts"),
          QStringLiteral("DROP TRIGGER IF EXISTS activities_fts_remove"),
          QStringLiteral("DROP INDEX activities_newest"),
          QStringLiteral("DROP INDEX activities_feed"),
          QStringLiteral("ALTER TABLE activities RENAME TO activities_v3"),
          QStringLiteral("CREATE TABLE activities (id INTEGER PRIMARY KEY, feed INTEGER NOT NULL, "
                         "type TEXT NOT NULL, created INTEGER NOT NULL, author TEXT NOT NULL DEFAULT '', "
                         "comment TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT '', "
                         "read INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("INSERT INTO activities (id, feed, type, created, author, comment, state, read) "
                         "SELECT a.id, f.id, a.type, a.created, a.author, a.comment, a.state, a.read "
                         "FROM activities_v3 a JOIN feeds f ON f.key = a.feed_key"),
          QStringLiteral("DROP TABLE activities_v3"),
          QStringLiteral("CREATE INDEX activities_newest ON activities (created)")},
         nullptr,
         {}},
        // v5: the full-text index kept a second copy of every comment (its own content table)
        // and each comment's length (for a ranking the inbox never asks): two more B-tree
        // inserts a comment, a fifth of a first sync's time. It now reads the comments from
        // `activities` (external content) and keeps no lengths; rebuilt at open.
        {{QStringLiteral("DROP TRIGGER IF EXISTS activities_fts_remove"),
          QStringLiteral("DROP TABLE IF EXISTS activities_fts")},
         nullptr,
         {}},
    };
    return steps;
}

qint64 rowId(const QString &key)
{
    return rowIdOfUtf8(key.toUtf8());
}

qint64 rowIdOfUtf8(QByteArrayView keyUtf8)
{
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    return rowIdOfUtf8(keyUtf8, sha1);
}

qint64 rowIdOfUtf8(QByteArrayView keyUtf8, QCryptographicHash &sha1)
{
    // 64 bits: two keys share an id once in ~10^19 pairs; 10^6 entries make that ~3·10^-8.
    sha1.reset();
    sha1.addData(keyUtf8);
    return qFromBigEndian<qint64>(sha1.resultView().data());
}

QStringList fullTextIndex()
{
    // The index holds the comments by the activity's row id, their text read from
    // `activities` (external content: nothing reads it back but a 'rebuild'). Rows without a
    // comment are not in it. ActivityStore::add() writes the new rows' comments (an insert
    // trigger is slow: see ActivityBatch); the trigger takes out those of rows deleted,
    // whoever deletes them, with the text they were indexed with (a comment never changes).
    static const QStringList sql{
        QStringLiteral("CREATE VIRTUAL TABLE activities_fts USING fts5(comment, tokenize = 'unicode61 remove_diacritics 2', "
                       "content = 'activities', content_rowid = 'id', columnsize = 0)"),
        QStringLiteral("INSERT INTO activities_fts (rowid, comment) SELECT id, comment FROM activities WHERE comment <> ''"),
        QStringLiteral("CREATE TRIGGER activities_fts_remove AFTER DELETE ON activities WHEN old.comment <> '' BEGIN "
                       "INSERT INTO activities_fts (activities_fts, rowid, comment) VALUES ('delete', old.id, old.comment); "
                       "END")};
    return sql;
}

QString newestIndex()
{
    // As the v4 step makes it (a step is never edited, so that one keeps its own spelling).
    return QStringLiteral("CREATE INDEX activities_newest ON activities (created)");
}

// Words of the search as FTS5 prefix phrases ("repl"* "order"*): what a person types never
// reaches FTS5's query syntax.
QString ftsQuery(const QString &text)
{
    QStringList terms;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QString w = word;
        w.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + w + QLatin1String("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

QString likePattern(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    t.replace(QLatin1Char('%'), QLatin1String("\\%"));
    t.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + t + QLatin1Char('%');
}

QString whereClause(const ActivityQuery &f, bool fullText, QVariantList *binds)
{
    // What narrows the feeds is asked of `feeds` (a few hundred rows); the activities are
    // then walked newest first along their (created) index, kept when their feed is in. The
    // unary + keeps SQLite on that scan should an index by feed ever come: it would read
    // every entry of those feeds and sort them all for a first chunk of 200.
    QStringList feedWhere;
    if (!f.projects.isEmpty()) {
        feedWhere << QStringLiteral("project IN (%1)").arg(placeholders(f.projects.size()));
        for (const QString &p : f.projects)
            binds->append(p);
    }
    if (!f.channel.isEmpty()) {
        feedWhere << QStringLiteral("channel = ?");
        binds->append(f.channel);
    }
    if (!f.kinds.isEmpty()) {
        feedWhere << QStringLiteral("kind IN (%1)").arg(placeholders(f.kinds.size()));
        for (FeedRef::Kind k : f.kinds)
            binds->append(FeedRef::kindName(k));
    }
    QStringList where;
    if (!feedWhere.isEmpty())
        where << QStringLiteral("+activities.feed IN (SELECT id FROM feeds WHERE %1)")
                     .arg(feedWhere.join(QLatin1String(" AND ")));
    if (!f.types.isEmpty()) {
        where << QStringLiteral("activities.type IN (%1)").arg(placeholders(f.types.size()));
        for (const QString &t : f.types)
            binds->append(t);
    }
    if (f.unreadOnly)
        where << QStringLiteral("activities.read = 0");
    if (!f.text.trimmed().isEmpty()) {
        if (fullText) {
            where << QStringLiteral("activities.id IN (SELECT rowid FROM activities_fts WHERE activities_fts MATCH ?)");
            binds->append(ftsQuery(f.text));
        } else {
            where << QStringLiteral("activities.comment LIKE ? ESCAPE '\\'");
            binds->append(likePattern(f.text.trimmed()));
        }
    }
    if (f.boundCreatedMs >= 0) {
        where << QStringLiteral("(activities.created > ? OR (activities.created = ? AND activities.id >= ?))");
        *binds << f.boundCreatedMs << f.boundCreatedMs << f.boundId;
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
}

} // namespace sinch::ActivitySchema
