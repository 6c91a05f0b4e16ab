#include "conversationappservice.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "domain/enumtext.h"

#include <QHash>
#include <QJsonArray>

namespace sinch {

ConversationAppService::ConversationAppService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

ApiJob *ConversationAppService::list() const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("App_ListApps")));
}

ApiJob *ConversationAppService::get(const QString &appId) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("App_GetApp")).path(QStringLiteral("app_id"), appId));
}

QString ConversationAppService::channelName(const QString &channel)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("WHATSAPP"), QStringLiteral("WhatsApp")},
        {QStringLiteral("RCS"), QStringLiteral("RCS")},
        {QStringLiteral("SMS"), QStringLiteral("SMS")},
        {QStringLiteral("MESSENGER"), QStringLiteral("Messenger")},
        {QStringLiteral("VIBER"), QStringLiteral("Viber")},
        {QStringLiteral("VIBERBM"), QStringLiteral("Viber Business Messages")},
        {QStringLiteral("MMS"), QStringLiteral("MMS")},
        {QStringLiteral("INSTAGRAM"), QStringLiteral("Instagram")},
        {QStringLiteral("TELEGRAM"), QStringLiteral("Telegram")},
        {QStringLiteral("KAKAOTALK"), QStringLiteral("KakaoTalk")},
        {QStringLiteral("LINE"), QStringLiteral("LINE")},
        {QStringLiteral("WECHAT"), QStringLiteral("WeChat")}};
    const auto it = names.constFind(channel);
    return it != names.constEnd() ? *it : EnumText::words(channel);
}

QList<ConversationAppService::App> ConversationAppService::apps(const QJsonObject &listAnswer)
{
    QList<App> out;
    for (const QJsonValue &v : listAnswer.value(QLatin1String("apps")).toArray())
        out << app(v.toObject());
    return out;
}

ConversationAppService::App ConversationAppService::app(const QJsonObject &appJson)
{
    App a;
    a.id = appJson.value(QLatin1String("id")).toString();
    a.displayName = appJson.value(QLatin1String("display_name")).toString();
    for (const QJsonValue &c : appJson.value(QLatin1String("channel_credentials")).toArray())
        a.channels << c.toObject().value(QLatin1String("channel")).toString();
    return a;
}

} // namespace sinch
