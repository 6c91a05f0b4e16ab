// The status bar says when the server is long in answering: a list that said "Loading" for
// two minutes (an answer stalled, timed out and tried again) told nobody that everyone was
// waiting for the server. Driven on a ManualClock: the seconds are the client's.
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
};

QTEST_MAIN(TstNetworkStatus)
#include "tst_networkstatus.moc"
