#pragma once

#include "api/apiclient.h"

#include "services/area.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace sinch {
class ApiClient;
class ApiJob;
struct ApiResult;
}

namespace sinch::ui {

class ActivityFeedView;
class MessageBar;

// One resource read with a get operation (the WhatsApp account), shown as pretty JSON,
// with the same inline error bar and Retry as the lists.
class DocumentPage : public QWidget
{
    Q_OBJECT
public:
    DocumentPage(const Area &area, ApiClient *client, QWidget *parent = nullptr);
    ~DocumentPage() override;

    void setProject(const QString &projectKey);
    void refresh();

    QPlainTextEdit *textView() const { return m_text; }
    MessageBar *errorBar() const { return m_errorBar; }
    ActivityFeedView *activityView() const { return m_feed; }
    bool isLoading() const { return !m_job.isNull(); }

private:
    void onResult(const ApiResult &result);

    Area m_area;
    QPointer<ApiClient> m_client;
    QString m_projectKey;
    QPointer<ApiJob> m_job;
    MessageBar *m_errorBar;
    QLabel *m_status;
    QPlainTextEdit *m_text;
    ActivityFeedView *m_feed = nullptr;
};

} // namespace sinch::ui
