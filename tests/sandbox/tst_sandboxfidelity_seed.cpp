// Issue 11, "Sandbox fidelity": the seeded project is one consistent project: RCS senders
// with their own credentials and apps, the questionnaire's country sections, the WhatsApp
// account and the Conversation API apps, the KakaoTalk categories and activity histories.
#include "tst_sandboxfidelity.h"

#include "sandbox/sandboxstate.h"
#include "sandbox/conversationapi.h"
#include "sandbox/seedids.h"
#include "rules/schemavalidator.h"

#include "api/clock.h"
#include "api/contract.h"
#include "api/operations.h"

#include <QDateTime>
#include <QSet>
#include <QtTest>

using namespace sinch;
using namespace sinch::sandbox;
using namespace sinch::test::fidelity;
using sinch::test::requestExample;
using Resp = sinch::test::HttpAnswer;

namespace {

// A clock that stands still, so that two sandboxes start at the same instant.
class FixedClock : public sinch::Clock
{
public:
    explicit FixedClock(const QDateTime &at) : m_at(at) {}
    QDateTime now() const override { return m_at; }

private:
    QDateTime m_at;
};

// Every activity feed of the seeded project (the WhatsApp templates' every seventh).
QStringList seededFeeds(Client &c)
{
    QStringList out{"/whatsapp/activities", "/rcs/activities"};
    for (const QJsonValue &v : c.api("GET", "/whatsapp/senders").array("senders"))
        out << "/whatsapp/senders/" + v.toObject().value("id").toString() + "/activities";
    for (const QJsonValue &v : c.api("GET", "/rcs/senders").array("senders"))
        out << "/rcs/senders/" + v.toObject().value("id").toString() + "/activities";
    for (const QJsonValue &v : c.api("GET", "/kakaotalk/senders").array("senders")) {
        const QString pf = v.toObject().value("plusFriendId").toString();
        out << "/kakaotalk/senders/" + pf + "/activities";
        for (const QJsonValue &t : c.api("GET", "/kakaotalk/senders/" + pf + "/templates").array("templates"))
            out << "/kakaotalk/senders/" + pf + "/templates/" + t.toObject().value("code").toString() + "/activities";
    }
    const QJsonArray templates = c.api("GET", "/whatsapp/templates?pageSize=1000").array("templates");
    for (int i = 0; i < templates.size(); i += 7) {
        const QJsonObject t = templates.at(i).toObject();
        out << "/whatsapp/templates/" + t.value("name").toString() + "/languages/" + t.value("language").toString()
                   + "/activities";
    }
    return out;
}

// The activity types the contract allows on the feed at `path` (GET operation's enum).
QStringList allowedTypes(const QString &path)
{
    QHash<QString, QString> params;
    const Operation *op = Operations::instance().match("GET", path, &params);
    if (!op)
        return {};
    const QJsonObject list = op->responseSchema(200);
    const QJsonObject item = Contract::resolve(list.value("properties").toObject().value("notifications").toObject()
                                                   .value("items").toObject().value("$ref").toString()).toObject();
    QJsonObject type = item.value("properties").toObject().value("type").toObject();
    if (type.contains("allOf"))
        type = Contract::resolve(type.value("allOf").toArray().first().toObject().value("$ref").toString()).toObject();
    QStringList out;
    for (const QJsonValue &v : type.value("enum").toArray())
        out << v.toString();
    return out;
}

} // namespace

// 6. Every seeded RCS sender its own credentials and app, in the sandbox project, hosted
// where its region is; the same on every run.
void TestSandboxFidelity::rcsSeedPerSender()
{
    SandboxServer server(seededConfig());
    QVERIFY(server.start());
    Client c(&server);
    const QJsonArray senders = c.api("GET", "/rcs/senders").array("senders");
    QVERIFY(senders.size() >= 4);
    QSet<QString> names, tokens, apps;
    QSet<QString> regions;
    for (const QJsonValue &v : senders) {
        const QJsonObject s = v.toObject();
        names.insert(s.value("authName").toString());
        tokens.insert(s.value("authToken").toString());
        const QJsonObject app = s.value("conversationApiAppDetails").toObject();
        apps.insert(app.value("id").toString());
        QCOMPARE(s.value("conversationApiApp").toString(), app.value("id").toString());
        QCOMPARE(app.value("projectId").toString(), server.config().projectId);
        QCOMPARE(app.value("region").toString(), s.value("region").toString());
        const QString region = s.value("region").toString();
        regions.insert(region);
        QCOMPARE(s.value("hostingRegion").toString(),
                 QString(region == QLatin1String("EU") ? "EUROPE" : "NORTH_AMERICA"));
        // The sender's countries decide its region.
        QCOMPARE(region == QLatin1String("US"),
                 s.value("details").toObject().value("countries").toArray().contains(QJsonValue("US")));
    }
    QCOMPARE(names.size(), senders.size());
    QCOMPARE(tokens.size(), senders.size());
    // Their countries' questions are answered with the questionnaire's own suggestions,
    // which keep to the answers' schema (FR's siren: nine digits).
    for (const QJsonValue &v : senders) {
        const QStringList problems = rules::SchemaValidator::validate(v, Contract::schema(QStringLiteral("RcsSenderDto")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
        const QJsonObject details = v.toObject().value("details").toObject();
        if (!details.value("countries").toArray().contains(QJsonValue("GB")))
            continue;
        const QJsonObject gb = details.value("questionnaire").toObject().value("gb").toObject();
        QCOMPARE(gb.value("answers").toObject().value("companyLegalName"),
                 gb.value("questions").toObject().value("companyLegalName").toObject().value("suggestedAnswers").toArray().first());
    }
    QCOMPARE(apps.size(), senders.size());
    QVERIFY(regions.contains("US") && regions.contains("EU"));
    // Another run, the same values.
    SandboxServer again(seededConfig());
    QVERIFY(again.start());
    Client c2(&again);
    const QJsonArray againSenders = c2.api("GET", "/rcs/senders").array("senders");
    QCOMPARE(againSenders.size(), senders.size());
    for (int i = 0; i < senders.size(); ++i)
        for (const char *field : {"id", "authName", "authToken", "conversationApiApp", "conversationApiAppDetails", "region",
                                  "hostingRegion"})
            QCOMPARE(againSenders.at(i).toObject().value(field), senders.at(i).toObject().value(field));
    // A sender created through the API has credentials of its own and no app yet.
    QJsonObject in = requestExample("RcsSendersController_createSender_v1", "input");
    in.insert("region", "US");
    const Resp created = c.api("POST", "/rcs/senders", in);
    QCOMPARE(created.status, 201);
    QVERIFY(!names.contains(created.str("authName")) && !created.str("authName").isEmpty());
    QCOMPARE(created.str("hostingRegion"), QStringLiteral("NORTH_AMERICA"));
    QVERIFY(!created.json.contains("conversationApiAppDetails"));
}

// 8. The questionnaire answers the section of each requested country that has one, its
// questions from the fields' descriptions; a test can replace the set.
void TestSandboxFidelity::questionnaireCountries()
{
    SandboxServer server(seededConfig());
    QVERIFY(server.start());
    Client c(&server);
    const Operation *op = Operations::instance().find(QStringLiteral("QuestionnaireController_getQuestions_v1"));
    Resp r = c.api("GET", "/rcs/questionnaire/OTP?countries=GB&countries=FR");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.keys(), (QStringList{"fr", "gb", "general", "verification"}));
    QVERIFY2(rules::SchemaValidator::validate(r.json, op->responseSchema(200)).isEmpty(),
             qPrintable(rules::SchemaValidator::validate(r.json, op->responseSchema(200)).join("; ")));
    // Each country question is its field's description in the contract, with answers to pick.
    for (const char *country : {"gb", "fr"}) {
        const QJsonObject questions = r.json.value(country).toObject().value("questions").toObject();
        const QJsonObject dto = Contract::schema(QStringLiteral("RcsSenderDetailsQuestionnaire%1QuestionsDto")
                                                     .arg(QString::fromLatin1(country).toUpper()));
        const QJsonObject answers = Contract::schema(QStringLiteral("RcsSenderDetailsQuestionnaire%1AnswersInputDto")
                                                         .arg(QString::fromLatin1(country).toUpper()));
        QVERIFY(!questions.isEmpty());
        for (const QJsonValue &required : dto.value("required").toArray())
            QVERIFY2(questions.contains(required.toString()), qPrintable(required.toString()));
        for (auto it = questions.begin(); it != questions.end(); ++it) {
            const QJsonObject q = it.value().toObject();
            QCOMPARE(q.value("question").toString(),
                     dto.value("properties").toObject().value(it.key()).toObject().value("description").toString());
            QVERIFY2(!q.value("suggestedAnswers").toArray().isEmpty(), qPrintable(it.key()));
            // Each suggestion is a valid answer.
            const QJsonObject answer = answers.value("properties").toObject().value(it.key()).toObject();
            for (const QJsonValue &suggestion : q.value("suggestedAnswers").toArray())
                QVERIFY2(rules::SchemaValidator::validate(suggestion, answer).isEmpty(), qPrintable(suggestion.toString()));
        }
    }
    // FR's questions that are "No longer required" are not asked.
    QVERIFY(!r.json.value("fr").toObject().value("questions").toObject().contains("usersAmount"));
    QCOMPARE(c.api("GET", "/rcs/questionnaire/PROMOTIONAL?countries=ES,US").json.keys(),
             (QStringList{"es", "general", "us", "verification"}));
    // A country without its own section: only the common ones.
    QCOMPARE(c.api("GET", "/rcs/questionnaire/OTP?countries=DE").json.keys(), (QStringList{"general", "verification"}));

    SandboxConfig config = seededConfig();
    const QJsonObject gb{{"questions", QJsonObject{{"brandIndustry", QJsonObject{{"question", "Which sector are you in?"},
                                                                               {"suggestedAnswers", QJsonArray{"Testing"}}}}}}};
    config.questionnaire = QJsonObject{{"gb", gb}};
    SandboxServer replaced(config);
    QVERIFY(replaced.start());
    Client c2(&replaced);
    r = c2.api("GET", "/rcs/questionnaire/OTP?countries=GB&countries=FR");
    QCOMPARE(r.json.value("gb").toObject(), gb);
    QVERIFY(r.json.value("fr").toObject().value("questions").toObject().contains("siren"));
    // ... or change it under a running sandbox, and back.
    server.setQuestionnaire(QJsonObject{{"gb", gb}});
    QCOMPARE(c.api("GET", "/rcs/questionnaire/OTP?countries=GB").json.value("gb").toObject(), gb);
    server.setQuestionnaire(QJsonObject());
    QVERIFY(c.api("GET", "/rcs/questionnaire/OTP?countries=GB").json.value("gb").toObject()
                .value("questions").toObject().contains("companyLegalName"));
}

// 10. The seed is one project: an onboarded WhatsApp account, and the Conversation API apps
// that its senders name answer on every channel operation.
void TestSandboxFidelity::seededProjectConsistent()
{
    SandboxServer server(seededConfig());
    QVERIFY(server.start());
    Client c(&server);
    Resp account = c.api("GET", "/whatsapp");
    QCOMPARE(account.status, 200);
    QCOMPARE(account.str("state"), QStringLiteral("ONBOARDED"));
    QVERIFY(!account.str("wabaId").isEmpty());

    const QList<SeedConversationApp> apps = SeedIds::conversationApps(server.config().projectId);
    QSet<QString> seededIds;
    for (const SeedConversationApp &app : apps)
        seededIds.insert(app.id);
    QSet<QString> named;
    for (const QJsonValue &v : c.api("GET", "/rcs/senders").array("senders"))
        named.insert(v.toObject().value("conversationApiApp").toString());
    for (const QJsonValue &v : c.api("GET", "/whatsapp/senders").array("senders"))
        if (v.toObject().value("state").toString() == QLatin1String("ACTIVE"))
            named.insert(v.toObject().value("conversationApiAppDetails").toObject().value("id").toString());
    QVERIFY(named.size() >= 5);
    for (const QString &id : named) {
        QVERIFY2(seededIds.contains(id), qPrintable(id));   // every app a sender names is the seed's
        for (const char *channel : {"instagram", "messenger", "telegram", "viber"}) {
            const Resp r = c.api("GET", QStringLiteral("/conversation/apps/%1/%2").arg(id, QLatin1String(channel)));
            if (!ConversationApi::hasChannel(SeedIds::conversationAppKey(server.config().projectId, id), QLatin1String(channel))) {
                QCOMPARE(r.status, 404);
                QCOMPARE(r.str("errorCode"), QStringLiteral("conversation_app_no_%1_channel").arg(QLatin1String(channel)));
                continue;
            }
            QVERIFY2(r.status == 200, qPrintable(id + "/" + channel));
            QVERIFY(!r.str("status").isEmpty());
            QVERIFY(!r.str("name").isEmpty());
        }
    }
    // Each app has channels of its own brand.
    const SeedConversationApp bank = SeedIds::conversationApp(server.config().projectId, QStringLiteral("acme-bank"));
    QCOMPARE(c.api("GET", "/conversation/apps/" + bank.id + "/telegram").str("name"), QStringLiteral("Acme Bank"));
    QCOMPARE(c.api("GET", "/conversation/apps/not-an-app/instagram").str("errorCode"), QStringLiteral("conversation_app_not_found"));
    // One app lacks two channels: the contract's other 404.
    const SeedConversationApp energy = SeedIds::conversationApp(server.config().projectId, QStringLiteral("acme-energy"));
    QCOMPARE(c.api("GET", "/conversation/apps/" + energy.id + "/viber").str("errorCode"), QStringLiteral("conversation_app_no_viber_channel"));
    QCOMPARE(c.api("GET", "/conversation/apps/" + energy.id + "/instagram").status, 200);
    // The IDs depend on the project: another project has other apps.
    QVERIFY(SeedIds::ulid(QStringLiteral("another-project"), bank.key) != bank.id);
    QCOMPARE(bank.id.size(), 26);
    // KakaoTalk senders each have a name of their own (not all the contract example's).
    QSet<QString> kakaoNames;
    const QJsonArray kakao = c.api("GET", "/kakaotalk/senders").array("senders");
    for (const QJsonValue &v : kakao)
        kakaoNames.insert(v.toObject().value("details").toObject().value("name").toString());
    QVERIFY(kakao.size() >= 3);
    QCOMPARE(kakaoNames.size(), kakao.size());
    QVERIFY(!kakaoNames.contains(QStringLiteral("Test Name")));
}

// 12. The KakaoTalk category trees: a dozen top-level sender categories three levels deep,
// and every template category of the contract's enums with its English name.
void TestSandboxFidelity::kakaoCategoryTrees()
{
    SandboxServer server(seededConfig());
    QVERIFY(server.start());
    Client c(&server);
    const Operation *senderOp = Operations::instance().find(QStringLiteral("CategoriesController_listSenderCategories_v1"));
    Resp r = c.api("GET", "/kakaotalk/categories/senders");
    QCOMPARE(r.status, 200);
    QVERIFY(rules::SchemaValidator::validate(r.json, senderOp->responseSchema(200)).isEmpty());
    const QJsonArray top = r.array("categories");
    QVERIFY(top.size() >= 12);
    QSet<QString> topCodes;
    int leaves = 0;
    for (const QJsonValue &t : top) {
        const QJsonObject category = t.toObject();
        QCOMPARE(category.value("depth").toInt(), 1);
        topCodes.insert(category.value("code").toString());
        QVERIFY(!category.value("subcategories").toArray().isEmpty());
        for (const QJsonValue &m : category.value("subcategories").toArray()) {
            QCOMPARE(m.toObject().value("depth").toInt(), 2);
            QCOMPARE(m.toObject().value("parentCode"), category.value("code"));
            QVERIFY(!m.toObject().value("subcategories").toArray().isEmpty());
            for (const QJsonValue &l : m.toObject().value("subcategories").toArray()) {
                QCOMPARE(l.toObject().value("depth").toInt(), 3);
                QCOMPARE(l.toObject().value("parentCode"), m.toObject().value("code"));
                ++leaves;
            }
        }
    }
    QCOMPARE(topCodes.size(), top.size());
    QVERIFY(leaves > 40);
    // The contract's own example is part of it (건강: 병원 > 종합병원 ...).
    QCOMPARE(top.first().toObject().value("name").toString(), QString::fromUtf8("건강"));
    QCOMPARE(top.first().toObject().value("subcategories").toArray().first().toObject().value("subcategories").toArray()
                 .first().toObject().value("name").toString(), QString::fromUtf8("종합병원"));

    // Template categories: every name of the contract's enums, each with its English one.
    const QString pf = firstKakaoSender(c);
    r = c.api("GET", "/kakaotalk/categories/senders/" + pf + "/templates?pageSize=100");
    QCOMPARE(r.status, 200);
    const Operation *templateOp = Operations::instance().find(QStringLiteral("CategoriesController_getTemplateCategories_v1"));
    QVERIFY2(rules::SchemaValidator::validate(r.json, templateOp->responseSchema(200)).isEmpty(),
             qPrintable(rules::SchemaValidator::validate(r.json, templateOp->responseSchema(200)).join("; ")));
    QSet<QString> names, english, codes;
    for (const QJsonValue &t : r.array("categories"))
        for (const QJsonValue &sub : t.toObject().value("subcategories").toArray()) {
            names.insert(sub.toObject().value("name").toString());
            english.insert(sub.toObject().value("nameEnglish").toString());
            codes.insert(sub.toObject().value("code").toString());
            QCOMPARE(sub.toObject().value("groupName"), t.toObject().value("name"));
        }
    for (const char *schema : {"KakaotalkTemplateSubcategoryNames", "KakaotalkTemplateSubcategoryEnglishNames"})
        for (const QString &name : sinch::test::feedEnum(schema))
            if (name != QLatin1String("UNRECOGNIZED"))
                QVERIFY2((names.contains(name) || english.contains(name)), qPrintable(name));
    QCOMPARE(codes.size(), names.size());
    // A template's default category (KakaotalkInputTemplateDetailsDto.categoryCode) is one of them.
    QVERIFY(codes.contains(Contract::schema(QStringLiteral("KakaotalkInputTemplateDetailsDto")).value("properties").toObject()
                               .value("categoryCode").toObject().value("default").toString()));
}

// 12. Every account, sender and template has a few events over the 30 days before the
// sandbox started, of its feed's types, with comments of the user and of Sinch; the same
// on every run (an injected clock: two sandboxes that start at the same instant agree).
void TestSandboxFidelity::seededActivityHistories()
{
    // The seed's own writing of times is the API's (QDateTime's ISO 8601 with milliseconds).
    for (const qint64 ms : {qint64(0), qint64(951782400123), qint64(1773480600000), qint64(-86399999)})
        QCOMPARE(SandboxState::timestamp(ms), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
    const QDateTime start(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);
    FixedClock clock(start);
    SandboxConfig config = seededConfig();
    config.clock = &clock;
    SandboxServer server(config);
    QVERIFY(server.start());
    Client c(&server);
    const QStringList feeds = seededFeeds(c);
    QVERIFY(feeds.size() > 40);
    QHash<QString, QJsonArray> seen;
    for (const QString &feed : feeds) {
        const Resp r = c.api("GET", feed);
        QVERIFY2(r.status == 200, qPrintable(feed));
        const QJsonArray events = r.array("notifications");
        QVERIFY2(events.size() >= 3, qPrintable(feed));
        const QStringList allowed = allowedTypes(feed);
        QVERIFY2(!allowed.isEmpty(), qPrintable(feed));
        QDateTime previous = start;
        QSet<QString> commentAuthors;
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            QVERIFY2(allowed.contains(e.value("type").toString()), qPrintable(feed + " " + e.value("type").toString()));
            const QDateTime at = QDateTime::fromString(e.value("created").toString(), Qt::ISODateWithMs);
            QVERIFY2(at < start && at >= start.addDays(-30), qPrintable(feed + " " + e.value("created").toString()));
            QVERIFY2(at <= previous, qPrintable(feed));   // newest first
            previous = at;
            if (e.value("type").toString() == QLatin1String("COMMENT_ADDED"))
                commentAuthors.insert(e.value("author").toString());
        }
        QVERIFY2(commentAuthors.contains("Sandbox user") && commentAuthors.contains("Sinch support"), qPrintable(feed));
        seen.insert(feed, events);
    }
    // The accounts' feeds name their creation.
    QCOMPARE(seen.value("/rcs/activities").last().toObject().value("type").toString(), QStringLiteral("CREATED"));
    QCOMPARE(seen.value("/whatsapp/activities").last().toObject().value("type").toString(), QStringLiteral("CREATED"));

    SandboxServer again(config);
    QVERIFY(again.start());
    Client c2(&again);
    for (const QString &feed : feeds)
        QCOMPARE(c2.api("GET", feed).array("notifications"), seen.value(feed));
    // A sandbox that starts a day later has the same history a day later.
    FixedClock later(start.addDays(1));
    config.clock = &later;
    SandboxServer shifted(config);
    QVERIFY(shifted.start());
    Client c3(&shifted);
    const QJsonObject first = seen.value("/rcs/activities").first().toObject();
    QCOMPARE(QDateTime::fromString(c3.api("GET", "/rcs/activities").array("notifications").first().toObject()
                                       .value("created").toString(), Qt::ISODateWithMs),
             QDateTime::fromString(first.value("created").toString(), Qt::ISODateWithMs).addDays(1));
}
