#pragma once

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlDatabase;

namespace sinch {
struct ActivityQuery;
}

// The SQL of the inbox's database (ActivityStore), apart from the code that runs it.
namespace sinch::ActivitySchema {

// One migration step: its SQL, then (when SQL alone cannot do it) code over the same
// connection, inside the same transaction, then more SQL.
struct Step
{
    QStringList sql;
    bool (*code)(QSqlDatabase &db) = nullptr;
    QStringList after;
};

// The migrations, one step a version: step i brings PRAGMA user_version i to i + 1.
const QList<Step> &steps();
// The FTS5 table over the comments, filled from the rows there, and its triggers.
QStringList fullTextIndex();
// An activity's row id: the first 8 bytes of the SHA-1 of its key (Activity::key()).
qint64 rowId(const QString &key);
// The same from the key's UTF-8 (Activity::keyUtf8In()).
qint64 rowIdOfUtf8(QByteArrayView keyUtf8);
// The same with a SHA-1 context the caller keeps for a batch (reset here).
qint64 rowIdOfUtf8(QByteArrayView keyUtf8, QCryptographicHash &sha1);
// The index that orders the rows newest first (as the last migration leaves it): a batch
// larger than the table drops it and makes it again (ActivityBatch).
QString newestIndex();
// What a person typed as an FTS5 MATCH expression (every word a prefix phrase) ...
QString ftsQuery(const QString &text);
// ... or as a LIKE pattern with ESCAPE '\\' where SQLite has no FTS5.
QString likePattern(const QString &text);
// The WHERE clause (with its leading " WHERE ", or empty) of what `query` keeps, its values
// appended to `binds` in order; `fullText`: search with the FTS5 index, else LIKE.
QString whereClause(const ActivityQuery &query, bool fullText, QVariantList *binds);

} // namespace sinch::ActivitySchema
