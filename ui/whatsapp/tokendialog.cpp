#include "tokendialog.h"

#include "whatsappwords.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "messagebar.h"
#include "rules/whatsappaccountrules.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sinch::ui {

TokenDialog::TokenDialog(ApiClient *client, const QString &projectKey, QWidget *parent)
    : QDialog(parent)
    , m_service(client, projectKey)
    , m_bar(new MessageBar(this))
    , m_userToken(new QLineEdit(this))
    , m_manager(new QComboBox(this))
    , m_create(new QPushButton(tr("Create &long-lived token"), this))
    , m_lookUp(new QPushButton(tr("Look up &WABAs"), this))
    , m_busy(new QLabel(this))
    , m_tokenBox(new QWidget(this))
    , m_token(new QLineEdit(m_tokenBox))
    , m_copy(new QPushButton(tr("&Copy"), m_tokenBox))
    , m_copied(new QLabel(m_tokenBox))
    , m_wabas(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("tokenDialog"));
    setWindowTitle(tr("Long-lived access token"));
    setAccessibleName(tr("Long-lived access token"));

    auto *intro = new QLabel(tr("Paste the user access token Meta returned at the end of Embedded Signup. Exchange it for "
                                "a long-lived token (valid for 60 days), or look up the WhatsApp Business Accounts it "
                                "reaches and their numbers."),
                             this);
    intro->setWordWrap(true);

    m_userToken->setObjectName(QStringLiteral("facebookToken"));
    m_userToken->setAccessibleName(tr("Facebook user access token"));
    m_userToken->setPlaceholderText(tr("EAAG…"));
    m_userToken->setEchoMode(QLineEdit::Password);
    m_userToken->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_manager->setObjectName(QStringLiteral("businessManager"));
    m_manager->setAccessibleName(tr("Business manager"));
    m_manager->addItem(tr("The account's own"), QString());
    for (const QString &bm : rules::WhatsappAccountRules::limits().businessManagers)
        m_manager->addItem(WhatsappWords::businessManager(bm), bm);
    auto *form = new QFormLayout;
    auto *tokenLabel = new QLabel(tr("User access &token:"), this);
    tokenLabel->setBuddy(m_userToken);
    form->addRow(tokenLabel, m_userToken);
    auto *managerLabel = new QLabel(tr("&Business manager:"), this);
    managerLabel->setBuddy(m_manager);
    form->addRow(managerLabel, m_manager);

    m_create->setObjectName(QStringLiteral("createTokenButton"));
    m_create->setAccessibleName(tr("Create long-lived token"));
    m_lookUp->setObjectName(QStringLiteral("lookUpWabasButton"));
    m_lookUp->setAccessibleName(tr("Look up WABAs"));
    m_busy->setForegroundRole(QPalette::PlaceholderText);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_create);
    actions->addWidget(m_lookUp);
    actions->addWidget(m_busy, 1);

    // The token: shown once, selectable and copyable, never editable.
    m_token->setObjectName(QStringLiteral("longLivedToken"));
    m_token->setAccessibleName(tr("Long-lived access token"));
    m_token->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("copyTokenButton"));
    m_copy->setAccessibleName(tr("Copy token"));
    m_copy->setToolTip(tr("Copy the token to the clipboard"));
    m_copied->setForegroundRole(QPalette::PlaceholderText);
    auto *notice = new QLabel(tr("This token is not stored by the console and will not be shown again: copy it now and "
                                 "keep it in a safe place."),
                              m_tokenBox);
    notice->setObjectName(QStringLiteral("tokenNotice"));
    notice->setWordWrap(true);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_copy);
    auto *tokenLayout = new QVBoxLayout(m_tokenBox);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    auto *resultLabel = new QLabel(tr("Long-lived access token:"), m_tokenBox);
    resultLabel->setBuddy(m_token);
    tokenLayout->addWidget(resultLabel);
    tokenLayout->addLayout(tokenRow);
    tokenLayout->addWidget(notice);
    tokenLayout->addWidget(m_copied);
    m_tokenBox->hide();

    m_wabas->setObjectName(QStringLiteral("wabaList"));
    m_wabas->setAccessibleName(tr("WhatsApp Business Accounts"));
    m_wabas->setHeaderLabels({tr("WhatsApp Business Account or number"), tr("ID"), tr("Number")});
    m_wabas->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_wabas->setMinimumHeight(120);
    m_wabas->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &TokenDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_bar);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_tokenBox);
    layout->addWidget(m_wabas, 1);
    layout->addWidget(buttons);
    resize(680, 520);

    connect(m_userToken, &QLineEdit::textChanged, this, &TokenDialog::updateButtons);
    connect(m_create, &QPushButton::clicked, this, &TokenDialog::createToken);
    connect(m_lookUp, &QPushButton::clicked, this, &TokenDialog::lookUpWabas);
    connect(m_copy, &QPushButton::clicked, this, &TokenDialog::copyToken);
    updateButtons();
}

TokenDialog::~TokenDialog()
{
    forget();
    if (m_job)
        m_job->cancel();
}

QString TokenDialog::shownToken() const
{
    return m_token->text();
}

QString TokenDialog::businessManager() const
{
    return m_manager->currentData().toString();
}

void TokenDialog::updateButtons()
{
    const bool haveToken = !m_userToken->text().trimmed().isEmpty();
    for (QPushButton *b : {m_create, m_lookUp}) {
        b->setEnabled(haveToken && !isBusy());
        b->setToolTip(!haveToken ? tr("Paste the user access token first")
                                 : isBusy() ? tr("Waiting for the server's answer") : QString());
    }
}

void TokenDialog::start(ApiJob *job, const QString &busyText)
{
    if (m_job)
        m_job->cancel();
    m_bar->dismiss();
    m_busy->setText(busyText);
    m_job = job;
    updateButtons();
}

void TokenDialog::createToken()
{
    if (isBusy() || m_userToken->text().trimmed().isEmpty())
        return;
    // A new exchange replaces the token shown: it is never kept beside another.
    m_token->clear();
    m_tokenBox->hide();
    start(m_service.createLongLivedAccessToken(m_userToken->text().trimmed(), businessManager()), tr("Exchanging the token…"));
    connect(m_job, &ApiJob::finished, this, &TokenDialog::onToken);
}

void TokenDialog::lookUpWabas()
{
    if (isBusy() || m_userToken->text().trimmed().isEmpty())
        return;
    start(m_service.listWabaDetails(m_userToken->text().trimmed(), businessManager()), tr("Looking up the WABAs…"));
    connect(m_job, &ApiJob::finished, this, &TokenDialog::onWabas);
}

void TokenDialog::onToken(const ApiResult &result)
{
    m_job = nullptr;
    m_busy->clear();
    updateButtons();
    if (result.error.isCancelled())
        return;
    const QString token = WhatsappAccountService::tokenIn(result);
    if (!result.ok() || token.isEmpty()) {
        m_bar->showError(result.error);
        return;
    }
    m_token->setText(token);
    m_token->setCursorPosition(0);
    m_copied->clear();
    m_tokenBox->show();
    m_copy->setFocus(Qt::OtherFocusReason);
}

void TokenDialog::onWabas(const ApiResult &result)
{
    m_job = nullptr;
    m_busy->clear();
    updateButtons();
    if (result.error.isCancelled())
        return;
    if (!result.ok()) {
        m_bar->showError(result.error);
        return;
    }
    m_wabas->clear();
    const QJsonArray wabas = result.json.object().value(QLatin1String("wabas")).toArray();
    for (const QJsonValue &v : wabas) {
        const QJsonObject waba = v.toObject();
        auto *item = new QTreeWidgetItem(m_wabas, {waba.value(QLatin1String("name")).toString(),
                                                   waba.value(QLatin1String("id")).toString()});
        const QJsonArray numbers = waba.value(QLatin1String("numbers")).toArray();
        for (const QJsonValue &n : numbers) {
            const QJsonObject number = n.toObject();
            new QTreeWidgetItem(item, {number.value(QLatin1String("provisioned")).toBool() ? tr("In use") : tr("Available"),
                                       number.value(QLatin1String("id")).toString(),
                                       number.value(QLatin1String("displayPhoneNumber")).toString()});
        }
        if (numbers.isEmpty())
            (new QTreeWidgetItem(item, {tr("No numbers shared with this account")}))->setFirstColumnSpanned(true);
    }
    m_wabas->expandAll();
    m_wabas->show();
    m_busy->setText(wabas.isEmpty() ? tr("The token reaches no WhatsApp Business Account.")
                                    : tr("%n WhatsApp Business Account(s).", nullptr, int(wabas.size())));
}

void TokenDialog::copyToken()
{
    if (m_token->text().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_token->text());
    m_copied->setText(tr("Copied to the clipboard."));
}

void TokenDialog::forget()
{
    // Also the undo history of the fields: a cleared QLineEdit keeps nothing to undo to.
    m_token->clear();
    m_token->setText(QString());
    m_userToken->clear();
    m_userToken->setText(QString());
}

void TokenDialog::done(int result)
{
    forget();
    m_tokenBox->hide();
    QDialog::done(result);
}

} // namespace sinch::ui
