#pragma once

#include "api/apirequest.h"

#include <QJsonObject>
#include <QPointer>
#include <QString>

namespace sinch {

class ApiClient;
class ApiJob;

// The WhatsApp multi-partner solutions of one project as typed calls. Create answers with
// every solution of the project (WhatsappSolutionListDto); assign answers 204, after which
// the project onboards through the solution's Embedded Signup.
class WhatsappSolutionService
{
public:
    WhatsappSolutionService(ApiClient *client, QString projectKey);

    bool isConnected() const;
    static ApiRequest listRequest();
    ApiJob *list() const;
    // WhatsappSolutionInputDto: details.name, the Embedded Signup's accessToken and the
    // business manager.
    ApiJob *create(const QString &name, const QString &accessToken, const QString &businessManager) const;
    ApiJob *get(const QString &solutionId) const;
    ApiJob *assign(const QString &solutionId) const;

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
