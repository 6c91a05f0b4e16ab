#include "activityschema.h"

#include <QRegularExpression>

namespace sinch::ActivitySchema {

// The schema, one step a version: step i brings user_version i to i + 1. Never edit a
// step that shipped; add one. The row id is an INTEGER PRIMARY KEY (not the text key)
// because the full-text index refers to rows by rowid, and VACUUM may renumber the implicit
// rowid of a table keyed by text.
const QList<QStringList> &steps()
{
    static const QList<QStringList> steps = {
        // v1: the activities, the resources the sync watches, the sync times.
        {QStringLiteral("CREATE TABLE activities (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, "
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
        // v2: review outcomes carry the state they reached (Activity::state); unread counts
        // per project are asked on every change.
        {QStringLiteral("ALTER TABLE activities ADD COLUMN state TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("CREATE INDEX activities_unread ON activities (read, project)")},
    };
    return steps;
}

QStringList fullTextIndex()
{
    // The index holds the comments by the activity's row id; the triggers keep it in step
    // with every insert and delete, whoever makes them.
    static const QStringList sql{
        QStringLiteral("CREATE VIRTUAL TABLE activities_fts USING fts5(comment, tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral("INSERT INTO activities_fts (rowid, comment) SELECT id, comment FROM activities WHERE comment <> ''"),
        QStringLiteral("CREATE TRIGGER activities_fts_add AFTER INSERT ON activities WHEN new.comment <> '' BEGIN "
                       "INSERT INTO activities_fts (rowid, comment) VALUES (new.id, new.comment); END"),
        QStringLiteral("CREATE TRIGGER activities_fts_remove AFTER DELETE ON activities BEGIN "
                       "DELETE FROM activities_fts WHERE rowid = old.id; END")};
    return sql;
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

} // namespace sinch::ActivitySchema
