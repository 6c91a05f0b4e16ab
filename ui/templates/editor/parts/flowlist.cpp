#include "flowlist.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "services/whatsappflowservice.h"
#include "logging.h"


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
    ApiJob *job = WhatsappFlowService(m_client, m_projectKey).list();
    connect(job, &ApiJob::finished, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            qCInfo(lcUi) << "flows not listed:" << r.error.summary();
            return;
        }
        m_flows = WhatsappFlowService::flowsIn(r);
        emit changed();
    });
}

} // namespace sinch::ui
