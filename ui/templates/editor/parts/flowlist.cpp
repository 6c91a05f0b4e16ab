#include "flowlist.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/apirequest.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sinch::ui {

FlowList::FlowList(ApiClient *client, const QString &projectKey, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectKey(projectKey)
{
}

void FlowList::request()
{
    if (m_requested || !m_client)
        return;
    m_requested = true;
    ApiJob *job = m_client->call(m_projectKey, ApiRequest(QStringLiteral("FlowsController_listFlows_v1")));
    connect(job, &ApiJob::finished, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            qCInfo(lcUi) << "flows not listed:" << r.error.summary();
            return;
        }
        m_flows.clear();
        for (const QJsonValue &v : r.json.object().value(QLatin1String("flows")).toArray())
            m_flows.append({v.toObject().value(QLatin1String("id")).toString(), v.toObject().value(QLatin1String("name")).toString()});
        emit changed();
    });
}

} // namespace sinch::ui
