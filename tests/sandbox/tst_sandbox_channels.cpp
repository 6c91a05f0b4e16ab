// tst_sandbox, the other channels: RCS launch, upscales and errors from state, KakaoTalk
// review and validation, WhatsApp senders, accounts and solutions, the trial project and
// the empty projects with keys of their own.
#include "tst_sandbox.h"


using namespace sinch;
using namespace sinch::sandbox;
using namespace sinch::test::sandboxsuite;
using sinch::test::activityTypes;
using sinch::test::feedEnum;
using sinch::test::requestExample;
using sinch::test::waTemplate;
using sinch::test::emptyConfig;

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
