#pragma once

#include "senderchannel.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sinch {
class ApiJob;
struct ApiResult;
}

namespace sinch::ui {

class MessageBar;

// Registers a sender and verifies it with the code that arrives, in one dialog for both
// channels: WhatsApp asks Meta for a 6-digit code by SMS or voice call (the contract's
// registration methods), KakaoTalk asks Kakao to send a token to the admin phone. The
// code is typed (or pasted: spaces and dashes drop out) into one digits-only field; a
// refused code is explained in words (wrong code, too many wrong codes: what happened and
// what to do) and the field keeps it for correcting.
class SenderVerificationDialog : public QDialog
{
    Q_OBJECT
public:
    // `codeRequested`: a code was asked for already (the field is ready at once).
    SenderVerificationDialog(const SenderChannel &channel, const QJsonObject &sender, bool codeRequested,
                             QWidget *parent = nullptr);
    ~SenderVerificationDialog() override;

    QLineEdit *codeEdit() const { return m_code; }
    QString messageText() const;
    bool isBusy() const { return !m_job.isNull(); }

signals:
    // A code was sent (the page's next step turns into "enter the code").
    void codeRequested();
    void verified();

private:
    void requestCode();
    void verify();
    void codeEdited(const QString &text);
    void updateButtons();
    void failed(const ApiResult &result);
    void explain(const ApiResult &result); // what the refusal means for the sender as read

    SenderChannel m_channel;
    QJsonObject m_sender;
    bool m_requested;
    QLabel *m_intro;
    QComboBox *m_method = nullptr;
    QPushButton *m_send;
    QLineEdit *m_code;
    QPushButton *m_verify;
    MessageBar *m_bar;
    QPointer<ApiJob> m_job;
};

} // namespace sinch::ui
