#include "seedsenders.h"

#include "conversationapi.h"
#include "questionnairequestions.h"
#include "rcssenderapi.h"
#include "sandboxstate.h"
#include "seedids.h"
#include "whatsappapi.h"

#include "api/operations.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sinch::sandbox {

namespace {

const Operation *op(const char *id)
{
    return Operations::instance().find(QString::fromLatin1(id));
}

// Connects a seeded sender to its Conversation API app.
void connect(SandboxState *state, const QString &storeKey, const QString &senderId, const SeedConversationApp &app)
{
    ResourceStore &store = state->store(storeKey);
    QJsonObject sender = store.get(senderId);
    ConversationApi::connect(&sender, app, state->config().projectId);
    store.put(senderId, sender);
}

} // namespace

QJsonObject SeedSenders::requestExample(const char *operationId, const char *example)
{
    const QJsonObject def = op(operationId)->definition();
    const QJsonObject examples = def.value(QLatin1String("requestBody")).toObject()
        .value(QLatin1String("content")).toObject().value(QLatin1String("application/json")).toObject()
        .value(QLatin1String("examples")).toObject();
    return examples.value(QLatin1String(example)).toObject().value(QLatin1String("value")).toObject();
}

QJsonObject SeedSenders::call(SandboxState *state, const char *operationId, const QHash<QString, QString> &params,
                              const QJsonObject &input)
{
    const SandboxReply r = state->handle(op(operationId), params, QUrlQuery(),
                                         QJsonDocument(input).toJson(QJsonDocument::Compact));
    return r.json.toObject();
}

void SeedSenders::load(SandboxState *state)
{
    // KakaoTalk senders and their templates.
    // Named each its own (the contract's example calls every one "Test Name").
    static const std::pair<const char *, const char *> kakaoBrands[] = {
        {"acme_shop", "Acme Shop"}, {"acme_bank", "Acme Bank"}, {"acme_travel", "Acme Travel"}};
    for (const auto &[brand, brandName] : kakaoBrands) {
        QJsonObject in = requestExample("KakaotalkSendersController_createSender_v1", "full");
        in.insert(QStringLiteral("plusFriendId"), QLatin1Char('@') + QLatin1String(brand));
        QJsonObject inDetails = in.value(QLatin1String("details")).toObject();
        if (inDetails.contains(QLatin1String("name"))) {
            inDetails.insert(QStringLiteral("name"), QString::fromUtf8(brandName));
            in.insert(QStringLiteral("details"), inDetails);
        }
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
    // Each brand has its own Conversation API app (SeedIds), in the sender's region.
    static const struct { const char *name; const char *app; const char *countries[2]; bool launch; } rcs[] = {
        {"Acme Retail", "acme-retail", {"GB", "FR"}, true}, {"Acme Bank", "acme-bank", {"US", nullptr}, true},
        {"Acme Travel", "acme-travel", {"ES", "DE"}, false}, {"Acme Energy", "acme-energy", {"SE", nullptr}, false}};
    for (const auto &r : rcs) {
        const SeedConversationApp app = SeedIds::conversationApp(state->config().projectId, QLatin1String(r.app));
        QJsonObject in = requestExample("RcsSendersController_createSender_v1", "input");
        in.insert(QStringLiteral("region"), app.region);
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
        // The example answers every country's questions; the sender answers its own
        // countries' ones, with the questionnaire's first suggestions.
        for (const QString &section : QuestionnaireQuestions::sections())
            if (section != QLatin1String("general") && section != QLatin1String("verification"))
                q.remove(section);
        for (const char *c : r.countries) {
            const QString section = QString::fromLatin1(c).toLower();
            if (!c || !QuestionnaireQuestions::sections().contains(section))
                continue;
            QJsonObject answers;
            const QJsonObject questions = QuestionnaireQuestions::section(section).value(QLatin1String("questions")).toObject();
            for (auto it = questions.begin(); it != questions.end(); ++it) {
                const QJsonArray suggested = it.value().toObject().value(QLatin1String("suggestedAnswers")).toArray();
                if (!suggested.isEmpty())
                    answers.insert(it.key(), suggested.first());
            }
            q.insert(section, QJsonObject{{QStringLiteral("answers"), answers}});
        }
        details.insert(QStringLiteral("questionnaire"), q);
        in.insert(QStringLiteral("details"), details);
        const QJsonObject sender = RcsSenderApi::newSender(state, in);
        connect(state, RcsSenderApi::storeKey(), sender.value(QLatin1String("id")).toString(), app);
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
    connect(state, WhatsappApi::senderStoreKey(), waSender,
            SeedIds::conversationApp(state->config().projectId, SeedIds::whatsappAppKey()));
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
