// tst_sandbox, WhatsApp templates: validation, review lifecycles, drafts and deletion,
// Meta's limits, the seed in both shapes and template analytics.
#include "tst_sandbox.h"

#include "sandbox/whatsapptemplateapi.h"
#include "rules/templatevalidator.h"

using namespace sinch;
using namespace sinch::sandbox;
using namespace sinch::test::sandboxsuite;
using sinch::test::activityTypes;
using sinch::test::feedEnum;
using sinch::test::waTemplate;
using sinch::test::emptyConfig;

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
