// The status bar says when the server is long in answering: a list that said "Loading" for
// two minutes (an answer stalled, timed out and tried again) told nobody that everyone was
// waiting for the server. Driven on a ManualClock: the seconds are the client's. Its last
// error stays until the request that failed succeeds when made again.
#include "networkstatus.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/apirequest.h"
#include "api/manualclock.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QTest>

using namespace sinch;

class TstNetworkStatus : public QObject
{
    Q_OBJECT

private slots:
    void aLongWaitIsSaid()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        ManualClock clock;
        fx.client->setClock(&clock);
        ui::NetworkStatus status(fx.client.get());
        QCOMPARE(status.activityText(), QStringLiteral("● Idle"));

        fx.server->injectNextStall();
        ApiJob *job = fx.client->call(fx.projectKey, ApiRequest(QStringLiteral("WebhookController_listWebhooks_v1")));
        QTRY_COMPARE(fx.server->heldAnswers(), 1);
        QCOMPARE(status.activityText(), QStringLiteral("● 1 request(s)"));
        clock.advance(9000);
        QCOMPARE(status.activityText(), QStringLiteral("● 1 request(s)")); // a few seconds are no news
        clock.advance(3000);
        QTRY_COMPARE(status.activityText(), QStringLiteral("● 1 request(s) (waiting 12 s for the server)"));
        QVERIFY2(status.findChild<QWidget *>(QStringLiteral("activityLabel"))->toolTip().contains(QStringLiteral("given up after 30 s")),
                 qPrintable(status.findChild<QWidget *>(QStringLiteral("activityLabel"))->toolTip()));

        job->cancel();
        QTRY_COMPARE(status.activityText(), QStringLiteral("● Idle"));
        QCOMPARE(fx.client->longestWaitMs(), 0);
        clock.advance(5000);
        QCOMPARE(status.activityText(), QStringLiteral("● Idle"));
    }

    void theLastErrorGoesWhenItsRequestSucceedsAgain()
    {
        ManualClock clock;
        sandbox::SandboxConfig config;
        config.clock = &clock; // answers held back (latency) wait for this clock
        test::SandboxFixture fx(config);
        QVERIFY2(fx.started, qPrintable(fx.error));
        ui::NetworkStatus status(fx.client.get());
        const ApiRequest webhooks(QStringLiteral("WebhookController_listWebhooks_v1"));

        // The same request, already on its way when another copy of it fails: its answer
        // comes after the failure, and proves nothing about it.
        fx.server->injectNextLatency(2000);
        ApiJob *earlier = fx.client->call(fx.projectKey, webhooks);
        QTRY_COMPARE(fx.server->heldAnswers(), 1);
        fx.server->injectNext(400);
        const ApiResult failed = test::finished(fx.client->call(fx.projectKey, webhooks));
        QVERIFY2(failed.error.isError(), qPrintable(QString::number(failed.httpStatus)));
        QVERIFY2(status.lastErrorText().contains(QStringLiteral("400")), qPrintable(status.lastErrorText()));
        clock.advance(2000);
        QVERIFY(test::finished(earlier).ok());
        QVERIFY(!status.lastErrorText().isEmpty());

        // Other requests succeeding: another operation, the same one with other arguments.
        QVERIFY(fx.callSync(ApiRequest(QStringLiteral("TemplatesController_listTemplates_v1"))).ok());
        QVERIFY(fx.callSync(ApiRequest(webhooks).arg(QStringLiteral("pageSize"), QStringLiteral("5"))).ok());
        QVERIFY(!status.lastErrorText().isEmpty());

        // The request that failed, made again (a Retry): it succeeds, the error is gone.
        QVERIFY(fx.callSync(webhooks).ok());
        QCOMPARE(status.lastErrorText(), QString());
        QVERIFY(!status.lastError().isError());
    }
};

QTEST_MAIN(TstNetworkStatus)
#include "tst_networkstatus.moc"
