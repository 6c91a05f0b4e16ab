#include "conversationmessageservice.h"

#include "api/apiclient.h"
#include "api/apijob.h"

namespace sinch {

ConversationMessageService::ConversationMessageService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

ApiJob *ConversationMessageService::send(const QJsonObject &sendRequest) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("Messages_SendMessage")).json(sendRequest));
}

ApiJob *ConversationMessageService::get(const QString &messageId) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("Messages_GetMessage")).path(QStringLiteral("message_id"), messageId));
}

} // namespace sinch
