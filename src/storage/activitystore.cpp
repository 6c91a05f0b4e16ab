#include "activitystore.h"

#include "activitybatch.h"
#include "activityschema.h"
#include "sqlitestatement.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <vector>

Q_LOGGING_CATEGORY(lcInboxStore, "sinch.inbox.store", QtWarningMsg)

namespace sinch {

namespace {

// SQLite's primary result codes that QSQLITE reports as the native error code.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

// A null QString binds as NULL, which the NOT NULL text columns refuse: empty instead.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

int nativeCode(const QSqlError &e)
{
    return e.nativeErrorCode().toInt();
}

// What query() reads of an activity and its feed (fromRow()), and from where.
const char kColumns[] = "feeds.project, feeds.kind, feeds.key, feeds.title, activities.type, activities.created, "
                        "activities.author, activities.comment, activities.state, activities.read";
const char kFrom[] = " FROM activities JOIN feeds ON feeds.id = activities.feed";

Activity fromRow(const QSqlQuery &q)
{
    Activity a;
    a.feed = FeedRef::fromKey(q.value(2).toString(), q.value(3).toString());
    a.type = q.value(4).toString();
    a.created = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    a.author = q.value(6).toString();
    a.comment = q.value(7).toString();
    a.state = q.value(8).toString();
    a.read = q.value(9).toBool();
    return a;
}

} // namespace

bool ActivityQuery::operator==(const ActivityQuery &o) const
{
    return projects == o.projects && channel == o.channel && kinds == o.kinds && types == o.types
        && unreadOnly == o.unreadOnly && text == o.text && boundCreatedMs == o.boundCreatedMs
        && boundId == o.boundId;
}

ActivityStore::ActivityStore(QObject *parent)
    : QObject(parent)
{
    // One connection per store: two stores (two windows, a test's second store) never share
    // a connection's transaction state.
    static QAtomicInt serial;
    m_connection = QStringLiteral("sinch-activities-%1").arg(serial.fetchAndAddRelaxed(1));
    m_checkpointTimer.setSingleShot(true);
    m_checkpointTimer.setInterval(0);
    connect(&m_checkpointTimer, &QTimer::timeout, this, &ActivityStore::checkpoint);
    connect(this, &ActivityStore::changed, &m_checkpointTimer, qOverload<>(&QTimer::start));
}

ActivityStore::~ActivityStore()
{
    close();
}

QString ActivityStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/inbox.sqlite");
}

qint64 ActivityStore::rowId(const QString &key)
{
    return ActivitySchema::rowId(key);
}

int ActivityStore::schemaVersion()
{
    return int(ActivitySchema::steps().size());
}

bool ActivityStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void ActivityStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    } // the handle must be gone before the connection is removed
    QSqlDatabase::removeDatabase(m_connection);
}

ActivityStore::Attempt ActivityStore::openConnection(bool readOnly)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs)};
    if (readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        qCWarning(lcInboxStore) << "cannot open" << m_path << db.lastError().text();
        return Attempt::Error;
    }
    // The first read tells a database from garbage: SQLite opens any file lazily.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const int code = nativeCode(probe.lastError());
        if (code == kSqliteCorrupt || code == kSqliteNotADatabase)
            return Attempt::Corrupt;
        return code == kSqliteBusy || code == kSqliteLocked ? Attempt::Busy : Attempt::Error;
    }
    return Attempt::Ok;
}

ActivityStore::Attempt ActivityStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // WAL: a second console reading the file is never blocked by this one's writes.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // A sync's batch touches pages of four indexes and the full-text index at once: with
    // SQLite's default 2 MB cache they spill to the WAL and are read back, many times over
    // (50,000 entries: seconds instead of a fraction). Up to 64 MB, taken only as used.
    q.exec(QStringLiteral("PRAGMA cache_size=-65536"));
    // A commit only appends to the WAL; copying it into the file (and its fsync) is
    // checkpoint(), which the event loop runs after the rows are shown, not SQLite inside the
    // commit of a sync's batch (a third of its time).
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    // Taking the write lock now tells "another console writes this file" at open time,
    // not at the first sync.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const int code = nativeCode(q.lastError());
        if (code == kSqliteCorrupt || code == kSqliteNotADatabase)
            return Attempt::Corrupt;
        return code == kSqliteBusy || code == kSqliteLocked ? Attempt::Busy : Attempt::Error;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        q.exec(QStringLiteral("ROLLBACK"));
        return Attempt::Corrupt;
    }
    const int version = q.value(0).toInt();
    const QList<ActivitySchema::Step> &steps = ActivitySchema::steps();
    for (int v = version; v < steps.size(); ++v) {
        const ActivitySchema::Step &step = steps.at(v);
        const auto failed = [&](const QSqlError &error) {
            qCWarning(lcInboxStore) << "migration to" << v + 1 << "failed:" << error.text();
            const int code = nativeCode(error);
            q.exec(QStringLiteral("ROLLBACK"));
            return code == kSqliteCorrupt ? Attempt::Corrupt : Attempt::Error;
        };
        for (const QString &sql : step.sql) {
            if (!q.exec(sql))
                return failed(q.lastError());
        }
        if (step.code && !step.code(db))
            return failed(db.lastError());
        for (const QString &sql : step.after) {
            if (!q.exec(sql))
                return failed(q.lastError());
        }
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
    }
    detectFullTextSearch();
    if (!q.exec(QStringLiteral("COMMIT")))
        return Attempt::Error;
    return Attempt::Ok;
}

void ActivityStore::detectFullTextSearch()
{
    // The full-text index is not a migration step: whether the driver's SQLite has FTS5
    // is a property of this machine, not of the file. Made (and filled) when it can be.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    m_fts = q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'activities_fts'")) && q.next();
    if (m_fts || m_readOnly)
        return;
    if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")))
        return; // no FTS5: LIKE it is
    q.exec(QStringLiteral("DROP TABLE temp.fts5_probe"));
    for (const QString &s : ActivitySchema::fullTextIndex()) {
        if (!q.exec(s)) {
            qCWarning(lcInboxStore) << "full-text index not made:" << q.lastError().text();
            return;
        }
    }
    m_fts = true;
}

bool ActivityStore::moveAside()
{
    close();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString aside = m_path + QStringLiteral(".corrupt-") + stamp;
    if (!QFile::rename(m_path, aside))
        return false;
    // The journal files belong to the damaged file: they would be replayed into the new one.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString side = m_path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, aside + QLatin1String(suffix));
    }
    m_message = tr("The inbox database was damaged. It was moved aside to %1 and a new one was started; "
                   "the activities will be read again from the server at the next sync.")
                    .arg(QDir::toNativeSeparators(aside));
    return true;
}

ActivityStore::OpenOutcome ActivityStore::open(const QString &path)
{
    m_path = path;
    m_message.clear();
    m_readOnly = false;
    m_fts = false;
    QDir().mkpath(QFileInfo(path).absolutePath());

    bool recovered = false;
    Attempt a = openConnection(false);
    if (a == Attempt::Ok)
        a = migrate();
    if (a == Attempt::Corrupt) {
        if (!moveAside()) {
            close();
            m_message = tr("The inbox database %1 is damaged and could not be moved aside. "
                           "Close the console, remove the file and start again.")
                            .arg(QDir::toNativeSeparators(path));
            return OpenOutcome::Failed;
        }
        recovered = true;
        a = openConnection(false);
        if (a == Attempt::Ok)
            a = migrate();
    }
    if (a == Attempt::Busy) {
        // Another console is writing: read what is there, write nothing.
        m_readOnly = true;
        if (openConnection(true) == Attempt::Ok || isOpen()) {
            detectFullTextSearch();
            m_message = tr("Another Sinch console is using the inbox database, so this window shows it read only "
                           "and does not sync. Close the other console and reopen the inbox to sync here.");
            return OpenOutcome::ReadOnly;
        }
    }
    if (a != Attempt::Ok) {
        const QString why = isOpen() ? QSqlDatabase::database(m_connection, false).lastError().text() : QString();
        close();
        m_readOnly = false;
        m_message = tr("The inbox database %1 could not be opened (%2). The inbox works without it until the "
                       "file can be written; check the folder's permissions and free space.")
                        .arg(QDir::toNativeSeparators(path), why.isEmpty() ? tr("unknown error") : why);
        return OpenOutcome::Failed;
    }
    return recovered ? OpenOutcome::Recovered : OpenOutcome::Opened;
}

bool ActivityStore::canWrite() const
{
    return isOpen() && !m_readOnly;
}

int ActivityStore::add(const QList<Activity> &activities, QList<Activity> *added)
{
    if (added)
        added->clear();
    if (!canWrite() || activities.isEmpty())
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    sqlite3 *handle = SqliteStatement::handleOf(db);
    if (!handle || !db.transaction()) {
        qCWarning(lcInboxStore) << "add: no transaction:" << db.lastError().text();
        return 0;
    }
    std::vector<qsizetype> fresh; // indexes into activities of the rows that were new
    ActivityBatch batch(handle, m_fts);
    if (!batch.write(activities, &fresh)) {
        qCWarning(lcInboxStore) << "add failed:" << batch.errorText();
        db.rollback();
        return 0;
    }
    if (!db.commit()) {
        qCWarning(lcInboxStore) << "add: commit failed:" << db.lastError().text();
        return 0;
    }
    if (added) {
        added->reserve(qsizetype(fresh.size()));
        for (qsizetype at : fresh)
            added->append(activities.at(at));
    }
    const int n = int(fresh.size());
    if (n > 0)
        emit changed();
    return n;
}

void ActivityStore::checkpoint()
{
    m_checkpointTimer.stop();
    if (!canWrite())
        return;
    // PASSIVE: what a second console is reading stays in the WAL for a later checkpoint.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        qCWarning(lcInboxStore) << "checkpoint failed:" << q.lastError().text();
}

bool ActivityStore::contains(const QString &key) const
{
    if (!isOpen())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT 1 FROM activities WHERE id = ?"));
    q.addBindValue(rowId(key));
    return q.exec() && q.next();
}

QList<Activity> ActivityStore::query(const Query &f, int offset, int limit) const
{
    QList<Activity> out;
    if (!isOpen())
        return out;
    QVariantList binds;
    QString sql = QStringLiteral("SELECT %1%2").arg(QLatin1String(kColumns), QLatin1String(kFrom)) + ActivitySchema::whereClause(f, m_fts, &binds)
        + QStringLiteral(" ORDER BY activities.created DESC, activities.id DESC LIMIT ? OFFSET ?");
    binds << limit << offset;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec()) {
        qCWarning(lcInboxStore) << "query failed:" << q.lastError().text();
        return out;
    }
    if (limit > 0)
        out.reserve(limit);
    while (q.next())
        out.append(fromRow(q));
    return out;
}

int ActivityStore::count(const Query &f) const
{
    if (!isOpen())
        return 0;
    QVariantList binds;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM activities") + ActivitySchema::whereClause(f, m_fts, &binds));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int ActivityStore::unreadCount(const QString &project) const
{
    Query f;
    f.unreadOnly = true;
    if (!project.isEmpty())
        f.projects << project;
    return count(f);
}

bool ActivityStore::markRead(const QString &key, bool read)
{
    if (!canWrite())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE activities SET read = ? WHERE id = ? AND read <> ?"));
    q.addBindValue(read ? 1 : 0);
    q.addBindValue(rowId(key));
    q.addBindValue(read ? 1 : 0);
    if (!q.exec())
        return false;
    if (q.numRowsAffected() > 0)
        emit changed();
    return true;
}

int ActivityStore::markAllRead(const Query &f)
{
    if (!canWrite())
        return 0;
    Query unread = f;
    unread.unreadOnly = true;
    QVariantList binds;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE activities SET read = 1") + ActivitySchema::whereClause(unread, m_fts, &binds));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return 0;
    const int n = q.numRowsAffected();
    if (n > 0)
        emit changed();
    return n;
}

bool ActivityStore::forgetProject(const QString &project)
{
    if (!canWrite())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    for (const char *sql : {"DELETE FROM activities WHERE feed IN (SELECT id FROM feeds WHERE project = ?)",
                            "DELETE FROM feeds WHERE project = ?", "DELETE FROM resources WHERE project = ?",
                            "DELETE FROM sync WHERE project = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(project);
        if (!q.exec()) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit())
        return false;
    emit changed();
    return true;
}

QHash<QString, ActivityStore::ResourceState> ActivityStore::resources(const QString &project) const
{
    QHash<QString, ResourceState> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT feed_key, title, state, signature, feed_read FROM resources WHERE project = ?"));
    q.addBindValue(project);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(),
                   ResourceState{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toBool()});
    return out;
}

bool ActivityStore::setResource(const FeedRef &feed, const ResourceState &s)
{
    if (!canWrite())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO resources (feed_key, project, title, state, signature, feed_read) "
                             "VALUES (?,?,?,?,?,?)"));
    for (const QVariant &v : QVariantList{feed.key(), feed.projectKey, text(s.title), text(s.state), text(s.signature),
                                         s.feedRead ? 1 : 0})
        q.addBindValue(v);
    return q.exec();
}

QDateTime ActivityStore::timeOf(const char *sql, const QString &bind) const
{
    if (!isOpen())
        return QDateTime();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QString::fromLatin1(sql));
    q.addBindValue(bind);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
}

QDateTime ActivityStore::newestHeld(const QString &feedKey) const
{
    // Kept by add() in the feed's row: an index of the rows by feed cost every insert more.
    return timeOf("SELECT newest FROM feeds WHERE key = ?", feedKey);
}

QDateTime ActivityStore::lastSync(const QString &project) const
{
    return timeOf("SELECT last_sync FROM sync WHERE project = ?", project);
}

bool ActivityStore::setLastSync(const QString &project, const QDateTime &when)
{
    if (!canWrite())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync (project, last_sync) VALUES (?, ?)"));
    q.addBindValue(project);
    q.addBindValue(when.toMSecsSinceEpoch());
    return q.exec();
}

} // namespace sinch
