#include "conversationapi.h"

#include "conversationmessagesapi.h"
#include "genericapi.h"
#include "sandboxstate.h"
#include "schemasampler.h"
#include "seedids.h"

#include "api/operations.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sinch::sandbox {

namespace {

QString handle(const SeedConversationApp &app)
{
    return app.displayName.toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
}

// A number made from the app, for counts and page IDs that stay the same every run.
qint64 figure(const SeedConversationApp &app, const char *what, qint64 modulo)
{
    const QString digits = SeedIds::token(app.id + QLatin1Char('/') + QLatin1String(what), 12);
    qint64 n = 0;
    for (const QChar c : digits)
        n = (n * 31 + c.unicode()) % 1000000007;
    return n % modulo;
}

} // namespace

bool ConversationApi::hasChannel(const QString &appKey, const QString &channel)
{
    // As the app's channel credentials list them (the Conversation API's own view of the
    // app): an app without one answers the contract's "no initialized channel".
    const QString credential = channel == QLatin1String("viber") ? QStringLiteral("VIBERBM") : channel.toUpper();
    return ConversationMessagesApi::channelsOf(appKey).contains(credential);
}

void ConversationApi::connect(QJsonObject *sender, const SeedConversationApp &app, const QString &projectId)
{
    sender->insert(QStringLiteral("conversationApiApp"), app.id);
    sender->insert(QStringLiteral("conversationApiAppDetails"),
                   QJsonObject{{QStringLiteral("id"), app.id}, {QStringLiteral("projectId"), projectId},
                               {QStringLiteral("region"), app.region}});
}

void ConversationApi::disconnect(QJsonObject *sender)
{
    sender->remove(QStringLiteral("conversationApiApp"));
    sender->remove(QStringLiteral("conversationApiAppDetails"));
}

QJsonObject ConversationApi::channel(const SeedConversationApp &app, const QString &channel)
{
    const QString h = handle(app);
    const QString pageId = QString::number(100000000000000LL + figure(app, "page", 899999999999999LL));
    if (channel == QLatin1String("instagram"))
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("ACTIVE")}, {QStringLiteral("id"), pageId},
                           {QStringLiteral("name"), app.displayName}, {QStringLiteral("username"), h},
                           {QStringLiteral("biography"), QStringLiteral("Official %1 account.").arg(app.displayName)},
                           {QStringLiteral("followersCount"), double(1200 + figure(app, "followers", 90000))},
                           {QStringLiteral("followsCount"), double(10 + figure(app, "follows", 300))},
                           {QStringLiteral("mediaCount"), double(20 + figure(app, "media", 800))},
                           {QStringLiteral("profilePictureUrl"), QStringLiteral("https://cdn.acme-retail.example/brands/%1.png").arg(h)},
                           {QStringLiteral("website"), QStringLiteral("https://www.acme-retail.example/")}};
    if (channel == QLatin1String("messenger"))
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("ACTIVE")}, {QStringLiteral("id"), pageId},
                           {QStringLiteral("name"), app.displayName},
                           {QStringLiteral("globalBrandPageName"), QStringLiteral("Acme")}};
    if (channel == QLatin1String("telegram"))
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("ACTIVE")}, {QStringLiteral("name"), app.displayName},
                           {QStringLiteral("username"), h + QStringLiteral("_bot")},
                           {QStringLiteral("canJoinGroups"), true}, {QStringLiteral("canReadAllGroupMessages"), false},
                           {QStringLiteral("supportsInlineQueries"), false}};
    // Viber: the WhatsApp business's bot is still being approved.
    const bool pending = app.key == SeedIds::whatsappAppKey();
    QJsonObject viber{{QStringLiteral("status"), pending ? QStringLiteral("PENDING") : QStringLiteral("ACTIVE")},
                      {QStringLiteral("id"), h}, {QStringLiteral("name"), app.displayName},
                      {QStringLiteral("uri"), h}, {QStringLiteral("category"), QStringLiteral("Companies & Brands")},
                      {QStringLiteral("subcategory"), QStringLiteral("Retail")},
                      {QStringLiteral("country"), app.region == QLatin1String("US") ? QStringLiteral("US") : QStringLiteral("GB")},
                      {QStringLiteral("subscribersCount"), double(figure(app, "subscribers", 50000))}};
    if (pending)
        viber.insert(QStringLiteral("statusDescription"), QStringLiteral("Waiting for Viber to approve the bot."));
    return viber;
}

namespace {
const QString kAddedApps = QStringLiteral("conversation/apps");
}

void ConversationApi::addApp(SandboxState *state, const QString &id, const QString &name, const QString &processingMode)
{
    state->store(kAddedApps).put(id, QJsonObject{{QStringLiteral("id"), id},
                                                 {QStringLiteral("display_name"), name},
                                                 {QStringLiteral("channel_credentials"), QJsonArray()},
                                                 {QStringLiteral("conversation_metadata_report_view"), QStringLiteral("NONE")},
                                                 {QStringLiteral("processing_mode"), processingMode}});
}

QList<QJsonObject> ConversationApi::addedApps(SandboxState *state)
{
    return state->store(kAddedApps).values();
}

QJsonObject ConversationApi::addedApp(SandboxState *state, const QString &id)
{
    return state->store(kAddedApps).get(id);
}

void ConversationApi::install(SandboxState *state)
{
    static const struct { const char *operationId; const char *channel; } kChannels[] = {
        {"InstagramController_get_v1", "instagram"}, {"MessengerController_get_v1", "messenger"},
        {"TelegramController_get_v1", "telegram"}, {"ViberController_get_v1", "viber"}};
    for (const auto &c : kChannels) {
        const QString channelName = QLatin1String(c.channel);
        state->on(QLatin1String(c.operationId), [state, channelName](const RequestContext &ctx) {
            const QString appId = ctx.param(QStringLiteral("conversationAppId"));
            if (!addedApp(state, appId).isEmpty())
                return state->error(ctx, 404, QStringLiteral("conversation_app_no_%1_channel").arg(channelName));
            const QString key = SeedIds::conversationAppKey(state->config().projectId, appId);
            if (!key.isEmpty() && state->config().seed) {
                if (!hasChannel(key, channelName))
                    return state->error(ctx, 404, QStringLiteral("conversation_app_no_%1_channel").arg(channelName));
                return SandboxReply::ok(200, channel(SeedIds::conversationApp(state->config().projectId, key), channelName));
            }
            static const QRegularExpression ulid(QStringLiteral("^[0-9A-Za-z]{26}$"));
            if (!ulid.match(appId).hasMatch())
                return state->error(ctx, 404, QStringLiteral("conversation_app_not_found"));
            const QJsonObject o = GenericApi::templateFor(state, ctx.op, 200);
            return SandboxReply::ok(200, SchemaSampler::conform(o, ctx.op->responseSchema(200)));
        });
    }
}

} // namespace sinch::sandbox
