#pragma once

#include <QList>
#include <QPointer>
#include <QString>

namespace sinch {

class ApiClient;
class ApiJob;
struct ApiResult;

// The WhatsApp flows of one project as typed calls.
class WhatsappFlowService
{
public:
    struct Flow {
        QString id;
        QString name;
    };

    WhatsappFlowService(ApiClient *client, QString projectKey);
    ApiJob *list() const;
    static QList<Flow> flowsIn(const ApiResult &result);

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
