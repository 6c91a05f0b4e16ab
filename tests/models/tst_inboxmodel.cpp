// The inbox model over a real store in a temporary file: checked by
// QAbstractItemModelTester throughout; rows read in chunks; what the store adds is inserted
// at the top without a reset; read flags follow as dataChanged.
#include "models/inboxmodel.h"
#include "storage/activitystore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sinch;

namespace {

const QDateTime kT0(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

// `n` entries of one account feed, a minute apart, starting at minute `from`.
QList<Activity> entries(const QString &project, int from, int n)
{
    FeedRef feed;
    feed.projectKey = project;
    feed.kind = FeedRef::Kind::WhatsappAccount;
    QList<Activity> out;
    for (int i = 0; i < n; ++i) {
        Activity a;
        a.feed = feed;
        a.type = QStringLiteral("COMMENT_ADDED");
        a.created = kT0.addSecs(60 * (from + i));
        a.author = QStringLiteral("Ada");
        a.comment = QStringLiteral("comment %1").arg(from + i);
        out << a;
    }
    return out;
}

} // namespace

class TstInboxModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    bool openStore(ActivityStore &store)
    {
        return store.open(m_dir.filePath(QStringLiteral("inbox%1.sqlite").arg(++m_files)))
            == ActivityStore::OpenOutcome::Opened;
    }

private slots:
    void loadsInChunks()
    {
        ActivityStore store;
        QVERIFY(openStore(store));
        QCOMPARE(store.add(entries(QStringLiteral("p1"), 0, 450)), 450);
        InboxModel model(&store);
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 400);
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        // (The tester fetches everything it can: it joins once the chunks are checked.)
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Newest first, every role there.
        const QModelIndex top = model.index(0);
        QCOMPARE(top.data(InboxModel::CreatedRole).toDateTime(), kT0.addSecs(60 * 449));
        QCOMPARE(top.data(InboxModel::CommentRole).toString(), QStringLiteral("comment 449"));
        QCOMPARE(top.data(InboxModel::ProjectRole).toString(), QStringLiteral("p1"));
        QCOMPARE(top.data(InboxModel::ChannelRole).toString(), QStringLiteral("whatsapp"));
        QCOMPARE(top.data(InboxModel::KindRole).toString(), QStringLiteral("whatsapp.account"));
        QCOMPARE(top.data(InboxModel::FeedKeyRole).toString(), QStringLiteral("p1|whatsapp.account"));
        QCOMPARE(top.data(InboxModel::ReadRole).toBool(), false);
        QCOMPARE(top.data(InboxModel::ActivityRole).value<Activity>().key(), top.data(InboxModel::KeyRole).toString());
        QVERIFY(top.data().toString().contains(QStringLiteral("comment 449")));
        QCOMPARE(model.index(449).data(InboxModel::CommentRole).toString(), QStringLiteral("comment 0"));
    }

    void insertsNewRowsAtTheTopWithoutReset()
    {
        ActivityStore store;
        QVERIFY(openStore(store));
        store.add(entries(QStringLiteral("p1"), 0, 300));
        InboxModel model(&store);
        model.setChunkSize(100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 300); // the tester fetched every chunk
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QPersistentModelIndex kept = model.index(10);
        const QString keptKey = kept.data(InboxModel::KeyRole).toString();

        // A sync brings three newer entries and one far older than anything loaded.
        QList<Activity> more = entries(QStringLiteral("p2"), 1000, 3);
        more += entries(QStringLiteral("p2"), -50, 1);
        QCOMPARE(store.add(more), 4);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 2);
        QCOMPARE(model.rowCount(), 303); // the old one is below the loaded rows: fetched later
        QCOMPARE(model.index(0).data(InboxModel::CommentRole).toString(), QStringLiteral("comment 1002"));
        QCOMPARE(kept.row(), 13);
        QCOMPARE(kept.data(InboxModel::KeyRole).toString(), keptKey);
        QCOMPARE(model.totalCount(), 304);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 304);
        QCOMPARE(model.index(303).data(InboxModel::CommentRole).toString(), QStringLiteral("comment -50"));

        // A new filter is a reset.
        ActivityStore::Query p2;
        p2.projects = {QStringLiteral("p2")};
        model.setFilter(p2);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 4);
    }

    void marksRead()
    {
        ActivityStore store;
        QVERIFY(openStore(store));
        store.add(entries(QStringLiteral("p1"), 0, 5));
        InboxModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.unreadCount(), 5);
        QVERIFY(model.markRead(2));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QVERIFY(model.index(2).data(InboxModel::ReadRole).toBool());
        QCOMPARE(model.unreadCount(), 4);
        QCOMPARE(store.unreadCount(), 4);
        // Another view (or window) marks in the store: this model follows.
        store.markRead(model.index(0).data(InboxModel::KeyRole).toString());
        QVERIFY(model.index(0).data(InboxModel::ReadRole).toBool());
        QCOMPARE(model.markAllRead(), 3);
        QCOMPARE(model.unreadCount(), 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r).data(InboxModel::ReadRole).toBool());
        QCOMPARE(reset.count(), 0);

        // Unread only: a row marked read leaves the list (a removal, not a reset).
        QVERIFY(model.markRead(1, false));
        QVERIFY(model.markRead(3, false));
        ActivityStore::Query unread;
        unread.unreadOnly = true;
        model.setFilter(unread);
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(model.markRead(0));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(reset.count(), 1); // the filter's, only
    }
};

QTEST_GUILESS_MAIN(TstInboxModel)
#include "tst_inboxmodel.moc"
