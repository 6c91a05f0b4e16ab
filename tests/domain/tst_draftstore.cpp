#include "storage/draftstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using sinch::DraftStore;

class TstDraftStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripAndRemoval()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("drafts"));
        DraftStore store(dir);
        DraftStore::Draft d;
        d.key = QStringLiteral("p-1/whatsapp/order_update/EN_US");
        d.projectKey = QStringLiteral("p-1");
        d.title = QStringLiteral("order_update · EN_US");
        d.kind = QStringLiteral("whatsapp-template");
        d.document = QJsonObject{{QStringLiteral("name"), QStringLiteral("order_update")}, {QStringLiteral("x"), 1}};
        d.original = QJsonObject{{QStringLiteral("name"), QStringLiteral("order_update")}};
        d.savedAt = QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
        QString error;
        QVERIFY2(store.save(d, &error), qPrintable(error));

        DraftStore::Draft newer = d;
        newer.key = QStringLiteral("p-1/whatsapp/new-../../etc?*:\"<>|");
        newer.title = QStringLiteral("New template");
        newer.savedAt = d.savedAt.addSecs(60);
        QVERIFY(store.save(newer));
        // Keys never escape the folder, whatever characters they carry.
        for (const QString &f : QDir(dir).entryList(QDir::Files))
            QVERIFY2(QFileInfo(QDir(dir).filePath(f)).absolutePath() == QDir(dir).absolutePath(), qPrintable(f));
        QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 2);

        DraftStore again(dir);
        const auto all = again.all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).key, newer.key); // newest first
        const auto found = again.find(d.key);
        QVERIFY(found.has_value());
        QCOMPARE(found->document, d.document);
        QCOMPARE(found->original, d.original);
        QCOMPARE(found->title, d.title);
        QCOMPARE(found->projectKey, d.projectKey);
        QCOMPARE(found->kind, d.kind);
        QCOMPARE(found->savedAt, d.savedAt);

        // Saving again replaces.
        d.document.insert(QStringLiteral("x"), 2);
        QVERIFY(again.save(d));
        QCOMPARE(again.find(d.key)->document.value(QStringLiteral("x")).toInt(), 2);
        QCOMPARE(again.all().size(), 2);

        QVERIFY(again.remove(d.key));
        QVERIFY(!again.find(d.key).has_value());
        QVERIFY(!again.remove(d.key));
        QCOMPARE(again.all().size(), 1);
    }

    void brokenFilesAreSkipped()
    {
        QTemporaryDir tmp;
        DraftStore store(tmp.path());
        QFile f(tmp.filePath(QStringLiteral("junk.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        QVERIFY(store.all().isEmpty());
        DraftStore::Draft d;
        QString error;
        QVERIFY(!store.save(d, &error)); // no key
        QVERIFY(!error.isEmpty());
    }

    void defaultDirectory()
    {
        QCoreApplication::setApplicationName(QStringLiteral("sinch-console-test"));
        QVERIFY(DraftStore().directory().endsWith(QStringLiteral("/drafts")));
    }
};

QTEST_GUILESS_MAIN(TstDraftStore)
#include "tst_draftstore.moc"
