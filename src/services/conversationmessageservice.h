#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QString>

namespace sinch {

class ApiClient;
class ApiJob;

// Messages of the Conversation API (Messages_SendMessage, Messages_GetMessage): a test
// send of a channel template (TestMessage::sendRequest) and the message read back.
class ConversationMessageService
{
public:
    ConversationMessageService(ApiClient *client, QString projectKey);

    // Never retried on its own: a send that timed out may have been sent.
    ApiJob *send(const QJsonObject &sendRequest) const;
    ApiJob *get(const QString &messageId) const;

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
