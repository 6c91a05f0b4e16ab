// What ActivityStore::add() writes of a batch (ActivityBatch): a batch larger than the table
// (a first sync) drops the newest-first index and makes it after the rows, a smaller one
// keeps it row by row; both must store the same rows, dedupe the same way, keep the order
// and leave the same schema. The full-text index reads its comments from the rows since v5:
// search and delete work on a new file and on one migrated from v4. No timing here.
#include "storage/activityschema.h"
#include "storage/activitystore.h"
#include "../support/syntheticfeeds.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace sinch;

namespace {

const QDateTime kT0(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

// `feeds` feeds of `perFeed` entries, ten minutes apart (tests/support/syntheticfeeds.h).
QList<Activity> feedsOf(int feeds, int perFeed)
{
    return test::syntheticFeeds(feeds, perFeed, {kT0, 600, 7, 3});
}

QStringList keys(const QList<Activity> &list)
{
    QStringList out;
    for (const Activity &a : list)
        out << a.key();
    return out;
}

// What the file holds besides the rows: every table, index and trigger, as SQL.
QStringList schemaOf(const QString &path)
{
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"), db);
            while (q.next())
                out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1String(": ")
                        + q.value(2).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema"));
    return out;
}

} // namespace

class TstActivityBatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void largeAndSmallBatchesStoreTheSame()
    {
        QList<Activity> all = feedsOf(6, 40);
        // Shuffled, with entries given twice in the same batch: each is stored once.
        std::shuffle(all.begin(), all.end(), *QRandomGenerator::global());
        QList<Activity> withRepeats = all;
        withRepeats << all.mid(0, 25);

        // One batch into an empty table: the index is made after the rows.
        ActivityStore bulk;
        QCOMPARE(bulk.open(file(QStringLiteral("bulk.sqlite"))), ActivityStore::OpenOutcome::Opened);
        const QStringList emptySchema = schemaOf(file(QStringLiteral("bulk.sqlite")));
        QList<Activity> addedAtOnce;
        QCOMPARE(bulk.add(withRepeats, &addedAtOnce), all.size());
        QCOMPARE(keys(addedAtOnce), keys(all)); // in the order given, repeats left out

        // The same rows a few at a time, each batch smaller than what is held: kept row by row.
        ActivityStore bySmall;
        QCOMPARE(bySmall.open(file(QStringLiteral("small.sqlite"))), ActivityStore::OpenOutcome::Opened);
        QCOMPARE(bySmall.add(all.mid(0, 100)), 100);
        for (qsizetype at = 100; at < all.size(); at += 20)
            QCOMPARE(bySmall.add(all.mid(at, 20)), int(qMin<qsizetype>(20, all.size() - at)));

        const QList<Activity> rows = bulk.query({});
        QCOMPARE(keys(rows), keys(bySmall.query({})));
        QCOMPARE(rows.size(), all.size());
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(rows.at(i - 1).created >= rows.at(i).created);
        ActivityStore::Query q;
        q.projects = {QStringLiteral("p2")};
        q.text = QStringLiteral("footer");
        QCOMPARE(bulk.count(q), 3 * 14); // three p2 feeds, a comment on 14 of 40 entries
        QCOMPARE(bySmall.count(q), 3 * 14);
        for (const Activity &a : std::as_const(all))
            QCOMPARE(bulk.newestHeld(a.feed.key()), bySmall.newestHeld(a.feed.key()));
        QCOMPARE(bulk.newestHeld(all.first().feed.key()).isValid(), true);

        // The index is back as the migrations made it: the schema is the empty file's.
        QCOMPARE(schemaOf(file(QStringLiteral("bulk.sqlite"))), emptySchema);
        QVERIFY(emptySchema.join(QLatin1Char('\n')).contains(ActivitySchema::newestIndex()));
        QCOMPARE(schemaOf(file(QStringLiteral("small.sqlite"))), emptySchema);
    }

    void aFeedMergedTwiceAddsNothing()
    {
        ActivityStore store;
        QCOMPARE(store.open(file(QStringLiteral("twice.sqlite"))), ActivityStore::OpenOutcome::Opened);
        const QList<Activity> feed = feedsOf(1, 30);
        QCOMPARE(store.add(feed), 30);
        QSignalSpy changed(&store, &ActivityStore::changed);
        QList<Activity> added{feed.first()};
        // Twice over in one batch, larger than what is held: the index is remade, nothing added.
        QCOMPARE(store.add(feed + feed, &added), 0);
        QVERIFY(added.isEmpty());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(store.count(), 30);
        QCOMPARE(keys(store.query({}, 0, 5)), keys(store.query({})).mid(0, 5));
        ActivityStore::Query search;
        search.text = QStringLiteral("footer");
        QCOMPARE(store.count(search), 10); // each comment indexed once
    }

    void aFileWithoutTheIndexGetsItBack()
    {
        const QString path = file(QStringLiteral("noindex.sqlite"));
        ActivityStore store;
        QCOMPARE(store.open(path), ActivityStore::OpenOutcome::Opened);
        const QStringList schema = schemaOf(path);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("byhand"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("DROP INDEX activities_newest")), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("byhand"));
        QVERIFY(schemaOf(path) != schema);
        // A batch larger than the table: stored, and the index is made.
        QCOMPARE(store.add(feedsOf(1, 10)), 10);
        QCOMPARE(schemaOf(path), schema);
        QCOMPARE(store.add(feedsOf(1, 12)), 2);
    }

    void deletedRowsLeaveTheSearch()
    {
        ActivityStore store;
        QCOMPARE(store.open(file(QStringLiteral("delete.sqlite"))), ActivityStore::OpenOutcome::Opened);
        QVERIFY(store.hasFullTextSearch());
        QCOMPARE(store.add(feedsOf(2, 30)), 60);
        ActivityStore::Query search;
        search.text = QStringLiteral("version 27");
        QCOMPARE(store.count(search), 2);
        QVERIFY(store.forgetProject(QStringLiteral("p2")));
        QCOMPARE(store.count(search), 1);
        QCOMPARE(store.count(), 30);
        // A row added again after its delete is found again, once.
        QCOMPARE(store.add(feedsOf(2, 30)), 30);
        QCOMPARE(store.count(search), 2);
    }

    void migratesVersion4()
    {
        // A file as version 4 wrote it: the full-text index with its own copy of the comments.
        const QString path = file(QStringLiteral("v4.sqlite"));
        const QList<Activity> held = feedsOf(2, 6);
        {
            ActivityStore store;
            QCOMPARE(store.open(path), ActivityStore::OpenOutcome::Opened);
            QCOMPARE(store.add(held), 12);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql :
                 {"DROP TRIGGER activities_fts_remove", "DROP TABLE activities_fts",
                  "CREATE VIRTUAL TABLE activities_fts USING fts5(comment, tokenize = 'unicode61 remove_diacritics 2')",
                  "INSERT INTO activities_fts (rowid, comment) SELECT id, comment FROM activities WHERE comment <> ''",
                  "CREATE TRIGGER activities_fts_remove AFTER DELETE ON activities BEGIN "
                  "DELETE FROM activities_fts WHERE rowid = old.id; END",
                  "PRAGMA user_version = 4"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));

        ActivityStore store;
        QCOMPARE(store.open(path), ActivityStore::OpenOutcome::Opened);
        const QString schema = schemaOf(path).join(QLatin1Char('\n'));
        QVERIFY2(schema.contains(QStringLiteral("content = 'activities'")), qPrintable(schema));
        QVERIFY(!schema.contains(QStringLiteral("activities_fts_content"))); // no second copy
        QVERIFY(!schema.contains(QStringLiteral("activities_fts_docsize")));
        ActivityStore::Query search;
        search.text = QStringLiteral("footer");
        QCOMPARE(store.count(search), 4); // rebuilt from the rows
        QCOMPARE(store.add(feedsOf(2, 9)), 6);
        QCOMPARE(store.count(search), 6);
        QVERIFY(store.forgetProject(QStringLiteral("p1")));
        QCOMPARE(store.count(search), 3);
        QCOMPARE(store.count(), 9);
    }
};

QTEST_GUILESS_MAIN(TstActivityBatch)
#include "tst_activitybatch.moc"
