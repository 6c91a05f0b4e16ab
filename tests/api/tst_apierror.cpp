// Error mapping: every error shape the contract documents becomes an ApiError that keeps
// the server's code, message and resolution; non-JSON bodies and network failures become
// clear errors too.
#include "api/apierror.h"
#include "api/retrypolicy.h"
#include "api/contract.h"
#include "api/operations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sinch;

namespace {

// Builds the example body of an error schema variant from its properties' examples.
QJsonObject exampleFromProperties(const QJsonObject &schema)
{
    QJsonObject out;
    const QJsonObject props = schema.value("properties").toObject();
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        if (p.contains("example"))
            out.insert(it.key(), p.value("example"));
    }
    return out;
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void contractShapes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QJsonObject>("expected");
        QSet<QByteArray> seen;
        for (const Operation &op : Operations::instance().all()) {
            for (int status : op.errorStatuses) {
                const QJsonObject schema = op.responseSchema(status);
                QList<QJsonObject> variants;
                if (schema.contains("oneOf")) {
                    for (const QJsonValue &v : schema.value("oneOf").toArray())
                        variants << v.toObject();
                } else {
                    variants << schema;
                }
                for (const QJsonObject &variant : variants) {
                    QList<QJsonObject> bodies;
                    if (variant.value("example").isObject())
                        bodies << variant.value("example").toObject();
                    const QJsonObject fromProps = exampleFromProperties(variant);
                    if (!fromProps.isEmpty())
                        bodies << fromProps;
                    for (const QJsonObject &b : bodies) {
                        const QByteArray bytes = QJsonDocument(b).toJson(QJsonDocument::Compact);
                        if (seen.contains(QByteArray::number(status) + bytes))
                            continue;
                        seen.insert(QByteArray::number(status) + bytes);
                        QTest::addRow("%s %d #%d", qPrintable(op.id), status, int(seen.size()))
                            << status << bytes << b;
                    }
                }
            }
        }
        // The contract documents many distinct shapes; make sure the walk found them.
        QVERIFY2(seen.size() > 100, qPrintable(QString::number(seen.size())));
    }

    void contractShapes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QJsonObject, expected);
        const ApiError e = ApiError::fromHttp(status, body, "application/json");
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.errorCode, expected.value("errorCode").toString());
        QVERIFY(e.message.startsWith(expected.value("message").toString()));
        const QJsonObject info = expected.value("additionalInformation").toObject();
        QCOMPARE(e.additionalInformation, info);
        QCOMPARE(e.validationErrors.size(), info.value("validationErrors").toArray().size());
        if (!info.value("supportedCodes").toString().isEmpty())
            QVERIFY(e.userText().contains(info.value("supportedCodes").toString()));
        QVERIFY(!e.userText().isEmpty());
        QVERIFY(e.summary().startsWith(QString::number(status)));
        QVERIFY(e.details().contains(expected.value("errorCode").toString()));
    }

    void fieldErrors()
    {
        const QByteArray body = "{\"errorCode\":\"invalid_input\",\"message\":\"Invalid input.\", \"resolution\":\"Correct the validation errors and submit again.\", \"additionalInformation\":{\"validationErrors\":[\"details.buttons.0.name must be a string\", \"each value in testNumbers must be a string\",\"at least one of facebookToken or facebookCode must be provided\", \"details.brand.email.address must be an email\",\"validation.error\"]}}";
        const ApiError e = ApiError::fromHttp(400, body, "application/json");
        const auto fields = e.fieldErrors();
        QCOMPARE(fields.values("details.buttons.0.name"), QStringList{"details.buttons.0.name must be a string"});
        QCOMPARE(fields.values("testNumbers").size(), 1);
        QCOMPARE(fields.values("details.brand.email.address").size(), 1);
        QCOMPARE(fields.values(QString()).size(), 2); // shown as general errors
        QVERIFY(e.userText().contains("Correct the validation errors"));
    }

    void metaError()
    {
        const QByteArray body = "{\"errorCode\":\"meta_error\",\"message\":\"Meta refused the template.\", \"additionalInformation\":{\"metaError\":{\"code\":\"123\",\"subcode\":\"123456\",\"message\":\"Invalid parameter\", \"description\":\"Character Limit Exceeded\",\"reason\":\"field name is too long\"}}}";
        const ApiError e = ApiError::fromHttp(400, body, "application/json");
        QVERIFY(e.message.contains("Character Limit Exceeded"));
        QVERIFY(e.message.contains("field name is too long"));
        QVERIFY(e.details().contains("metaError"));
    }

    void nonJsonBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("needle");
        QTest::newRow("html 502") << 502 << QByteArray("<html><body>Bad gateway</body></html>") << QByteArray("text/html") << "web page";
        QTest::newRow("empty 503") << 503 << QByteArray() << QByteArray() << "empty body";
        QTest::newRow("truncated") << 500 << QByteArray("{\"errorCode\":\"internal_er") << QByteArray("application/json") << "not JSON";
    }

    void nonJsonBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, needle);
        const ApiError e = ApiError::fromHttp(status, body, contentType);
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QVERIFY2(e.message.contains(needle), qPrintable(e.message));
        QVERIFY(e.userText().contains("try again", Qt::CaseInsensitive));
    }

    // A server's own failure in the console's words; its internal message (here about media
    // uploads, for a text template's save) in the details. A proxy's page is still said.
    void serverFailuresInTheConsolesWords()
    {
        const ApiError e = ApiError::fromHttp(500, "{\"errorCode\":\"internal_error\",\"message\":\"Failed to start session for "
                                                   "uploading template media example.\"}", "application/json");
        QVERIFY2(!e.userText().contains("media"), qPrintable(e.userText()));
        QVERIFY(e.userText().contains("HTTP 500"));
        QVERIFY(e.details().contains("uploading template media"));
        const ApiError page = ApiError::fromHttp(502, "<html><body>Bad gateway</body></html>", "text/html");
        QVERIFY2(page.userText().contains("web page"), qPrintable(page.userText()));
    }

    // A stop is the person's own: a read may be asked again, a change may have been made.
    void stoppedSaysWhatToDo()
    {
        ApiError read = ApiError::stopped();
        read.operationId = QStringLiteral("TemplatesController_listTemplates_v1");
        QVERIFY(!read.outcomeUnknown());
        QVERIFY2(read.userText().contains("Try again when you are ready"), qPrintable(read.userText()));
        QVERIFY(!read.isCancelled()); // pages show it, with their Retry
        QVERIFY(!RetryPolicy::isTransient(read));
        ApiError change = ApiError::stopped();
        change.operationId = QStringLiteral("TemplatesController_updateTemplate_v1");
        QVERIFY(change.outcomeUnknown());
        QVERIFY2(change.userText().contains("may or may not have been made"), qPrintable(change.userText()));
    }

    void unauthorizedSaysWhatToDo()
    {
        const ApiError e = ApiError::fromHttp(401, "{\"errorCode\":\"unauthorized_error\",\"message\":\"Unauthorized error.\",\"resolution\":\"Verify that projectId is correct.\"}", "application/json");
        QVERIFY(e.userText().contains("key secret"));
    }

    void networkKinds_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("needle");
        QTest::newRow("host") << int(QNetworkReply::HostNotFoundError) << int(ApiError::Kind::Network) << "base URL";
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << int(ApiError::Kind::Network) << "refused";
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << int(ApiError::Kind::Tls) << "certificate";
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << int(ApiError::Kind::Timeout) << "in time";
        QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << int(ApiError::Kind::Network) << "closed";
    }

    void networkKinds()
    {
        QFETCH(int, code);
        QFETCH(int, kind);
        QFETCH(QString, needle);
        const ApiError e = ApiError::fromNetwork(QNetworkReply::NetworkError(code), "detail");
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(e.userText().contains(needle), qPrintable(e.userText()));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
