#pragma once

#include <QList>
#include <QPointer>
#include <QString>

namespace sinch {

class ApiClient;
class ApiJob;

// The channels of a Conversation API app as typed calls: what Instagram, Messenger,
// Telegram and Viber say about the app's sender. A 404 answers "this app has no such
// channel" (expected, not an error of the console).
class ConversationChannelService
{
public:
    enum class Channel { Instagram, Messenger, Telegram, Viber };

    // One field of a channel's information, as the contract describes it.
    struct Field {
        QString name;
        QString description;
    };

    ConversationChannelService(ApiClient *client, QString projectKey);

    static QList<Channel> channels();
    // The channel's product name ("Instagram"), the same in every language.
    static QString displayName(Channel channel);
    // The fields of the channel's information in the contract's order (its 200 schema).
    static QList<Field> fields(Channel channel);

    ApiJob *info(Channel channel, const QString &conversationAppId) const;

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
