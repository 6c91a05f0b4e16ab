// ApiClient against the in-process sandbox: both auth modes, token caching and refresh,
// paging, retries and their limits, cancellation, the in-flight cap, failures of every
// kind, and no secret in any log.
#include "api/apiclient.h"
#include "api/clock.h"
#include "api/manualclock.h"
#include "api/apijob.h"
#include "api/pager.h"
#include "api/requestlog.h"
#include "auth/tokenprovider.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace sinch;
using sinch::test::SandboxFixture;

namespace {

class FakeClock : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advance(int secs) { m_now = m_now.addSecs(secs); }
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

sandbox::SandboxConfig emptySandbox()
{
    sandbox::SandboxConfig c;
    c.seed = false;
    c.reviewDelaySeconds = 0;
    return c;
}

// Runs one request to completion and returns its result.
ApiResult run(ApiClient *client, const QString &key, const ApiRequest &req, int timeoutMs = 10000)
{
    ApiJob *job = client->call(key, req);
    QSignalSpy spy(job, &ApiJob::finished);
    if (!spy.wait(timeoutMs))
        return ApiResult();
    return spy.first().first().value<ApiResult>();
}

ApiRequest listWebhooks() { return ApiRequest("WebhookController_listWebhooks_v1"); }

ApiRequest createWebhook(const QString &target)
{
    return ApiRequest("WebhookController_createWebhook_v1")
        .json(QJsonObject{{"target", target}, {"secret", "hook-secret-42"},
                          {"triggers", QJsonArray{"WHATSAPP_TEMPLATE_APPROVED"}}});
}

RetryPolicy fastRetries(int attempts = 4)
{
    RetryPolicy p;
    p.maxAttempts = attempts;
    p.baseDelayMs = 5;
    p.maxDelayMs = 20;
    return p;
}

QStringList g_log;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &msg) { g_log << msg; }

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        qRegisterMetaType<ApiError>();
    }

    void basicAuth()
    {
        SandboxFixture f(emptySandbox(), AuthMode::Basic);
        QVERIFY2(f.started, qPrintable(f.error));
        const ApiResult r = run(f.client.get(), f.projectKey, listWebhooks());
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(r.json.object().value("webhooks").isArray());
        QVERIFY(!r.requestId.isEmpty());
        QCOMPARE(f.client->tokensFor(f.projectKey), nullptr);
    }

    void wrongKeyIsUnauthorized_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("basic") << int(AuthMode::Basic);
        QTest::newRow("oauth2") << int(AuthMode::OAuth2);
    }

    void wrongKeyIsUnauthorized()
    {
        QFETCH(int, mode);
        SandboxFixture f(emptySandbox(), AuthMode(mode));
        QVERIFY(f.started);
        Endpoint ep = f.endpoint(AuthMode(mode));
        ep.keySecret = "wrong";
        f.client->setEndpoint(f.projectKey, ep);
        const ApiResult r = run(f.client.get(), f.projectKey, listWebhooks());
        QVERIFY(!r.ok());
        QCOMPARE(r.error.httpStatus, 401);
        QVERIFY2(r.error.userText().contains("key"), qPrintable(r.error.userText()));
        QCOMPARE(r.error.requestId, r.requestId);
    }

    void oauthTokenCachedAndShared()
    {
        SandboxFixture f(emptySandbox(), AuthMode::OAuth2);
        QVERIFY(f.started);
        QList<ApiJob *> jobs;
        QList<ApiResult> results;
        for (int i = 0; i < 3; ++i) {
            ApiJob *job = f.client->call(f.projectKey, listWebhooks());
            connect(job, &ApiJob::finished, this, [&results](const ApiResult &r) { results << r; });
        }
        QTRY_COMPARE(results.size(), 3);
        for (const ApiResult &r : results)
            QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        TokenProvider *tokens = f.client->tokensFor(f.projectKey);
        QVERIFY(tokens);
        QCOMPARE(tokens->requestCount(), 1); // three calls, one token request
        QVERIFY(run(f.client.get(), f.projectKey, listWebhooks()).ok());
        QCOMPARE(tokens->requestCount(), 1);
    }

    void tokenRefreshedOnceOn401()
    {
        SandboxFixture f(emptySandbox(), AuthMode::OAuth2);
        QVERIFY(f.started);
        QVERIFY(run(f.client.get(), f.projectKey, listWebhooks()).ok());
        f.server->expireTokens();
        const ApiResult r = run(f.client.get(), f.projectKey, listWebhooks());
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(f.client->tokensFor(f.projectKey)->requestCount(), 2);

        // A 401 that survives a fresh token is shown, not looped on.
        f.server->injectNext(401);
        f.server->injectNext(401);
        const ApiResult again = run(f.client.get(), f.projectKey, listWebhooks());
        QVERIFY(!again.ok());
        QCOMPARE(again.error.httpStatus, 401);
        QCOMPARE(again.attempts, 2);
        QCOMPARE(f.client->tokensFor(f.projectKey)->requestCount(), 3);
    }

    void tokenRenewedBeforeExpiry()
    {
        FakeClock clock;
        SandboxFixture f(emptySandbox(), AuthMode::OAuth2);
        QVERIFY(f.started);
        f.client->setClock(&clock);
        f.client->setEndpoint(f.projectKey, f.endpoint(AuthMode::OAuth2)); // picks up the clock
        f.client->removeEndpoint(f.projectKey);
        f.client->setEndpoint(f.projectKey, f.endpoint(AuthMode::OAuth2));
        QVERIFY(run(f.client.get(), f.projectKey, listWebhooks()).ok());
        TokenProvider *tokens = f.client->tokensFor(f.projectKey);
        QCOMPARE(tokens->requestCount(), 1);
        clock.advance(3600 - TokenProvider::kRefreshMarginSeconds - 5);
        QVERIFY(run(f.client.get(), f.projectKey, listWebhooks()).ok());
        QCOMPARE(tokens->requestCount(), 1);
        clock.advance(10); // inside the margin: renewed without waiting for a 401
        QVERIFY(run(f.client.get(), f.projectKey, listWebhooks()).ok());
        QCOMPARE(tokens->requestCount(), 2);
    }

    void tokenEndpointUnreachable()
    {
        SandboxFixture f(emptySandbox(), AuthMode::OAuth2);
        QVERIFY(f.started);
        Endpoint ep = f.endpoint(AuthMode::OAuth2);
        ep.tokenUrl = QUrl(f.server->baseUrl().toString() + "/no-such-token-endpoint");
        f.client->setEndpoint(f.projectKey, ep);
        const ApiResult r = run(f.client.get(), f.projectKey, listWebhooks());
        QVERIFY(!r.ok());
        QCOMPARE(r.error.httpStatus, 404);
    }

    void paging()
    {
        SandboxFixture f(emptySandbox(), AuthMode::Basic);
        QVERIFY(f.started);
        for (int i = 0; i < 5; ++i)
            QVERIFY(run(f.client.get(), f.projectKey, createWebhook(QString("https://hooks.example.com/%1").arg(i))).ok());
        Pager pager(f.client.get(), f.projectKey, listWebhooks());
        pager.setPageSize(2);
        QSignalSpy pages(&pager, &Pager::pageReceived);
        QSignalSpy done(&pager, &Pager::finished);
        pager.fetchAll();
        QVERIFY(done.wait(10000));
        QCOMPARE(pages.count(), 3);
        QCOMPARE(pager.fetchedCount(), 5);
        QCOMPARE(pager.totalSize(), 5);
        QVERIFY(!pager.hasMore());
        QSet<QString> ids;
        for (const auto &args : pages)
            for (const QJsonValue &v : args.first().toJsonArray())
                ids.insert(v.toObject().value("id").toString());
        QCOMPARE(ids.size(), 5);

        // One page at a time, as a view scrolls.
        pager.reset();
        QSignalSpy more(&pager, &Pager::pageReceived);
        pager.fetchNext();
        pager.fetchNext(); // ignored while fetching
        QVERIFY(more.wait());
        QCOMPARE(pager.pagesFetched(), 1);
        QVERIFY(pager.hasMore());
    }

    void retriesIdempotentOnly()
    {
        SandboxFixture f(emptySandbox(), AuthMode::Basic);
        QVERIFY(f.started);
        f.client->setRetryPolicy(fastRetries());
        QSignalSpy backoff(f.client.get(), &ApiClient::backingOff);
        f.server->injectNext(503);
        f.server->injectNext(502);
        ApiResult r = run(f.client.get(), f.projectKey, listWebhooks());
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        QCOMPARE(r.attempts, 3);
        QCOMPARE(backoff.count(), 2);

        // POST is never retried automatically.
        f.server->injectNext(503);
        r = run(f.client.get(), f.projectKey, createWebhook("https://hooks.example.com/post"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.httpStatus, 503);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(backoff.count(), 2);

        // A read's 500 passes too: it is asked again.
        f.server->injectNext(500);
        r = run(f.client.get(), f.projectKey, listWebhooks());
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        QCOMPARE(r.attempts, 2);
        // Non-transient errors are final at once.
        f.server->injectNext(403);
        r = run(f.client.get(), f.projectKey, listWebhooks());
        QCOMPARE(r.error.httpStatus, 403);
        QCOMPARE(r.attempts, 1);
    }

    void retriesGiveUp()
    {
        SandboxFixture f(emptySandbox(), AuthMode::Basic);
        QVERIFY(f.started);
        f.client->setRetryPolicy(fastRetries(3));
        for (int i = 0; i < 3; ++i)
            f.server->injectNext(504);
        const ApiResult r = run(f.client.get(), f.projectKey, listWebhooks());
        QCOMPARE(r.error.httpStatus, 504);
        QCOMPARE(r.attempts, 3);
    }

    void retryAfterHonoured()
    {
        SandboxFixture f(emptySandbox(), AuthMode::Basic);
        QVERIFY(f.started);
        f.client->setRetryPolicy(fastRetries());
        // The wait runs on the client's clock: the retry comes when the clock says, not before.
        ManualClock clock;
        f.client->setClock(&clock);
        QSignalSpy backoff(f.client.get(), &ApiClient::backingOff);
        f.server->injectNext(429, QByteArray(), 1);
        ApiJob *job = f.client->call(f.projectKey, listWebhooks());
        QSignalSpy finished(job, &ApiJob::finished);
        QTRY_COMPARE(backoff.count(), 1);
        QCOMPARE(backoff.first().at(1).toInt(), 1000);
        QCOMPARE(backoff.first().at(2).value<ApiError>().retryAfterSeconds, 1);
        const int requests = f.server->requestCount(QStringLiteral("WebhookController_listWebhooks_v1"));
        clock.advance(999);
        QTest::qWait(50);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(f.server->requestCount(QStringLiteral("WebhookController_listWebhooks_v1")), requests);
        clock.advance(1);
        QTRY_COMPARE(finished.count(), 1);
        const ApiResult r = finished.first().at(0).value<ApiResult>();
        QVERIFY(r.ok());
        QCOMPARE(r.attempts, 2);
    }

    void droppedConnection()
    {
        SandboxFixture f(emptySandbox(), AuthMode::Basic);
        QVERIFY(f.started);
        f.client->setRetryPolicy(fastRetries());
        // Qt resends once by itself on a connection closed before any answer; three drops
        // in a row get past that, and the client's own retry brings the GET through.
        for (int i = 0; i < 3; ++i)
            f.server->injectNextDrop();
        ApiResult r = run(f.client.get(), f.projectKey, listWebhooks());
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        QVERIFY2(r.attempts >= 2, qPrintable(QString::number(r.attempts)));

        for (int i = 0; i < 3; ++i)
            f.server->injectNextDrop();
        r = run(f.client.get(), f.projectKey, createWebhook("https://hooks.example.com/drop"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Network);
        QCOMPARE(r.attempts, 1);
    }

    void timeout()
    {
        sandbox::SandboxConfig c = emptySandbox();
        c.faults.latencyMs = 1500;
        SandboxFixture f(c, AuthMode::Basic);
        QVERIFY(f.started);
        f.client->setRetryPolicy(fastRetries(1));
        f.client->setTransferTimeoutMs(200);
        const ApiResult r = run(f.client.get(), f.projectKey, listWebhooks());
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
        QVERIFY(r.error.userText().contains("in time"));
    }

    void brokenBodies()
    {
        SandboxFixture f(emptySandbox(), AuthMode::Basic);
        QVERIFY(f.started);
        f.client->setRetryPolicy(fastRetries(2));
        // Cut off on its way: read again, whole the second time.
        f.server->injectNext(200, "{\"webhooks\":[{\"id\":");
        ApiResult r = run(f.client.get(), f.projectKey, listWebhooks());
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        QCOMPARE(r.attempts, 2);
        // And cut off every time: said in words, the bytes' fault in the details.
        for (int i = 0; i < 2; ++i)
            f.server->injectNext(200, "{\"webhooks\":[{\"id\":");
        r = run(f.client.get(), f.projectKey, listWebhooks());
        QCOMPARE(r.error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(r.error.userText().contains("could not be read"), qPrintable(r.error.userText()));
        QVERIFY(!r.error.userText().contains("byte"));
        QVERIFY2(r.error.details().contains("byte"), qPrintable(r.error.details()));

        for (int i = 0; i < 2; ++i)
            f.server->injectNext(500, "<html><body><h1>Internal Server Error</h1></body></html>");
        r = run(f.client.get(), f.projectKey, listWebhooks());
        QCOMPARE(r.error.httpStatus, 500);
        QVERIFY2(r.error.message.contains("web page"), qPrintable(r.error.message));
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiClient client;
        Endpoint ep;
        ep.projectId = "p";
        ep.keyId = "k";
        ep.keySecret = "s";
        ep.authMode = AuthMode::Basic;
        ep.baseUrl = QUrl(QString("http://127.0.0.1:%1").arg(port));
        client.setEndpoint("x", ep);
        client.setRetryPolicy(fastRetries(2));
        const ApiResult r = run(&client, "x", listWebhooks());
        QCOMPARE(r.error.kind, ApiError::Kind::Network);
        QCOMPARE(r.error.networkError, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(r.attempts, 2);
    }

    // A server that does not speak TLS on an https URL: the handshake fails, the error
    // says so, and nothing is retried or ignored.
    void tlsFailure()
    {
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        connect(&plain, &QTcpServer::newConnection, this, [&plain] {
            while (QTcpSocket *s = plain.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    s->readAll();
                    s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                    s->disconnectFromHost();
                });
            }
        });
        ApiClient client;
        Endpoint ep;
        ep.projectId = "p";
        ep.keyId = "k";
        ep.keySecret = "s";
        ep.authMode = AuthMode::Basic;
        ep.baseUrl = QUrl(QString("https://127.0.0.1:%1").arg(plain.serverPort()));
        client.setEndpoint("tls", ep);
        client.setRetryPolicy(fastRetries());
        const ApiResult r = run(&client, "tls", listWebhooks());
        QCOMPARE(r.error.kind, ApiError::Kind::Tls);
        QCOMPARE(r.attempts, 1);
        QVERIFY2(r.error.userText().contains("certificate"), qPrintable(r.error.userText()));
    }

    void cancellation()
    {
        sandbox::SandboxConfig c = emptySandbox();
        c.faults.latencyMs = 400;
        SandboxFixture f(c, AuthMode::Basic);
        QVERIFY(f.started);
        f.client->setMaxInFlight(1);
        ApiJob *running = f.client->call(f.projectKey, listWebhooks());
        ApiJob *queued = f.client->call(f.projectKey, listWebhooks());
        QSignalSpy runningDone(running, &ApiJob::finished);
        QSignalSpy queuedDone(queued, &ApiJob::finished);
        QTRY_COMPARE(running->state(), ApiJob::State::Running);
        QCOMPARE(queued->state(), ApiJob::State::Queued);
        queued->cancel();
        QCOMPARE(queuedDone.count(), 1);
        QVERIFY(queuedDone.first().first().value<ApiResult>().error.isCancelled());
        running->cancel(); // at once: finished() has come before cancel() returns
        QCOMPARE(runningDone.count(), 1);
        QVERIFY(runningDone.first().first().value<ApiResult>().error.isCancelled());
        QTRY_COMPARE(f.client->inFlight(), 0);
        QCOMPARE(f.client->queued(), 0);
        // The queued one never reached the server (the running one may or may not be
        // counted: it was cut off mid-way).
        QTest::qWait(700);
        QVERIFY(f.server->requestCount("WebhookController_listWebhooks_v1") <= 1);
    }

    void inFlightCap()
    {
        sandbox::SandboxConfig c = emptySandbox();
        c.faults.latencyMs = 150;
        SandboxFixture f(c, AuthMode::Basic);
        QVERIFY(f.started);
        f.client->setMaxInFlight(2);
        int maxInFlight = 0, maxQueued = 0;
        connect(f.client.get(), &ApiClient::activityChanged, this, [&](int inFlight, int queued) {
            maxInFlight = qMax(maxInFlight, inFlight);
            maxQueued = qMax(maxQueued, queued);
        });
        int ok = 0;
        for (int i = 0; i < 6; ++i) {
            ApiJob *job = f.client->call(f.projectKey, listWebhooks());
            connect(job, &ApiJob::finished, this, [&ok](const ApiResult &r) { ok += r.ok(); });
        }
        QTRY_COMPARE_WITH_TIMEOUT(ok, 6, 10000);
        QCOMPARE(maxInFlight, 2);
        QVERIFY(maxQueued >= 4);
        QCOMPARE(f.client->inFlight(), 0);
    }

    void configErrors()
    {
        SandboxFixture f(emptySandbox(), AuthMode::Basic);
        QVERIFY(f.started);
        ApiResult r = run(f.client.get(), f.projectKey, ApiRequest("NoSuchOperation"));
        QCOMPARE(r.error.kind, ApiError::Kind::Config);
        r = run(f.client.get(), "no-such-project", listWebhooks());
        QCOMPARE(r.error.kind, ApiError::Kind::Config);
        r = run(f.client.get(), f.projectKey, ApiRequest("WebhookController_getWebhook_v1"));
        QCOMPARE(r.error.kind, ApiError::Kind::Config);
        QVERIFY(r.error.userText().contains("webhookId"));
    }

    void noSecretInLogs()
    {
        SandboxFixture f(emptySandbox(), AuthMode::OAuth2);
        QVERIFY(f.started);
        QLoggingCategory::setFilterRules("sinch.*=true");
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureMessages);
        QVERIFY(run(f.client.get(), f.projectKey, createWebhook("https://hooks.example.com/log")).ok());
        f.server->injectNext(400);
        run(f.client.get(), f.projectKey, createWebhook("https://hooks.example.com/log2"));
        QString token;
        f.client->tokensFor(f.projectKey)->token(this, [&token](const QString &t, const ApiError &) { token = t; });
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules("sinch.*.debug=false\nsinch.*.info=false");
        QVERIFY(!token.isEmpty());
        QVERIFY(!g_log.isEmpty());
        QString all = g_log.join('\n');
        for (const auto &e : f.client->requestLog()->entries())
            all += e.url + QString::fromUtf8(e.requestBody + e.responseBody);
        const Endpoint ep = f.endpoint(AuthMode::OAuth2);
        QVERIFY(all.contains("hooks.example.com/log")); // bodies were logged ...
        QVERIFY(!all.contains(ep.keySecret));             // ... without the secrets
        QVERIFY(!all.contains(token));
        QVERIFY(!all.contains("hook-secret-42"));
        QVERIFY(!all.contains(QString::fromLatin1((ep.keyId + ':' + ep.keySecret).toUtf8().toBase64())));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
