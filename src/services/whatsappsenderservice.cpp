#include "whatsappsenderservice.h"

#include "api/apiclient.h"
#include "api/apijob.h"

namespace sinch {

WhatsappSenderService::WhatsappSenderService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

bool WhatsappSenderService::isConnected() const
{
    return m_client != nullptr;
}

ApiRequest WhatsappSenderService::listRequest()
{
    return ApiRequest(QStringLiteral("SendersController_listSenders_v1"));
}

ApiJob *WhatsappSenderService::call(const QString &operationId, const QString &senderId, const QJsonObject &body) const
{
    ApiRequest request(operationId);
    request.path(QStringLiteral("senderId"), senderId);
    if (!body.isEmpty())
        request.json(body);
    return m_client->call(m_projectKey, request);
}

ApiJob *WhatsappSenderService::get(const QString &senderId) const
{
    return call(QStringLiteral("SendersController_get_v1"), senderId);
}

ApiJob *WhatsappSenderService::create(const QJsonObject &sender) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("SendersController_createSender_v1")).json(sender));
}

ApiJob *WhatsappSenderService::update(const QString &senderId, const QJsonObject &details, bool submit) const
{
    // The status always travels: the contract's default (DRAFT) is easy to forget.
    const QJsonObject body{{QStringLiteral("status"), submit ? QStringLiteral("SUBMIT") : QStringLiteral("DRAFT")},
                           {QStringLiteral("details"), details}};
    return call(QStringLiteral("SendersController_update_v1"), senderId, body);
}

ApiJob *WhatsappSenderService::registerNumber(const QString &senderId, const QString &method) const
{
    return call(QStringLiteral("SendersController_register_v1"), senderId, QJsonObject{{QStringLiteral("method"), method}});
}

ApiJob *WhatsappSenderService::verify(const QString &senderId, const QString &code) const
{
    // WhatsappSenderInputVerifyDto.code is a string: leading zeros are part of the code.
    return call(QStringLiteral("SendersController_verify_v1"), senderId, QJsonObject{{QStringLiteral("code"), code}});
}

ApiJob *WhatsappSenderService::remove(const QString &senderId) const
{
    return call(QStringLiteral("SendersController_delete_v1"), senderId);
}

ApiJob *WhatsappSenderService::removeChanges(const QString &senderId) const
{
    return call(QStringLiteral("SendersController_deleteChanges_v1"), senderId);
}

} // namespace sinch
