#include "conversationchannelservice.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/contract.h"
#include "api/operations.h"
#include "services/conversationappservice.h"

#include <QJsonObject>

namespace sinch {

namespace {

QString operationOf(ConversationChannelService::Channel channel)
{
    using Channel = ConversationChannelService::Channel;
    switch (channel) {
    case Channel::Instagram: return QStringLiteral("InstagramController_get_v1");
    case Channel::Messenger: return QStringLiteral("MessengerController_get_v1");
    case Channel::Telegram: return QStringLiteral("TelegramController_get_v1");
    case Channel::Viber: return QStringLiteral("ViberController_get_v1");
    }
    return QString();
}

} // namespace

ConversationChannelService::ConversationChannelService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

QList<ConversationChannelService::Channel> ConversationChannelService::channels()
{
    return {Channel::Instagram, Channel::Messenger, Channel::Telegram, Channel::Viber};
}

QString ConversationChannelService::displayName(Channel channel)
{
    // The channel's value in the Conversation contract, named where every channel is.
    switch (channel) {
    case Channel::Instagram: return ConversationAppService::channelName(QStringLiteral("INSTAGRAM"));
    case Channel::Messenger: return ConversationAppService::channelName(QStringLiteral("MESSENGER"));
    case Channel::Telegram: return ConversationAppService::channelName(QStringLiteral("TELEGRAM"));
    case Channel::Viber: return ConversationAppService::channelName(QStringLiteral("VIBER"));
    }
    return QString();
}

QList<ConversationChannelService::Field> ConversationChannelService::fields(Channel channel)
{
    QList<Field> out;
    const Operation *op = Operations::instance().find(operationOf(channel));
    if (!op)
        return out;
    const QJsonObject properties = Contract::resolved(op->responseSchema(200)).value(QLatin1String("properties")).toObject();
    // QJsonObject sorts its keys; the contract's order is the order of the JSON text, which
    // is lost, so the status comes first and the rest alphabetically.
    if (properties.contains(QLatin1String("status")))
        out << Field{QStringLiteral("status"), properties.value(QLatin1String("status")).toObject().value(QLatin1String("description")).toString()};
    for (auto it = properties.begin(); it != properties.end(); ++it)
        if (it.key() != QLatin1String("status"))
            out << Field{it.key(), it.value().toObject().value(QLatin1String("description")).toString()};
    return out;
}

ApiJob *ConversationChannelService::info(Channel channel, const QString &conversationAppId) const
{
    return m_client->call(m_projectKey, ApiRequest(operationOf(channel))
                                            .path(QStringLiteral("conversationAppId"), conversationAppId)
                                            .expect(404)); // the app has no such channel
}

} // namespace sinch
