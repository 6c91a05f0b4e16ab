#pragma once

#include "domain/testmessage.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sinch {
class ApiClient;
class ApiJob;
class ProjectStore;
}

namespace sinch::ui {

class ConversationAppPicker;
class MessageBar;
class MessageBox;

// "Send test…" of a channel template: the project's app that sends (the picker), the
// number to send to (E.164, the project's test recipients offered), the template's
// variables filled with the editor's examples and editable. Send asks first (MessageBox),
// then messages:send; the accepted message ID is shown, then the message as
// GET messages/{id} returns it. A refusal is shown with everything typed kept.
class SendTestDialog : public QDialog
{
    Q_OBJECT
public:
    struct Subject
    {
        QString channel;     // "WHATSAPP"
        QString templateId;  // the channel's template name (WhatsApp) or code
        QString language;    // the provisioning language code ("EN_US")
        QString title;       // "order_update · EN_US"
        QList<TestMessage::Parameter> parameters;
        // Without a template (an RCS sender): a text message, this one offered.
        QString text;
        QString appId;       // the app to send from (empty: the first with the channel)
    };
    struct Services
    {
        ApiClient *client = nullptr;
        QString projectKey;
        MessageBox *messageBox = nullptr;
        ProjectStore *recipients = nullptr; // where the test recipients are kept (may be null)
    };

    SendTestDialog(const Services &services, const Subject &subject, QWidget *parent = nullptr);
    ~SendTestDialog() override;

    ConversationAppPicker *appPicker() const { return m_app; }
    QComboBox *recipientCombo() const { return m_to; }
    QLineEdit *parameterEdit(int index) const { return m_values.value(index); }
    QLineEdit *textEdit() const { return m_text; }
    QPushButton *sendButton() const { return m_send; }
    QString messageId() const { return m_messageId; }
    QLabel *resultLabel() const { return m_result; }
    QPlainTextEdit *readBackView() const { return m_readBack; }
    MessageBar *messageBar() const { return m_bar; }
    bool isBusy() const { return bool(m_job); }
    // Why Send is off, or empty when it is on.
    QString whyNotSendable() const;

public slots:
    void send();

signals:
    void sent(const QString &messageId);
    void readBack(const QJsonObject &message);

private:
    void updateSend();
    void sendConfirmed();
    void readMessage();
    QString number() const;

    Services m_services;
    Subject m_subject;
    ConversationAppPicker *m_app;
    QComboBox *m_to;
    QLabel *m_toHint;
    QList<QLineEdit *> m_values;
    QLineEdit *m_text = nullptr;
    MessageBar *m_bar;
    QLabel *m_result;
    QPlainTextEdit *m_readBack;
    QPushButton *m_send;
    QDialogButtonBox *m_buttons;
    QPointer<ApiJob> m_job;
    QString m_messageId;
};

} // namespace sinch::ui
