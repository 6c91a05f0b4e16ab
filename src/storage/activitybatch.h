#pragma once

#include "domain/activity.h"

#include <QList>
#include <QString>
#include <vector>

struct sqlite3;

namespace sinch {

// What ActivityStore::add() writes of a sync's batch, inside the store's transaction on its
// connection's raw handle: the rows not yet held (by row id, the hash of Activity::key()),
// their feeds' rows and newest times, their comments in the full-text index. Tuned for the
// first sync of a large account (50,000 entries); docs/architecture.md, "The inbox's
// database", tells why each step is done the way it is.
class ActivityBatch
{
public:
    // `fullText`: the file has the FTS5 index (activities_fts).
    ActivityBatch(sqlite3 *db, bool fullText);

    // Writes the entries; false (errorText()) when SQLite refused something, and then the
    // caller rolls the transaction back. `fresh` gets the indexes into `activities` of the
    // entries that were new, in the order they were given.
    bool write(const QList<Activity> &activities, std::vector<qsizetype> *fresh);
    QString errorText() const { return m_error; }
    // Whether the last write() dropped the newest-first index and made it again after the
    // rows (a batch larger than what the table held) rather than kept it row by row.
    bool rebuiltIndex() const { return m_rebuiltIndex; }

private:
    bool fail(const QString &why);
    qint64 heldUpTo(qint64 limit);

    sqlite3 *m_db;
    bool m_fullText;
    bool m_rebuiltIndex = false;
    QString m_error;
};

} // namespace sinch
