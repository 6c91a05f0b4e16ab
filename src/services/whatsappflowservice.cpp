#include "whatsappflowservice.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/apirequest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sinch {

WhatsappFlowService::WhatsappFlowService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

ApiJob *WhatsappFlowService::list() const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("FlowsController_listFlows_v1")));
}

QList<WhatsappFlowService::Flow> WhatsappFlowService::flowsIn(const ApiResult &result)
{
    QList<Flow> flows;
    for (const QJsonValue &v : result.json.object().value(QLatin1String("flows")).toArray())
        flows.append({v.toObject().value(QLatin1String("id")).toString(), v.toObject().value(QLatin1String("name")).toString()});
    return flows;
}

} // namespace sinch
