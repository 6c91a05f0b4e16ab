#pragma once

#include <QJsonObject>
#include <QPointer>
#include "editing/refusalnotice.h"

#include <QWidget>

class QLineEdit;
class QLabel;
class QPushButton;

namespace sinch {
class ApiClient;
class ApiJob;
struct ApiResult;
}

namespace sinch::ui {

class BundleForm;
class BundleView;
class MessageBar;

// Bundles: a form that creates a bundle (with the new Conversation API app it describes)
// and, beside it, a bundle shown by its ID: the one just created, or one whose ID the
// user enters. The server may still be working on a new bundle; Show reads its state again.
class BundlesPage : public QWidget
{
    Q_OBJECT
public:
    explicit BundlesPage(ApiClient *client, QWidget *parent = nullptr);
    ~BundlesPage() override;

    void setProject(const QString &projectKey);
    QString projectKey() const { return m_projectKey; }
    void refresh();

    QJsonObject shownBundle() const { return m_shown; }
    bool isBusy() const { return !m_job.isNull(); }
    MessageBar *messageBar() const { return m_bar; }
    BundleView *bundleView() const { return m_details; }

public slots:
    void create();
    void showBundle();

private:
    void run(ApiJob *job, bool created);
    void display(const QJsonObject &bundle);

    QPointer<ApiClient> m_client;
    QString m_projectKey;
    MessageBar *m_bar;
    BundleForm *m_form;
    QPushButton *m_create;
    QLineEdit *m_bundleId;
    QPushButton *m_show;
    BundleView *m_details;
    QLabel *m_placeholder; // until a bundle is shown
    QJsonObject m_shown;
    RefusalNotice m_refusal; // the form's problem, in the bar until it is fixed
    // The form has made a bundle as it stands: Create waits for a change, as a second click
    // made a second bundle of the same parts.
    bool m_formUsed = false;
    QPointer<ApiJob> m_job;

    void setFormUsed(bool used);
};

} // namespace sinch::ui
