// The inbox's SQLite store: entries kept once, filters and full-text search, unread flags
// that survive a restart, the migration of version 1, 2 and 3 files, a damaged file moved aside
// and rebuilt, a file another console holds opened read only. No network, no timers.
#include "storage/activitystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sinch;

namespace {

const QDateTime kT0(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

FeedRef feed(const QString &project, FeedRef::Kind kind, const QStringList &ids = {})
{
    FeedRef f;
    f.projectKey = project;
    f.kind = kind;
    f.ids = ids;
    f.title = ids.join(QStringLiteral(" · "));
    return f;
}

Activity activity(const FeedRef &f, int minute, const QString &type, const QString &comment = QString())
{
    Activity a;
    a.feed = f;
    a.type = type;
    a.created = kT0.addSecs(60 * minute);
    a.author = QStringLiteral("Ada");
    a.comment = comment;
    return a;
}

// Three projects' worth of feeds: 6 entries in two projects and three channels.
QList<Activity> sample()
{
    const FeedRef tpl = feed(QStringLiteral("p1"), FeedRef::Kind::WhatsappTemplate, {QStringLiteral("order"), QStringLiteral("EN_US")});
    const FeedRef acc = feed(QStringLiteral("p1"), FeedRef::Kind::WhatsappAccount);
    const FeedRef rcs = feed(QStringLiteral("p2"), FeedRef::Kind::RcsSender, {QStringLiteral("s1")});
    const FeedRef kakao = feed(QStringLiteral("p2"), FeedRef::Kind::KakaotalkTemplate, {QStringLiteral("pf"), QStringLiteral("c1")});
    Activity approved = activity(tpl, 5, Activity::kStateChanged);
    approved.state = QStringLiteral("APPROVED");
    return {activity(tpl, 1, QStringLiteral("CREATED")),
            activity(tpl, 2, QStringLiteral("COMMENT_ADDED"), QStringLiteral("Please fix the footer wording")),
            activity(acc, 3, QStringLiteral("EDITED")),
            activity(rcs, 4, QStringLiteral("COMMENT_ADDED"), QStringLiteral("Logo rejected: résolution too low")),
            approved,
            activity(kakao, 6, QStringLiteral("COMMENT_ADDED"), QStringLiteral("footer ok"))};
}

// The schema as the first release wrote it.
const char *const kVersion1[] = {
    ("CREATE TABLE activities (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, project TEXT NOT NULL, "
     "channel TEXT NOT NULL, kind TEXT NOT NULL, feed_key TEXT NOT NULL, feed_title TEXT NOT NULL DEFAULT '', "
     "type TEXT NOT NULL, created INTEGER NOT NULL, author TEXT NOT NULL DEFAULT '', "
     "comment TEXT NOT NULL DEFAULT '', read INTEGER NOT NULL DEFAULT 0)"),
    "CREATE INDEX activities_newest ON activities (created DESC, key DESC)",
    "CREATE INDEX activities_project ON activities (project, created DESC, key DESC)",
    "CREATE INDEX activities_feed ON activities (feed_key, created DESC)",
    ("CREATE TABLE resources (feed_key TEXT PRIMARY KEY, project TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', "
     "state TEXT NOT NULL DEFAULT '', signature TEXT NOT NULL DEFAULT '', feed_read INTEGER NOT NULL DEFAULT 0)"),
    "CREATE INDEX resources_project ON resources (project)",
    "CREATE TABLE sync (project TEXT PRIMARY KEY, last_sync INTEGER NOT NULL)"};

} // namespace

class TstActivityStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void addsOnceAndCountsNew()
    {
        ActivityStore store;
        QCOMPARE(store.open(file(QStringLiteral("add.sqlite"))), ActivityStore::OpenOutcome::Opened);
        QVERIFY(store.message().isEmpty());
        QSignalSpy changed(&store, &ActivityStore::changed);
        QList<Activity> added;
        QCOMPARE(store.add(sample(), &added), 6);
        QCOMPARE(added.size(), 6);
        QCOMPARE(changed.count(), 1);
        // The same entries again, and one new: only the new one counts.
        QList<Activity> again = sample();
        again << activity(feed(QStringLiteral("p1"), FeedRef::Kind::WhatsappAccount), 7, QStringLiteral("EDITED"));
        QCOMPARE(store.add(again, &added), 1);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().created, kT0.addSecs(7 * 60));
        QCOMPARE(store.count(), 7);
        QCOMPARE(store.add(sample()), 0);
        QCOMPARE(changed.count(), 2); // nothing new: no signal
        // A review outcome differs from another state at the same time by its state alone.
        Activity rejected = sample().at(4);
        rejected.state = QStringLiteral("REJECTED");
        QVERIFY(rejected.key() != sample().at(4).key());
        QCOMPARE(store.add({rejected}), 1);
    }

    void queriesNewestFirstWithFiltersAndSearch()
    {
        ActivityStore store;
        QCOMPARE(store.open(file(QStringLiteral("query.sqlite"))), ActivityStore::OpenOutcome::Opened);
        store.add(sample());
        const QList<Activity> all = store.query({});
        QCOMPARE(all.size(), 6);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).created > all.at(i).created);
        QCOMPARE(all.at(1).state, QStringLiteral("APPROVED"));
        QCOMPARE(all.at(1).feed.ids, (QStringList{QStringLiteral("order"), QStringLiteral("EN_US")}));
        QCOMPARE(all.at(1).feed.title, QStringLiteral("order · EN_US"));

        ActivityStore::Query q;
        q.projects = {QStringLiteral("p2")};
        QCOMPARE(store.count(q), 2);
        q = {};
        q.channel = QStringLiteral("whatsapp");
        QCOMPARE(store.count(q), 4);
        q.kinds = {FeedRef::Kind::WhatsappAccount};
        QCOMPARE(store.count(q), 1);
        q = {};
        q.types = {QStringLiteral("COMMENT_ADDED")};
        QCOMPARE(store.count(q), 3);
        // Paging: offset and limit over the same order.
        QCOMPARE(store.query({}, 2, 2).first().created, all.at(2).created);

        // Search: words, any case, a prefix, accents folded (FTS5) or a substring (LIKE).
        q = {};
        q.text = QStringLiteral("FOOTER");
        QCOMPARE(store.count(q), 2);
        q.text = QStringLiteral("resolution");
        QCOMPARE(store.count(q), store.hasFullTextSearch() ? 1 : 0);
        q.text = QStringLiteral("rejec");
        QCOMPARE(store.query(q).size(), 1);
        q.text = QStringLiteral("\"unbalanced AND (");
        QCOMPARE(store.count(q), 0); // what a person types never breaks the query
        QVERIFY2(store.hasFullTextSearch(), "Debian's SQLite has FTS5: the search should use it");
    }

    void unreadSurvivesReopening()
    {
        const QString path = file(QStringLiteral("unread.sqlite"));
        QString key;
        {
            ActivityStore store;
            QCOMPARE(store.open(path), ActivityStore::OpenOutcome::Opened);
            store.add(sample());
            QCOMPARE(store.unreadCount(), 6);
            key = sample().at(1).key();
            QVERIFY(store.markRead(key));
            ActivityStore::Query p2;
            p2.projects = {QStringLiteral("p2")};
            QCOMPARE(store.markAllRead(p2), 2);
            QCOMPARE(store.unreadCount(QStringLiteral("p1")), 3);
            store.setLastSync(QStringLiteral("p1"), kT0);
        }
        ActivityStore store;
        QCOMPARE(store.open(path), ActivityStore::OpenOutcome::Opened);
        QCOMPARE(store.unreadCount(), 3);
        QCOMPARE(store.unreadCount(QStringLiteral("p2")), 0);
        ActivityStore::Query unread;
        unread.unreadOnly = true;
        for (const Activity &a : store.query(unread))
            QVERIFY(a.key() != key);
        QCOMPARE(store.lastSync(QStringLiteral("p1")), kT0);
        // Forgetting a project removes its rows and its sync time, nothing else.
        QVERIFY(store.forgetProject(QStringLiteral("p1")));
        QCOMPARE(store.count(), 2);
        QVERIFY(!store.lastSync(QStringLiteral("p1")).isValid());
    }

    void keepsResourceBookkeeping()
    {
        ActivityStore store;
        QCOMPARE(store.open(file(QStringLiteral("resources.sqlite"))), ActivityStore::OpenOutcome::Opened);
        const FeedRef tpl = sample().first().feed;
        QVERIFY(store.resources(QStringLiteral("p1")).isEmpty());
        QVERIFY(store.setResource(tpl, {tpl.title, QStringLiteral("DRAFT"), QStringLiteral("DRAFT|"), true}));
        const auto held = store.resources(QStringLiteral("p1"));
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.value(tpl.key()).state, QStringLiteral("DRAFT"));
        QVERIFY(held.value(tpl.key()).feedRead);
        QVERIFY(!store.newestHeld(tpl.key()).isValid());
        store.add(sample());
        QCOMPARE(store.newestHeld(tpl.key()), kT0.addSecs(5 * 60));
    }

    void migratesVersion1()
    {
        // A file as the first release wrote it: no state column, no full-text index.
        const QString path = file(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql : kVersion1)
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            for (const char *sql :
                 {                  "INSERT INTO activities (key, project, channel, kind, feed_key, type, created, comment, read) VALUES "
                  "('k1', 'p1', 'whatsapp', 'whatsapp.account', 'p1|whatsapp.account', 'COMMENT_ADDED', 1000, 'old comment', 1)",
                  "PRAGMA user_version = 1"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        ActivityStore store;
        QCOMPARE(store.open(path), ActivityStore::OpenOutcome::Opened);
        QVERIFY(ActivityStore::schemaVersion() > 1);
        const QList<Activity> rows = store.query({});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().comment, QStringLiteral("old comment"));
        QVERIFY(rows.first().read);
        QVERIFY(rows.first().state.isEmpty());
        ActivityStore::Query q;
        q.text = QStringLiteral("old");
        QCOMPARE(store.count(q), 1); // the index was filled from the rows that were there
        QCOMPARE(store.add(sample()), 6); // the new column is written
        store.close();

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery v(QStringLiteral("PRAGMA user_version"), db);
            QVERIFY(v.next());
            QCOMPARE(v.value(0).toInt(), ActivityStore::schemaVersion());
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void migratesVersion2()
    {
        // A file as version 2 wrote it: the text key in its own indexes, the full-text index
        // and its triggers by the old row ids, one entry read and one not.
        const QString path = file(QStringLiteral("v2.sqlite"));
        const QList<Activity> held = sample().mid(0, 2);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql : kVersion1)
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            for (const char *sql :
                 {                  "ALTER TABLE activities ADD COLUMN state TEXT NOT NULL DEFAULT ''",
                  "CREATE INDEX activities_unread ON activities (read, project)",
                  "CREATE VIRTUAL TABLE activities_fts USING fts5(comment, tokenize = 'unicode61 remove_diacritics 2')",
                  "CREATE TRIGGER activities_fts_add AFTER INSERT ON activities WHEN new.comment <> '' BEGIN "
                  "INSERT INTO activities_fts (rowid, comment) VALUES (new.id, new.comment); END",
                  "CREATE TRIGGER activities_fts_remove AFTER DELETE ON activities BEGIN "
                  "DELETE FROM activities_fts WHERE rowid = old.id; END",
                  "PRAGMA user_version = 2"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO activities (key, project, channel, kind, feed_key, feed_title, "
                                             "type, created, author, comment, read) VALUES (?,?,?,?,?,?,?,?,?,?,?)")));
            // The first key as version 2 wrote it (QDateTime's ISO format): the key of today
            // must be the same text, or the synced entries would come in twice.
            const QStringList keys{QStringLiteral("p1|whatsapp.template|order|EN_US|2026-12-01T09:01:00.000Z|CREATED|"
                                                  "45dfc7ecb7584b5f"),
                                   held.at(1).key()};
            QCOMPARE(held.at(0).key(), keys.at(0));
            for (int i = 0; i < held.size(); ++i) {
                const Activity &a = held.at(i);
                for (const QVariant &v : QVariantList{keys.at(i), a.feed.projectKey, a.feed.channel(), FeedRef::kindName(a.feed.kind),
                                                     a.feed.key(), a.feed.title, a.type, a.created.toMSecsSinceEpoch(),
                                                     a.author, a.comment.isNull() ? QStringLiteral("") : a.comment,
                                                     a.isComment() ? 1 : 0})
                    q.addBindValue(v);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));

        ActivityStore store;
        QCOMPARE(store.open(path), ActivityStore::OpenOutcome::Opened);
        const QList<Activity> rows = store.query({});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).key(), held.at(1).key()); // newest first
        QVERIFY(rows.at(0).read);                     // the read flag came along
        QVERIFY(!rows.at(1).read);
        QVERIFY(store.contains(held.at(0).key()));
        ActivityStore::Query q;
        q.text = QStringLiteral("footer");
        QCOMPARE(store.count(q), 1); // the full-text index was rebuilt under the new ids
        // What was held is still known by its key: a sync that brings it again adds nothing.
        QCOMPARE(store.add(sample()), 4);
        QCOMPARE(store.count(q), 2); // and new comments are searchable
        QVERIFY(store.markRead(held.at(0).key()));
        QCOMPARE(store.unreadCount(), 4);
        QVERIFY(store.forgetProject(QStringLiteral("p1")));
        QCOMPARE(store.count(q), 1); // deleting a row still takes its comment out of the index
    }

    void migratesVersion3()
    {
        // A file as version 3 wrote it: each row repeats its feed's key, title, project,
        // channel and kind; the full-text index and its delete trigger by row id.
        const QString path = file(QStringLiteral("v3.sqlite"));
        const QList<Activity> held = sample().mid(0, 4);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql :
                 {"CREATE TABLE activities (id INTEGER PRIMARY KEY, project TEXT NOT NULL, channel TEXT NOT NULL, "
                  "kind TEXT NOT NULL, feed_key TEXT NOT NULL, feed_title TEXT NOT NULL DEFAULT '', type TEXT NOT NULL, "
                  "created INTEGER NOT NULL, author TEXT NOT NULL DEFAULT '', comment TEXT NOT NULL DEFAULT '', "
                  "state TEXT NOT NULL DEFAULT '', read INTEGER NOT NULL DEFAULT 0)",
                  "CREATE INDEX activities_newest ON activities (created)",
                  "CREATE INDEX activities_feed ON activities (feed_key, created)",
                  kVersion1[4], kVersion1[5], kVersion1[6],
                  "CREATE VIRTUAL TABLE activities_fts USING fts5(comment, tokenize = 'unicode61 remove_diacritics 2')",
                  "CREATE TRIGGER activities_fts_remove AFTER DELETE ON activities BEGIN "
                  "DELETE FROM activities_fts WHERE rowid = old.id; END",
                  "PRAGMA user_version = 3"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO activities (id, project, channel, kind, feed_key, feed_title, "
                                             "type, created, author, comment, read) VALUES (?,?,?,?,?,?,?,?,?,?,?)")));
            QSqlQuery fts(db);
            QVERIFY(fts.prepare(QStringLiteral("INSERT INTO activities_fts (rowid, comment) VALUES (?, ?)")));
            for (const Activity &a : held) {
                const qint64 id = ActivityStore::rowId(a.key());
                for (const QVariant &v : QVariantList{id, a.feed.projectKey, a.feed.channel(), FeedRef::kindName(a.feed.kind),
                                                     a.feed.key(), a.feed.title.isNull() ? QStringLiteral("") : a.feed.title, a.type, a.created.toMSecsSinceEpoch(),
                                                     a.author, a.comment.isNull() ? QStringLiteral("") : a.comment,
                                                     a.isComment() ? 1 : 0})
                    q.addBindValue(v);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                if (a.isComment()) {
                    fts.addBindValue(id);
                    fts.addBindValue(a.comment);
                    QVERIFY2(fts.exec(), qPrintable(fts.lastError().text()));
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));

        ActivityStore store;
        QCOMPARE(store.open(path), ActivityStore::OpenOutcome::Opened);
        const QList<Activity> rows = store.query({});
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).key(), held.at(3).key()); // newest first, keys as they were
        QCOMPARE(rows.at(0).feed.title, QStringLiteral("s1"));
        QCOMPARE(rows.at(0).feed.projectKey, QStringLiteral("p2"));
        QCOMPARE(rows.at(3).feed.title, QStringLiteral("order · EN_US"));
        QVERIFY(rows.at(0).read);
        QVERIFY(!rows.at(1).read);
        QCOMPARE(store.newestHeld(held.at(0).feed.key()), kT0.addSecs(2 * 60));
        ActivityStore::Query q;
        q.projects = {QStringLiteral("p2")};
        QCOMPARE(store.count(q), 1); // the feed's project moved to `feeds`
        q = {};
        q.text = QStringLiteral("footer");
        QCOMPARE(store.count(q), 1); // the full-text index was rebuilt from the rows
        QCOMPARE(store.add(sample()), 2); // what was held is known by its id
        QCOMPARE(store.count(q), 2);
        QVERIFY(store.forgetProject(QStringLiteral("p1")));
        QCOMPARE(store.count(q), 1); // the delete trigger is back on the new table
        QCOMPARE(store.count(), 2);
        QVERIFY(!store.newestHeld(held.at(0).feed.key()).isValid());
    }

    void feedTitleFollowsTheLatestSync()
    {
        ActivityStore store;
        QCOMPARE(store.open(file(QStringLiteral("title.sqlite"))), ActivityStore::OpenOutcome::Opened);
        QList<Activity> first = sample().mid(0, 2);
        QCOMPARE(store.add(first), 2);
        // The template was renamed: its next entry brings the new title, which all show.
        Activity renamed = sample().at(4);
        renamed.feed.title = QStringLiteral("order (renamed) · EN_US");
        QCOMPARE(store.add({renamed}), 1);
        for (const Activity &a : store.query({}))
            QCOMPARE(a.feed.title, renamed.feed.title);
        // An entry that brings no title keeps the one held.
        Activity untitled = activity(renamed.feed, 7, QStringLiteral("EDITED"));
        untitled.feed.title.clear();
        QCOMPARE(store.add({untitled}), 1);
        QCOMPARE(store.query({}, 0, 1).first().feed.title, renamed.feed.title);
    }

    void checkpointCopiesTheWalIntoTheFile()
    {
        const QString path = file(QStringLiteral("wal.sqlite"));
        ActivityStore store;
        QCOMPARE(store.open(path), ActivityStore::OpenOutcome::Opened);
        QCOMPARE(store.add(sample()), 6);
        // The commit left the rows in the WAL; the event loop's checkpoint moves them.
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        const qint64 before = QFileInfo(path).size();
        QTRY_VERIFY(QFileInfo(path).size() > before);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(QStringLiteral("SELECT count(*) FROM activities"), db);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 6);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    }

    void corruptFileIsMovedAsideAndRebuilt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inbox.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray garbage;
            for (int i = 0; i < 4096; ++i)
                garbage.append(char((i * 131 + 7) % 251));
            f.write(garbage);
        }
        ActivityStore store;
        QCOMPARE(store.open(path), ActivityStore::OpenOutcome::Recovered);
        QVERIFY(store.message().contains(QStringLiteral(".corrupt-")));
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("inbox.sqlite.corrupt-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(QFileInfo(dir.filePath(aside.first())).size(), 4096); // kept as it was, for a look
        // A working, empty store.
        QCOMPARE(store.count(), 0);
        QCOMPARE(store.add(sample()), 6);
        QVERIFY(!store.isReadOnly());
    }

    void lockedFileOpensReadOnly()
    {
        const QString path = file(QStringLiteral("locked.sqlite"));
        {
            ActivityStore first;
            QCOMPARE(first.open(path), ActivityStore::OpenOutcome::Opened);
            first.add(sample());
        }
        // A second console in the middle of a write.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY2(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(lock.lastError().text()));

        ActivityStore store;
        store.setBusyTimeout(50); // the wait is SQLite's, not a timer of the test
        QCOMPARE(store.open(path), ActivityStore::OpenOutcome::ReadOnly);
        QVERIFY(store.isReadOnly());
        QVERIFY(!store.message().isEmpty());
        QCOMPARE(store.count(), 6); // reads work (WAL: a writer does not block readers)
        QCOMPARE(store.add({activity(sample().first().feed, 30, QStringLiteral("EDITED"))}), 0);
        QVERIFY(!store.markRead(sample().first().key()));
        QCOMPARE(store.markAllRead(), 0);
        QVERIFY(!store.setLastSync(QStringLiteral("p1"), kT0));

        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        lock = QSqlQuery();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        // Once the other console let go, it opens for writing again.
        QCOMPARE(store.open(path), ActivityStore::OpenOutcome::Opened);
        QVERIFY(store.markRead(sample().first().key()));
    }

    void unwritableFolderFails()
    {
        ActivityStore store;
        QCOMPARE(store.open(QStringLiteral("/proc/no-such/inbox.sqlite")), ActivityStore::OpenOutcome::Failed);
        QVERIFY(!store.message().isEmpty());
        QCOMPARE(store.count(), 0);
        QCOMPARE(store.add(sample()), 0);
        QVERIFY(store.query({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstActivityStore)
#include "tst_activitystore.moc"
