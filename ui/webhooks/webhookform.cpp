#include "webhookform.h"

#include "editing/fieldbinder.h"
#include "rules/webhookrules.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>

#include <algorithm>

namespace sinch::ui {

WebhookForm::WebhookForm(EditSession *session, FieldBinder *binder, const QString &webhookId, QWidget *parent)
    : FormPart(session, binder, webhookId.isEmpty() ? tr("New webhook") : tr("Webhook"), parent)
    , m_webhookId(webhookId)
{
    if (!webhookId.isEmpty())
        form()->addRow(tr("ID"), fixedValue(QStringLiteral("webhookId"), webhookId, tr("Webhook ID"),
                                            tr("The server's ID of this webhook")));

    m_target = binder->lineEdit(QStringLiteral("target"), tr("Target URL"), tr("https://example.com/sinch/events"));
    m_target->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    form()->addRow(tr("Target &URL"), m_target);

    // The secret is typed masked; the toggle shows it for checking. Copying a masked field
    // is refused by QLineEdit itself.
    m_secret = binder->lineEdit(QStringLiteral("secret"), tr("Secret"),
                                webhookId.isEmpty() ? tr("Signs each event; at least %1 random characters")
                                                          .arg(rules::WebhookRules::kShortSecret)
                                                    : tr("Unchanged (type a new secret to replace it)"));
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_showSecret = new QToolButton;
    m_showSecret->setObjectName(QStringLiteral("showSecret"));
    m_showSecret->setText(tr("Show"));
    m_showSecret->setAccessibleName(tr("Show secret"));
    m_showSecret->setToolTip(tr("Show the secret as plain text"));
    m_showSecret->setCheckable(true);
    connect(m_showSecret, &QToolButton::toggled, this, &WebhookForm::setSecretShown);
    setSecretShown(false);
    auto *secretRow = new QHBoxLayout;
    secretRow->setContentsMargins(0, 0, 0, 0);
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_showSecret);
    // A row of a layout gets no buddy from the form: the label names its field itself.
    auto *secretLabel = new QLabel(tr("&Secret"));
    secretLabel->setBuddy(m_secret);
    form()->addRow(secretLabel, secretRow);
    form()->addRow(QString(), hint(tr("Kept only in this editor: never written to drafts or to the request log.")));

    // The events by the names the webhook's requests carry, ALL first, the rest in
    // alphabetical order (so grouped by channel and resource), not the contract's.
    QStringList triggers = rules::WebhookRules::limits().triggers;
    std::sort(triggers.begin(), triggers.end(), [](const QString &a, const QString &b) {
        const bool aAll = a == rules::WebhookRules::allTriggers(), bAll = b == rules::WebhookRules::allTriggers();
        return aAll != bAll ? aAll : a < b;
    });
    QList<QPair<QString, QString>> items;
    for (const QString &trigger : std::as_const(triggers))
        items.append({trigger, trigger == rules::WebhookRules::allTriggers() ? tr("ALL (every event)") : trigger});
    m_triggers = binder->checkList(QStringLiteral("triggers"), tr("Events"), items);
    // Room for a good part of the contract's 30-odd events without scrolling much.
    m_triggers->setMinimumHeight(m_triggers->fontMetrics().height() * 18);
    form()->addRow(tr("&Events"), m_triggers);
    form()->addRow(QString(), hint(tr("Check the events to be sent (Space toggles the selected one).")));
}

void WebhookForm::setSecretShown(bool shown)
{
    m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    m_showSecret->setText(shown ? tr("Hide") : tr("Show"));
    m_showSecret->setAccessibleName(shown ? tr("Hide secret") : tr("Show secret"));
}

} // namespace sinch::ui
