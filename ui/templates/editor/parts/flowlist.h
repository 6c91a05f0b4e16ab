#pragma once

#include "services/whatsappflowservice.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

namespace sinch {
class ApiClient;
}

namespace sinch::ui {

// The project's WhatsApp flows (id, name) for the FLOW button's picker: read once, when
// a form first needs them; changed() tells the picker on screen to fill itself in place.
class FlowList : public QObject
{
    Q_OBJECT
public:
    FlowList(ApiClient *client, const QString &projectKey, QObject *parent = nullptr);

    void request(); // once
    const QList<WhatsappFlowService::Flow> &flows() const { return m_flows; }

signals:
    void changed();

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
    bool m_requested = false;
    QList<WhatsappFlowService::Flow> m_flows;
};

} // namespace sinch::ui
