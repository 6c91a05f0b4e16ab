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
#include "guidriver.h"
#include "listpage.h"
#include "messagebar.h"
#include "windowfixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace sinch;

class TstNetworkStatus : public QObject, public test::WindowFixture
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

    // The wait said is the current attempt's: an answer that stalled, timed out and is asked
    // again starts from 0 (it said "waiting 45 s" of a request sent again 10 s before). While
    // it is long, "Stop waiting" stops the request: it finishes as stopped, in words that say
    // what to do, and is no error of the server's in the status bar.
    void theWaitIsTheAttemptsAndCanBeStopped()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        ManualClock clock;
        fx.client->setClock(&clock);
        ui::NetworkStatus status(fx.client.get());
        QToolButton *stop = status.stopButton();
        QVERIFY(stop->isHidden());

        fx.server->injectNextStall();
        fx.server->injectNextStall();
        QSignalSpy backoff(fx.client.get(), &ApiClient::backingOff);
        ApiJob *job = fx.client->call(fx.projectKey, ApiRequest(QStringLiteral("WebhookController_listWebhooks_v1")));
        QSignalSpy finished(job, &ApiJob::finished);
        QTRY_COMPARE(fx.server->heldAnswers(), 1);
        clock.advance(9000);
        QVERIFY(stop->isHidden());
        clock.advance(3000);
        QTRY_VERIFY(!stop->isHidden());
        clock.advance(fx.client->transferTimeoutMs() - 12000 + 100); // no data for the timeout: given up
        QTRY_COMPARE(backoff.count(), 1);
        QTRY_VERIFY(status.backoffText().contains(QStringLiteral("retrying in")));
        QVERIFY(!stop->isHidden()); // a retry waited for can be stopped too
        clock.advance(backoff.first().at(1).toInt());
        QTRY_COMPARE(fx.server->requestCount(QStringLiteral("WebhookController_listWebhooks_v1")), 2);
        QTRY_COMPARE(fx.server->heldAnswers(), 1); // the second attempt, stalled as well
        QTRY_COMPARE(status.activityText(), QStringLiteral("● 1 request(s)"));
        QTRY_VERIFY(stop->isHidden());
        clock.advance(11000);
        // 10 or 11 s (the status's one-second timer fires when it fires), not the 41 s since
        // the first attempt.
        QTRY_VERIFY2(status.activityText().contains(QStringLiteral("(waiting 1")), qPrintable(status.activityText()));
        QVERIFY(!stop->isHidden());

        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        const ApiResult r = finished.first().first().value<ApiResult>();
        QCOMPARE(r.error.kind, ApiError::Kind::Stopped);
        QVERIFY2(r.error.userText().contains(QStringLiteral("You stopped waiting")), qPrintable(r.error.userText()));
        QVERIFY(!r.error.outcomeUnknown()); // a read: nothing may have changed
        QTRY_COMPARE(status.activityText(), QStringLiteral("● Idle"));
        QVERIFY(stop->isHidden());
        QCOMPARE(status.lastErrorText(), QString());
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

    // A person waits on a list that does not come, clicks "Stop waiting" in the status bar,
    // and the page says so in words, with a Retry that reads it.
    void stoppedInTheWindowThePageOffersRetry()
    {
        QVERIFY(setUpWindowFixture());
        ManualClock clock;
        fx->client->setClock(&clock);
        ui::MainWindow *w = makeWindow();
        QTRY_VERIFY_WITH_TIMEOUT(fx->client->inFlight() == 0 && fx->client->queued() == 0, 15000);
        fx->server->injectNextStall();
        w->showArea(QStringLiteral("webhooks"));
        auto *page = qobject_cast<ui::ListPage *>(w->page(QStringLiteral("webhooks")));
        QVERIFY(page);
        QTRY_COMPARE(fx->server->heldAnswers(), 1);
        auto *stop = w->findChild<QToolButton *>(QStringLiteral("stopWaitingButton"));
        QVERIFY(stop && !stop->isVisible());
        clock.advance(12000);
        QTRY_VERIFY(stop->isVisible());
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY(page->errorBar()->isVisible());
        QVERIFY2(page->errorBar()->text().contains(QStringLiteral("You stopped waiting for the server")),
                 qPrintable(page->errorBar()->text()));
        QVERIFY(!stop->isVisible());
        QVERIFY(test::GuiDriver(page).click(QStringLiteral("Retry")));
        QTRY_VERIFY_WITH_TIMEOUT(page->view()->model() && page->view()->model()->rowCount() > 0, 15000);
        QVERIFY(!page->errorBar()->isVisible());
        window.reset();
        tearDownWindowFixture();
    }
};

QTEST_MAIN(TstNetworkStatus)
#include "tst_networkstatus.moc"
