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

ApiRequest WhatsappFlowService::listRequest()
{
    return ApiRequest(QStringLiteral("FlowsController_listFlows_v1"));
}

ApiJob *WhatsappFlowService::list() const
{
    return m_client->call(m_projectKey, listRequest());
}

ApiJob *WhatsappFlowService::screens(const QString &flowId) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("FlowsController_listFlowScreens_v1"))
                                            .path(QStringLiteral("flowId"), flowId));
}

QStringList WhatsappFlowService::screensIn(const ApiResult &result)
{
    QStringList ids;
    for (const QJsonValue &v : result.json.object().value(QLatin1String("screens")).toArray())
        ids << v.toObject().value(QLatin1String("id")).toString();
    return ids;
}

QList<WhatsappFlowService::Flow> WhatsappFlowService::flowsIn(const ApiResult &result)
{
    QList<Flow> flows;
    for (const QJsonValue &v : result.json.object().value(QLatin1String("flows")).toArray())
        flows.append({v.toObject().value(QLatin1String("id")).toString(), v.toObject().value(QLatin1String("name")).toString()});
    return flows;
}

} // namespace sinch
