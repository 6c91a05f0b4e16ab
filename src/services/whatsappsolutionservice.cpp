#include "whatsappsolutionservice.h"

#include "api/apiclient.h"
#include "api/apijob.h"

namespace sinch {

WhatsappSolutionService::WhatsappSolutionService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

bool WhatsappSolutionService::isConnected() const
{
    return m_client != nullptr;
}

ApiRequest WhatsappSolutionService::listRequest()
{
    return ApiRequest(QStringLiteral("SolutionsController_listSolutions_v1"));
}

ApiJob *WhatsappSolutionService::list() const
{
    return m_client->call(m_projectKey, listRequest());
}

ApiJob *WhatsappSolutionService::create(const QString &name, const QString &accessToken, const QString &businessManager) const
{
    const QJsonObject body{{QStringLiteral("details"), QJsonObject{{QStringLiteral("name"), name}}},
                           {QStringLiteral("accessToken"), accessToken},
                           {QStringLiteral("businessManager"), businessManager}};
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("SolutionsController_createSolution_v1")).json(body));
}

ApiJob *WhatsappSolutionService::get(const QString &solutionId) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("SolutionsController_getSolution_v1"))
                                            .path(QStringLiteral("solutionId"), solutionId));
}

ApiJob *WhatsappSolutionService::assign(const QString &solutionId) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("SolutionsController_assignSolution_v1"))
                                            .path(QStringLiteral("solutionId"), solutionId));
}

} // namespace sinch
