#include "rcsquestionnaireservice.h"

#include "api/apiclient.h"
#include "api/apijob.h"

namespace sinch {

RcsQuestionnaireService::RcsQuestionnaireService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

ApiJob *RcsQuestionnaireService::questions(const QString &useCase, const QStringList &countries) const
{
    ApiRequest request(QStringLiteral("QuestionnaireController_getQuestions_v1"));
    request.path(QStringLiteral("useCase"), useCase);
    for (const QString &country : countries)
        request.arg(QStringLiteral("countries"), country.toUpper());
    return m_client->call(m_projectKey, request);
}

} // namespace sinch
