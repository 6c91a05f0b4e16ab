#include "webhookservice.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/apirequest.h"

namespace sinch {

WebhookService::WebhookService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

ApiJob *WebhookService::probe() const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("WebhookController_listWebhooks_v1"))
                                            .arg(QStringLiteral("pageSize"), QStringLiteral("1")));
}

} // namespace sinch
