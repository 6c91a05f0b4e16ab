#include "webhookservice.h"

#include "api/apiclient.h"
#include "api/apijob.h"

namespace sinch {

namespace {
const QString kId = QStringLiteral("webhookId");
const QLatin1String kInputFields[] = {QLatin1String("target"), QLatin1String("secret"), QLatin1String("triggers")};
}

WebhookService::WebhookService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

ApiJob *WebhookService::probe() const
{
    return m_client->call(m_projectKey, ApiRequest(listRequest()).arg(QStringLiteral("pageSize"), QStringLiteral("1")));
}

ApiRequest WebhookService::listRequest()
{
    return ApiRequest(QStringLiteral("WebhookController_listWebhooks_v1"));
}

ApiJob *WebhookService::get(const QString &id) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("WebhookController_getWebhook_v1")).path(kId, id));
}

QJsonObject WebhookService::inputBody(const QJsonObject &webhook)
{
    // The server's copy (id, projectId) must not travel back: the input schema has three fields.
    QJsonObject body;
    for (const QLatin1String &field : kInputFields)
        if (webhook.contains(field))
            body.insert(field, webhook.value(field));
    return body;
}

ApiJob *WebhookService::create(const QJsonObject &webhook) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("WebhookController_createWebhook_v1")).json(inputBody(webhook)));
}

ApiJob *WebhookService::replace(const QString &id, const QJsonObject &webhook) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("WebhookController_replaceWebhook_v1"))
                                            .path(kId, id).json(inputBody(webhook)));
}

ApiJob *WebhookService::update(const QString &id, const QJsonObject &changes) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("WebhookController_updateWebhook_v1"))
                                            .path(kId, id).json(inputBody(changes)));
}

ApiJob *WebhookService::remove(const QString &id) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("WebhookController_deleteWebhook_v1")).path(kId, id));
}

} // namespace sinch
