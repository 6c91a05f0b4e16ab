// The built-in sandbox over plain HTTP: a SandboxServer in-process on an ephemeral port,
// a QNetworkAccessManager as the client. Covers the token endpoint, auth, webhooks,
// scripted and random faults, schema validation, review lifecycles (a name containing
// "reject" forces a rejection), RCS launch rules, the seed data in both shapes, template
// analytics and the time a seeded sandbox takes to start.
#include "sandbox/contracterrors.h"
#include "sandbox/faultinjector.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/whatsapptemplateapi.h"
#include "rules/schemavalidator.h"
#include "rules/templatevalidator.h"
#include "sandboxhttpclient.h"

#include "api/contract.h"
#include "api/operations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtTest>
#include <csignal>

using namespace sinch;
using namespace sinch::sandbox;

namespace {

using Resp = sinch::test::HttpAnswer;
using Client = sinch::test::SandboxHttpClient;

using sinch::test::emptyConfig;

QJsonObject webhook(const QString &target, const QJsonArray &triggers = {QStringLiteral("ALL")})
{
    return QJsonObject{{"target", target}, {"secret", "s3cret-value"}, {"triggers", triggers}};
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT
private slots:
    void faultSettingsParse();
    void tokenEndpoint();
    void tokenExpiry();
    void authRefused();
    void unknownRoutes();
    void webhooksCrud();
    void webhooksPaging();
    void webhookErrors();
    void injectedStatuses();
    void injectedDropAndBodies();
    void faultDiceDeterministic();
    void schemaValidatorMessages();
    void templateValidation();
    void templateLifecycle();
    void templateDraftAndDelete();
    void rcsLaunch();
    void genericFamilies();
    void seedData();
    void kakaoReview();
    void whatsappSenderLifecycle();
    void rcsUpscaleLifecycle();
    void templateReviewByValidator();
    void whatsappAccountAndSolutions();
    void serveSandbox();
    void whatsappTemplateLimits();
    void whatsappRegisterLimits();
    void analyticsNeedOnboardedAccount();
    void kakaoValidationError();
    void rcsErrorsFromState();
    void trialProject();
    void emptyProjectsHaveTheirOwnKeys();
    void scenariosAnswerDeclaredStatuses();
    void multilingualSeed();
    void templateAnalytics();
};

void TestSandbox::faultSettingsParse()
{
    QString error;
    FaultSettings s = FaultSettings::parse(QStringLiteral("latency=20,503=0.25,429=0.1,retry-after=3,drop=0.05,seed=9,token-ttl=5"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(s.latencyMs, 20);
    QCOMPARE(s.share503, 0.25);
    QCOMPARE(s.share429, 0.1);
    QCOMPARE(s.retryAfterSeconds, 3);
    QCOMPARE(s.shareDrop, 0.05);
    QCOMPARE(s.seed, quint32(9));
    QCOMPARE(s.tokenTtlSeconds, 5);
    QVERIFY(s.any());
    const FaultSettings again = FaultSettings::parse(s.toString(), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(again.toString(), s.toString());

    s = FaultSettings::parse(QStringLiteral("503=2"), &error);
    QVERIFY(!error.isEmpty());
    QCOMPARE(s.share503, 0.0);
    // Found by fuzz_faultsettings: "nan" reads as a number but is no share.
    s = FaultSettings::parse(QStringLiteral("500=0.2,429=nan"), &error);
    QVERIFY(!error.isEmpty());
    QCOMPARE(s.share429, 0.0);
    FaultSettings::parse(QStringLiteral("bogus=1"), &error);
    QVERIFY(error.contains(QLatin1String("bogus")));
    QVERIFY(!FaultSettings().any());

    // The faults of the fault matrix: an HTML page, a body over 50 MB, an answer that never ends.
    s = FaultSettings::parse(QStringLiteral("html=0.2,huge=0.1,stall=0.3"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(s.shareHtml, 0.2);
    QCOMPARE(s.shareHuge, 0.1);
    QCOMPARE(s.shareStall, 0.3);
    QVERIFY(s.any());
    QCOMPARE(s.toString(), QStringLiteral("html=0.2,huge=0.1,stall=0.3"));
    FaultSettings::parse(QStringLiteral("500=0.5,stall=0.6"), &error);
    QVERIFY(error.contains(QLatin1String("stall")));
    // Every request of a run with only stall=1 stalls; html=1 answers the proxy's page.
    FaultInjector stalls(FaultSettings::parse(QStringLiteral("stall=1")));
    QCOMPARE(stalls.next().kind, FaultInjector::Kind::Stall);
    FaultInjector pages(FaultSettings::parse(QStringLiteral("html=1")));
    const FaultInjector::Decision page = pages.next();
    QCOMPARE(page.status, 502);
    QVERIFY(page.contentType.startsWith("text/html"));
    QVERIFY(page.body.contains("<html>"));
}

void TestSandbox::tokenEndpoint()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    Resp r = c.token(c.basic());
    QCOMPARE(r.status, 200);
    QVERIFY(r.headers.value("content-type").startsWith("application/json"));
    const QString token = r.str("access_token");
    QVERIFY(!token.isEmpty());
    QCOMPARE(r.str("token_type"), QStringLiteral("bearer"));
    QCOMPARE(r.json.value("expires_in").toInt(), 3600);

    r = c.api("GET", "/webhooks");
    QCOMPARE(r.status, 200);
    r = c.send("GET", QStringLiteral("/v1/projects/%1/webhooks").arg(server.config().projectId), QJsonValue(),
               "Bearer " + token.toLatin1());
    QCOMPARE(r.status, 200);
    r = c.send("GET", QStringLiteral("/v1/projects/%1/webhooks").arg(server.config().projectId), QJsonValue(),
               "Bearer not-a-token");
    QCOMPARE(r.status, 401);

    r = c.token(c.basic(QStringLiteral("wrong")));
    QCOMPARE(r.status, 401);
    QVERIFY(r.json.contains("error"));
    r = c.token(c.basic(), "grant_type=password");
    QCOMPARE(r.status, 400);
    QCOMPARE(server.requestCount(QStringLiteral("oauth2/token")), 3);
}

void TestSandbox::tokenExpiry()
{
    SandboxConfig config = emptyConfig();
    config.faults.tokenTtlSeconds = 1;
    SandboxServer server(config);
    QVERIFY(server.start());
    Client c(&server);
    const QString path = QStringLiteral("/v1/projects/%1/webhooks").arg(config.projectId);
    Resp r = c.token(c.basic());
    QCOMPARE(r.json.value("expires_in").toInt(), 1);
    QByteArray bearer = "Bearer " + r.str("access_token").toLatin1();
    QCOMPARE(c.send("GET", path, QJsonValue(), bearer).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(c.send("GET", path, QJsonValue(), bearer).status, 401, 3000);

    server.setFaults(FaultSettings());
    bearer = "Bearer " + c.token(c.basic()).str("access_token").toLatin1();
    QCOMPARE(c.send("GET", path, QJsonValue(), bearer).status, 200);
    server.expireTokens();
    r = c.send("GET", path, QJsonValue(), bearer);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.str("errorCode"), QStringLiteral("unauthorized_error"));
}

void TestSandbox::authRefused()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    const QString path = QStringLiteral("/v1/projects/%1/webhooks").arg(server.config().projectId);
    Resp r = c.send("GET", path, QJsonValue(), c.basic(QStringLiteral("wrong")));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json, (QJsonObject{{"errorCode", "unauthorized_error"},
                                  {"message", "Unauthorized error."},
                                  {"resolution", "Verify that projectId is correct."}}));
    QVERIFY(r.headers.value("content-type").startsWith("application/json"));
    QCOMPARE(c.send("GET", path, QJsonValue(), "").status, 401);
    // The right key for another project (not the trial project of SandboxLimits).
    r = c.send("GET", "/v1/projects/11111111-0000-4000-8000-000000000000/webhooks");
    QCOMPARE(r.status, 401);
    // X-Request-ID comes back.
    r = c.send("GET", path, QJsonValue(), QByteArray(), {{"X-Request-ID", "req-42"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("x-request-id"), QByteArray("req-42"));
    QCOMPARE(server.requestCount(QStringLiteral("WebhookController_listWebhooks_v1")), 4);
    QCOMPARE(server.requestCount(), 4);
}

void TestSandbox::unknownRoutes()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    Resp r = c.send("GET", "/nothing-here");
    QCOMPARE(r.status, 404);
    QVERIFY(r.json.contains("errorCode"));
    r = c.api("GET", "/no/such/route");
    QCOMPARE(r.status, 404);
    QVERIFY(r.headers.value("content-type").startsWith("application/json"));
}

void TestSandbox::webhooksCrud()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    Resp r = c.api("POST", "/webhooks", webhook("https://hooks.example.com/a", {"WHATSAPP_TEMPLATE_APPROVED"}));
    QCOMPARE(r.status, 201);
    const QString id = r.str("id");
    QVERIFY(!id.isEmpty());
    QCOMPARE(r.str("projectId"), server.config().projectId);
    QCOMPARE(r.str("target"), QStringLiteral("https://hooks.example.com/a"));
    QVERIFY(!r.json.contains("secret"));

    r = c.api("GET", "/webhooks/" + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array("triggers"), (QJsonArray{"WHATSAPP_TEMPLATE_APPROVED"}));

    r = c.api("PUT", "/webhooks/" + id, webhook("https://hooks.example.com/b"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str("target"), QStringLiteral("https://hooks.example.com/b"));
    QCOMPARE(r.array("triggers"), (QJsonArray{"ALL"}));

    r = c.api("PATCH", "/webhooks/" + id, QJsonObject{{"triggers", QJsonArray{"RCS_SENDER_STATUS_UPDATED"}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str("target"), QStringLiteral("https://hooks.example.com/b"));
    QCOMPARE(r.array("triggers"), (QJsonArray{"RCS_SENDER_STATUS_UPDATED"}));
    r = c.api("PATCH", "/webhooks/" + id, QJsonObject{{"target", "https://hooks.example.com/c"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str("target"), QStringLiteral("https://hooks.example.com/c"));

    r = c.api("DELETE", "/webhooks/" + id);
    QCOMPARE(r.status, 204);
    QVERIFY(r.raw.isEmpty());
    r = c.api("GET", "/webhooks/" + id);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.str("errorCode"), QStringLiteral("webhook_not_found"));
    QCOMPARE(r.str("message"), QStringLiteral("Webhook not found."));
    QCOMPARE(c.api("GET", "/webhooks").json.value("totalSize").toInt(), 0);
}

void TestSandbox::webhooksPaging()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    for (int i = 4; i >= 0; --i)
        QCOMPARE(c.api("POST", "/webhooks", webhook(QStringLiteral("https://hooks.example.com/%1").arg(i))).status, 201);
    QStringList targets;
    QString token;
    int pages = 0;
    do {
        const Resp r = c.api("GET", "/webhooks?pageSize=2" + (token.isEmpty() ? QString() : "&pageToken=" + QUrl::toPercentEncoding(token)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("totalSize").toInt(), 5);
        QVERIFY(r.array("webhooks").size() <= 2);
        QCOMPARE(r.json.value("pageSize").toInt(), 2);   // the size asked for, as the contract describes it
        for (const QJsonValue &w : r.array("webhooks"))
            targets << w.toObject().value("target").toString();
        if (pages > 0)
            QVERIFY(r.json.contains("previousPageToken"));
        token = r.str("nextPageToken");
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(targets, (QStringList{"https://hooks.example.com/0", "https://hooks.example.com/1",
                                   "https://hooks.example.com/2", "https://hooks.example.com/3",
                                   "https://hooks.example.com/4"}));

    for (const char *bad : {"0", "16", "abc", "1.5"}) {
        const Resp r = c.api("GET", QStringLiteral("/webhooks?pageSize=%1").arg(bad));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.str("errorCode"), QStringLiteral("invalid_page_size"));
        QCOMPARE(r.str("message"), QStringLiteral("Page size must be numeric."));
    }
    Resp r = c.api("GET", "/webhooks?pageToken=garbage");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str("errorCode"), QStringLiteral("invalid_page_token"));
    QCOMPARE(r.str("message"), QStringLiteral("Invalid page token."));
    QCOMPARE(c.api("GET", "/webhooks?pageSize=15").array("webhooks").size(), 5);
}

void TestSandbox::webhookErrors()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    Resp r = c.api("POST", "/webhooks", QJsonObject{{"target", "not a url"}, {"triggers", QJsonArray{"NOPE"}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str("errorCode"), QStringLiteral("invalid_input"));
    QCOMPARE(r.str("message"), QStringLiteral("Invalid input."));
    QCOMPARE(r.str("resolution"), QStringLiteral("Correct the validation errors and submit again."));
    const QJsonArray errors = r.json.value("additionalInformation").toObject().value("validationErrors").toArray();
    QVERIFY2(errors.contains(QJsonValue("target must be a URL address")), r.raw.constData());
    QVERIFY2(errors.contains(QJsonValue("secret should not be empty")), r.raw.constData());
    QVERIFY2(errors.contains(QJsonValue("triggers.0 must be one of the following values: ")) || 
             std::any_of(errors.begin(), errors.end(), [](const QJsonValue &v) {
                 return v.toString().startsWith("triggers.0 must be one of the following values: ALL");
             }), r.raw.constData());

    r = c.send("POST", QStringLiteral("/v1/projects/%1/webhooks").arg(server.config().projectId), QJsonValue());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str("errorCode"), QStringLiteral("invalid_payload"));

    QCOMPARE(c.api("POST", "/webhooks", webhook("https://hooks.example.com/dup")).status, 201);
    r = c.api("POST", "/webhooks", webhook("https://hooks.example.com/dup"));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.str("errorCode"), QStringLiteral("webhook_exists"));
    QCOMPARE(r.str("message"), QStringLiteral("Webhook with the provided target already exists."));

    for (int i = 1; i < 15; ++i)
        QCOMPARE(c.api("POST", "/webhooks", webhook(QStringLiteral("https://hooks.example.com/n%1").arg(i))).status, 201);
    r = c.api("POST", "/webhooks", webhook("https://hooks.example.com/one-too-many"));
    QCOMPARE(r.status, 424);
    QCOMPARE(r.str("errorCode"), QStringLiteral("webhook_limit_reached"));

    const QString first = c.api("GET", "/webhooks?pageSize=2").array("webhooks").at(1).toObject().value("id").toString();
    QCOMPARE(c.api("GET", "/webhooks/" + first).str("target"), QStringLiteral("https://hooks.example.com/n1"));
    r = c.api("PATCH", "/webhooks/" + first, QJsonObject{{"target", "https://hooks.example.com/dup"}});
    QCOMPARE(r.status, 409);
    r = c.api("PUT", "/webhooks/" + first, webhook("https://hooks.example.com/n2"));
    QCOMPARE(r.status, 409);
    for (const QByteArray method : {"GET", "DELETE"})
        QCOMPARE(c.api(method, "/webhooks/no-such-webhook").status, 404);
    QCOMPARE(c.api("PUT", "/webhooks/no-such-webhook", webhook("https://hooks.example.com/zz")).status, 404);
    r = c.api("PATCH", "/webhooks/no-such-webhook", QJsonObject{{"triggers", QJsonArray{"ALL"}}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.str("errorCode"), QStringLiteral("webhook_not_found"));
}

void TestSandbox::injectedStatuses()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    server.injectNext(503);
    server.injectNext(503);
    Resp r = c.api("GET", "/webhooks");
    QCOMPARE(r.status, 503);
    QVERIFY(r.json.contains("errorCode"));
    QCOMPARE(c.api("GET", "/webhooks").status, 503);
    QCOMPARE(c.api("GET", "/webhooks").status, 200);

    server.injectNext(429, QByteArray(), 7);
    r = c.api("GET", "/webhooks");
    QCOMPARE(r.status, 429);
    QCOMPARE(r.headers.value("retry-after"), QByteArray("7"));

    // A scripted 500 speaks the contract's words.
    server.injectNext(500);
    r = c.api("GET", "/webhooks");
    QCOMPARE(r.status, 500);
    QCOMPARE(r.str("errorCode"), QStringLiteral("internal_error"));
    // Token requests never consume scripted faults.
    server.injectNext(502);
    QCOMPARE(c.token(c.basic()).status, 200);
    QCOMPARE(c.api("GET", "/webhooks").status, 502);
}

void TestSandbox::injectedDropAndBodies()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    // QNetworkAccessManager itself resends a request whose connection closed before any
    // answer once, so two drops make one failed request.
    const int before = server.requestCount();
    server.injectNextDrop();
    server.injectNextDrop();
    Resp r = c.api("GET", "/webhooks");
    QVERIFY(r.finished);
    QCOMPARE(server.requestCount() - before, 2);
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(c.api("GET", "/webhooks").status, 200);

    server.injectNext(200, "{\"webhooks\":[{\"id\":");
    r = c.api("GET", "/webhooks");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.raw, QByteArray("{\"webhooks\":[{\"id\":"));

    FaultSettings f;
    f.shareTruncate = 1;
    server.setFaults(f);
    r = c.api("GET", "/webhooks");
    QCOMPARE(r.status, 200);
    QVERIFY(!r.raw.isEmpty());
    QJsonParseError perr;
    QJsonDocument::fromJson(r.raw, &perr);
    QVERIFY(perr.error != QJsonParseError::NoError);
    f = FaultSettings();
    f.shareMalformed = 1;
    server.setFaults(f);
    r = c.api("GET", "/webhooks");
    QJsonDocument::fromJson(r.raw, &perr);
    QVERIFY(perr.error != QJsonParseError::NoError);
    server.setFaults(FaultSettings());
    r = c.api("GET", "/webhooks");
    QJsonDocument::fromJson(r.raw, &perr);
    QCOMPARE(perr.error, QJsonParseError::NoError);
}

void TestSandbox::faultDiceDeterministic()
{
    const auto run = [](quint32 seed) {
        SandboxConfig config = emptyConfig();
        config.faults = FaultSettings::parse(QStringLiteral("503=0.3,429=0.2,drop=0.1,seed=%1").arg(seed));
        SandboxServer server(config);
        if (!server.start())
            return QList<int>();
        Client c(&server);
        QList<int> statuses;
        for (int i = 0; i < 24; ++i)
            statuses << c.api("GET", "/webhooks").status;
        return statuses;
    };
    const QList<int> a = run(7), b = run(7), other = run(8);
    QCOMPARE(a.size(), 24);
    QCOMPARE(a, b);
    QVERIFY(a != other);
    QVERIFY(a.contains(503));
    QVERIFY(a.contains(200));

    // The injector alone: the same seed gives the same decisions, shares are honoured.
    FaultInjector x(FaultSettings::parse(QStringLiteral("500=0.5,seed=3")));
    int fives = 0;
    for (int i = 0; i < 2000; ++i)
        fives += x.next().status == 500;
    QVERIFY2(fives > 850 && fives < 1150, qPrintable(QString::number(fives)));
}

void TestSandbox::schemaValidatorMessages()
{
    const QJsonObject schema = QJsonDocument::fromJson(R"({
        "type": "object", "required": ["name", "buttons"],
        "properties": {
            "name": {"type": "string", "maxLength": 5, "pattern": "^[a-z]+$"},
            "kind": {"type": "string", "enum": ["A", "B"]},
            "count": {"type": "integer", "minimum": 1, "maximum": 3},
            "buttons": {"type": "array", "minItems": 1, "maxItems": 2,
                        "items": {"type": "object", "required": ["text"],
                                  "properties": {"text": {"type": "string", "maxLength": 25}}}},
            "either": {"oneOf": [{"type": "string"}, {"type": "number"}]}
        }})").object();
    QStringList e = sinch::rules::SchemaValidator::validate(QJsonObject{{"name", "Abcdef"}, {"kind", "C"}, {"count", 4},
        {"buttons", QJsonArray{QJsonObject{{"text", QString(26, 'x')}}, QJsonObject{}, QJsonObject{}}},
        {"either", true}}, schema);
    QVERIFY(e.contains("name must be shorter than or equal to 5 characters"));
    QVERIFY(e.contains("name must match /^[a-z]+$/ regular expression"));
    QVERIFY(e.contains("kind must be one of the following values: A, B"));
    QVERIFY(e.contains("count must not be greater than 3"));
    QVERIFY(e.contains("buttons must contain no more than 2 elements"));
    QVERIFY(e.contains("buttons.0.text must be shorter than or equal to 25 characters"));
    QVERIFY(e.contains("buttons.1.text should not be empty"));
    QVERIFY(e.contains("either must be a string"));
    QVERIFY(sinch::rules::SchemaValidator::validate(QJsonObject{{"name", "abc"}, {"buttons", QJsonArray{QJsonObject{{"text", "ok"}}}},
                                                  {"either", 3}}, schema).isEmpty());
    e = sinch::rules::SchemaValidator::validate(QJsonObject{}, schema, "details");
    QVERIFY(e.contains("details.name should not be empty"));

    // Against the contract itself ($ref, enums, formats).
    e = sinch::rules::SchemaValidator::validate(QJsonObject{{"target", "ftp:/x"}, {"secret", ""}, {"triggers", QJsonArray{}}},
                                  Contract::schema("WebhookWebhookInputDto"));
    QVERIFY(e.contains("target must be a URL address"));
    QVERIFY(e.contains("secret should not be empty"));
    QVERIFY(e.contains("triggers must contain at least 1 elements"));
}

namespace {

using sinch::test::activityTypes;
using sinch::test::feedEnum;
using sinch::test::requestExample;
using sinch::test::waTemplate;

} // namespace

void TestSandbox::templateValidation()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    QJsonObject t = waTemplate("bad_button");
    QJsonObject details = t.value("details").toObject();
    QJsonArray components = details.value("components").toArray();
    components.replace(1, QJsonObject{{"type", "BUTTONS"}, {"buttons", QJsonArray{QJsonObject{{"type", "QUICK_REPLY"}, {"text", QString(26, 'x')}}}}});
    details.insert("components", components);
    t.insert("details", details);
    t.insert("category", "SOMETHING");
    Resp r = c.api("POST", "/whatsapp/templates", t);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str("errorCode"), QStringLiteral("invalid_input"));
    const QJsonArray errors = r.json.value("additionalInformation").toObject().value("validationErrors").toArray();
    QVERIFY2(errors.contains(QJsonValue("details.components.1.buttons.0.text must be shorter than or equal to 25 characters")), r.raw.constData());
    QVERIFY2(std::any_of(errors.begin(), errors.end(), [](const QJsonValue &v) {
        return v.toString().startsWith("category must be one of the following values: ");
    }), r.raw.constData());
    QCOMPARE(c.api("GET", "/whatsapp/templates").json.value("totalSize").toInt(), 0);
}

void TestSandbox::templateLifecycle()
{
    SandboxConfig config = emptyConfig();
    config.reviewDelaySeconds = 0.2;
    SandboxServer server(config);
    QVERIFY(server.start());
    Client c(&server);
    const QStringList allowed = feedEnum("WhatsappTemplateNotificationType");

    Resp r = c.api("POST", "/whatsapp/templates", waTemplate("order_shipped"));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value("changes").toObject().value("status").toString(), QStringLiteral("IN_PROGRESS"));
    QVERIFY(!r.json.contains("state"));
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("order_shipped")).status, 409);
    const QString path = "/whatsapp/templates/order_shipped/languages/EN_US";
    QTRY_COMPARE_WITH_TIMEOUT(c.api("GET", path).str("state"), QStringLiteral("APPROVED"), 5000);
    r = c.api("GET", path);
    QVERIFY(!r.json.contains("changes"));
    QVERIFY(r.json.value("details").toObject().value("components").toArray().size() == 2);

    // A name containing "reject" is always rejected.
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("promo_reject_me")).status, 201);
    const QString rejected = "/whatsapp/templates/promo_reject_me/languages/EN_US";
    QTRY_COMPARE_WITH_TIMEOUT(c.api("GET", rejected).json.value("changes").toObject().value("status").toString(),
                              QStringLiteral("REJECTED"), 5000);
    r = c.api("GET", rejected);
    QCOMPARE(r.str("rejectionCode"), QStringLiteral("INVALID_FORMAT"));
    QVERIFY(!r.json.contains("state"));

    r = c.api("POST", rejected + "/comments", QJsonObject{{"comment", "Why?"}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.str("comment"), QStringLiteral("Why?"));
    const QStringList approvedFeed = activityTypes(c, path + "/activities");
    const QStringList rejectedFeed = activityTypes(c, rejected + "/activities");
    QCOMPARE(approvedFeed, (QStringList{"IN_PROGRESS", "CREATED"}));
    QCOMPARE(rejectedFeed, (QStringList{"COMMENT_ADDED", "REJECTED", "IN_PROGRESS", "CREATED"}));
    for (const QString &type : approvedFeed + rejectedFeed)
        QVERIFY2(allowed.contains(type), qPrintable(type));

    // An edit of an approved template keeps its state and shows the pending changes.
    r = c.api("PATCH", path, QJsonObject{{"details", QJsonObject{{"components", QJsonArray{
        QJsonObject{{"type", "BODY"}, {"text", "Hi {{1}}, order {{2}} is on its way."}, {"examples", QJsonArray{"Bo", "B-2"}}}}}}},
        {"status", "SUBMIT"}});   // an omitted status saves a draft (default DRAFT)
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str("state"), QStringLiteral("APPROVED"));
    QCOMPARE(r.json.value("changes").toObject().value("status").toString(), QStringLiteral("IN_PROGRESS"));
    // While in review the server takes no edits: 409 with the contract's code for changes.
    r = c.api("PATCH", path, QJsonObject{{"details", QJsonObject{{"components", QJsonArray{
        QJsonObject{{"type", "BODY"}, {"text", "Too soon."}}}}}}});
    if (r.status != 200) { // the review may have ended already on a slow machine
        QCOMPARE(r.status, 409);
        QCOMPARE(r.str("errorCode"), QStringLiteral("template_changes_not_updatable"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!c.api("GET", path).json.contains("changes"), 5000);
    QCOMPARE(c.api("GET", path).json.value("details").toObject().value("components").toArray().size(), 1);
    QVERIFY(activityTypes(c, path + "/activities").contains("EDITED"));

    // Lists: state and status filters, name prefix, paging over templates.
    QCOMPARE(c.api("GET", "/whatsapp/templates?filterStates=APPROVED").json.value("totalSize").toInt(), 1);
    QCOMPARE(c.api("GET", "/whatsapp/templates?filterStatuses=REJECTED").json.value("totalSize").toInt(), 1);
    QCOMPARE(c.api("GET", "/whatsapp/templates?templateName=promo").json.value("totalSize").toInt(), 1);
    QCOMPARE(c.api("GET", "/whatsapp/templates/order_shipped").array("templates").size(), 1);
    QCOMPARE(c.api("GET", "/whatsapp/templates/nothing_like_it").status, 404);
    QCOMPARE(c.api("GET", "/whatsapp/templates/order_shipped/languages/DE").str("errorCode"), QStringLiteral("template_not_found"));
}

void TestSandbox::templateDraftAndDelete()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    Resp r = c.api("POST", "/whatsapp/templates", waTemplate("draft_only", "DRAFT"));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value("changes").toObject().value("status").toString(), QStringLiteral("DRAFT"));
    QCOMPARE(activityTypes(c, "/whatsapp/templates/draft_only/languages/EN_US/activities"), (QStringList{"DRAFT", "CREATED"}));
    // Review delay 0: decided at once.
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("kept_one")).status, 201);
    QCOMPARE(c.api("GET", "/whatsapp/templates/kept_one/languages/EN_US").str("state"), QStringLiteral("APPROVED"));
    QCOMPARE(c.api("PATCH", "/whatsapp/templates/kept_one/languages/EN_US", QJsonObject{{"status", "DRAFT"}}).status, 200);
    // Without deleteSubmitted only the pending draft goes.
    QCOMPARE(c.api("DELETE", "/whatsapp/templates/kept_one/languages/EN_US").status, 204);
    r = c.api("GET", "/whatsapp/templates/kept_one/languages/EN_US");
    QCOMPARE(r.str("state"), QStringLiteral("APPROVED"));
    QVERIFY(!r.json.contains("changes"));
    // Nothing pending: the contract's 404 template_changes_not_found (tst_sandboxfidelity).
    QCOMPARE(c.api("DELETE", "/whatsapp/templates/kept_one/languages/EN_US").status, 404);
    QCOMPARE(c.api("DELETE", "/whatsapp/templates/kept_one/languages/EN_US?deleteSubmitted=true").status, 204);
    QCOMPARE(c.api("DELETE", "/whatsapp/templates/draft_only").status, 204);
    QCOMPARE(c.api("DELETE", "/whatsapp/templates/draft_only").status, 404);
}

void TestSandbox::rcsLaunch()
{
    SandboxConfig config = emptyConfig();
    config.reviewDelaySeconds = 0.2;
    SandboxServer server(config);
    QVERIFY(server.start());
    Client c(&server);
    QJsonObject in = requestExample("RcsSendersController_createSender_v1", "input");
    QVERIFY(!in.isEmpty());
    QJsonObject details = in.value("details").toObject();
    QJsonObject brand = details.value("brand").toObject();
    brand.remove("logoUrl");
    details.insert("brand", brand);
    details.insert("countries", QJsonArray{"GB"});
    QJsonObject q = details.value("questionnaire").toObject();
    q.remove("gb");
    details.insert("questionnaire", q);
    in.insert("details", details);
    Resp r = c.api("POST", "/rcs/senders", in);
    QCOMPARE(r.status, 201);
    const QString id = r.str("id");
    QCOMPARE(r.str("state"), QStringLiteral("IN_TEST"));
    const QJsonArray status = r.array("countryStatus");
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.first().toObject().value("status").toString(), QStringLiteral("NOT_LAUNCHED"));
    QTRY_VERIFY_WITH_TIMEOUT(c.api("GET", "/rcs/senders/" + id).array("testNumberStates").first().toObject()
                                 .value("state").toString() == QLatin1String("VERIFIED"), 5000);

    r = c.api("POST", "/rcs/senders/" + id + "/launch");
    QCOMPARE(r.status, 412);
    QCOMPARE(r.str("errorCode"), QStringLiteral("launch_precondition_failed"));
    const QJsonArray missing = r.json.value("additionalInformation").toObject().value("validationErrors").toArray();
    QVERIFY2(missing.contains(QJsonValue("details.brand.logoUrl should not be empty")), r.raw.constData());
    QVERIFY2(missing.contains(QJsonValue("details.questionnaire.gb.answers should not be empty")), r.raw.constData());
    QCOMPARE(missing.size(), 2);

    q.insert("gb", QJsonObject{{"answers", QJsonObject{{"companyNumber", "01234567"}}}});
    r = c.api("PATCH", "/rcs/senders/" + id, QJsonObject{{"details", QJsonObject{
        {"brand", QJsonObject{{"logoUrl", "https://cdn.acme-retail.example/logo.png"}}}, {"questionnaire", q}}}});
    QCOMPARE(r.status, 200);
    r = c.api("POST", "/rcs/senders/" + id + "/launch");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str("state"), QStringLiteral("LAUNCHING"));
    QCOMPARE(r.array("countryStatus").first().toObject().value("status").toString(), QStringLiteral("PENDING"));
    QCOMPARE(c.api("POST", "/rcs/senders/" + id + "/launch").status, 409);
    QTRY_COMPARE_WITH_TIMEOUT(c.api("GET", "/rcs/senders/" + id).str("state"), QStringLiteral("LAUNCHED"), 5000);
    r = c.api("GET", "/rcs/senders/" + id);
    for (const QJsonValue &op : r.array("countryStatus").first().toObject().value("operators").toArray())
        QCOMPARE(op.toObject().value("status").toString(), QStringLiteral("LAUNCHED"));
    const QStringList allowed = feedEnum("RcsSenderNotificationType");
    const QStringList feed = activityTypes(c, "/rcs/senders/" + id + "/activities");
    QVERIFY2(feed.contains("ACTIVE") && feed.contains("CREATED"), qPrintable(feed.join(',')));
    for (const QString &type : feed)
        QVERIFY2(allowed.contains(type), qPrintable(type));
    QCOMPARE(c.api("POST", "/rcs/senders/no-such-sender/launch").status, 404);
}

void TestSandbox::genericFamilies()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    Resp r = c.api("POST", "/kakaotalk/senders", requestExample("KakaotalkSendersController_createSender_v1", "full"));
    QCOMPARE(r.status, 201);
    const QString pf = r.str("plusFriendId");
    QVERIFY2(!pf.isEmpty(), r.raw.constData());
    QCOMPARE(c.api("GET", "/kakaotalk/senders/" + pf).status, 200);
    QCOMPARE(c.api("GET", "/kakaotalk/senders").json.value("totalSize").toInt(), 1);
    r = c.api("POST", "/kakaotalk/senders/" + pf + "/templates", requestExample("KakaotalkTemplatesController_createTemplate_v1", "minimal"));
    QCOMPARE(r.status, 201);
    const QString code = r.str("code");
    QVERIFY2(!code.isEmpty(), r.raw.constData());
    QCOMPARE(c.api("GET", "/kakaotalk/senders/" + pf + "/templates/" + code).status, 200);
    QCOMPARE(c.api("GET", "/kakaotalk/senders/unknown/templates").status, 404);
    r = c.api("POST", "/kakaotalk/senders/" + pf + "/comments", QJsonObject{{"comment", "Please check"}});
    QCOMPARE(r.status, 201);
    QVERIFY(activityTypes(c, "/kakaotalk/senders/" + pf + "/activities").contains("COMMENT_ADDED"));
    QCOMPARE(c.api("DELETE", "/kakaotalk/senders/" + pf).status, 204);
    r = c.api("GET", "/kakaotalk/senders/" + pf);
    QCOMPARE(r.status, 404);
    QVERIFY(!r.str("errorCode").isEmpty());
    // A lookup with no stored collection answers in the contract's shape.
    r = c.api("GET", "/rcs/questionnaire/MULTIUSE?countries=GB");
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.isEmpty());
}

void TestSandbox::seedData()
{
    SandboxConfig config;
    config.reviewDelaySeconds = 0;
    SandboxServer server(config);
    QVERIFY(server.start());
    Client c(&server);
    Resp r = c.api("GET", "/whatsapp/templates?pageSize=1");
    QCOMPARE(r.status, 200);
    const int total = r.json.value("totalSize").toInt();
    QVERIFY2(total >= 200, qPrintable(QString::number(total)));
    const int approved = c.api("GET", "/whatsapp/templates?filterStates=APPROVED&pageSize=1").json.value("totalSize").toInt();
    QVERIFY(approved > 0 && approved < total);
    r = c.api("GET", "/whatsapp/templates?filterStates=APPROVED&pageSize=1000");
    for (const QJsonValue &t : r.array("templates"))
        QCOMPARE(t.toObject().value("state").toString(), QStringLiteral("APPROVED"));
    QVERIFY(c.api("GET", "/whatsapp/templates?filterStatuses=REJECTED").json.value("totalSize").toInt() > 0);
    QVERIFY(c.api("GET", "/whatsapp/templates?templateName=order_").json.value("totalSize").toInt() >= 20);
    QSet<QString> categories, languages;
    for (const QJsonValue &t : c.api("GET", "/whatsapp/templates?pageSize=1000").array("templates")) {
        categories.insert(t.toObject().value("category").toString());
        languages.insert(t.toObject().value("language").toString());
    }
    QCOMPARE(categories.size(), 3);
    QVERIFY2(languages.size() >= 10, qPrintable(QStringList(languages.values()).join(',')));
    r = c.api("GET", "/rcs/senders");
    QVERIFY(r.json.value("totalSize").toInt() >= 4);
    QVERIFY(c.api("GET", "/kakaotalk/senders").json.value("totalSize").toInt() >= 3);
    QCOMPARE(c.api("GET", "/webhooks").json.value("totalSize").toInt(), 3);
    // Two seeded servers agree.
    SandboxServer other(config);
    QVERIFY(other.start());
    Client c2(&other);
    QCOMPARE(c2.api("GET", "/whatsapp/templates?pageSize=50").array("templates"),
             c.api("GET", "/whatsapp/templates?pageSize=50").array("templates"));
}

void TestSandbox::kakaoReview()
{
    SandboxConfig config = emptyConfig();
    config.reviewDelaySeconds = 0.2;
    SandboxServer server(config);
    QVERIFY(server.start());
    Client c(&server);
    Resp r = c.api("POST", "/kakaotalk/senders", requestExample("KakaotalkSendersController_createSender_v1", "full"));
    QCOMPARE(r.status, 201);
    const QString pf = r.str("plusFriendId");
    QCOMPARE(r.json.value("changes").toObject().value("status").toString(), QStringLiteral("IN_PROGRESS"));
    QTRY_COMPARE_WITH_TIMEOUT(c.api("GET", "/kakaotalk/senders/" + pf).str("state"), QStringLiteral("ACTIVE"), 5000);
    QVERIFY(!c.api("GET", "/kakaotalk/senders/" + pf).json.contains("changes"));

    QJsonObject t = requestExample("KakaotalkTemplatesController_createTemplate_v1", "full");
    QJsonObject details = t.value("details").toObject();
    details.insert("name", "coupon_reject_test");
    t.insert("details", details);
    r = c.api("POST", "/kakaotalk/senders/" + pf + "/templates", t);
    QCOMPARE(r.status, 201);
    const QString code = r.str("code");
    const QString path = "/kakaotalk/senders/" + pf + "/templates/" + code;
    QTRY_COMPARE_WITH_TIMEOUT(c.api("GET", path).json.value("changes").toObject().value("status").toString(),
                              QStringLiteral("REJECTED"), 5000);
    const QStringList feed = activityTypes(c, path + "/activities");
    QCOMPARE(feed, (QStringList{"REJECTED", "IN_PROGRESS", "CREATED"}));
    const QStringList allowed = feedEnum("KakaotalkTemplateNotificationType");
    for (const QString &type : feed)
        QVERIFY(allowed.contains(type));
}

// WhatsApp senders: created PENDING_VERIFICATION with pending DRAFT details; register ->
// verify -> review on the clock to ACTIVE (or REJECTED changes for a "reject" display name).
void TestSandbox::whatsappSenderLifecycle()
{
    SandboxConfig config = emptyConfig();
    config.reviewDelaySeconds = 0.2;
    SandboxServer server(config);
    QVERIFY(server.start());
    Client c(&server);
    const QJsonObject es{{"region", "EU"}, {"metaLocalStorage", "DE"}, {"wabaId", "104857600123456"},
                         {"phoneNumberId", "209715200654321"}};
    Resp r = c.api("POST", "/whatsapp/senders", es);
    QCOMPARE(r.status, 201);
    const QString id = r.str("id");
    QCOMPARE(r.str("state"), QStringLiteral("PENDING_VERIFICATION"));
    QCOMPARE(r.json.value("changes").toObject().value("status").toString(), QStringLiteral("DRAFT"));
    const QString base = "/whatsapp/senders/" + id;
    // Verify before register is refused; a wrong code too.
    QCOMPARE(c.api("POST", base + "/verify", QJsonObject{{"code", "123456"}}).str("errorCode"), QStringLiteral("not_allowed_verify"));
    r = c.api("PATCH", base, QJsonObject{{"details", QJsonObject{{"displayName", "Acme Retail"}, {"vertical", "SHOPPING_AND_RETAIL"}}}});
    QCOMPARE(r.status, 200);
    r = c.api("POST", base + "/register", QJsonObject{{"method", "SMS"}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.str("accepted").isEmpty());
    QCOMPARE(c.api("POST", base + "/verify", QJsonObject{{"code", "000000"}}).str("errorCode"), QStringLiteral("wrong_otp"));
    QCOMPARE(c.api("POST", base + "/verify", QJsonObject{{"code", "123456"}}).status, 204);
    r = c.api("GET", base);
    QCOMPARE(r.str("state"), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(r.json.value("changes").toObject().value("status").toString(), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(c.api("PATCH", base, QJsonObject{{"details", QJsonObject{{"about", "x"}}}}).status, 409);
    QTRY_COMPARE_WITH_TIMEOUT(c.api("GET", base).str("state"), QStringLiteral("ACTIVE"), 5000);
    r = c.api("GET", base);
    QVERIFY(!r.json.contains("changes"));
    QCOMPARE(r.json.value("details").toObject().value("displayName").toString(), QStringLiteral("Acme Retail"));
    // Registered twice: the number is already registered.
    r = c.api("POST", base + "/register", QJsonObject{{"method", "SMS"}});
    QCOMPARE(r.status, 429);
    QCOMPARE(r.str("errorCode"), QStringLiteral("sender-already-registered"));
    const QStringList feed = activityTypes(c, base + "/activities");
    QCOMPARE(feed, (QStringList{"ACTIVE", "IN_PROGRESS", "VERIFIED", "REGISTERED", "DRAFT", "EDITED", "CREATED"}));
    const QStringList allowed = feedEnum("WhatsappSenderNotificationType");
    for (const QString &type : feed)
        QVERIFY2(allowed.contains(type), qPrintable(type));

    // A display name containing "reject" is rejected by the review.
    QJsonObject bad = es;
    bad.insert("name", "Reject Me Ltd");
    const QString other = "/whatsapp/senders/" + c.api("POST", "/whatsapp/senders", bad).str("id");
    QCOMPARE(c.api("POST", other + "/register", QJsonObject{{"method", "VOICE"}}).status, 200);
    QCOMPARE(c.api("POST", other + "/verify", QJsonObject{{"code", "654321"}}).status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(c.api("GET", other).json.value("changes").toObject().value("status").toString(),
                              QStringLiteral("REJECTED"), 5000);
    QCOMPARE(c.api("GET", other).str("state"), QStringLiteral("INACTIVE"));
    QVERIFY(activityTypes(c, other + "/activities").contains("REJECTED"));
    QCOMPARE(c.api("DELETE", other + "/changes").status, 204);
    QCOMPARE(c.api("DELETE", other + "/changes").status, 409);
    QCOMPARE(c.api("DELETE", other).status, 204);
    QCOMPARE(c.api("GET", other).status, 404);
}

// RCS upscales on the review clock: UPSCALING -> UPSCALED, or UPSCALING_FAILED (SMS
// numberId starting "fa11") whose retry then completes; only failed upscales are retried.
void TestSandbox::rcsUpscaleLifecycle()
{
    SandboxConfig config = emptyConfig();
    config.reviewDelaySeconds = 0.2;
    SandboxServer server(config);
    QVERIFY(server.start());
    Client c(&server);
    QJsonObject in = requestExample("RcsSendersController_createSender_v1", "input");
    const QString sender = c.api("POST", "/rcs/senders", in).str("id");
    QVERIFY(!sender.isEmpty());
    const auto upscale = [&](const QString &numberId) {
        return QJsonObject{{"countryCode", "GB"}, {"details", QJsonObject{
            {"rcs", QJsonObject{{"senderId", sender}}},
            {"sms", QJsonObject{{"type", "NUMERIC"}, {"numberId", numberId}}}}}};
    };
    // Not launched yet: refused; unknown sender: 404.
    QCOMPARE(c.api("POST", "/rcs/upscales", upscale("c8a79e31acc647e69b861f1cd4c4fd33")).str("errorCode"),
             QStringLiteral("incorrect_rcs_sender_state"));
    QJsonObject unknown = upscale("c8a79e31acc647e69b861f1cd4c4fd33");
    unknown.insert("details", QJsonObject{{"rcs", QJsonObject{{"senderId", "00000000-0000-4000-8000-00000000dead"}}},
                                          {"sms", QJsonObject{{"type", "NUMERIC"}, {"numberId", "c8a79e31acc647e69b861f1cd4c4fd33"}}}});
    QCOMPARE(c.api("POST", "/rcs/upscales", unknown).status, 404);
    QCOMPARE(c.api("POST", "/rcs/senders/" + sender + "/launch").status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(c.api("GET", "/rcs/senders/" + sender).str("state"), QStringLiteral("LAUNCHED"), 5000);
    QCOMPARE(c.api("GET", "/rcs/upscaleSenders").json.value("totalSize").toInt(), 1);
    QCOMPARE(c.api("GET", "/rcs/upscaleSenders/" + sender).json.value("isUpscaled").toBool(), false);

    Resp r = c.api("POST", "/rcs/upscales", upscale("fa11e79e31acc647e69b861f1cd4c4fd"));
    QCOMPARE(r.status, 201);
    const QString id = r.str("id");
    QCOMPARE(r.str("state"), QStringLiteral("UPSCALING"));
    QCOMPARE(c.api("GET", "/rcs/upscaleSenders/" + sender).json.value("isUpscaled").toBool(), true);
    QCOMPARE(c.api("POST", "/rcs/upscales", upscale("c8a79e31acc647e69b861f1cd4c4fd33")).str("errorCode"),
             QStringLiteral("rcs_sender_is_already_upscaled"));
    QCOMPARE(c.api("DELETE", "/rcs/upscales/" + id).str("errorCode"), QStringLiteral("upscale_not_deletable"));
    QCOMPARE(c.api("POST", "/rcs/upscales/" + id + "/retry").str("errorCode"), QStringLiteral("upscale_not_retryable"));
    QTRY_COMPARE_WITH_TIMEOUT(c.api("GET", "/rcs/upscales/" + id).str("state"), QStringLiteral("UPSCALING_FAILED"), 5000);
    QCOMPARE(c.api("POST", "/rcs/upscales/" + id + "/retry").status, 204);
    QCOMPARE(c.api("GET", "/rcs/upscales/" + id).str("state"), QStringLiteral("UPSCALING"));
    QTRY_COMPARE_WITH_TIMEOUT(c.api("GET", "/rcs/upscales/" + id).str("state"), QStringLiteral("UPSCALED"), 5000);
    QCOMPARE(c.api("GET", "/rcs/upscales?filterStates=UPSCALED").json.value("totalSize").toInt(), 1);
    QCOMPARE(c.api("DELETE", "/rcs/upscales/" + id).status, 204);
    // The SMS number is detached first: DOWNSCALING, neither retried nor deleted again, then gone.
    QCOMPARE(c.api("GET", "/rcs/upscales/" + id).str("state"), QStringLiteral("DOWNSCALING"));
    QCOMPARE(c.api("POST", "/rcs/upscales/" + id + "/retry").status, 409);
    QCOMPARE(c.api("DELETE", "/rcs/upscales/" + id).status, 409);
    QTRY_COMPARE_WITH_TIMEOUT(c.api("POST", "/rcs/upscales/" + id + "/retry").status, 404, 5000);
}

// The review of WhatsApp templates runs the console's TemplateValidator (Mode::Submit):
// a warning with a rejectionCode rejects with that code at review time, else approval.
// Schema errors stay an immediate 400 invalid_input.
void TestSandbox::templateReviewByValidator()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    // The body starts and ends with variables and two variables touch: reviewer warnings.
    QJsonObject risky{{"name", "risky_edges"}, {"language", "EN_US"}, {"category", "MARKETING"}, {"status", "SUBMIT"},
        {"details", QJsonObject{{"components", QJsonArray{
            QJsonObject{{"type", "BODY"}, {"text", "{{1}}{{2}} today only {{3}}"}, {"examples", QJsonArray{"Anna", "20%", "SALE"}}}}}}}};
    const QList<rules::Finding> findings = rules::TemplateValidator::validateWhatsapp(risky, rules::Mode::Submit);
    QString expectedCode;
    int warnings = 0;
    for (const rules::Finding &f : findings) {
        QVERIFY2(!f.isError(), qPrintable(f.path + ": " + f.message));
        warnings += f.severity == rules::Severity::Warning;
        if (expectedCode.isEmpty() && f.severity == rules::Severity::Warning)
            expectedCode = f.rejectionCode;
    }
    QVERIFY(warnings > 0);
    QCOMPARE(c.api("POST", "/whatsapp/templates", risky).status, 201);
    const Resp r = c.api("GET", "/whatsapp/templates/risky_edges/languages/EN_US");
    // Variables at the edges are a known rejection reason: the review says INVALID_FORMAT.
    QCOMPARE(expectedCode, QStringLiteral("INVALID_FORMAT"));
    QCOMPARE(r.json.value("changes").toObject().value("status").toString(), QStringLiteral("REJECTED"));
    QCOMPARE(r.str("rejectionCode"), expectedCode);
    // A clean template is approved; the "reject" marker still rejects; schema errors are 400.
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("clean_notice")).status, 201);
    QCOMPARE(c.api("GET", "/whatsapp/templates/clean_notice/languages/EN_US").str("state"), QStringLiteral("APPROVED"));
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("please_reject")).status, 201);
    QCOMPARE(c.api("GET", "/whatsapp/templates/please_reject/languages/EN_US").str("rejectionCode"), QStringLiteral("INVALID_FORMAT"));
    const Resp bad = c.api("POST", "/whatsapp/templates", waTemplate("Bad Name"));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.str("errorCode"), QStringLiteral("invalid_input"));
}

// The WhatsApp account is created once (404 before, 409 after); solutions are created,
// read and assigned; bundles are stored.
void TestSandbox::whatsappAccountAndSolutions()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    QCOMPARE(c.api("GET", "/whatsapp").str("errorCode"), QStringLiteral("account_not_found"));
    const QJsonObject account{{"companyLegalName", "Acme Ltd"}, {"clientBusinessManagerId", "1234567890"}};
    QCOMPARE(c.api("POST", "/whatsapp", account).status, 201);
    QCOMPARE(c.api("POST", "/whatsapp", account).str("errorCode"), QStringLiteral("account_exists"));
    // Review delay 0: onboarded at once, the details applied.
    QCOMPARE(c.api("GET", "/whatsapp").str("state"), QStringLiteral("ONBOARDED"));
    QCOMPARE(c.api("GET", "/whatsapp").json.value("details").toObject()
                 .value("companyLegalName").toString(), QStringLiteral("Acme Ltd"));
    Resp r = c.api("POST", "/whatsapp/solutions", QJsonObject{{"accessToken", "t"}, {"businessManager", "SINCH_UK"},
                                                               {"details", QJsonObject{{"name", "Partner"}}}});
    QCOMPARE(r.status, 201);
    const QString id = r.array("solutions").first().toObject().value("id").toString();
    QCOMPARE(c.api("GET", "/whatsapp/solutions/" + id).json.value("assigned").toBool(), false);
    QCOMPARE(c.api("POST", "/whatsapp/solutions/" + id + "/assign").status, 204);
    QCOMPARE(c.api("GET", "/whatsapp/solutions/" + id).json.value("assigned").toBool(), true);
    QCOMPARE(c.api("GET", "/whatsapp/solutions").array("solutions").size(), 1);
    QCOMPARE(c.api("GET", "/whatsapp/solutions/nope").status, 404);
    r = c.api("POST", "/bundles", QJsonObject{{"name", "B"}, {"region", "US"}, {"smsApp", true}});
    QCOMPARE(r.status, 201);
    QCOMPARE(c.api("GET", "/bundles/" + r.str("id")).str("name"), QStringLiteral("B"));
}

void TestSandbox::serveSandbox()
{
    // Wrong options end at once with status 2.
    QCOMPARE(runServeSandbox({"sinch-console serve-sandbox", "--port", "nope"}), 2);
    QCOMPARE(runServeSandbox({"sinch-console serve-sandbox", "--faults", "bogus=1"}), 2);
    QCOMPARE(runServeSandbox({"sinch-console serve-sandbox", "stray"}), 2);
    QCOMPARE(runServeSandbox({"sinch-console serve-sandbox", "--seed-shape", "bilingual"}), 2);
    // Serves until SIGTERM, then returns 0.
    QTimer::singleShot(300, [] { ::raise(SIGTERM); });
    QElapsedTimer t;
    t.start();
    QCOMPARE(runServeSandbox({"sinch-console serve-sandbox", "--port", "0", "--no-seed", "--review-delay", "0"}), 0);
    QVERIFY(t.elapsed() >= 250);
}

namespace {

// The contract's own error body for an operation, a status and an errorCode.
QJsonObject contractError(const char *operationId, int status, const char *code)
{
    return ContractErrors::body(Operations::instance().find(QLatin1String(operationId)), status, QLatin1String(code));
}

} // namespace

// Meta's limits of WhatsApp template submissions (SandboxLimits): template_limit_reached,
// template_content_already_exists (saveDraftOnFailure keeps a draft) and the request limit.
void TestSandbox::whatsappTemplateLimits()
{
    SandboxConfig config = emptyConfig();
    config.limits.whatsappTemplateLimit = 2;
    config.limits.whatsappCreateBurst = 5;
    SandboxServer server(config);
    QVERIFY(server.start());
    Client c(&server);
    const char *op = "TemplatesController_createTemplate_v1";
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("first_notice")).status, 201);
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("second_notice")).status, 201);
    Resp r = c.api("POST", "/whatsapp/templates", waTemplate("third_notice"));
    QCOMPARE(r.status, 424);
    QCOMPARE(r.json, contractError(op, 424, "template_limit_reached"));
    QCOMPARE(r.str("message"), QStringLiteral("Number of templates has reached the limit."));
    QCOMPARE(c.api("GET", "/whatsapp/templates/third_notice/languages/EN_US").status, 404);
    // Another language of a known name adds no name.
    QJsonObject fr = waTemplate("first_notice");
    fr.insert("language", "FR");
    QCOMPARE(c.api("POST", "/whatsapp/templates", fr).status, 201);
    // The same details as another template of the language: refused, kept as a draft on request.
    QJsonObject copy = waTemplate("second_notice");
    copy.insert("name", "second_notice_copy");
    copy.insert("saveDraftOnFailure", true);
    r = c.api("POST", "/whatsapp/templates", copy);
    QCOMPARE(r.status, 424);
    QCOMPARE(r.json, contractError(op, 424, "template_content_already_exists"));
    QCOMPARE(c.api("GET", "/whatsapp/templates/second_notice_copy/languages/EN_US").json.value("changes").toObject()
                 .value("status").toString(), QStringLiteral("DRAFT"));
    // Drafts are not sent to Meta: no limit; the sixth submission within the window is refused.
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("draft_notice", "DRAFT")).status, 201);
    r = c.api("POST", "/whatsapp/templates", waTemplate("first_notice_de"));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json, contractError(op, 429, "whatsapp_business_api_request_limit_exceeded"));
    QCOMPARE(server.undeclaredStatusCount(), 0);
}

// Register and verify of a WhatsApp sender: a new code too soon, wrong codes, a second
// registration.
void TestSandbox::whatsappRegisterLimits()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    const char *op = "SendersController_register_v1";
    const QString base = "/whatsapp/senders/" + c.api("POST", "/whatsapp/senders",
                                                      requestExample("SendersController_createSender_v1", "obo")).str("id");
    QCOMPARE(c.api("POST", base + "/register", QJsonObject{{"method", "SMS"}}).status, 200);
    Resp r = c.api("POST", base + "/register", QJsonObject{{"method", "SMS"}});
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json, contractError(op, 429, "sender-register-too-many-requests"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(c.api("POST", base + "/verify", QJsonObject{{"code", "000000"}}).str("errorCode"), QStringLiteral("wrong_otp"));
    // The code is void: even the right one is refused (verify declares no 429), and register is locked.
    r = c.api("POST", base + "/verify", QJsonObject{{"code", "123456"}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.str("errorCode"), QStringLiteral("not_allowed_verify"));
    r = c.api("POST", base + "/register", QJsonObject{{"method", "VOICE"}});
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json, contractError(op, 429, "too_many_invalid_verification_codes"));

    // Without the retry pause a new code may be asked for at once; once verified, registered twice.
    SandboxConfig config = emptyConfig();
    config.limits.registerRetrySeconds = 0;
    SandboxServer quick(config);
    QVERIFY(quick.start());
    Client q(&quick);
    const QString other = "/whatsapp/senders/" + q.api("POST", "/whatsapp/senders",
                                                       requestExample("SendersController_createSender_v1", "obo")).str("id");
    QCOMPARE(q.api("POST", other + "/register", QJsonObject{{"method", "SMS"}}).status, 200);
    QCOMPARE(q.api("POST", other + "/register", QJsonObject{{"method", "SMS"}}).status, 200);
    QCOMPARE(q.api("POST", other + "/verify", QJsonObject{{"code", "123456"}}).status, 204);
    r = q.api("POST", other + "/register", QJsonObject{{"method", "SMS"}});
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json, contractError(op, 429, "sender-already-registered"));
    QCOMPARE(server.undeclaredStatusCount() + quick.undeclaredStatusCount(), 0);
}

// Template insights need an ONBOARDED account: none, or one waiting for its review, is 424.
void TestSandbox::analyticsNeedOnboardedAccount()
{
    SandboxConfig config = emptyConfig();
    config.reviewDelaySeconds = 0.3;
    SandboxServer server(config);
    QVERIFY(server.start());
    Client c(&server);
    const QJsonObject insights = contractError("TemplateAnalyticsHelpersController_enableTemplateAnalytics_v1", 424,
                                               "template_insights_not_yet_available");
    Resp r = c.api("PUT", "/whatsapp/enableTemplateAnalytics");
    QCOMPARE(r.status, 424);
    QCOMPARE(r.json, insights);
    r = c.api("POST", "/whatsapp", QJsonObject{{"companyLegalName", "Acme Ltd"}, {"clientBusinessManagerId", "1234567890"}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.str("state"), QStringLiteral("PENDING_FACEBOOK_VERIFICATION"));
    QCOMPARE(c.api("PUT", "/whatsapp/enableTemplateAnalytics").json, insights);
    QTRY_COMPARE_WITH_TIMEOUT(c.api("GET", "/whatsapp").str("state"), QStringLiteral("ONBOARDED"), 5000);
    QCOMPARE(c.api("GET", "/whatsapp").json.value("wabaEnabledForInsights").toBool(), false);
    QCOMPARE(c.api("PUT", "/whatsapp/enableTemplateAnalytics").status, 200);
    QCOMPARE(c.api("GET", "/whatsapp").json.value("wabaEnabledForInsights").toBool(), true);
    QCOMPARE(server.undeclaredStatusCount(), 0);
}

// A submitted KakaoTalk template that breaks a Kakao rule (TEMPLATE-RULES.md) is refused
// with 424 template_kakaotalk_validation_error; the same as a draft is kept.
void TestSandbox::kakaoValidationError()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    const QString pf = c.api("POST", "/kakaotalk/senders", requestExample("KakaotalkSendersController_createSender_v1", "full"))
                           .str("plusFriendId");
    QVERIFY(!pf.isEmpty());
    const QJsonObject base{{"name", "Order shipped"}, {"content", "Hello #{name}, your order #{order} has shipped."},
                           {"language", "EN"}, {"messageType", "BASIC"}, {"emphasizeType", "EMPHASIZE_TYPE_NONE"},
                           {"categoryCode", "999999"}};
    const auto with = [&](const QJsonObject &extra, const QString &status = QStringLiteral("SUBMIT")) {
        QJsonObject d = base;
        for (auto it = extra.begin(); it != extra.end(); ++it)
            d.insert(it.key(), it.value());
        return QJsonObject{{"status", status}, {"details", d}};
    };
    const QString path = "/kakaotalk/senders/" + pf + "/templates";
    const QJsonObject refused = contractError("KakaotalkTemplatesController_createTemplate_v1", 424,
                                              "template_kakaotalk_validation_error");
    const QJsonObject webLink{{"ordering", 1}, {"type", "WEB_LINK"}, {"name", "Track"}, {"linkMo", "https://m.example.com/t"}};
    QJsonObject second = webLink;
    second.insert("ordering", 2);
    const QList<QJsonObject> broken{
        QJsonObject{{"messageType", "EXTRA_INFORMATION"}},
        QJsonObject{{"emphasizeType", "EMPHASIZE_TYPE_TEXT"}, {"title", "Shipped"}},
        QJsonObject{{"buttons", QJsonArray{webLink, second}}},
        QJsonObject{{"buttons", QJsonArray{QJsonObject{{"ordering", 1}, {"type", "APP_LINK"}, {"name", "Open"},
                                                       {"linkMo", "https://m.example.com/a"}}}}}};
    for (const QJsonObject &b : broken) {
        const Resp r = c.api("POST", path, with(b));
        QCOMPARE(r.status, 424);
        // The contract's error, with Kakao's problems naming their fields.
        QJsonObject body = r.json;
        const QJsonArray problems = body.take("additionalInformation").toObject().value("validationErrors").toArray();
        QCOMPARE(body, refused);
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.first().toString().startsWith("details."), qPrintable(problems.first().toString()));
    }
    QCOMPARE(c.api("POST", path, with(broken.first(), QStringLiteral("DRAFT"))).status, 201);
    QCOMPARE(c.api("POST", path, with(QJsonObject{{"messageType", "EXTRA_INFORMATION"}, {"extra", "Opening hours 9-18"},
                                                  {"buttons", QJsonArray{webLink}}})).status, 201);
    QCOMPARE(server.undeclaredStatusCount(), 0);
}

// RCS errors from state: an unverified test number (wrong_supplier_configuration), a burst
// of capability checks (rbm_too_many_requests), an SMS number upscaled twice.
void TestSandbox::rcsErrorsFromState()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    QJsonObject in = requestExample("RcsSendersController_createSender_v1", "input");
    QJsonObject details = in.value("details").toObject();
    details.insert("testNumbers", QJsonArray{"+46700000001", "+46700000100"});
    in.insert("details", details);
    const QString sender = c.api("POST", "/rcs/senders", in).str("id");
    const QString numbers = "/rcs/senders/" + sender + "/testNumbers/";
    const char *caps = "SendersController_getTestNumberCapabilities_v1";
    // "+46700000100" never accepts the tester invite.
    Resp r = c.api("GET", numbers + "+46700000100/capabilities");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json, contractError(caps, 403, "wrong_supplier_configuration"));
    QCOMPARE(c.api("GET", numbers + "+46700000099/capabilities").str("errorCode"), QStringLiteral("user_is_not_tester_for_agent"));
    for (int i = 0; i < server.config().limits.rcsCapabilityChecks; ++i)
        QCOMPARE(c.api("GET", numbers + "+46700000001/capabilities").status, 200);
    r = c.api("GET", numbers + "+46700000001/capabilities");
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json, contractError(caps, 429, "rbm_too_many_requests"));

    // Upscales: an IN_TEST sender, then an SMS number that another upscale has.
    const auto upscale = [](const QString &senderId, const QString &numberId) {
        return QJsonObject{{"countryCode", "GB"}, {"details", QJsonObject{
            {"rcs", QJsonObject{{"senderId", senderId}}}, {"sms", QJsonObject{{"type", "NUMERIC"}, {"numberId", numberId}}}}}};
    };
    const char *create = "UpscalesController_createUpscale_v1";
    QCOMPARE(c.api("POST", "/rcs/upscales", upscale(sender, "c8a79e31acc647e69b861f1cd4c4fd01")).json,
             contractError(create, 403, "incorrect_rcs_sender_state"));
    QCOMPARE(c.api("POST", "/rcs/senders/" + sender + "/launch").status, 200);
    const QString other = c.api("POST", "/rcs/senders", requestExample("RcsSendersController_createSender_v1", "input")).str("id");
    QCOMPARE(c.api("POST", "/rcs/senders/" + other + "/launch").status, 200);
    QCOMPARE(c.api("POST", "/rcs/upscales", upscale(sender, "c8a79e31acc647e69b861f1cd4c4fd01")).status, 201);
    r = c.api("POST", "/rcs/upscales", upscale(other, "c8a79e31acc647e69b861f1cd4c4fd01"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json, contractError(create, 403, "sms_number_is_already_upscaled"));
    r = c.api("POST", "/rcs/upscales", upscale(sender, "c8a79e31acc647e69b861f1cd4c4fd02"));
    QCOMPARE(r.json, contractError(create, 403, "rcs_sender_is_already_upscaled"));
    QCOMPARE(c.api("POST", "/rcs/upscales", upscale(other, "c8a79e31acc647e69b861f1cd4c4fd02")).status, 201);
    QCOMPARE(server.undeclaredStatusCount(), 0);
}

// The second project on the same key: a trial that never enabled RCS, its WhatsApp
// business seeded at its template limit.
void TestSandbox::trialProject()
{
    SandboxConfig config;
    config.reviewDelaySeconds = 0;
    SandboxServer server(config);
    QVERIFY(server.start());
    Client c(&server);
    const QString trial = "/v1/projects/" + config.limits.otherProjectId;
    Resp r = c.send("GET", trial + "/rcs/senders");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json, contractError("RcsSendersController_listSenders_v1", 403, "rbm_has_not_been_used"));
    r = c.send("POST", trial + "/rcs/senders", requestExample("RcsSendersController_createSender_v1", "input"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.str("errorCode"), QStringLiteral("rbm_has_not_been_used"));
    QCOMPARE(c.send("GET", trial + "/webhooks").json.value("totalSize").toInt(), 0);
    QCOMPARE(c.send("GET", trial + "/whatsapp/templates").json.value("totalSize").toInt(), config.limits.trialTemplateLimit);
    QCOMPARE(c.send("POST", trial + "/whatsapp/templates", waTemplate("trial_offer")).str("errorCode"),
             QStringLiteral("template_limit_reached"));
    // The main project is untouched: RCS as seeded.
    QVERIFY(c.api("GET", "/rcs/senders").json.value("totalSize").toInt() > 0);
    QCOMPARE(server.undeclaredStatusCount(), 0);
}

// SandboxConfig::emptyProjects: served empty, each reached by its own key only (Basic and
// the bearer tokens issued to that key), and the main key does not reach it.
void TestSandbox::emptyProjectsHaveTheirOwnKeys()
{
    SandboxConfig config;
    const SandboxProject empty{QStringLiteral("e1e2e3e4-0000-4000-8000-000000000001"), QStringLiteral("empty-key"),
                               QStringLiteral("empty-secret")};
    config.emptyProjects << empty;
    SandboxServer server(config);
    QVERIFY(server.start());
    Client c(&server);
    const QByteArray own = "Basic " + (empty.keyId + ':' + empty.keySecret).toUtf8().toBase64();
    const QString path = "/v1/projects/" + empty.projectId;
    QCOMPARE(c.send("GET", path + "/whatsapp/templates", QJsonValue(), own).json.value("totalSize").toInt(), 0);
    QCOMPARE(c.send("GET", path + "/webhooks", QJsonValue(), own).json.value("totalSize").toInt(), 0);
    QCOMPARE(c.send("POST", path + "/whatsapp/templates", waTemplate("copied", "DRAFT"), own).status, 201);
    QCOMPARE(c.send("GET", path + "/whatsapp/templates", QJsonValue(), own).json.value("totalSize").toInt(), 1);
    // A bearer token of the key reaches its project, and only it.
    const QString token = c.token(own).json.value("access_token").toString();
    QVERIFY(!token.isEmpty());
    const QByteArray bearer = "Bearer " + token.toUtf8();
    QCOMPARE(c.send("GET", path + "/webhooks", QJsonValue(), bearer).status, 200);
    QCOMPARE(c.send("GET", "/v1/projects/" + config.projectId + "/webhooks", QJsonValue(), bearer).status, 401);
    QCOMPARE(c.send("GET", "/v1/projects/" + config.projectId + "/webhooks", QJsonValue(), own).status, 401);
    // The main key does not reach it; the main project keeps its seed.
    QCOMPARE(c.send("GET", path + "/webhooks", QJsonValue(), c.basic()).status, 401);
    QVERIFY(c.api("GET", "/whatsapp/templates").json.value("totalSize").toInt() > 1);
    QCOMPARE(server.undeclaredStatusCount(), 0);
}

// Every step of tests/contract/scenarios.json straight against the sandbox (no Prism): the
// expected statuses come back and none is a status the contract does not declare.
void TestSandbox::scenariosAnswerDeclaredStatuses()
{
    SandboxConfig config;
    config.reviewDelaySeconds = 0;
    SandboxServer server(config);
    QVERIFY(server.start());
    Client c(&server);
    const QStringList failures = sinch::test::runContractScenarios(QStringLiteral(SINCH_SCENARIOS_JSON), &server);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join("; ")));
    QVERIFY2(server.undeclaredStatusCount() == 0, qPrintable(server.undeclaredStatuses().join(", ")));
    // Injected faults are deliberate and not counted ...
    server.injectNext(503);
    QCOMPARE(c.api("GET", "/webhooks").status, 503);
    QCOMPARE(server.undeclaredStatusCount(), 0);
    // ... an answer of the emulator the contract does not declare is: creating a solution
    // declares no 400, yet a body that breaks its schema can only be refused with one.
    QCOMPARE(c.api("POST", "/whatsapp/solutions", QJsonObject{{"accessToken", 5}}).status, 400);
    QCOMPARE(server.undeclaredStatuses(), QStringList{"SolutionsController_createSolution_v1 400"});
}

namespace {

SandboxConfig multilingualConfig()
{
    SandboxConfig config;
    config.reviewDelaySeconds = 0;
    config.seedShape = SeedShape::Multilingual;
    return config;
}

QString stateOf(const QJsonObject &t)
{
    return t.value("state").toString();
}

QString statusOf(const QJsonObject &t)
{
    return t.value("changes").toObject().value("status").toString();
}

// The contract's problems with a list answer of an operation ("" when none). The answer's
// schema is a oneOf of the full and the partial (fieldMask) DTO, so each template is also
// held to the full WhatsappTemplateDto: required fields, analytics entries and buttons.
QString contractProblems(const char *operationId, const QJsonObject &body)
{
    const Operation *op = Operations::instance().find(QLatin1String(operationId));
    QStringList problems = sinch::rules::SchemaValidator::validate(body, op->responseSchema(200));
    const QJsonObject dto = Contract::schema(QStringLiteral("WhatsappTemplateDto"));
    if (dto.isEmpty())
        problems << "no WhatsappTemplateDto in the contract";
    const QJsonArray templates = body.value("templates").toArray();
    for (int i = 0; i < templates.size(); ++i)
        problems << sinch::rules::SchemaValidator::validate(templates.at(i), dto, QStringLiteral("templates.%1").arg(i));
    return problems.join("; ");
}

} // namespace

// SeedShape::Multilingual: names in several of the project's languages, each language its
// own row; every state and review status of the contract.
void TestSandbox::multilingualSeed()
{
    SandboxServer server(multilingualConfig());
    QVERIFY(server.start());
    Client c(&server);
    Resp r = c.api("GET", "/whatsapp/templates?pageSize=1000");
    QCOMPARE(r.status, 200);
    QCOMPARE(contractProblems("TemplatesController_listTemplates_v1", r.json), QString());
    const QJsonArray rows = r.array("templates");
    QCOMPARE(r.json.value("totalSize").toInt(), rows.size());
    QVERIFY2(rows.size() > 216 && rows.size() <= 400, qPrintable(QString::number(rows.size())));

    QMap<QString, QStringList> byName;
    QMap<QString, int> states, statuses;
    QSet<QString> allLanguages, rowIds;
    for (const QJsonValue &v : rows) {
        const QJsonObject t = v.toObject();
        const QString name = t.value("name").toString(), language = t.value("language").toString();
        QVERIFY2(!rowIds.contains(name + '/' + language), qPrintable(name + '/' + language));
        rowIds.insert(name + '/' + language);
        byName[name] << language;
        allLanguages.insert(language);
        const QString key = stateOf(t).isEmpty() ? QStringLiteral("(never approved)") : stateOf(t);
        ++states[key];
        if (!statusOf(t).isEmpty())
            ++statuses[key + " + " + statusOf(t)];
        // Per the contract: a rejection has its code; live templates a quality score.
        QCOMPARE(t.contains("rejectionCode"), statusOf(t) == QLatin1String("REJECTED"));
        if (!stateOf(t).isEmpty()) {
            QVERIFY(t.contains("qualityScore"));
            QVERIFY(t.contains("whatsappId"));
        }
        if (stateOf(t) == QLatin1String("PAUSED") || stateOf(t) == QLatin1String("DISABLED"))
            QCOMPARE(t.value("qualityScore").toString(), QStringLiteral("QUALITY_SCORE_RED"));
        // What the seed would meet at a (re)submission: the reviewer approves it.
        QCOMPARE(WhatsappTemplateApi::reviewerRejection(t), QString());
    }
    QCOMPARE(allLanguages.size(), 12);

    // Languages per name: EN_US always; most names in 2-5, a few in all 12, a few in one.
    QMap<int, int> perCount;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        QVERIFY2(it.value().contains("EN_US"), qPrintable(it.key()));
        ++perCount[int(it.value().size())];
    }
    int twoToFive = 0;
    for (int k = 2; k <= 5; ++k)
        twoToFive += perCount.value(k);
    QVERIFY2(twoToFive * 4 > int(byName.size()) * 3, qPrintable(QString::number(twoToFive)));
    QVERIFY(perCount.value(12) >= 2);
    QVERIFY(perCount.value(1) >= 2);

    // A name with several languages is listed once per language, here and by name.
    const QStringList everywhere = byName.value("order_confirmation");
    QCOMPARE(everywhere.size(), 12);
    QCOMPARE(QSet<QString>(everywhere.cbegin(), everywhere.cend()).size(), 12);
    r = c.api("GET", "/whatsapp/templates/order_confirmation");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("totalSize").toInt(), 12);
    for (const QJsonValue &v : r.array("templates"))
        QCOMPARE(v.toObject().value("name").toString(), QStringLiteral("order_confirmation"));
    QString several;
    for (auto it = byName.cbegin(); it != byName.cend() && several.isEmpty(); ++it)
        if (it.value().size() == 3)
            several = it.key();
    QVERIFY(!several.isEmpty());
    r = c.api("GET", "/whatsapp/templates?pageSize=1000&templateName=" + several);
    QStringList listed;
    for (const QJsonValue &v : r.array("templates"))
        if (v.toObject().value("name").toString() == several)
            listed << v.toObject().value("language").toString();
    QCOMPARE(listed, byName.value(several));
    // Each language in its own words.
    QVERIFY(c.api("GET", "/whatsapp/templates/order_confirmation/languages/DE").raw.contains("Hallo"));
    QVERIFY(c.api("GET", "/whatsapp/templates/order_confirmation/languages/FR").raw.contains("Bonjour"));

    // States of the contract: live, paused, disabled, pending changes, never approved.
    for (const char *s : {"APPROVED", "PAUSED", "DISABLED", "(never approved)"})
        QVERIFY2(states.value(s) > 0, s);
    for (const char *s : {"APPROVED + DRAFT", "APPROVED + IN_PROGRESS", "APPROVED + REJECTED",
                          "(never approved) + DRAFT", "(never approved) + IN_PROGRESS", "(never approved) + REJECTED"})
        QVERIFY2(statuses.value(s) > 0, s);
    QVERIFY(states.value("APPROVED") * 2 > rows.size());
    QCOMPARE(c.api("GET", "/whatsapp/templates?filterStates=PAUSED,DISABLED&pageSize=1000").json.value("totalSize").toInt(),
             states.value("PAUSED") + states.value("DISABLED"));
    QCOMPARE(c.api("GET", "/whatsapp/templates?filterStatuses=DRAFT&pageSize=1000").json.value("totalSize").toInt(),
             statuses.value("APPROVED + DRAFT") + statuses.value("(never approved) + DRAFT"));
    // Pending changes of a live template differ from it.
    for (const QJsonValue &v : rows) {
        const QJsonObject t = v.toObject();
        if (!stateOf(t).isEmpty() && !statusOf(t).isEmpty())
            QVERIFY(t.value("changes").toObject().value("details") != t.value("details"));
    }
    // Paused and disabled ones say why.
    for (const QJsonValue &v : rows) {
        const QJsonObject t = v.toObject();
        if (stateOf(t) != QLatin1String("PAUSED"))
            continue;
        const Resp a = c.api("GET", "/whatsapp/templates/" + t.value("name").toString() + "/languages/"
                                        + t.value("language").toString() + "/activities");
        QVERIFY(a.raw.contains("quality rating dropped"));
        break;
    }

    QStringList shape;
    for (auto it = perCount.cbegin(); it != perCount.cend(); ++it)
        shape << QStringLiteral("%1 names in %2").arg(it.value()).arg(it.key());
    qInfo("multilingual seed: %d rows, %d names (%s)", int(rows.size()), int(byName.size()), qPrintable(shape.join(", ")));
    QStringList stateCounts;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        stateCounts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        stateCounts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    qInfo("states: %s", qPrintable(stateCounts.join(", ")));

    // Deterministic: two seeded servers agree.
    SandboxServer other(multilingualConfig());
    QVERIFY(other.start());
    Client c2(&other);
    QCOMPARE(c2.api("GET", "/whatsapp/templates?pageSize=1000").array("templates"), rows);
    QCOMPARE(server.undeclaredStatusCount(), 0);
}

// Analytics of approved templates for templateAnalyticsDateRange, from list, list by name
// and get; fieldMask still applies.
void TestSandbox::templateAnalytics()
{
    SandboxServer server(multilingualConfig());
    QVERIFY(server.start());
    Client c(&server);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QHash<QString, QHash<QString, qint64>> sentByRange;   // range -> name/language -> sent
    QSet<QString> buttonTypes;
    qint64 clicks = 0;
    const struct { const char *range; int entries; int days; } ranges[] = {
        {"DAY", 1, 1}, {"WEEK", 7, 1}, {"MONTH", 30, 1}, {"QUARTER", 13, 7}};
    for (const auto &range : ranges) {
        QElapsedTimer timer;
        timer.start();
        const Resp r = c.api("GET", QStringLiteral("/whatsapp/templates?pageSize=1000&templateAnalyticsDateRange=%1").arg(range.range));
        QCOMPARE(r.status, 200);
        qInfo("all %d templates with %s analytics: %lld ms", int(r.array("templates").size()), range.range, timer.elapsed());
        QCOMPARE(contractProblems("TemplatesController_listTemplates_v1", r.json), QString());
        int withAnalytics = 0;
        for (const QJsonValue &v : r.array("templates")) {
            const QJsonObject t = v.toObject();
            const QString id = t.value("name").toString() + '/' + t.value("language").toString();
            const QJsonArray entries = t.value("analytics").toArray();
            if (stateOf(t) != QLatin1String("APPROVED")) {
                QVERIFY2(entries.isEmpty(), qPrintable(id));
                continue;
            }
            ++withAnalytics;
            QCOMPARE(entries.size(), range.entries);
            qint64 sent = 0;
            for (int e = 0; e < entries.size(); ++e) {
                const QJsonObject a = entries.at(e).toObject();
                const qint64 s = qint64(a.value("sent").toDouble()), d = qint64(a.value("delivered").toDouble()),
                             rd = qint64(a.value("read").toDouble());
                QVERIFY2(s >= d && d >= rd && rd >= 0, qPrintable(id));
                // Whole UTC days, oldest first, the last ending today at 00:00.
                const QDateTime start = QDateTime::fromString(a.value("start").toString(), Qt::ISODateWithMs);
                const QDateTime end = QDateTime::fromString(a.value("end").toString(), Qt::ISODateWithMs);
                QCOMPARE(start.daysTo(end), qint64(range.days));
                QCOMPARE(end.date(), today.addDays(-qint64(entries.size() - 1 - e) * range.days));
                QCOMPARE(end.time(), QTime(0, 0));
                for (const QJsonValue &b : a.value("buttons").toArray()) {
                    const qint64 n = qint64(b.toObject().value("clicks").toDouble());
                    QVERIFY2(n >= 0 && n <= rd, qPrintable(id));
                    QVERIFY(!b.toObject().value("content").toString().isEmpty());
                    buttonTypes.insert(b.toObject().value("type").toString());
                    clicks += n;
                }
                sent += s;
            }
            sentByRange[range.range].insert(id, sent);
        }
        QVERIFY(withAnalytics > 100);
    }
    QVERIFY(clicks > 0);
    QCOMPARE(buttonTypes, (QSet<QString>{"QUICK_REPLY", "URL", "UNIQUE_URL"}));
    // (The check above would see a broken entry.)
    QVERIFY(!contractProblems("TemplatesController_listTemplates_v1", QJsonObject{{"templates", QJsonArray{QJsonObject{
        {"name", "x"}, {"language", "EN_US"}, {"category", "UTILITY"},
        {"analytics", QJsonArray{QJsonObject{{"sent", 1}, {"delivered", 1}, {"read", 1}, {"start", "a"}, {"end", "b"}}}}}}}}).isEmpty());
    // The ranges nest, and each template has traffic over a quarter.
    for (auto it = sentByRange.value("DAY").cbegin(); it != sentByRange.value("DAY").cend(); ++it) {
        QVERIFY(it.value() <= sentByRange.value("WEEK").value(it.key()));
        QVERIFY(sentByRange.value("WEEK").value(it.key()) <= sentByRange.value("MONTH").value(it.key()));
        QVERIFY(sentByRange.value("MONTH").value(it.key()) <= sentByRange.value("QUARTER").value(it.key()));
        QVERIFY(sentByRange.value("QUARTER").value(it.key()) > 0);
    }
    // Busier in EN_US than in Swedish, on the whole.
    qint64 en = 0, sv = 0;
    for (auto it = sentByRange.value("MONTH").cbegin(); it != sentByRange.value("MONTH").cend(); ++it) {
        if (it.key().endsWith("/EN_US"))
            en += it.value();
        else if (it.key().endsWith("/SV"))
            sv += it.value();
    }
    QVERIFY(en > sv);

    // Without a range: DAY (one the contract does not know is refused).
    const QString one = "/whatsapp/templates/order_confirmation/languages/EN_US";
    const Resp day = c.api("GET", one + "?templateAnalyticsDateRange=DAY");
    QCOMPARE(day.status, 200);
    QCOMPARE(stateOf(day.json), QStringLiteral("APPROVED"));
    QCOMPARE(c.api("GET", one).json, day.json);
    const Resp year = c.api("GET", one + "?templateAnalyticsDateRange=YEAR");
    QCOMPARE(year.status, 400);
    QVERIFY(year.raw.contains("templateAnalyticsDateRange must be one of the following values"));
    // get, list by name and list agree; depends on name, language and range only.
    const Resp quarter = c.api("GET", one + "?templateAnalyticsDateRange=QUARTER");
    QCOMPARE(quarter.json.value("analytics").toArray().size(), 13);
    QVERIFY(quarter.json.value("analytics") != day.json.value("analytics"));
    QJsonObject fromByName;
    for (const QJsonValue &v : c.api("GET", "/whatsapp/templates/order_confirmation?templateAnalyticsDateRange=QUARTER").array("templates"))
        if (v.toObject().value("language").toString() == QLatin1String("EN_US"))
            fromByName = v.toObject();
    QCOMPARE(fromByName, quarter.json);
    qint64 quarterSent = 0;
    for (const QJsonValue &a : quarter.json.value("analytics").toArray())
        quarterSent += qint64(a.toObject().value("sent").toDouble());
    QCOMPARE(quarterSent, sentByRange.value("QUARTER").value("order_confirmation/EN_US"));
    SandboxServer other(multilingualConfig());
    QVERIFY(other.start());
    QCOMPARE(Client(&other).api("GET", one + "?templateAnalyticsDateRange=QUARTER").json, quarter.json);

    // fieldMask: analytics only when kept.
    Resp masked = c.api("GET", one + "?templateAnalyticsDateRange=WEEK&fieldMask=name,analytics.0.sent");
    QCOMPARE(masked.json.keys(), (QStringList{"analytics", "name"}));
    QCOMPARE(masked.json.value("analytics").toArray().size(), 7);
    masked = c.api("GET", "/whatsapp/templates?templateAnalyticsDateRange=WEEK&fieldMask=name&fieldMask=language&pageSize=3");
    QCOMPARE(masked.array("templates").size(), 3);
    for (const QJsonValue &v : masked.array("templates"))
        QCOMPARE(v.toObject().keys(), (QStringList{"language", "name"}));
    masked = c.api("GET", "/whatsapp/templates/order_confirmation?fieldMask=analytics");
    for (const QJsonValue &v : masked.array("templates"))
        QCOMPARE(v.toObject().keys(), QStringList{"analytics"});
    // A nested path keeps only that part of an object: the pending changes' status.
    masked = c.api("GET", "/whatsapp/templates?fieldMask=name&fieldMask=changes.status&pageSize=1000");
    int pending = 0;
    for (const QJsonValue &v : masked.array("templates")) {
        const QJsonObject t = v.toObject();
        if (!t.contains("changes"))
            continue;
        ++pending;
        QCOMPARE(t.value("changes").toObject().keys(), QStringList{"status"});
    }
    QVERIFY(pending > 0);

    // The single-language seed's approved templates have analytics too.
    SandboxConfig single;
    single.reviewDelaySeconds = 0;
    SandboxServer classic(single);
    QVERIFY(classic.start());
    const Resp listed = Client(&classic).api("GET", "/whatsapp/templates?filterStates=APPROVED&templateAnalyticsDateRange=MONTH&pageSize=5");
    QCOMPARE(listed.array("templates").size(), 5);
    for (const QJsonValue &v : listed.array("templates"))
        QCOMPARE(v.toObject().value("analytics").toArray().size(), 30);
    QCOMPARE(server.undeclaredStatusCount(), 0);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
