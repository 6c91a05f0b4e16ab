// Sandbox fidelity (tst_sandboxfidelity) over time, on an injected clock: what the contract
// says lasts (a deleted template's name kept 30 days) and what is made later (a bundle's
// parts, on the lifecycle clock).
#include "tst_sandboxfidelity.h"
#include "sandbox/contracterrors.h"
#include "rules/schemavalidator.h"
#include "api/manualclock.h"
#include "api/operations.h"
#include <QJsonDocument>
#include <QtTest>

using namespace sinch;
using namespace sinch::sandbox;
using namespace sinch::test::fidelity;
using sinch::test::waTemplate;
using Resp = sinch::test::HttpAnswer;

// "Once deleted the name can not be used for new message templates for 30 days": a template
// Meta had (one with a state) keeps its name 30 days on the sandbox's clock, in every
// language; a draft that never reached Meta leaves its name free at once.
void TestSandboxFidelity::deletedTemplateNameKeptThirtyDays()
{
    ManualClock clock;
    SandboxConfig config = emptyConfig();
    config.clock = &clock;
    SandboxServer server(config);
    QVERIFY(server.start());
    Client c(&server);
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("gone_soon")).status, 201);
    QCOMPARE(c.api("DELETE", "/whatsapp/templates/gone_soon/languages/EN_US?deleteSubmitted=true").status, 204);
    Resp r = c.api("POST", "/whatsapp/templates", waTemplate("gone_soon", "DRAFT"));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json, ContractErrors::body(Operations::instance().find(QStringLiteral("TemplatesController_createTemplate_v1")),
                                          409, QStringLiteral("template_name_recently_used")));
    QJsonObject german = waTemplate("gone_soon");
    german.insert("language", "DE");
    QCOMPARE(c.api("POST", "/whatsapp/templates", german).str("errorCode"), QStringLiteral("template_name_recently_used"));
    // Deleted by name, all languages at once: the same.
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("all_gone")).status, 201);
    QCOMPARE(c.api("DELETE", "/whatsapp/templates/all_gone").status, 204);
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("all_gone")).status, 409);
    // A draft only: free again at once.
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("only_a_draft", "DRAFT")).status, 201);
    QCOMPARE(c.api("DELETE", "/whatsapp/templates/only_a_draft/languages/EN_US").status, 204);
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("only_a_draft", "DRAFT")).status, 201);
    // A second short of 30 days, still kept; at 30 days, free.
    clock.advance(30LL * 24 * 3600 * 1000 - 1000);
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("gone_soon")).status, 409);
    clock.advance(1000);
    QCOMPARE(c.api("POST", "/whatsapp/templates", waTemplate("gone_soon")).status, 201);
    QVERIFY2(server.undeclaredErrorCodes().isEmpty(), qPrintable(server.undeclaredErrorCodes().join(", ")));
}

// A bundle shows the parts its request asked for, in its words (a Conversation app in
// DISPATCH mode with its webhook, no SMS app), pending at first; on the lifecycle clock
// they are made: the subproject ready, each BUNDLE_DONE webhook told. No secret comes back.
void TestSandboxFidelity::bundleShowsWhatWasAsked()
{
    ManualClock clock;
    SandboxConfig config = emptyConfig();
    config.clock = &clock;
    config.reviewDelaySeconds = 60;
    SandboxServer server(config);
    QVERIFY(server.start());
    Client c(&server);
    const QJsonObject hook{{"target", "https://hooks.example.com/bundle"}, {"secret", "s3cret"}, {"triggers", QJsonArray{"BUNDLE_DONE"}}};
    const QJsonObject request{{"name", "Shop launch"}, {"region", "EU"}, {"subproject", true},
                              {"convApp", QJsonObject{{"processingMode", "DISPATCH"}, {"webhooks", QJsonArray{QJsonObject{
                                  {"target", "https://hooks.example.com/conv"}, {"secret", "x"}, {"triggers", QJsonArray{"MESSAGE_DELIVERY"}}}}}}},
                              {"webhooks", QJsonArray{hook}}};
    Resp r = c.api("POST", "/bundles", request);
    QCOMPARE(r.status, 201);
    QVERIFY2(!QJsonDocument(r.json).toJson().contains("s3cret"), r.json.value("id").toString().toUtf8());
    QCOMPARE(r.str("state"), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(r.str("region"), QStringLiteral("EU"));
    QCOMPARE(r.str("name"), QStringLiteral("Shop launch"));
    const QJsonObject sub = r.json.value("subproject").toObject();
    QCOMPARE(sub.value("status").toString(), QStringLiteral("PENDING"));
    QCOMPARE(sub.value("name").toString(), QStringLiteral("Shop launch"));
    QCOMPARE(sub.value("parentProjectId").toString(), config.projectId);
    QCOMPARE(r.str("projectId"), sub.value("id").toString()); // the resources are the subproject's
    QVERIFY(!r.json.contains("smsApp"));                        // not asked for
    const QJsonObject conv = r.json.value("convApp").toObject();
    QCOMPARE(conv.value("processingMode").toString(), QStringLiteral("DISPATCH"));
    QCOMPARE(conv.value("webhooks").toArray().first().toObject().value("target").toString(), QStringLiteral("https://hooks.example.com/conv"));
    const QString hookId = r.array("webhooks").first().toObject().value("id").toString();
    QVERIFY(!hookId.isEmpty());
    const QString path = "/bundles/" + r.str("id");
    QCOMPARE(c.api("GET", path).str("state"), QStringLiteral("IN_PROGRESS"));
    clock.advance(60 * 1000);
    r = c.api("GET", path);
    QCOMPARE(r.str("state"), QStringLiteral("DONE"));
    QCOMPARE(r.json.value("subproject").toObject().value("status").toString(), QStringLiteral("READY"));
    QCOMPARE(r.array("webhookDeliveryStatuses").first().toObject().value("webhookId").toString(), hookId);
    const QJsonObject schema = Operations::instance().find(QStringLiteral("BundlesController_get_v1"))->responseSchema(200);
    const QStringList problems = rules::SchemaValidator::validate(r.json, schema);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
}
