#include "seeddata.h"

#include "genericapi.h"
#include "rcssenderapi.h"
#include "sandboxstate.h"
#include "schemasampler.h"
#include "whatsappapi.h"
#include "whatsapptemplateapi.h"

#include "api/operations.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sinch::sandbox {

namespace {

QJsonObject body(const QString &text, const QStringList &examples)
{
    QJsonObject b{{QStringLiteral("type"), QStringLiteral("BODY")}, {QStringLiteral("text"), text}};
    if (!examples.isEmpty())
        b.insert(QStringLiteral("examples"), QJsonArray::fromStringList(examples));
    return b;
}

QJsonObject buttons(const QJsonArray &list)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("BUTTONS")}, {QStringLiteral("buttons"), list}};
}

QJsonObject quickReply(const QString &text)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("QUICK_REPLY")}, {QStringLiteral("text"), text}};
}

QJsonObject urlButton(const QString &text, const QString &url)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("URL")}, {QStringLiteral("text"), text},
                       {QStringLiteral("url"), url + QStringLiteral("{{1}}")},
                       {QStringLiteral("example"), url + QStringLiteral("summer24")}};
}

QJsonObject mediaHeader(const QString &format, const QString &url)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("HEADER")}, {QStringLiteral("format"), format},
                       {QStringLiteral("example"), QJsonObject{{QStringLiteral("url"), url}}}};
}

const Operation *op(const char *id)
{
    return Operations::instance().find(QString::fromLatin1(id));
}

QJsonObject requestExample(const char *operationId, const char *example)
{
    const QJsonObject def = op(operationId)->definition();
    const QJsonObject examples = def.value(QLatin1String("requestBody")).toObject()
        .value(QLatin1String("content")).toObject().value(QLatin1String("application/json")).toObject()
        .value(QLatin1String("examples")).toObject();
    return examples.value(QLatin1String(example)).toObject().value(QLatin1String("value")).toObject();
}

QJsonObject call(SandboxState *state, const char *operationId, const QHash<QString, QString> &params,
                 const QJsonObject &input)
{
    const SandboxReply r = state->handle(op(operationId), params, QUrlQuery(),
                                         QJsonDocument(input).toJson(QJsonDocument::Compact));
    return r.json.toObject();
}

} // namespace

void SeedData::load(SandboxState *state)
{
    const double delay = state->config().reviewDelaySeconds;
    state->setReviewDelaySeconds(0); // seeds are decided at once
    if (state->isTrialProject()) {
        trialProject(state);
        state->setReviewDelaySeconds(delay);
        return;
    }
    for (const QString &target : {QStringLiteral("https://hooks.acme-retail.example/sinch/templates"),
                                  QStringLiteral("https://ops.acme-retail.example/provisioning"),
                                  QStringLiteral("https://crm.acme-retail.example/rcs-events")}) {
        call(state, "WebhookController_createWebhook_v1", {},
             QJsonObject{{QStringLiteral("target"), target}, {QStringLiteral("secret"), QStringLiteral("seed-secret-") + QString::number(target.size())},
                         {QStringLiteral("triggers"), QJsonArray{QStringLiteral("ALL")}}});
    }
    whatsappTemplates(state);
    WhatsappApi::seed(state);
    viaApi(state);
    state->setReviewDelaySeconds(delay);
}

void SeedData::whatsappTemplates(SandboxState *state)
{
    static const char *const subjects[] = {"order", "delivery", "payment", "appointment", "account",
                                           "loyalty", "booking", "subscription", "invoice"};
    static const char *const actions[] = {"confirmation", "update", "reminder", "offer", "welcome", "feedback"};
    static const char *const languages[] = {"EN_US", "EN_GB", "DE", "FR", "ES_ES", "PT_BR", "SV", "IT",
                                            "NL", "PL", "ES_MX", "JA"};
    ResourceStore &store = state->store(WhatsappTemplateApi::storeKey());
    const QString feed = WhatsappTemplateApi::feedTemplate();
    int n = 0;
    for (const char *subject : subjects) {
        for (const char *action : actions) {
            for (int v = 0; v < 4; ++v, ++n) {
                const QString name = QStringLiteral("%1_%2%3").arg(QLatin1String(subject), QLatin1String(action),
                                                                    v ? QStringLiteral("_v%1").arg(v + 1) : QString());
                const QString language = QLatin1String(languages[(n + n / 12) % 12]);
                const int kind = n % 9;
                QString category = kind == 8 ? QStringLiteral("AUTHENTICATION")
                    : (QLatin1String(action) == QLatin1String("offer") || QLatin1String(action) == QLatin1String("welcome"))
                        ? QStringLiteral("MARKETING") : QStringLiteral("UTILITY");
                QJsonArray components;
                const QString subj = QLatin1String(subject);
                if (kind == 8) {
                    components << QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                              {QStringLiteral("addSecurityRecommendation"), true}}
                               << QJsonObject{{QStringLiteral("type"), QStringLiteral("FOOTER")},
                                              {QStringLiteral("codeExpirationMinutes"), 10}}
                               << buttons(QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("OTP")},
                                                                 {QStringLiteral("otpType"), QStringLiteral("COPY_CODE")},
                                                                 {QStringLiteral("text"), QStringLiteral("Copy code")}}});
                } else if (kind == 7) {
                    category = QStringLiteral("MARKETING");
                    QJsonArray cards;
                    for (int c = 0; c < 3; ++c)
                        cards << QJsonObject{{QStringLiteral("components"), QJsonArray{
                            mediaHeader(QStringLiteral("IMAGE"), QStringLiteral("https://cdn.acme-retail.example/%1/card%2.png").arg(subj).arg(c + 1)),
                            body(QStringLiteral("Pick %1 number %2 for {{1}}.").arg(subj).arg(c + 1), {QStringLiteral("Anna")}),
                            buttons(QJsonArray{quickReply(QStringLiteral("Tell me more")),
                                               urlButton(QStringLiteral("Shop now"), QStringLiteral("https://shop.acme-retail.example/"))})}}};
                    components << body(QStringLiteral("Hello {{1}}, see this week's %1 picks below.").arg(subj), {QStringLiteral("Anna")})
                               << QJsonObject{{QStringLiteral("type"), QStringLiteral("CAROUSEL")}, {QStringLiteral("cards"), cards}};
                } else {
                    if (kind == 1 || kind == 4)
                        components << mediaHeader(kind == 1 ? QStringLiteral("IMAGE") : QStringLiteral("DOCUMENT"),
                                                  QStringLiteral("https://cdn.acme-retail.example/%1/%2.%3").arg(subj, QLatin1String(action),
                                                      kind == 1 ? QStringLiteral("png") : QStringLiteral("pdf")));
                    else if (kind == 2)
                        components << QJsonObject{{QStringLiteral("type"), QStringLiteral("HEADER")}, {QStringLiteral("format"), QStringLiteral("TEXT")},
                                                  {QStringLiteral("text"), QStringLiteral("Your %1 {{1}}").arg(subj)}, {QStringLiteral("example"), QStringLiteral("#4711")}};
                    else if (kind == 5)
                        components << QJsonObject{{QStringLiteral("type"), QStringLiteral("HEADER")}, {QStringLiteral("format"), QStringLiteral("LOCATION")}};
                    components << body(QStringLiteral("Hi {{1}}, this is your %1 %2. Reference {{2}} is ready for you.")
                                           .arg(subj, QLatin1String(action)), {QStringLiteral("Anna"), QStringLiteral("AC-%1").arg(1000 + n)});
                    if (kind % 2 == 0)
                        components << QJsonObject{{QStringLiteral("type"), QStringLiteral("FOOTER")},
                                                  {QStringLiteral("text"), QStringLiteral("Reply STOP to opt out")}};
                    if (kind != 3)
                        components << buttons(QJsonArray{quickReply(QStringLiteral("Yes, thanks")), quickReply(QStringLiteral("Not now"))});
                }
                const QJsonObject details{{QStringLiteral("components"), components}};
                QJsonObject t{{QStringLiteral("name"), name}, {QStringLiteral("language"), language},
                              {QStringLiteral("category"), category}, {QStringLiteral("analytics"), QJsonArray()}};
                const QString id = WhatsappTemplateApi::key(name, language);
                store.put(id, t);
                GenericApi::addActivity(state, feed, WhatsappTemplateApi::storeKey(), id, QStringLiteral("CREATED"), QString(), QStringLiteral("Seed"));
                const int fate = (n * 5 + v) % 12;
                if (fate < 7) {
                    t.insert(QStringLiteral("state"), QStringLiteral("APPROVED"));
                    t.insert(QStringLiteral("details"), details);
                    t.insert(QStringLiteral("whatsappId"), QString::number(900000000000000LL + n * 7919));
                    t.insert(QStringLiteral("qualityScore"), fate == 6 ? QStringLiteral("QUALITY_SCORE_YELLOW") : QStringLiteral("QUALITY_SCORE_GREEN"));
                    GenericApi::addActivity(state, feed, WhatsappTemplateApi::storeKey(), id, QStringLiteral("IN_PROGRESS"));
                    if (fate == 2)
                        GenericApi::addActivity(state, feed, WhatsappTemplateApi::storeKey(), id, QStringLiteral("COMMENT_ADDED"),
                                                QStringLiteral("Approved after the footer was shortened."), QStringLiteral("Sinch support"));
                } else if (fate == 7) {
                    t.insert(QStringLiteral("state"), QStringLiteral("PAUSED"));
                    t.insert(QStringLiteral("details"), details);
                    t.insert(QStringLiteral("qualityScore"), QStringLiteral("QUALITY_SCORE_RED"));
                } else if (fate == 8) {
                    t.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("REJECTED")}, {QStringLiteral("details"), details}});
                    t.insert(QStringLiteral("rejectionCode"), n % 2 ? QStringLiteral("INCORRECT_CATEGORY") : QStringLiteral("INVALID_FORMAT"));
                    GenericApi::addActivity(state, feed, WhatsappTemplateApi::storeKey(), id, QStringLiteral("IN_PROGRESS"));
                    GenericApi::addActivity(state, feed, WhatsappTemplateApi::storeKey(), id, QStringLiteral("REJECTED"),
                                            QStringLiteral("Rejected by the reviewer."), QStringLiteral("Reviewer"));
                } else if (fate == 9) {
                    t.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("IN_PROGRESS")}, {QStringLiteral("details"), details}});
                    GenericApi::addActivity(state, feed, WhatsappTemplateApi::storeKey(), id, QStringLiteral("IN_PROGRESS"));
                } else if (fate == 10) {
                    t.insert(QStringLiteral("state"), QStringLiteral("APPROVED"));
                    t.insert(QStringLiteral("details"), details);
                    t.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("DRAFT")}, {QStringLiteral("details"), details}});
                    GenericApi::addActivity(state, feed, WhatsappTemplateApi::storeKey(), id, QStringLiteral("EDITED"));
                } else {
                    t.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("DRAFT")}, {QStringLiteral("details"), details}});
                    GenericApi::addActivity(state, feed, WhatsappTemplateApi::storeKey(), id, QStringLiteral("DRAFT"));
                }
                store.put(id, t);
            }
        }
    }
}

void SeedData::trialProject(SandboxState *state)
{
    // A WhatsApp business at its trial template limit (approved templates, one name each).
    ResourceStore &store = state->store(WhatsappTemplateApi::storeKey());
    static const struct { const char *name; const char *text; } kTemplates[] = {
        {"trial_welcome", "Welcome to Acme Trial, {{1}}! Reply HELP for help."},
        {"trial_order_update", "Hi {{1}}, your order {{2}} has shipped."},
        {"trial_reminder", "Hi {{1}}, your appointment is tomorrow at {{2}}."}};
    int n = 0;
    for (const auto &t : kTemplates) {
        if (n >= state->limits().trialTemplateLimit)
            break;
        QStringList examples{QStringLiteral("Anna")};
        if (QByteArray(t.text).contains("{{2}}"))
            examples << QStringLiteral("A-%1").arg(100 + n);
        const QJsonObject details{{QStringLiteral("components"), QJsonArray{body(QLatin1String(t.text), examples)}}};
        const QString name = QLatin1String(t.name);
        const QString id = WhatsappTemplateApi::key(name, QStringLiteral("EN_US"));
        store.put(id, QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("language"), QStringLiteral("EN_US")},
                                  {QStringLiteral("category"), QStringLiteral("UTILITY")}, {QStringLiteral("analytics"), QJsonArray()},
                                  {QStringLiteral("state"), QStringLiteral("APPROVED")}, {QStringLiteral("details"), details},
                                  {QStringLiteral("whatsappId"), QString::number(910000000000000LL + n)},
                                  {QStringLiteral("qualityScore"), QStringLiteral("QUALITY_SCORE_GREEN")}});
        GenericApi::addActivity(state, WhatsappTemplateApi::feedTemplate(), WhatsappTemplateApi::storeKey(), id,
                                QStringLiteral("CREATED"), QString(), QStringLiteral("Seed"));
        ++n;
    }
}

void SeedData::viaApi(SandboxState *state)
{
    // KakaoTalk senders and their templates.
    static const char *const kakaoBrands[] = {"acme_shop", "acme_bank", "acme_travel"};
    for (const char *brand : kakaoBrands) {
        QJsonObject in = requestExample("KakaotalkSendersController_createSender_v1", "full");
        in.insert(QStringLiteral("plusFriendId"), QLatin1Char('@') + QLatin1String(brand));
        const QJsonObject sender = call(state, "KakaotalkSendersController_createSender_v1", {}, in);
        const QString pf = sender.value(QLatin1String("plusFriendId")).toString(sender.value(QLatin1String("id")).toString());
        if (pf.isEmpty())
            continue;
        for (int i = 0; i < 3; ++i) {
            QJsonObject t = requestExample("KakaotalkTemplatesController_createTemplate_v1", i ? "minimal" : "full");
            QJsonObject details = t.value(QLatin1String("details")).toObject();
            if (details.contains(QLatin1String("name")))
                details.insert(QStringLiteral("name"), QStringLiteral("%1 notice %2").arg(QLatin1String(brand)).arg(i + 1));
            t.insert(QStringLiteral("details"), details);
            call(state, "KakaotalkTemplatesController_createTemplate_v1", {{QStringLiteral("plusFriendId"), pf}}, t);
        }
    }

    // RCS senders in several countries and states.
    QString upscaleSender;
    static const struct { const char *name; const char *countries[2]; bool launch; } rcs[] = {
        {"Acme Retail", {"GB", "FR"}, true}, {"Acme Bank", {"US", nullptr}, true},
        {"Acme Travel", {"ES", "DE"}, false}, {"Acme Energy", {"SE", nullptr}, false}};
    for (const auto &r : rcs) {
        QJsonObject in = requestExample("RcsSendersController_createSender_v1", "input");
        QJsonObject details = in.value(QLatin1String("details")).toObject();
        QJsonObject brand = details.value(QLatin1String("brand")).toObject();
        brand.insert(QStringLiteral("name"), QLatin1String(r.name));
        details.insert(QStringLiteral("brand"), brand);
        QJsonArray countries;
        for (const char *c : r.countries)
            if (c)
                countries << QLatin1String(c);
        details.insert(QStringLiteral("countries"), countries);
        QJsonObject q = details.value(QLatin1String("questionnaire")).toObject();
        for (const char *c : r.countries)
            if (c && !q.contains(QString::fromLatin1(c).toLower()))
                q.insert(QString::fromLatin1(c).toLower(), QJsonObject{{QStringLiteral("answers"), QJsonObject{{QStringLiteral("seeded"), true}}}});
        details.insert(QStringLiteral("questionnaire"), q);
        in.insert(QStringLiteral("details"), details);
        const QJsonObject sender = RcsSenderApi::newSender(state, in);
        if (r.launch) {
            call(state, "SendersController_launchSender_v1", {{QStringLiteral("senderId"), sender.value(QLatin1String("id")).toString()}}, QJsonObject());
            if (upscaleSender.isEmpty())
                upscaleSender = sender.value(QLatin1String("id")).toString();
        }
    }

    // WhatsApp senders, upscales and bundles from the contract's own request examples.
    // The embedded-signup sender is registered and verified (ACTIVE); the other one waits
    // for its verification (PENDING_VERIFICATION).
    const QString waSender = call(state, "SendersController_createSender_v1", {}, requestExample("SendersController_createSender_v1", "es"))
                                 .value(QLatin1String("id")).toString();
    call(state, "SendersController_register_v1", {{QStringLiteral("senderId"), waSender}}, QJsonObject{{QStringLiteral("method"), QStringLiteral("SMS")}});
    call(state, "SendersController_verify_v1", {{QStringLiteral("senderId"), waSender}}, QJsonObject{{QStringLiteral("code"), QStringLiteral("123456")}});
    call(state, "SendersController_createSender_v1", {}, requestExample("SendersController_createSender_v1", "obo"));
    QJsonObject upscale = requestExample("UpscalesController_createUpscale_v1", "numeric");
    QJsonObject upDetails = upscale.value(QLatin1String("details")).toObject();
    upDetails.insert(QStringLiteral("rcs"), QJsonObject{{QStringLiteral("senderId"), upscaleSender}});
    upscale.insert(QStringLiteral("details"), upDetails);
    upscale.insert(QStringLiteral("countryCode"), QStringLiteral("GB"));
    call(state, "UpscalesController_createUpscale_v1", {}, upscale);
    call(state, "AccountsController_createComment_v1", {}, QJsonObject{{QStringLiteral("comment"), QStringLiteral("Welcome to the sandbox project.")}});
}

} // namespace sinch::sandbox
