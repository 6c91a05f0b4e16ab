// tst_sandbox, the protocol: token endpoint, auth, routes, webhooks, scripted and random
// faults, schema validation, families answered from the contract, serve-sandbox.
#include "tst_sandbox.h"

#include "sandbox/faultinjector.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <csignal>

using namespace sinch;
using namespace sinch::sandbox;
using namespace sinch::test::sandboxsuite;
using sinch::test::activityTypes;
using sinch::test::requestExample;
using sinch::test::waTemplate;
using sinch::test::emptyConfig;

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

QTEST_GUILESS_MAIN(TestSandbox)
