#pragma once

#include "arealistpage.h"

#include <QPointer>

class QLabel;
class QListWidget;

namespace sinch {
class ApiJob;
struct ApiResult;
}

namespace sinch::ui {

// The WhatsApp Flows of the project's WABA (built in WhatsApp Manager): the list with its
// status in words, and beside it the chosen flow with its screens, read when it is chosen
// (a flow button's "navigate" action names one of them).
class FlowsPage : public AreaListPage
{
    Q_OBJECT
public:
    FlowsPage(const Area &area, ApiClient *client, QWidget *parent = nullptr);
    ~FlowsPage() override;

    QListWidget *screensList() const { return m_screens; }
    QString screensState() const;
    bool isLoadingScreens() const { return !m_job.isNull(); }

protected:
    void currentChanged(const QJsonObject &flow) override;

private:
    void onScreens(const ApiResult &result);

    QLabel *m_placeholder;
    QWidget *m_form;
    QLabel *m_name;
    QLabel *m_status;
    QLabel *m_id;
    QListWidget *m_screens;
    QLabel *m_screensState;
    QString m_shownId;
    QPointer<ApiJob> m_job;
};

} // namespace sinch::ui
