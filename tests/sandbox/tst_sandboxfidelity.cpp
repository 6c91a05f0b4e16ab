// Issue 11, "Sandbox fidelity": the API's behaviour against the letter of the contract:
// list defaults and order, request defaults, each operation's own error codes, RCS update
// rules, 401 headers, custom formats and parameter checks.
#include "tst_sandboxfidelity.h"

#include "sandbox/contracterrors.h"
#include "sandbox/listpager.h"
#include "sandbox/requestdefaults.h"
#include "rules/schemavalidator.h"
#include "rules/templatevalidator.h"

#include "api/contract.h"
#include "api/operations.h"

#include <QJsonDocument>
#include <QtTest>

#include <algorithm>

using namespace sinch;
using namespace sinch::sandbox;
using namespace sinch::test::fidelity;
using sinch::test::activityTypes;
using sinch::test::requestExample;
using sinch::test::waTemplate;
using Resp = sinch::test::HttpAnswer;

// 1. "If no page token is supplied then the first `50` templates are returned in
// alphabetical order" (WhatsApp and KakaoTalk template lists).
void TestSandboxFidelity::listDefaults()
{
    SandboxServer server(seededConfig());
    QVERIFY(server.start());
    Client c(&server);
    const Operation *list = Operations::instance().find(QStringLiteral("TemplatesController_listTemplates_v1"));
    QCOMPARE(ListPager::defaultPageSize(list), 50);
    QVERIFY(ListPager::isAlphabetical(list));

    Resp first = c.api("GET", "/whatsapp/templates");
    QCOMPARE(first.status, 200);
    QVERIFY(first.json.value("totalSize").toInt() > 50);
    QCOMPARE(first.array("templates").size(), 50);
    QCOMPARE(first.json.value("pageSize").toInt(), 50);
    const QStringList page1 = names(first.array("templates"));
    QVERIFY2(alphabetical(page1), qPrintable(page1.join(", ")));
    // The next page goes on where the first ended, in the same order.
    Resp second = c.api("GET", "/whatsapp/templates?pageToken=" + first.str("nextPageToken"));
    const QStringList page2 = names(second.array("templates"));
    QCOMPARE(page2.size(), 50);
    QVERIFY(alphabetical(page1 + page2));
    // A new template takes its alphabetical place, not the end.
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("aaa_first_of_all")).status, 201);
    QCOMPARE(names(c.api("GET", "/whatsapp/templates").array("templates")).first(), QStringLiteral("aaa_first_of_all"));
    // The pages that follow are the same: a token holds its place in the order.
    QCOMPARE(names(c.api("GET", "/whatsapp/templates?pageToken=" + first.str("nextPageToken")).array("templates")), page2);
    // An explicit page size still wins.
    QCOMPARE(c.api("GET", "/whatsapp/templates?pageSize=7").array("templates").size(), 7);

    // KakaoTalk templates of a sender, by their names.
    const QString pf = firstKakaoSender(c);
    QVERIFY(!pf.isEmpty());
    QJsonObject t = requestExample("KakaotalkTemplatesController_createTemplate_v1", "full");
    QJsonObject details = t.value("details").toObject();
    details.insert("name", "Aardvark notice");
    t.insert("details", details);
    QCOMPARE(c.api("POST", "/kakaotalk/senders/" + pf + "/templates", t).status, 201);
    QStringList kakao;
    for (const QJsonValue &v : c.api("GET", "/kakaotalk/senders/" + pf + "/templates").array("templates"))
        kakao << v.toObject().value("details").toObject().value("name").toString();
    QVERIFY(kakao.size() >= 2);
    QCOMPARE(kakao.first(), QStringLiteral("Aardvark notice"));
    QVERIFY2(alphabetical(kakao), qPrintable(kakao.join(", ")));

    // Lists whose text states no order keep creation order.
    const Operation *rcs = Operations::instance().find(QStringLiteral("RcsSendersController_listSenders_v1"));
    QVERIFY(!ListPager::isAlphabetical(rcs));
}

// 1. "If no page token is supplied then all registered webhooks (of maximum `15`) are
// returned in alphabetical order."
void TestSandboxFidelity::webhooksAllAlphabetical()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    QStringList created;
    for (int i = 0; i < 15; ++i) {
        const QString target = QStringLiteral("https://hooks.example.com/%1").arg(QChar(QLatin1Char('z' - (i * 7) % 26)))
            + QString::number(i);
        created << target;
        QCOMPARE(c.api("POST", "/webhooks", QJsonObject{{"target", target}, {"secret", "s3cret-value"},
                                                        {"triggers", QJsonArray{"ALL"}}}).status, 201);
    }
    const Resp all = c.api("GET", "/webhooks");
    QCOMPARE(all.status, 200);
    QCOMPARE(all.array("webhooks").size(), 15);
    QVERIFY(!all.json.contains("nextPageToken"));
    QStringList sorted = created;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(names(all.array("webhooks"), "target"), sorted);
}

// 2. The request schemas' defaults, from the contract.
void TestSandboxFidelity::requestDefaults()
{
    const QJsonObject update = Contract::schema(QStringLiteral("WhatsappUpdateTemplateInputDto"));
    const QJsonObject filled = RequestDefaults::apply(QJsonObject{{"details", QJsonObject()}}, update).toObject();
    QCOMPARE(filled.value("status").toString(), QStringLiteral("DRAFT"));
    QCOMPARE(filled.value("allowCategoryChange"), QJsonValue(false));
    // What the client sent stays.
    QCOMPARE(RequestDefaults::apply(QJsonObject{{"status", "SUBMIT"}}, update).toObject().value("status").toString(),
             QStringLiteral("SUBMIT"));
    // Nested objects get theirs (KakaoTalk template details: messageType BASIC ...).
    const QJsonObject kakao = RequestDefaults::apply(QJsonObject{{"details", QJsonObject{{"name", "n"}}}},
        Contract::schema(QStringLiteral("KakaotalkInputTemplateDto"))).toObject();
    QCOMPARE(kakao.value("status").toString(), QStringLiteral("SUBMIT"));
    QCOMPARE(kakao.value("details").toObject().value("messageType").toString(), QStringLiteral("BASIC"));
}

// 2. WhatsappUpdateTemplateInputDto.status has `default: DRAFT`; so have the KakaoTalk
// template and sender updates.
void TestSandboxFidelity::omittedStatusSavesDraft()
{
    SandboxServer server(seededConfig());
    QVERIFY(server.start());
    Client c(&server);
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("patched_later")).status, 201);
    const QString path = QStringLiteral("/whatsapp/templates/patched_later/languages/EN_US");
    QCOMPARE(c.api("GET", path).str("state"), QStringLiteral("APPROVED"));
    QJsonObject details = waTemplate("patched_later").value("details").toObject();
    Resp r = c.api("PATCH", path, QJsonObject{{"details", details}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("changes").toObject().value("status").toString(), QStringLiteral("DRAFT"));
    QCOMPARE(activityTypes(c, path + "/activities").first(), QStringLiteral("DRAFT"));
    QCOMPARE(c.api("GET", path).json.value("changes").toObject().value("status").toString(), QStringLiteral("DRAFT"));

    const QString pf = firstKakaoSender(c);
    const QJsonObject kakaoTemplate = c.api("GET", "/kakaotalk/senders/" + pf + "/templates").array("templates").first().toObject();
    const QString tpath = "/kakaotalk/senders/" + pf + "/templates/" + kakaoTemplate.value("code").toString();
    r = c.api("PATCH", tpath, QJsonObject{{"details", QJsonObject{{"name", "renamed notice"}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("changes").toObject().value("status").toString(), QStringLiteral("DRAFT"));
    r = c.api("PATCH", "/kakaotalk/senders/" + pf, QJsonObject{{"details", QJsonObject{{"name", "Acme renamed"}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("changes").toObject().value("status").toString(), QStringLiteral("DRAFT"));
    // WhatsappUpdateSenderInputDto.status, default DRAFT: an active sender keeps its details
    // live and holds the edit as a draft until it is submitted.
    QString active;
    for (const QJsonValue &v : c.api("GET", "/whatsapp/senders").array("senders"))
        if (v.toObject().value("state").toString() == QLatin1String("ACTIVE"))
            active = v.toObject().value("id").toString();
    QVERIFY(!active.isEmpty());
    r = c.api("PATCH", "/whatsapp/senders/" + active, QJsonObject{{"details", QJsonObject{{"about", "Open 9 to 5"}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str("state"), QStringLiteral("ACTIVE"));
    QCOMPARE(r.json.value("changes").toObject().value("status").toString(), QStringLiteral("DRAFT"));
    r = c.api("PATCH", "/whatsapp/senders/" + active, QJsonObject{{"status", "SUBMIT"}, {"details", QJsonObject{{"about", "Open 9 to 6"}}}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value("changes").toObject().value("status").toString() != QLatin1String("DRAFT"));
}

// 3. DELETE .../languages/{code} declares 404 template_changes_not_found (no draft) and 409
// template_not_deletable_due_to_input_config (submitted, without deleteSubmitted).
void TestSandboxFidelity::deleteLanguageDraftErrors()
{
    SandboxConfig config = emptyConfig();
    SandboxServer server(config);
    QVERIFY(server.start());
    Client c(&server);
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("approved_one")).status, 201);
    const QString path = QStringLiteral("/whatsapp/templates/approved_one/languages/EN_US");
    Resp r = c.api("DELETE", path);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.str("errorCode"), QStringLiteral("template_changes_not_found"));
    // A submission still with Meta.
    server.setReviewDelaySeconds(3600);
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("in_review")).status, 201);
    r = c.api("DELETE", "/whatsapp/templates/in_review/languages/EN_US");
    QCOMPARE(r.status, 409);
    QCOMPARE(r.str("errorCode"), QStringLiteral("template_not_deletable_due_to_input_config"));
    QCOMPARE(r.str("message"), ContractErrors::body(Operations::instance().find(
        QStringLiteral("TemplatesController_deleteTemplateByNameAndLanguage_v1")), 409,
        QStringLiteral("template_not_deletable_due_to_input_config")).value("message").toString());
    QCOMPARE(c.api("DELETE", "/whatsapp/templates/in_review/languages/EN_US?deleteSubmitted=true").status, 204);
    // The code answered before is KakaoTalk's own, which the contract shares with no other
    // family; invalid_input is common to all.
    QVERIFY(!ContractErrors::isShared(QStringLiteral("template_not_deletable"), 409));
    QVERIFY(ContractErrors::isShared(QStringLiteral("invalid_input"), 400));
    // A draft goes.
    QCOMPARE(c.api("PATCH", path, QJsonObject{{"status", "DRAFT"}}).status, 200);
    QCOMPARE(c.api("DELETE", path).status, 204);
    QVERIFY(!c.api("GET", path).json.contains("changes"));
    QVERIFY2(server.undeclaredErrorCodes().isEmpty(), qPrintable(server.undeclaredErrorCodes().join(", ")));
}

// 3. Over all operations: every error answer carries a code its own operation declares.
// The contract scenarios, then every operation with unknown IDs and an empty body, and
// with each of its constrained query parameters out of its enum or range.
void TestSandboxFidelity::errorCodesDeclaredPerOperation()
{
    SandboxServer server(seededConfig());
    QVERIFY(server.start());
    const QStringList failures = sinch::test::runContractScenarios(QStringLiteral(SINCH_SCENARIOS_JSON), &server);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join("; ")));
    Client c(&server);
    int errors = 0, probes = 0;
    for (const Operation &op : Operations::instance().all()) {
        QString path = op.path;
        for (const QString &param : op.pathParams)
            path.replace(QLatin1Char('{') + param + QLatin1Char('}'),
                         param == QLatin1String("languageCode") ? QStringLiteral("EN_US")
                         : param == QLatin1String("useCase") ? QStringLiteral("OTP") : QStringLiteral("no-such-%1").arg(param));
        const QJsonValue body = op.hasRequestBody ? QJsonValue(QJsonObject()) : QJsonValue();
        const Resp r = c.api(op.method, path, body);
        errors += r.status >= 400;
        // Each constrained query parameter of the operation with a value it refuses.
        for (const QJsonValue &pv : op.definition().value("parameters").toArray()) {
            const QJsonObject param = pv.toObject();
            QJsonObject schema = param.value("schema").toObject();
            if (schema.contains("items"))
                schema = schema.value("items").toObject();
            if (schema.contains("$ref"))
                schema = Contract::resolve(schema.value("$ref").toString()).toObject();
            const QString bad = schema.contains("enum") ? QStringLiteral("BOGUS")
                              : schema.contains("minimum") ? QStringLiteral("0") : QString();
            if (param.value("in").toString() != QLatin1String("query") || bad.isEmpty())
                continue;
            const QString name = param.value("name").toString();
            const Resp refused = c.api(op.method, path + "?" + name + "=" + bad, body);
            QVERIFY2(refused.status == 400, qPrintable(op.id + " " + name));
            ++probes;
        }
    }
    QVERIFY(errors > 40);   // the walk did reach the error paths
    QVERIFY(probes > 25);
    QVERIFY2(server.undeclaredErrorCodes().isEmpty(), qPrintable(server.undeclaredErrorCodes().join("\n")));
}

// 4. fields_not_updatable: "Only `details.countries` and `details.launch` can be updated
// when in state: LAUNCHING, LAUNCHED."
void TestSandboxFidelity::rcsLaunchedFieldsLocked()
{
    SandboxServer server(seededConfig());
    QVERIFY(server.start());
    Client c(&server);
    const QJsonObject sender = launchedRcsSender(c);
    QVERIFY(!sender.isEmpty());
    const QString path = "/rcs/senders/" + sender.value("id").toString();
    Resp r = c.api("PATCH", path, QJsonObject{{"details", QJsonObject{{"brand", QJsonObject{{"name", "Renamed"}}}}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str("errorCode"), QStringLiteral("fields_not_updatable"));
    QCOMPARE(c.api("GET", path).json.value("details").toObject().value("brand").toObject().value("name"),
             sender.value("details").toObject().value("brand").toObject().value("name"));
    QJsonArray countries = sender.value("details").toObject().value("countries").toArray();
    countries << "ES";
    r = c.api("PATCH", path, QJsonObject{{"details", QJsonObject{{"countries", countries}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("details").toObject().value("countries").toArray(), countries);
    // A sender in test takes any change.
    for (const QJsonValue &v : c.api("GET", "/rcs/senders").array("senders")) {
        if (v.toObject().value("state").toString() != QLatin1String("IN_TEST"))
            continue;
        r = c.api("PATCH", "/rcs/senders/" + v.toObject().value("id").toString(),
                  QJsonObject{{"details", QJsonObject{{"brand", QJsonObject{{"name", "Renamed"}}}}}});
        QCOMPARE(r.status, 200);
        break;
    }
}

// 5. DELETE of a number that is no tester of an existing sender.
void TestSandboxFidelity::deleteTestNumberNotTester()
{
    SandboxServer server(seededConfig());
    QVERIFY(server.start());
    Client c(&server);
    const QString id = c.api("GET", "/rcs/senders").array("senders").first().toObject().value("id").toString();
    Resp r = c.api("DELETE", "/rcs/senders/" + id + "/testNumbers/+447700900999");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.str("errorCode"), QStringLiteral("user_is_not_tester_for_agent"));
    r = c.api("DELETE", "/rcs/senders/00000000-0000-4000-8000-00000000dead/testNumbers/+447700900999");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.str("errorCode"), QStringLiteral("sender_not_found"));
}

// 7. A 401 of the API says how to authenticate, as the token endpoint's does.
void TestSandboxFidelity::unauthorizedNamesSchemes()
{
    SandboxServer server(emptyConfig());
    QVERIFY(server.start());
    Client c(&server);
    const QString webhooks = "/v1/projects/" + server.config().projectId + "/webhooks";
    // A wrong key and a token the sandbox never issued: both schemes are named.
    for (const QByteArray &refused : {c.basic(QStringLiteral("wrong")), QByteArray("Bearer not-a-token")}) {
        const Resp answer = c.send("GET", webhooks, QJsonValue(), refused);
        QCOMPARE(answer.status, 401);
        const QByteArray challenge = answer.headers.value("www-authenticate");
        QVERIFY2(challenge.contains("Basic realm=") && challenge.contains("Bearer realm="), challenge.constData());
    }
    const Resp accepted = c.send("GET", webhooks);
    QCOMPARE(accepted.status, 200);
    QVERIFY(!accepted.headers.contains("www-authenticate"));
}

// 9. Each of the contract's formats, valid and invalid.
void TestSandboxFidelity::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    const struct { const char *format; const char *good; const char *bad; } rows[] = {
        {"e.164 phone number", "+447700900123", "not-a-number"},
        {"e.164 phone number", "+12025550123", "447700900123"},
        {"e.164 phone number", "+48 777-777-777", "+0447700900"},
        {"e.164 phone number", "+447700900123123", "+4477009001231234"},
        {"phone number", "+1 (202) 555-0123", "call me"},
        {"phone number", "010-1234-5678", "12"},
        {"numeric phone number", "444555666", "+48444555666"},
        {"hex", "#1A2b3C", "#12345G"},
        {"hex", "#000000", "red"},
        {"country code", "48", "PL"},
        {"country code", "1", "0"},
        {"digits", "1234567890", "12a4"},
        {"otp", "123456", "123 45"},
        {"otp", "A1B2C3", "1234567"},
        {"uuid without hyphens", "0b9f4c2e6a554c8e9c1a3f2d7e5a8b10", "0b9f4c2e-6a55-4c8e-9c1a-3f2d7e5a8b10"},
        {"timestamp", "1592227387", "yesterday"},
        {"timestamp", "2026-01-02T03:04:05.000Z", "2026-13-45"},
        {"url", "https://www.example.com/path?x=1", "www.example.com"},
        {"url", "https://shop.example.com/{{1}}", "ftp://files.example.com"},
        {"uri", "urn:isbn:0451450523", "no scheme here"},
        {"email", "ops@acme.example", "ops.acme.example"},
        {"uuid", "0b9f4c2e-6a55-4c8e-9c1a-3f2d7e5a8b10", "0b9f4c2e6a554c8e9c1a3f2d7e5a8b10"},
    };
    for (const auto &row : rows) {
        QTest::addRow("%s valid %s", row.format, row.good) << QString::fromLatin1(row.format) << QString::fromLatin1(row.good) << true;
        QTest::addRow("%s invalid %s", row.format, row.bad) << QString::fromLatin1(row.format) << QString::fromLatin1(row.bad) << false;
    }
}

void TestSandboxFidelity::formats()
{
    QFETCH(QString, format);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const QJsonObject schema{{"type", "string"}, {"format", format}};
    const QStringList problems = rules::SchemaValidator::validate(value, schema, QStringLiteral("field"));
    QVERIFY2(problems.isEmpty() == valid, qPrintable(problems.join("; ")));
    if (!valid)
        QVERIFY(problems.first().startsWith("field must"));
}

// 9. ... in the sandbox (with the operation's own code) and in lint (the template rules
// run the same walker).
void TestSandboxFidelity::formatsRefusedWithOwnError()
{
    SandboxServer server(seededConfig());
    QVERIFY(server.start());
    Client c(&server);
    const QString id = c.api("GET", "/rcs/senders").array("senders").first().toObject().value("id").toString();
    Resp r = c.api("POST", "/rcs/senders/" + id + "/testNumbers", QJsonObject{{"testNumbers", QJsonArray{"not-a-number"}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.str("errorCode"), QStringLiteral("add_test_number_invalid"));
    QVERIFY(r.json.value("additionalInformation").toObject().value("validationErrors").toArray().first().toString()
                .startsWith("testNumbers.0 must be a phone number in E.164"));
    QCOMPARE(c.api("POST", "/rcs/senders/" + id + "/testNumbers", QJsonObject{{"testNumbers", QJsonArray{"+447700900123"}}}).status, 200);
    // The brand colour is hex.
    r = c.api("POST", "/rcs/senders", QJsonObject{{"details", QJsonObject{{"brand", QJsonObject{{"name", "X"}, {"color", "blue"}}}}}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.raw.contains("details.brand.color must be a hexadecimal colour code"));

    // lint / the editors: a Flow button whose flowId (format: digits) is none.
    QJsonObject t = waTemplate("open_flow");
    QJsonObject details = t.value("details").toObject();
    QJsonArray components = details.value("components").toArray();
    components.replace(1, QJsonObject{{"type", "BUTTONS"}, {"buttons", QJsonArray{QJsonObject{
        {"type", "FLOW"}, {"text", "Book now"}, {"flowId", "flow-one"}, {"flowAction", "NAVIGATE"},
        {"navigateScreen", "WELCOME"}}}}});
    details.insert("components", components);
    t.insert("details", details);
    // The walker that lint and the editors run over the contract's input schema judges the
    // format (their hand-written rule then words it for people).
    const QStringList walked = rules::SchemaValidator::validate(t, Contract::schema(QStringLiteral("WhatsappTemplateInputDto")));
    QVERIFY2(walked.contains("details.components.1.buttons.0.flowId must contain digits only"), qPrintable(walked.join("\n")));
    QStringList findings;
    for (const rules::Finding &f : rules::TemplateValidator::validateWhatsapp(t, rules::Mode::Submit))
        findings << f.path;
    QVERIFY2(findings.contains("details.components.1.buttons.0.flowId"), qPrintable(findings.join("\n")));
    components.replace(1, QJsonObject{{"type", "BUTTONS"}, {"buttons", QJsonArray{QJsonObject{
        {"type", "FLOW"}, {"text", "Book now"}, {"flowId", "1234567890"}, {"flowAction", "NAVIGATE"},
        {"navigateScreen", "WELCOME"}}}}});
    details.insert("components", components);
    t.insert("details", details);
    QVERIFY(rules::SchemaValidator::validate(t, Contract::schema(QStringLiteral("WhatsappTemplateInputDto"))).isEmpty());
    QVERIFY2(server.undeclaredErrorCodes().isEmpty(), qPrintable(server.undeclaredErrorCodes().join(", ")));
}

// 11. Query and path parameters against their schemas, each refused with the code the
// operation declares for it.
void TestSandboxFidelity::parametersChecked()
{
    SandboxServer server(seededConfig());
    QVERIFY(server.start());
    Client c(&server);
    const struct { const char *path; const char *code; } refused[] = {
        {"/whatsapp/templates?filterStates=BOGUS&pageSize=1", "invalid_filter_states"},
        {"/whatsapp/templates?filterStatuses=APPROVED", "invalid_filter_statuses"},
        {"/whatsapp/templates?fieldMask=nonsense", "invalid_fields"},
        {"/whatsapp/templates?pageSize=0", "invalid_page_size"},
        {"/whatsapp/templates?pageSize=1001", "invalid_page_size"},
        {"/whatsapp/templates/order_confirmation/languages/XX_YY", "template_invalid_language_code"},
        {"/whatsapp/senders?filterStates=SLEEPING", "invalid_filter_states"},
        {"/kakaotalk/senders?filterStatuses=BOGUS", "invalid_filter_statuses"},
        {"/rcs/senders?filterStates=BOGUS", "invalid_filter_states"},
        {"/rcs/upscales?filterStates=BOGUS", "upscale_invalid_state"},
        {"/rcs/questionnaire/BOGUS", "questionnaire_invalid_use_case"},
        {"/rcs/questionnaire/OTP?countries=XX", "questionnaire_invalid_country"},
    };
    for (const auto &row : refused) {
        const Resp r = c.api("GET", QLatin1String(row.path));
        QVERIFY2(r.status == 400, row.path);
        QVERIFY2(r.str("errorCode") == QLatin1String(row.code), qPrintable(QStringLiteral("%1: %2").arg(row.path, r.str("errorCode"))));
        QVERIFY2(!r.json.value("additionalInformation").toObject().value("validationErrors").toArray().isEmpty(), row.path);
    }
    // Good values pass, in either spelling of a list.
    Resp r = c.api("GET", "/whatsapp/templates?filterStates=APPROVED&filterStates=PAUSED&pageSize=1");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array("templates").size(), 1);
    QCOMPARE(c.api("GET", "/whatsapp/templates?filterStates=APPROVED,PAUSED&pageSize=1").status, 200);
    QCOMPARE(c.api("GET", "/rcs/questionnaire/OTP?countries=GB&countries=FR").status, 200);
    // A page answers the size asked for ("Requested size of the page."), also when empty.
    r = c.api("GET", "/rcs/senders?filterStates=UNLAUNCHED&pageSize=1");
    QCOMPARE(r.status, 200);
    QVERIFY(r.array("senders").isEmpty());
    QCOMPARE(r.json.value("pageSize").toInt(), 1);
    QVERIFY2(server.undeclaredErrorCodes().isEmpty(), qPrintable(server.undeclaredErrorCodes().join(", ")));
}

QTEST_GUILESS_MAIN(TestSandboxFidelity)
