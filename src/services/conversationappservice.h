#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace sinch {

class ApiClient;
class ApiJob;

// The project's Conversation API apps (App_ListApps, App_GetApp) on the project's regional
// Conversation host, with the same credentials: what an "existing Conversation app ID" of
// the Provisioning API is chosen from.
class ConversationAppService
{
public:
    struct App
    {
        QString id;
        QString displayName;
        QStringList channels; // "WHATSAPP", "RCS" ... in the app's priority order
    };

    ConversationAppService(ApiClient *client, QString projectKey);

    ApiJob *list() const;
    ApiJob *get(const QString &appId) const;

    // The apps of a list answer ({"apps": [...]}), and one app.
    static QList<App> apps(const QJsonObject &listAnswer);
    static App app(const QJsonObject &appJson);
    // A channel of the Conversation contract (its ConversationChannel enum) by its product's
    // name: "VIBERBM" -> "Viber Business Messages", "WHATSAPP" -> "WhatsApp". Names are not
    // translated; a channel a later contract adds is said as EnumText says any value.
    static QString channelName(const QString &channel);

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
