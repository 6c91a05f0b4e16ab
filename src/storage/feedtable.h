#pragma once

#include "sqlitestatement.h"

#include <QString>

namespace sinch {

struct FeedRef;

// The inbox database's `feeds` table during one ActivityStore::add(): a feed's row id, the
// row made on first sight. A feed's title is the last one a sync gave (a template renamed
// shows its new name on all its entries); an entry without one keeps the title held.
class FeedTable
{
public:
    explicit FeedTable(sqlite3 *db);

    bool isValid() const { return m_upsert.isValid() && m_select.isValid() && m_raise.isValid(); }
    QString errorText() const { return m_upsert.errorText(); }
    // The feed's row id (`key` is feed.key(), made once by the caller); 0 when SQLite refused.
    qint64 idOf(const FeedRef &feed, const QString &key);
    // The feed's newest entry is now at least `createdMs` (an entry of it was added).
    bool raiseNewest(qint64 id, qint64 createdMs);

private:
    SqliteStatement m_upsert;
    SqliteStatement m_select;
    SqliteStatement m_raise;
};

} // namespace sinch
