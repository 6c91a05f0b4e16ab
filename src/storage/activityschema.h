#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The SQL of the inbox's database (ActivityStore), apart from the code that runs it.
namespace sinch::ActivitySchema {

// The migrations, one step a version: step i brings PRAGMA user_version i to i + 1.
const QList<QStringList> &steps();
// The FTS5 table over the comments, filled from the rows there, and its triggers.
QStringList fullTextIndex();
// What a person typed as an FTS5 MATCH expression (every word a prefix phrase) ...
QString ftsQuery(const QString &text);
// ... or as a LIKE pattern with ESCAPE '\\' where SQLite has no FTS5.
QString likePattern(const QString &text);

} // namespace sinch::ActivitySchema
