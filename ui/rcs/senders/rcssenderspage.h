#pragma once

#include "rcs/wizard/rcssenderwizard.h"
#include "resourcelistpage.h"
#include "pagetoolbar.h"

#include <QPointer>

class QAction;
class QToolBar;

namespace sinch {
class DraftStore;
class ProjectStore;
}

namespace sinch::ui {

class ConversationAppPicker;
class MessageBox;
class RcsLaunchPanel;
class RcsSenderDetail;
class RcsTestNumbersPanel;

// The RCS senders of a project: the list, the chosen sender in words (RcsSenderDetail, the
// token masked) beside its activity, and New (Ctrl+N) and Edit (Enter, double-click) that
// open the RcsSenderWizard. The raw JSON tab is left out: it would show the token.
class RcsSendersPage : public ResourceListPage
{
    Q_OBJECT

public:
    RcsSendersPage(const Area &area, ApiClient *client, MessageBox *box, QWidget *parent = nullptr);
    ~RcsSendersPage() override;
    // Where the wizard keeps what is typed until it is sent.
    void setDrafts(DraftStore *drafts) { m_drafts = drafts; }
    // Where "Send test…" keeps the numbers it sent to (none: not kept).
    void setTestRecipients(ProjectStore *store) { m_recipients = store; }

    RcsSenderDetail *senderDetail() const { return m_detail; }
    RcsSenderWizard *wizard() const { return m_wizard; }
    RcsTestNumbersPanel *testNumbersPanel() const { return m_testNumbers; }
    RcsLaunchPanel *launchPanel() const { return m_launch; }
    QToolBar *toolBar() const { return m_toolBar; }
    ConversationAppPicker *appFilter() const { return m_appFilter; }

public slots:
    void newSender();
    void editCurrent();
    // A test message from the chosen sender (through its Conversation app).
    void sendTest();

protected:
    void itemShown(const QJsonObject &item) override;
    void modelChanged() override;
    void addQuery(ApiRequest &request) const override;
    void clearOwnFilters() override;

private:
    void openWizard(const QJsonObject &sender);
    // The test devices and launch tabs work in one project: made again when it changes.
    void makePanels();
    // A sender changed by one tab (a number added, launched): every tab shows it.
    void senderChanged(const QJsonObject &sender);
    void updateActions();

    QPointer<ApiClient> m_client;
    MessageBox *m_box;
    DraftStore *m_drafts = nullptr;
    RcsSenderDetail *m_detail;
    PageToolBar *m_toolBar;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_sendTest;
    ProjectStore *m_recipients = nullptr;
    QPointer<RcsSenderWizard> m_wizard;
    RcsTestNumbersPanel *m_testNumbers = nullptr;
    RcsLaunchPanel *m_launch = nullptr;
    QString m_panelsProject;
    ConversationAppPicker *m_appFilter = nullptr;
    QString m_appFilterId;
    QString m_appsProject;
};

} // namespace sinch::ui
