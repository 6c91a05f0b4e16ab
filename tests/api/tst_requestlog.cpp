// Redaction: the log never carries Authorization values, tokens, secrets or form values.
#include "api/requestlog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace sinch;

class TestRequestLog : public QObject
{
    Q_OBJECT
private slots:
    void headers()
    {
        QCOMPARE(RequestLog::redactHeader("Authorization", "Basic a2V5OnNlY3JldA=="), QByteArray("Basic [redacted]"));
        QCOMPARE(RequestLog::redactHeader("authorization", "Bearer eyJhbGciOi"), QByteArray("Bearer [redacted]"));
        QCOMPARE(RequestLog::redactHeader("X-Api-Token", "abc"), QByteArray("[redacted]"));
        QCOMPARE(RequestLog::redactHeader("Cookie", "s=1"), QByteArray("[redacted]"));
        QCOMPARE(RequestLog::redactHeader("X-Request-ID", "r-1"), QByteArray("r-1"));
    }

    void tokenResponse()
    {
        const QByteArray body = "{\"access_token\":\"tok-123\",\"token_type\":\"bearer\",\"expires_in\":3600}";
        const QByteArray red = RequestLog::redactBody(body, "application/json");
        QVERIFY(!red.contains("tok-123"));
        const QJsonObject o = QJsonDocument::fromJson(red).object();
        QCOMPARE(o.value("expires_in").toInt(), 3600);
        QCOMPARE(o.value("token_type").toString(), QStringLiteral("bearer"));
    }

    // WhatsApp's embedded signup: the long-lived token answered, the user token and the
    // single-use code sent; the business manager beside them stays readable.
    void embeddedSignupSecrets()
    {
        const QByteArray answer = "{\"longLivedAccessToken\":\"EAAGlongLived42\"}";
        const QByteArray red = RequestLog::redactBody(answer, "application/json");
        QVERIFY(!red.contains("EAAGlongLived42"));
        QVERIFY(red.contains("longLivedAccessToken"));
        const QByteArray sent = RequestLog::redactBody("{\"facebookCode\":\"AQD-code\",\"facebookToken\":\"EAAGuser\","
                                                       "\"businessManager\":\"SINCH_UK\"}", "application/json");
        QVERIFY(!sent.contains("AQD-code"));
        QVERIFY(!sent.contains("EAAGuser"));
        QVERIFY(sent.contains("SINCH_UK"));
        QVERIFY(!RequestLog::isSecretName(u"errorCode"));
        QVERIFY(!RequestLog::isSecretName(u"countryCode"));
    }

    void nestedJsonSecrets()
    {
        const QByteArray body = "{\"target\":\"https://x.example/cb\",\"secret\":\"s3cr3t\", \"details\":{\"facebookToken\":\"EAAB\",\"list\":[{\"password\":\"p4ss\",\"name\":\"ok\"}]}}";
        const QByteArray red = RequestLog::redactBody(body, "application/json");
        QVERIFY(!red.contains("s3cr3t"));
        QVERIFY(!red.contains("EAAB"));
        QVERIFY(!red.contains("p4ss"));
        QVERIFY(red.contains("https://x.example/cb"));
        QVERIFY(red.contains("\"name\":\"ok\""));
    }

    void formBody()
    {
        const QByteArray red = RequestLog::redactBody("grant_type=client_credentials&client_secret=abc&client_id=def",
                                                      "application/x-www-form-urlencoded");
        QVERIFY(red.contains("grant_type=client_credentials"));
        QVERIFY(!red.contains("abc"));
        QVERIFY(!red.contains("def"));
    }

    void nonJsonBodies()
    {
        QVERIFY(!RequestLog::redactBody("access_token=zzz&x=1", "text/plain").contains("zzz"));
        QCOMPARE(RequestLog::redactBody("<html>oops</html>", "text/html"), QByteArray("<html>oops</html>"));
        QVERIFY(RequestLog::redactBody(QByteArray(10, '\x01'), "image/png").startsWith("(10 bytes"));
        const QByteArray big(RequestLog::kBodyLimit * 2, 'a');
        QVERIFY(RequestLog::redactBody(big, "text/plain").size() < big.size());
    }

    void secretNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("secret");
        for (const char *n : {"secret", "keySecret", "client_secret", "password", "Authorization", "apiKey",
                              "access_token", "refresh_token", "facebookToken", "accessToken", "token"})
            QTest::newRow(n) << QString(n) << true;
        for (const char *n : {"pageToken", "nextPageToken", "previousPageToken", "token_type", "signatureHash",
                              "target", "name", "expires_in"})
            QTest::newRow(n) << QString(n) << false;
    }
    void secretNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, secret);
        QCOMPARE(RequestLog::isSecretName(name), secret);
    }

    void urls()
    {
        const QString u = RequestLog::redactUrl(QUrl("https://user:pw@h.example/v1/x?pageToken=abc&access_token=zzz&pageSize=2"));
        QVERIFY(!u.contains("pw"));
        QVERIFY(!u.contains("zzz"));
        QVERIFY(u.contains("pageToken=abc"));
        QVERIFY(u.contains("pageSize=2"));
    }

    void boundedList()
    {
        RequestLog log;
        log.setCapacity(3);
        QSignalSpy spy(&log, &RequestLog::entryAdded);
        for (int i = 0; i < 5; ++i) {
            RequestLog::Entry e;
            e.requestId = QString::number(i);
            log.record(e);
        }
        QCOMPARE(spy.count(), 5);
        QCOMPARE(log.entries().size(), 3);
        QCOMPARE(log.entries().first().requestId, QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
