#pragma once

#include "domain/activity.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace sinch {

// What the inbox shows: every field narrows (empty = no narrowing). `text` searches the
// comments (full-text with FTS5, else a substring). boundCreatedMs / boundId keep only
// rows at or above that row (ActivityStore::rowId() of its key) in newest-first order (a
// model's loaded region).
struct ActivityQuery
{
    QStringList projects;
    QString channel;                 // "whatsapp", "kakaotalk", "rcs"
    QList<FeedRef::Kind> kinds;
    QStringList types;
    bool unreadOnly = false;
    QString text;
    qint64 boundCreatedMs = -1;
    qint64 boundId = 0;

    bool operator==(const ActivityQuery &o) const;
    bool operator!=(const ActivityQuery &o) const { return !(*this == o); }
};

// What the sync last saw of a resource (a sender, a template; an account has none):
// its state and a signature of what its list row shows changing (state, modified,
// changes.status), and whether its feed has been read at least once.
struct ActivityResourceState
{
    QString title;
    QString state;
    QString signature;
    bool feedRead = false;
};

// The inbox's local copy of every activity feed, comment and unread flag, in one SQLite
// file (Qt SQL, QSQLITE), so the inbox opens at once and offline; InboxSync fills it.
//
// The file is versioned with PRAGMA user_version and brought up to date by a list of
// migration steps at open. A file that is not a database (or is damaged) is moved aside as
// `<file>.corrupt-<UTC time>` and rebuilt empty (the next sync refills it); a file a second
// console holds is waited for (busyTimeout) and then opened read only. Never a crash: every
// failure is an outcome and a message() to show.
class ActivityStore : public QObject
{
    Q_OBJECT
public:
    enum class OpenOutcome { Opened, Recovered, ReadOnly, Failed };

    using Query = ActivityQuery;
    using ResourceState = ActivityResourceState;

    explicit ActivityStore(QObject *parent = nullptr);
    ~ActivityStore() override;

    // `<AppDataLocation>/inbox.sqlite`.
    static QString defaultPath();
    // The id of an activity's row: a 64-bit hash of its key (Activity::key()).
    static qint64 rowId(const QString &key);
    // The latest schema version the migrations reach.
    static int schemaVersion();

    OpenOutcome open(const QString &path = defaultPath());
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    // What happened at open, for a person: empty when the file simply opened.
    QString message() const { return m_message; }
    QString path() const { return m_path; }
    bool hasFullTextSearch() const { return m_fts; }
    // How long to wait for a file another console is writing, before reading it read only.
    void setBusyTimeout(int ms) { m_busyTimeoutMs = ms; }

    // Adds the entries not yet held (by Activity::key()), in one transaction; returns how
    // many were new and, in `added` (cleared first), which. 0 when read only.
    int add(const QList<Activity> &activities, QList<Activity> *added = nullptr);
    // Copies what the WAL holds into the file. Runs by itself from the event loop after every
    // change (the commits do not); public for a benchmark to time it.
    void checkpoint();
    bool contains(const QString &key) const;
    // Newest first (ties by rowId(), larger first), `limit` < 0: all.
    QList<Activity> query(const Query &q, int offset = 0, int limit = -1) const;
    int count(const Query &q = Query()) const;
    int unreadCount(const QString &project = QString()) const;
    bool markRead(const QString &key, bool read = true);
    int markAllRead(const Query &q = Query());
    // Every activity, resource and sync time of a project (it was removed from the console).
    bool forgetProject(const QString &project);

    // Bookkeeping of the sync: resources by feed key, per project.
    QHash<QString, ResourceState> resources(const QString &project) const;
    bool setResource(const FeedRef &feed, const ResourceState &state);
    // The newest entry held of a feed (invalid when none).
    QDateTime newestHeld(const QString &feedKey) const;
    QDateTime lastSync(const QString &project) const;
    bool setLastSync(const QString &project, const QDateTime &when);

signals:
    // Rows were added or removed, or read flags changed.
    void changed();

private:
    enum class Attempt { Ok, Corrupt, Busy, Error };
    Attempt openConnection(bool readOnly);
    Attempt migrate();
    bool moveAside();
    bool canWrite() const;
    void detectFullTextSearch();
    // The time in ms since the epoch that `sql` selects for one bound value.
    QDateTime timeOf(const char *sql, const QString &bind) const;

    QString m_connection;
    QString m_path;
    QString m_message;
    int m_busyTimeoutMs = 3000;
    bool m_readOnly = false;
    bool m_fts = false;
    QTimer m_checkpointTimer;
};

} // namespace sinch
