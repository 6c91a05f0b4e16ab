#pragma once

#include "services/area.h"
#include "services/whatsappaccountservice.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace sinch {
class ApiClient;
class ApiJob;
struct ApiResult;
}

namespace sinch::ui {

class AccountDetailsView;
class ActivityFeedView;
class MessageBar;
class MessageBox;
class SimpleFormEditor;
class TokenDialog;

// The project's WhatsApp account: its state, business manager, WABA and company details as
// a form of words (the JSON on request), its activity beside it, and what can be done with
// it. A project without one sees what to do and Create account, which opens the create
// form; a rejected account's details are corrected in the same form (Meta accepts changes
// of a rejected account only). Template analytics are enabled after a confirmation, and the
// Embedded Signup helpers (long-lived token, WABA lookup) open in a dialog.
class AccountPage : public QWidget
{
    Q_OBJECT
public:
    AccountPage(const Area &area, ApiClient *client, MessageBox *box, QWidget *parent = nullptr);
    ~AccountPage() override;

    void setProject(const QString &projectKey);
    void refresh();

    QJsonObject account() const { return m_account; }
    bool hasAccount() const { return !m_account.isEmpty(); }
    bool isLoading() const { return !m_job.isNull(); }
    MessageBar *errorBar() const { return m_errorBar; }
    MessageBar *noticeBar() const { return m_notice; }
    ActivityFeedView *activityView() const { return m_feed; }
    AccountDetailsView *detailsView() const { return m_details; }
    SimpleFormEditor *editor() const;
    TokenDialog *tokenDialog() const;

public slots:
    void createAccount();
    void editAccount();
    void enableAnalytics();
    void openTokenDialog();

private:
    void onLoaded(const ApiResult &result);
    void showAccount(const QJsonObject &account);
    void showEmpty(const QString &text);
    void openEditor(bool creating);
    void closeEditor();
    void send(const QJsonObject &document);
    void updateActions();

    Area m_area;
    QPointer<ApiClient> m_client;
    MessageBox *m_box;
    QString m_projectKey;
    QJsonObject m_account;
    QPointer<ApiJob> m_job;      // the account being read
    QPointer<ApiJob> m_action;   // enabling analytics (the editor waits for its own sends)
    MessageBar *m_errorBar;
    MessageBar *m_notice;
    QLabel *m_status;
    QStackedWidget *m_stack;
    QWidget *m_emptyPage;
    QLabel *m_emptyText;
    QPushButton *m_createButton;
    QWidget *m_accountPage;
    AccountDetailsView *m_details;
    QPushButton *m_editButton;
    QPushButton *m_analyticsButton;
    QPushButton *m_tokenButton;
    QPushButton *m_jsonButton;
    QPlainTextEdit *m_json;
    QWidget *m_editorPage;
    QVBoxLayout *m_editorLayout;
    QPointer<SimpleFormEditor> m_editor;
    QPointer<TokenDialog> m_tokenDialog;
    ActivityFeedView *m_feed;
};

} // namespace sinch::ui
