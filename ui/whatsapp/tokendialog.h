#pragma once

#include "services/whatsappaccountservice.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sinch {
class ApiJob;
struct ApiResult;
}

namespace sinch::ui {

class MessageBar;

// Embedded Signup's helpers in one dialog: the user pastes the access token Meta gave at
// the end of the signup and either exchanges it for a long-lived token (valid 60 days) or
// looks up the WhatsApp Business Accounts it reaches, with their numbers. The long-lived
// token is shown once, read-only, with a Copy button; it is kept in no setting, draft or
// log, and closing the dialog clears it (and the pasted token) from the widgets.
class TokenDialog : public QDialog
{
    Q_OBJECT
public:
    TokenDialog(ApiClient *client, const QString &projectKey, QWidget *parent = nullptr);
    ~TokenDialog() override;

    QString shownToken() const;
    bool isBusy() const { return !m_job.isNull(); }

public slots:
    void createToken();
    void lookUpWabas();
    void copyToken();
    void done(int result) override;

private:
    void start(ApiJob *job, const QString &busyText);
    void onToken(const ApiResult &result);
    void onWabas(const ApiResult &result);
    void updateButtons();
    void forget();
    QString businessManager() const;

    WhatsappAccountService m_service;
    QPointer<ApiJob> m_job;
    MessageBar *m_bar;
    QLineEdit *m_userToken;
    QComboBox *m_manager;
    QPushButton *m_create;
    QPushButton *m_lookUp;
    QLabel *m_busy;
    QWidget *m_tokenBox;
    QLineEdit *m_token;
    QPushButton *m_copy;
    QLabel *m_copied;
    QTreeWidget *m_wabas;
};

} // namespace sinch::ui
