// The inbox's sync against the in-process sandbox: two projects merged in one store, a
// second poll that asks only the account feeds and the lists, a comment, a review outcome
// recorded once, the interval on a ManualClock. Requests are counted by operation on the
// sandbox. QTRY waits for the sandbox's answers only; no timer is waited for.
#include "services/inboxsync.h"
#include "services/activityservice.h"
#include "services/whatsapptemplateservice.h"
#include "storage/activitystore.h"
#include "testsupport.h"

#include "api/apijob.h"
#include "api/manualclock.h"
#include "api/requestlog.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sinch;

namespace {

const QString kTrial = QStringLiteral("trial");

QStringList feedOperations()
{
    QStringList ops;
    for (FeedRef::Kind kind : FeedRef::allKinds())
        ops << ActivityService::listOperation(kind);
    return ops;
}

} // namespace

class TstInboxSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QHash<QString, int> counts(test::SandboxFixture &fx) const
    {
        QHash<QString, int> out;
        for (const QString &op : feedOperations() + QStringList{QStringLiteral("TemplatesController_listTemplates_v1"),
                                                                  QStringLiteral("SendersController_listSenders_v1"),
                                                                  QStringLiteral("KakaotalkSendersController_listSenders_v1"),
                                                                  QStringLiteral("KakaotalkTemplatesController_listTemplates_v1"),
                                                                  QStringLiteral("RcsSendersController_listSenders_v1")})
            out.insert(op, fx.server->requestCount(op));
        return out;
    }
    static QHash<QString, int> delta(const QHash<QString, int> &before, const QHash<QString, int> &after)
    {
        QHash<QString, int> d;
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            if (it.value() != before.value(it.key()))
                d.insert(it.key(), it.value() - before.value(it.key()));
        return d;
    }
    static bool pollOnce(InboxSync &sync)
    {
        sync.syncNow();
        return QTest::qWaitFor([&] { return !sync.isSyncing(); }, 60000);
    }
    bool openStore(ActivityStore &store)
    {
        return store.open(m_dir.filePath(QStringLiteral("inbox%1.sqlite").arg(++m_files)))
            == ActivityStore::OpenOutcome::Opened;
    }

private slots:
    void mergesTwoProjectsAndPollsCheaply()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        Endpoint trial = fx.endpoint(AuthMode::Basic);
        trial.projectId = fx.server->config().limits.otherProjectId; // a trial project without RCS
        fx.client->setEndpoint(kTrial, trial);
        ActivityStore store;
        QVERIFY(openStore(store));
        ManualClock clock;
        InboxSync sync(fx.client.get(), &store, &clock);
        QSignalSpy synced(&sync, &InboxSync::synced);
        QSignalSpy failed(&sync, &InboxSync::failed);
        QSignalSpy skipped(&sync, &InboxSync::areaSkipped);
        QSignalSpy fresh(&sync, &InboxSync::newActivities);
        sync.addProject(fx.projectKey);
        sync.addProject(kTrial);

        int peak = 0;
        connect(fx.client.get(), &ApiClient::activityChanged, this, [&](int inFlight, int queued) {
            peak = qMax(peak, inFlight + queued);
        });
        QVERIFY(pollOnce(sync));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(synced.count(), 2);
        QCOMPARE(fresh.count(), 0); // a first read is quiet
        QVERIFY(peak <= InboxSync::kMaxInFlight); // its requests wait in the sync, not in the client
        QCOMPARE(sync.lastSync(fx.projectKey), clock.now());
        QVERIFY(sync.skippedAreas(kTrial).contains(QStringLiteral("rcs.senders")));
        QVERIFY(sync.skippedAreas(fx.projectKey).isEmpty());
        QVERIFY(skipped.count() >= 1);

        // Both projects in one list, newest first.
        ActivityStore::Query mine, theirs;
        mine.projects = {fx.projectKey};
        theirs.projects = {kTrial};
        QVERIFY(store.count(mine) > 0);
        QVERIFY(store.count(theirs) > 0);
        const QList<Activity> all = store.query({});
        QCOMPARE(all.size(), store.count(mine) + store.count(theirs));
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).created >= all.at(i).created);
        QVERIFY(store.count({}) > 0);

        // Nothing new: the account feeds' first pages and the lists' pages, no resource feed.
        const auto before = counts(fx);
        const int rows = store.count();
        QVERIFY(pollOnce(sync));
        const auto d = delta(before, counts(fx));
        QCOMPARE(store.count(), rows);
        QCOMPARE(d.value(ActivityService::listOperation(FeedRef::Kind::WhatsappAccount)), 2);
        QCOMPARE(d.value(ActivityService::listOperation(FeedRef::Kind::RcsAccount)), sync.skippedAreas(kTrial).contains(QStringLiteral("rcs.account")) ? 1 : 2);
        for (FeedRef::Kind kind : {FeedRef::Kind::WhatsappSender, FeedRef::Kind::WhatsappTemplate,
                                   FeedRef::Kind::KakaotalkSender, FeedRef::Kind::KakaotalkTemplate,
                                   FeedRef::Kind::RcsSender})
            QVERIFY2(!d.contains(ActivityService::listOperation(kind)), qPrintable(ActivityService::listOperation(kind)));
        QCOMPARE(d.value(QStringLiteral("TemplatesController_listTemplates_v1")), 2); // one page of 1000 a project
        QVERIFY(!d.contains(QStringLiteral("RcsSendersController_listSenders_v1")) || d.value(QStringLiteral("RcsSendersController_listSenders_v1")) == 1);
        QCOMPARE(failed.count(), 0);
    }

    void readsChangedFeedsAndRecordsOutcomesOnce()
    {
        sandbox::SandboxConfig config;
        config.reviewDelaySeconds = 0; // the sandbox decides at submission: no timer to wait for
        test::SandboxFixture fx(config);
        QVERIFY2(fx.started, qPrintable(fx.error));
        ActivityStore store;
        QVERIFY(openStore(store));
        ManualClock clock;
        InboxSync sync(fx.client.get(), &store, &clock);
        QSignalSpy fresh(&sync, &InboxSync::newActivities);
        sync.addProject(fx.projectKey);
        QVERIFY(pollOnce(sync));

        // A template in draft, never approved: the one the reviewer will approve.
        FeedRef draft;
        const auto held = store.resources(fx.projectKey);
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            const FeedRef f = FeedRef::fromKey(it.key(), it->title);
            if (f.kind == FeedRef::Kind::WhatsappTemplate && it->state == QLatin1String("DRAFT")
                && !f.ids.first().contains(QLatin1String("reject")))
                draft = f;
        }
        QVERIFY(draft.isValid());

        // A comment changes nothing a list row shows: the next poll does not read its feed...
        const QString templateFeedOp = ActivityService::listOperation(FeedRef::Kind::WhatsappTemplate);
        ActivityService activities(fx.client.get(), fx.projectKey);
        QSignalSpy commented(activities.comment(draft, QStringLiteral("Looks good to me")), &ApiJob::finished);
        QVERIFY(commented.wait(15000));
        int reads = fx.server->requestCount(templateFeedOp);
        QVERIFY(pollOnce(sync));
        QCOMPARE(fx.server->requestCount(templateFeedOp), reads);
        // ... unless the console says it commented (touch), then that feed alone.
        sync.touch(draft);
        QVERIFY(pollOnce(sync));
        QCOMPARE(fx.server->requestCount(templateFeedOp), reads + 1);
        QCOMPARE(fresh.count(), 1);
        const auto notified = fresh.takeFirst().first().value<QList<Activity>>();
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().comment, QStringLiteral("Looks good to me"));
        QCOMPARE(notified.first().feed, draft);
        // The console's own comment (posted: the comment's answer) is read back read, and
        // told to no one.
        QSignalSpy mine(activities.comment(draft, QStringLiteral("Fixed the footer")), &ApiJob::finished);
        QVERIFY(mine.wait(15000));
        sync.posted(Activity::fromJson(mine.first().first().value<ApiResult>().json.object(), draft));
        reads = fx.server->requestCount(templateFeedOp);
        QVERIFY(pollOnce(sync));
        QCOMPARE(fx.server->requestCount(templateFeedOp), reads + 1);
        QCOMPARE(fresh.count(), 0);
        QList<Activity> own = store.query(ActivityStore::Query());
        own.removeIf([](const Activity &a) { return a.comment != QLatin1String("Fixed the footer"); });
        QCOMPARE(own.size(), 1);
        QVERIFY(own.first().read);

        // Submitted and approved by the sandbox's reviewer: one STATE_CHANGED, APPROVED.
        WhatsappTemplateService templates(fx.client.get(), fx.projectKey);
        const QJsonObject doc{{QStringLiteral("details"), QJsonObject{{QStringLiteral("components"), QJsonArray{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                        {QStringLiteral("text"), QStringLiteral("Your order is ready for pick-up.")}}}}}}};
        QSignalSpy submitted(templates.update(draft.ids.at(0), draft.ids.at(1), doc, true), &ApiJob::finished);
        QVERIFY(submitted.wait(15000));
        QVERIFY2(submitted.first().first().value<ApiResult>().ok(),
                 qPrintable(submitted.first().first().value<ApiResult>().error.message));
        reads = fx.server->requestCount(templateFeedOp);
        QVERIFY(pollOnce(sync));
        QCOMPARE(fx.server->requestCount(templateFeedOp), reads + 1); // its row changed: its feed read
        ActivityStore::Query outcomes;
        outcomes.types = {Activity::kStateChanged};
        QList<Activity> recorded = store.query(outcomes);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().state, QStringLiteral("APPROVED"));
        QCOMPARE(recorded.first().feed, draft);
        QCOMPARE(fresh.count(), 1);
        const auto told = fresh.takeFirst().first().value<QList<Activity>>();
        QCOMPARE(told.size(), 1); // the IN_PROGRESS entry is the person's own act
        QCOMPARE(told.first().state, QStringLiteral("APPROVED"));
        // And not again.
        QVERIFY(pollOnce(sync));
        QCOMPARE(store.query(outcomes).size(), 1);
        QCOMPARE(fresh.count(), 0);
    }

    // The person stops waiting (the status bar's Stop) while a poll runs: it asks nothing
    // more, ends at once, and says so; the next poll reads again.
    void aStoppedPollEndsAndSaysSo()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        ActivityStore store;
        QVERIFY(openStore(store));
        ManualClock clock;
        InboxSync sync(fx.client.get(), &store, &clock);
        QSignalSpy failed(&sync, &InboxSync::failed);
        sync.addProject(fx.projectKey);
        sync.syncNow();
        QVERIFY(sync.isSyncing());
        QTRY_VERIFY(fx.client->inFlight() > 0);
        fx.client->stopWaiting();
        const qsizetype answered = fx.client->requestLog()->entries().size();
        QTRY_VERIFY(!sync.isSyncing());
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("You stopped waiting")),
                 qPrintable(failed.first().at(1).toString()));
        QTest::qWait(200); // nothing that was queued started
        QCOMPARE(fx.client->requestLog()->entries().size(), answered);
        QVERIFY(!sync.lastSync(fx.projectKey).isValid());
        QVERIFY(pollOnce(sync));
        QVERIFY(sync.lastSync(fx.projectKey).isValid());
    }

    void pollsOnTheIntervalOfItsClock()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        ActivityStore store;
        QVERIFY(openStore(store));
        ManualClock clock;
        InboxSync sync(fx.client.get(), &store, &clock);
        QCOMPARE(sync.interval(), 5 * 60 * 1000);
        sync.setInterval(60 * 1000);
        QSignalSpy synced(&sync, &InboxSync::synced);
        sync.addProject(fx.projectKey);
        const QString accountFeed = ActivityService::listOperation(FeedRef::Kind::WhatsappAccount);
        clock.advance(59 * 1000);
        QVERIFY(!sync.isSyncing());
        QCOMPARE(fx.server->requestCount(accountFeed), 0);
        clock.advance(1000);
        QVERIFY(sync.isSyncing());
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
        QCOMPARE(synced.first().at(1).toDateTime(), clock.now());
        clock.advance(60 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 2, 60000);
        QCOMPARE(fx.server->requestCount(accountFeed), 2);
        // Removed: no more polls.
        sync.removeProject(fx.projectKey);
        clock.advance(10 * 60 * 1000);
        QVERIFY(!sync.isSyncing());
        QCOMPARE(fx.server->requestCount(accountFeed), 2);
    }
};

QTEST_MAIN(TstInboxSync)
#include "tst_inboxsync.moc"
