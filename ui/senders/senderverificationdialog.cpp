#include "senderverificationdialog.h"


#include "api/apijob.h"
#include "api/apiresult.h"
#include "messagebar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sinch::ui {

SenderVerificationDialog::SenderVerificationDialog(const SenderChannel &channel, const QJsonObject &sender,
                                                   bool codeRequested, QWidget *parent)
    : QDialog(parent)
    , m_channel(channel)
    , m_sender(sender)
    , m_requested(codeRequested)
    , m_intro(new QLabel)
    , m_send(new QPushButton)
    , m_code(new QLineEdit)
    , m_verify(new QPushButton(tr("&Verify")))
    , m_bar(new MessageBar(this))
{
    const bool wa = channel.channel() == SenderChannel::Channel::Whatsapp;
    const QString phone = SenderNextStep::phoneOf(channel.channel(), sender);
    setObjectName(QStringLiteral("senderVerification"));
    setWindowTitle(tr("Verify %1").arg(channel.titleOf(sender)));
    setAccessibleName(tr("Sender verification"));

    m_intro->setWordWrap(true);
    m_intro->setText(wa ? tr("1. Meta sends a 6-digit code to %1. 2. Type it below to verify the number.").arg(phone)
                        : tr("1. Kakao sends a token to the admin phone %1. 2. Type it below to verify the sender.").arg(phone));
    m_bar->setObjectName(QStringLiteral("verificationMessage"));
    m_bar->setAccessibleName(tr("Verification message"));
    m_bar->hide();

    auto *form = new QFormLayout;
    const QStringList methods = channel.registrationMethods();
    if (!methods.isEmpty()) {
        m_method = new QComboBox;
        m_method->setObjectName(QStringLiteral("registrationMethod"));
        m_method->setAccessibleName(tr("Send the code by"));
        for (const QString &m : methods)
            m_method->addItem(m == QLatin1String("VOICE") ? tr("Voice call") : m, m);
        auto *row = new QHBoxLayout;
        row->addWidget(m_method, 1);
        row->addWidget(m_send);
        auto *label = new QLabel(tr("Send the code &by:"));
        label->setBuddy(m_method);
        form->addRow(label, row);
    } else {
        form->addRow(QString(), m_send);
    }
    m_send->setObjectName(QStringLiteral("requestCode"));
    m_send->setText(wa ? tr("&Send code") : tr("&Send token"));
    m_send->setAccessibleName(wa ? tr("Send code") : tr("Send token"));
    m_send->setAutoDefault(false);

    m_code->setObjectName(QStringLiteral("verificationCode"));
    m_code->setAccessibleName(wa ? tr("Verification code") : tr("Verification token"));
    m_code->setPlaceholderText(wa ? tr("6 digits") : tr("the token's digits"));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    mono.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    m_code->setFont(mono);
    m_verify->setObjectName(QStringLiteral("verify"));
    m_verify->setAccessibleName(tr("Verify"));
    m_verify->setDefault(true);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_verify);
    auto *codeLabel = new QLabel(wa ? tr("&Code:") : tr("&Token:"));
    codeLabel->setBuddy(m_code);
    form->addRow(codeLabel, codeRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_bar);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_send, &QPushButton::clicked, this, &SenderVerificationDialog::requestCode);
    connect(m_verify, &QPushButton::clicked, this, &SenderVerificationDialog::verify);
    connect(m_code, &QLineEdit::textEdited, this, &SenderVerificationDialog::codeEdited);
    connect(m_code, &QLineEdit::returnPressed, this, &SenderVerificationDialog::verify);
    setTabOrder(m_method ? static_cast<QWidget *>(m_method) : m_send, m_send);
    setTabOrder(m_send, m_code);
    setTabOrder(m_code, m_verify);
    updateButtons();
    resize(520, 260);
    if (m_requested)
        m_code->setFocus();
    else
        (m_method ? static_cast<QWidget *>(m_method) : m_send)->setFocus();
}

SenderVerificationDialog::~SenderVerificationDialog() = default;

QString SenderVerificationDialog::messageText() const
{
    return m_bar->isVisibleTo(this) ? m_bar->text() : QString();
}

void SenderVerificationDialog::codeEdited(const QString &text)
{
    // Pasted codes come as "123 456" or "123-456": only the digits count.
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    if (const int n = m_channel.codeLength(); n > 0)
        digits.truncate(n);
    if (digits != text) {
        const int cursor = qMin(m_code->cursorPosition(), int(digits.size()));
        m_code->setText(digits);
        m_code->setCursorPosition(cursor);
    }
    updateButtons();
}

void SenderVerificationDialog::updateButtons()
{
    const bool busy = !m_job.isNull();
    const int n = m_channel.codeLength();
    const int typed = int(m_code->text().size());
    const bool complete = n > 0 ? typed == n : typed > 0;
    m_verify->setEnabled(!busy && complete);
    m_send->setEnabled(!busy);
    if (busy)
        m_verify->setToolTip(tr("Waiting for the server's answer…"));
    else if (!complete)
        m_verify->setToolTip(n > 0 ? tr("Type all %1 digits of the %2 first (%3 typed).").arg(n).arg(m_channel.codeName()).arg(typed)
                                   : tr("Type the %1 first.").arg(m_channel.codeName()));
    else
        m_verify->setToolTip(tr("Check the %1 (Enter)").arg(m_channel.codeName()));
    m_send->setToolTip(busy ? tr("Waiting for the server's answer…")
                            : (m_requested ? tr("Send a new %1 (the last one stops working)").arg(m_channel.codeName())
                                           : tr("Ask for the %1").arg(m_channel.codeName())));
}

void SenderVerificationDialog::requestCode()
{
    if (m_job)
        return;
    const QString method = m_method ? m_method->currentData().toString() : QString();
    m_job = m_channel.registerSender(m_channel.idOf(m_sender), method);
    m_bar->showMessage(MessageBar::Level::Info, tr("Asking for a %1…").arg(m_channel.codeName()));
    connect(m_job, &ApiJob::finished, this, [this, method](const ApiResult &result) {
        m_job = nullptr;
        if (!result.ok()) {
            failed(result);
        } else {
            m_requested = true;
            if (result.json.object().contains(QLatin1String("state")))
                m_sender = result.json.object();
            const QString phone = SenderNextStep::phoneOf(m_channel.channel(), m_sender);
            m_bar->showMessage(MessageBar::Level::Info,
                               method.isEmpty() ? tr("A token is on its way to %1: type it below.").arg(phone)
                                                : tr("A code is on its way to %1 by %2: type it below.")
                                                      .arg(phone, method == QLatin1String("VOICE") ? tr("voice call") : method));
            m_code->clear();
            m_code->setFocus();
            emit codeRequested();
        }
        updateButtons();
    });
    updateButtons();
}

void SenderVerificationDialog::verify()
{
    if (m_job || !m_verify->isEnabled())
        return;
    m_job = m_channel.verify(m_channel.idOf(m_sender), m_code->text());
    m_bar->showMessage(MessageBar::Level::Info, tr("Checking the %1…").arg(m_channel.codeName()));
    connect(m_job, &ApiJob::finished, this, [this](const ApiResult &result) {
        m_job = nullptr;
        if (!result.ok()) {
            failed(result);
            updateButtons();
            return;
        }
        m_bar->showMessage(MessageBar::Level::Info, tr("Verified."));
        emit verified();
        accept();
    });
    updateButtons();
}

void SenderVerificationDialog::failed(const ApiResult &result)
{
    if (result.error.httpStatus == 409 && !m_job) {
        // Refused for the sender's state, which may have changed since this dialog read it
        // (verified elsewhere, a new token asked for): read it again, then explain with it.
        m_job = m_channel.get(m_channel.idOf(m_sender));
        connect(m_job, &ApiJob::finished, this, [this, result](const ApiResult &fresh) {
            m_job = nullptr;
            if (fresh.ok())
                m_sender = fresh.json.object();
            explain(result);
            if (fresh.ok() && m_sender.value(QLatin1String("state")).toString() == QLatin1String("ACTIVE"))
                emit verified(); // the page shows it so; this dialog stays to say why
            updateButtons();
        });
        updateButtons();
        return;
    }
    explain(result);
}

void SenderVerificationDialog::explain(const ApiResult &result)
{
    const QString meaning = SenderNextStep::verificationProblem(m_channel.channel(), result.error.errorCode, m_sender);
    if (meaning.isEmpty())
        m_bar->showError(result.error);
    else
        m_bar->showMessage(MessageBar::Level::Error, meaning, result.error.details());
    m_bar->setRetryVisible(false);
    m_code->setFocus();
    m_code->selectAll();
}

} // namespace sinch::ui
