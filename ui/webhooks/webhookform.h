#pragma once

#include "editing/formpart.h"

class QLineEdit;
class QListWidget;
class QToolButton;

namespace sinch::ui {

// The one page of the webhook editor: the target URL, the secret (masked, with a toggle
// that shows it while pressed on) and the events to send, picked from the contract's list
// of triggers. For a webhook on the server it also shows its ID, and the empty secret
// reads as "unchanged" (the server never returns it).
class WebhookForm : public FormPart
{
    Q_OBJECT
public:
    WebhookForm(EditSession *session, FieldBinder *binder, const QString &webhookId, QWidget *parent = nullptr);

    QString structure() const override { return m_webhookId; }

    QLineEdit *targetEdit() const { return m_target; }
    QLineEdit *secretEdit() const { return m_secret; }

private:
    void setSecretShown(bool shown);

    QString m_webhookId;
    QLineEdit *m_target;
    QLineEdit *m_secret;
    QToolButton *m_showSecret;
    QListWidget *m_triggers;
};

} // namespace sinch::ui
