#include "sendtestdialog.h"

#include "conversationapppicker.h"

#include "messagebar.h"
#include "messagebox.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "domain/credentialfields.h"
#include "services/conversationmessageservice.h"
#include "storage/projectstore.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sinch::ui {

SendTestDialog::SendTestDialog(const Services &services, const Subject &subject, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_subject(subject)
    , m_app(new ConversationAppPicker(services.client, ConversationAppPicker::Mode::Choose, this))
    , m_to(new QComboBox(this))
    , m_toHint(new QLabel(this))
    , m_bar(new MessageBar(this))
    , m_result(new QLabel(this))
    , m_readBack(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("sendTestDialog"));
    setWindowTitle(tr("Send a test of %1").arg(subject.title));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(subject.templateId.isEmpty()
                                 ? tr("Sends one message through the Conversation API to a phone you can check (before "
                                      "launch: one of the sender's verified test devices). The message is real and may be charged.")
                                 : tr("Sends the approved template once, through the Conversation API, to a phone you "
                                      "can check. The message is real and may be charged."), this);
    intro->setWordWrap(true);

    m_app->setPreferredChannel(subject.channel);
    m_app->setProject(services.projectKey);
    m_to->setObjectName(QStringLiteral("testRecipient"));
    m_to->setAccessibleName(tr("Recipient's phone number"));
    m_to->setEditable(true);
    m_to->setInsertPolicy(QComboBox::NoInsert);
    m_to->lineEdit()->setPlaceholderText(tr("+46 70 123 45 67"));
    const QString projectId = services.client ? services.client->endpoint(services.projectKey).projectId : QString();
    if (services.recipients)
        m_to->addItems(services.recipients->testRecipients(projectId));
    m_to->setCurrentIndex(m_to->count() > 0 ? 0 : -1);
    m_toHint->setObjectName(QStringLiteral("recipientHint"));
    m_toHint->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *templateLabel = new QLabel(subject.title, this);
    templateLabel->setObjectName(QStringLiteral("templateTitle"));
    templateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(subject.templateId.isEmpty() ? tr("Sender:") : tr("Template:"), templateLabel);
    form->addRow(tr("From &app:"), m_app);
    form->addRow(tr("&To:"), m_to);
    form->addRow(QString(), m_toHint);

    if (subject.templateId.isEmpty()) {
        m_text = new QLineEdit(subject.text, this);
        m_text->setObjectName(QStringLiteral("testText"));
        m_text->setAccessibleName(tr("Message text"));
        form->addRow(tr("&Message:"), m_text);
        connect(m_text, &QLineEdit::textChanged, this, &SendTestDialog::updateSend);
    }
    auto *variables = new QGroupBox(tr("Variables"), this);
    variables->setVisible(!subject.templateId.isEmpty());
    auto *variablesForm = new QFormLayout(variables);
    for (const TestMessage::Parameter &p : subject.parameters) {
        auto *edit = new QLineEdit(p.example, variables);
        edit->setObjectName(QStringLiteral("parameter.") + p.key);
        edit->setAccessibleName(tr("Value of %1").arg(p.label));
        variablesForm->addRow(p.label + QLatin1Char(':'), edit);
        m_values << edit;
        connect(edit, &QLineEdit::textChanged, this, &SendTestDialog::updateSend);
    }
    if (subject.parameters.isEmpty())
        variablesForm->addRow(new QLabel(tr("The template has no variables."), variables));

    m_result->setObjectName(QStringLiteral("sendResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_readBack->setObjectName(QStringLiteral("readBack"));
    m_readBack->setAccessibleName(tr("The message as the API returns it"));
    m_readBack->setReadOnly(true);
    m_readBack->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_readBack->setMinimumHeight(140);
    m_readBack->setPlaceholderText(tr("The sent message, read back from the API, shows here."));

    m_send = m_buttons->addButton(tr("&Send…"), QDialogButtonBox::ActionRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, &SendTestDialog::send);
    // Retry does again what failed: the send (asking first, as Send does) or the read-back.
    connect(m_bar, &MessageBar::retryRequested, this, [this] {
        if (m_job)
            return;
        if (m_messageId.isEmpty())
            send();
        else
            readMessage();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_bar);
    layout->addLayout(form);
    layout->addWidget(variables);
    layout->addWidget(m_result);
    layout->addWidget(m_readBack, 1);
    layout->addWidget(m_buttons);
    resize(640, 540);

    connect(m_app, &ConversationAppPicker::appIdChanged, this, &SendTestDialog::updateSend);
    m_app->setAppId(subject.appId);
    connect(m_app, &ConversationAppPicker::appsLoaded, this, [this] {
        // The app asked for, or the first with the template's channel (listed first).
        if (!m_subject.appId.isEmpty())
            m_app->setAppId(m_subject.appId);
        else if (m_app->appId().isEmpty() && !m_app->apps().isEmpty()
            && m_app->apps().first().channels.contains(m_subject.channel))
            m_app->setAppId(m_app->apps().first().id);
        updateSend();
    });
    connect(m_to, &QComboBox::currentTextChanged, this, &SendTestDialog::updateSend);
    setTabOrder(m_app, m_to);
    updateSend();
}

SendTestDialog::~SendTestDialog()
{
    if (m_job) {
        m_job->disconnect(this); // its cancellation is not an answer to show
        m_job->cancel();
    }
}

QString SendTestDialog::number() const
{
    return TestMessage::normalizedNumber(m_to->currentText());
}

QString SendTestDialog::whyNotSendable() const
{
    if (m_job)
        return tr("A test message is on its way.");
    if (m_app->appId().isEmpty())
        return m_app->isLoading() ? tr("The project's apps are being read.") : tr("Choose the app that sends, or type its ID.");
    const ConversationAppService::App app = m_app->app(m_app->appId());
    if (!app.id.isEmpty() && !app.channels.contains(m_subject.channel))
        return tr("%1 has no %2 channel: choose an app that has it.").arg(app.displayName, ConversationAppService::channelName(m_subject.channel));
    if (number().isEmpty())
        return tr("Enter the phone number to send to.");
    if (!TestMessage::isE164(number()))
        return tr("Enter the number in international format: + then the country code and number, e.g. +46 70 123 45 67.");
    for (int i = 0; i < m_values.size(); ++i)
        if (m_values.at(i)->text().trimmed().isEmpty())
            return tr("Give %1 a value.").arg(m_subject.parameters.at(i).label);
    if (m_text && m_text->text().trimmed().isEmpty())
        return tr("Write the message to send.");
    return QString();
}

void SendTestDialog::updateSend()
{
    const QString why = whyNotSendable();
    m_send->setEnabled(why.isEmpty());
    m_send->setToolTip(why.isEmpty() ? tr("Send the template to %1 (asks first)").arg(number()) : why);
    const bool typed = !m_to->currentText().trimmed().isEmpty();
    m_toHint->setText(typed && !TestMessage::isE164(number())
                          ? tr("Not a number in international format yet: + then the country code, e.g. +46 70 123 45 67.")
                          : tr("International format (E.164). Numbers sent to are kept as this project's test recipients."));
}

void SendTestDialog::send()
{
    if (!whyNotSendable().isEmpty() || !m_services.messageBox)
        return;
    m_services.messageBox->confirm(this, tr("Send a test message"),
                                   tr("Send %1 to %2 now? The message is real and may be charged.").arg(m_subject.title, number()),
                                   tr("Send"), this, [this] { sendConfirmed(); });
}

void SendTestDialog::sendConfirmed()
{
    QList<QPair<QString, QString>> values;
    for (int i = 0; i < m_values.size(); ++i)
        values.append({m_subject.parameters.at(i).key, m_values.at(i)->text()});
    const QString to = number();
    const QJsonObject request = m_text ? TestMessage::textRequest(m_app->appId(), m_subject.channel, to, m_text->text())
                                       : TestMessage::sendRequest(m_app->appId(), m_subject.channel, to,
                                                                  m_subject.templateId, m_subject.language, values);
    m_bar->hide();
    m_messageId.clear();
    m_readBack->clear();
    m_result->setText(tr("Sending…"));
    m_job = ConversationMessageService(m_services.client, m_services.projectKey).send(request);
    updateSend();
    connect(m_job, &ApiJob::finished, this, [this, to](const ApiResult &r) {
        m_job.clear();
        if (r.error.isError()) {
            m_result->setText(tr("Not sent."));
            m_bar->showError(r.error);
            updateSend();
            return;
        }
        m_messageId = r.json.object().value(QLatin1String("message_id")).toString();
        m_result->setText(tr("Accepted: message ID %1. Reading it back…").arg(m_messageId));
        if (m_services.recipients) {
            m_services.recipients->addTestRecipient(m_services.client->endpoint(m_services.projectKey).projectId, to);
        }
        emit sent(m_messageId);
        readMessage();
    });
}

void SendTestDialog::readMessage()
{
    m_job = ConversationMessageService(m_services.client, m_services.projectKey).get(m_messageId);
    updateSend();
    connect(m_job, &ApiJob::finished, this, [this](const ApiResult &r) {
        m_job.clear();
        updateSend();
        if (r.error.isError()) {
            m_result->setText(tr("Accepted: message ID %1. It could not be read back.").arg(m_messageId));
            m_bar->showError(r.error);
            return;
        }
        const QJsonObject message = r.json.object();
        const QDateTime accepted = QDateTime::fromString(message.value(QLatin1String("accept_time")).toString(), Qt::ISODateWithMs);
        m_result->setText(accepted.isValid()
                              ? tr("Accepted: message ID %1, at %2.").arg(m_messageId, QLocale().toString(accepted.toLocalTime(), QLocale::ShortFormat))
                              : tr("Accepted: message ID %1.").arg(m_messageId));
        m_readBack->setPlainText(CredentialFields::maskedJsonText(QJsonDocument(message)));
        emit readBack(message);
    });
}

} // namespace sinch::ui
