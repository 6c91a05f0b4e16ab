// Retry decisions: only idempotent requests, only transient failures, exponential waits
// with jitter, Retry-After honoured, a cap on attempts.
#include "api/retrypolicy.h"

#include <QtTest>

using namespace sinch;

namespace {
ApiError http(int status, int retryAfter = -1)
{
    ApiError e = ApiError::fromHttp(status, "{}", "application/json");
    e.retryAfterSeconds = retryAfter;
    return e;
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void decisions_data()
    {
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<bool>("retry");
        for (int s : {429, 500, 502, 503, 504}) {
            QTest::addRow("GET %d", s) << true << http(s) << true;
            QTest::addRow("POST %d", s) << false << http(s) << false;
        }
        for (int s : {400, 401, 403, 404, 409, 412, 424})
            QTest::addRow("GET %d", s) << true << http(s) << false;
        QTest::newRow("timeout") << true << ApiError::fromNetwork(QNetworkReply::TimeoutError, "t") << true;
        QTest::newRow("dropped") << true << ApiError::fromNetwork(QNetworkReply::RemoteHostClosedError, "c") << true;
        QTest::newRow("refused") << true << ApiError::fromNetwork(QNetworkReply::ConnectionRefusedError, "r") << true;
        QTest::newRow("dropped POST") << false << ApiError::fromNetwork(QNetworkReply::RemoteHostClosedError, "c") << false;
        QTest::newRow("host not found") << true << ApiError::fromNetwork(QNetworkReply::HostNotFoundError, "h") << false;
        QTest::newRow("tls") << true << ApiError::fromNetwork(QNetworkReply::SslHandshakeFailedError, "s") << false;
        QTest::newRow("bad json") << true << ApiError::invalidResponse(200, "broken") << true;
        QTest::newRow("bad json POST") << false << ApiError::invalidResponse(200, "broken") << false;
        QTest::newRow("too large") << true << ApiError::answerTooLarge(200, "60 MB") << false;
        QTest::newRow("cancelled") << true << ApiError::cancelled() << false;
    }

    void decisions()
    {
        QFETCH(bool, idempotent);
        QFETCH(ApiError, error);
        QFETCH(bool, retry);
        RetryPolicy p;
        QCOMPARE(p.nextDelayMs(idempotent, error, 1).has_value(), retry);
    }

    void exponentialWithJitter()
    {
        RetryPolicy p;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        p.maxAttempts = 10;
        p.random = [] { return 0.0; };
        QCOMPARE(*p.nextDelayMs(true, http(503), 1), 50);
        QCOMPARE(*p.nextDelayMs(true, http(503), 2), 100);
        QCOMPARE(*p.nextDelayMs(true, http(503), 3), 200);
        QCOMPARE(*p.nextDelayMs(true, http(503), 6), 500); // capped at maxDelayMs
        p.random = [] { return 0.999999; };
        QVERIFY(*p.nextDelayMs(true, http(503), 1) >= 99);
        QVERIFY(*p.nextDelayMs(true, http(503), 6) <= 1000);
        // Real jitter spreads the waits.
        p.random = nullptr;
        QSet<int> seen;
        for (int i = 0; i < 50; ++i)
            seen.insert(*p.nextDelayMs(true, http(503), 4));
        QVERIFY(seen.size() > 5);
        for (int v : seen)
            QVERIFY(v >= 400 && v <= 800);
    }

    void retryAfterHonoured()
    {
        RetryPolicy p;
        QCOMPARE(*p.nextDelayMs(true, http(429, 3), 1), 3000);
        QCOMPARE(*p.nextDelayMs(true, http(503, 0), 1), 0);
        // Too long to wait quietly: give the error to the user.
        QVERIFY(!p.nextDelayMs(true, http(429, 3600), 1));
    }

    void attemptsCapped()
    {
        RetryPolicy p;
        p.maxAttempts = 3;
        QVERIFY(p.nextDelayMs(true, http(503), 2));
        QVERIFY(!p.nextDelayMs(true, http(503), 3));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
