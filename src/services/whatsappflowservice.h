#pragma once

#include "api/apirequest.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

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
    static ApiRequest listRequest();
    ApiJob *list() const;
    static QList<Flow> flowsIn(const ApiResult &result);
    // The screens of a flow (their IDs, which a flow button's navigateScreen names).
    ApiJob *screens(const QString &flowId) const;
    static QStringList screensIn(const ApiResult &result);

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
