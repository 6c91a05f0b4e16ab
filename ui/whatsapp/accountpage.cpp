#include "accountpage.h"

#include "domain/credentialfields.h"
#include "accountdetailsview.h"
#include "tokendialog.h"
#include "whatsappwords.h"

#include "activity/activityfeedview.h"
#include "api/apiclient.h"
#include "api/apijob.h"
#include "editing/simpleformeditor.h"
#include "icons.h"
#include "messagebar.h"
#include "messagebox.h"
#include "rules/whatsappaccountrules.h"
#include "services/areacatalog.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {

const QString kName = QStringLiteral("companyLegalName");
const QString kBmId = QStringLiteral("clientBusinessManagerId");
const QString kManager = QStringLiteral("businessManager");

QPushButton *button(const QString &text, const QString &name, const QString &accessibleName, const QString &icon = QString())
{
    auto *b = new QPushButton(icon.isEmpty() ? QIcon() : Icons::get(icon), text);
    b->setObjectName(name);
    b->setAccessibleName(accessibleName);
    return b;
}

bool isRejected(const QJsonObject &account)
{
    return account.value(QLatin1String("state")).toString() == QLatin1String("REJECTED")
        || account.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString() == QLatin1String("REJECTED");
}

} // namespace

AccountPage::AccountPage(const Area &area, ApiClient *client, MessageBox *box, QWidget *parent)
    : QWidget(parent)
    , m_area(area)
    , m_client(client)
    , m_box(box)
    , m_errorBar(new MessageBar(this))
    , m_notice(new MessageBar(this))
    , m_status(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyPage(new QWidget)
    , m_emptyText(new QLabel)
    , m_createButton(button(tr("&Create account…"), QStringLiteral("createAccountButton"), tr("Create account"), QStringLiteral("add")))
    , m_accountPage(new QWidget)
    , m_details(new AccountDetailsView)
    , m_editButton(button(tr("&Edit details…"), QStringLiteral("editAccountButton"), tr("Edit details"), QStringLiteral("edited")))
    , m_analyticsButton(button(tr("Enable template &analytics…"), QStringLiteral("analyticsButton"), tr("Enable template analytics")))
    , m_tokenButton(button(tr("Long-lived access &token…"), QStringLiteral("tokenButton"), tr("Create long-lived access token")))
    , m_jsonButton(button(tr("Show &JSON"), QStringLiteral("jsonButton"), tr("Show JSON")))
    , m_json(new QPlainTextEdit)
    , m_editorPage(new QWidget)
    , m_editorLayout(new QVBoxLayout(m_editorPage))
    , m_feed(new ActivityFeedView(client, nullptr, this))
{
    setObjectName(QStringLiteral("page.") + area.id);
    setAccessibleName(area.group.isEmpty() ? area.title : area.group + QLatin1Char(' ') + area.title);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_notice->setObjectName(QStringLiteral("accountNotice"));
    m_notice->hide();

    // No account yet: what it is, what is needed, and the one thing to do.
    m_emptyText->setObjectName(QStringLiteral("emptyAccountText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_createButton->setToolTip(tr("Enter the company's legal name and Meta Business Manager ID for Meta's review"));
    auto *empty = new QVBoxLayout(m_emptyPage);
    empty->addStretch(1);
    empty->addWidget(m_emptyText);
    empty->addSpacing(12);
    empty->addWidget(m_createButton, 0, Qt::AlignHCenter);
    empty->addStretch(2);

    // The account: its actions over the form of words, the JSON below on request.
    m_jsonButton->setCheckable(true);
    m_jsonButton->setToolTip(tr("Show the account as the server sent it"));
    m_analyticsButton->setToolTip(tr("Ask Meta to collect template insights (sent, delivered, read, clicks)"));
    m_tokenButton->setToolTip(tr("Exchange an Embedded Signup token for a long-lived one, or look up the WABAs it reaches"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_editButton);
    actions->addWidget(m_analyticsButton);
    actions->addWidget(m_tokenButton);
    actions->addStretch(1);
    actions->addWidget(m_jsonButton);
    m_json->setObjectName(QStringLiteral("documentView"));
    m_json->setReadOnly(true);
    m_json->setAccessibleName(tr("Account as JSON"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->hide();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_details);
    auto *accountLayout = new QVBoxLayout(m_accountPage);
    accountLayout->setContentsMargins(0, 0, 0, 0);
    accountLayout->addLayout(actions);
    accountLayout->addWidget(scroll, 2);
    accountLayout->addWidget(m_json, 1);
    m_editorLayout->setContentsMargins(0, 0, 0, 0);

    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_accountPage);
    m_stack->addWidget(m_editorPage);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("documentSplitter"));
    split->addWidget(m_stack);
    split->addWidget(m_feed);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_notice);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_errorBar, &MessageBar::retryRequested, this, &AccountPage::refresh);
    connect(m_createButton, &QPushButton::clicked, this, &AccountPage::createAccount);
    connect(m_editButton, &QPushButton::clicked, this, &AccountPage::editAccount);
    connect(m_analyticsButton, &QPushButton::clicked, this, &AccountPage::enableAnalytics);
    connect(m_tokenButton, &QPushButton::clicked, this, &AccountPage::openTokenDialog);
    connect(m_jsonButton, &QPushButton::toggled, this, [this](bool on) {
        m_json->setVisible(on);
        m_jsonButton->setText(on ? tr("Hide &JSON") : tr("Show &JSON"));
        m_jsonButton->setAccessibleName(on ? tr("Hide JSON") : tr("Show JSON"));
    });
    showEmpty(tr("Choose a project first."));
    m_createButton->hide();
    updateActions();
}

AccountPage::~AccountPage()
{
    for (ApiJob *job : {m_job.data(), m_action.data()})
        if (job)
            job->cancel();
}

SimpleFormEditor *AccountPage::editor() const
{
    return m_editor;
}

TokenDialog *AccountPage::tokenDialog() const
{
    return m_tokenDialog;
}

void AccountPage::setProject(const QString &projectKey)
{
    if (projectKey == m_projectKey && (hasAccount() || m_job))
        return;
    m_projectKey = projectKey;
    m_account = QJsonObject();
    closeEditor();
    refresh();
    m_feed->setFeed(AreaCatalog::feedOf(m_area, projectKey), tr("Choose a project to see its activity."));
}

void AccountPage::refresh()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    m_errorBar->hide();
    if (!m_client || m_projectKey.isEmpty()) {
        m_status->clear();
        showEmpty(tr("Choose a project first."));
        m_createButton->hide();
        return;
    }
    m_status->setText(tr("Loading…"));
    m_feed->refresh();
    m_job = WhatsappAccountService(m_client, m_projectKey).get();
    connect(m_job, &ApiJob::finished, this, &AccountPage::onLoaded);
    updateActions();
}

void AccountPage::onLoaded(const ApiResult &result)
{
    m_job = nullptr;
    if (result.error.isCancelled())
        return;
    if (result.ok()) {
        m_status->setText(tr("As of %1").arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)));
        showAccount(result.json.object());
    } else if (WhatsappAccountService::isMissingAccount(result)) {
        m_status->clear();
        m_account = QJsonObject();
        showEmpty(m_area.emptyText);
    } else {
        m_status->clear();
        m_errorBar->showError(result.error);
        if (!hasAccount()) { // nothing read yet: say so where the account would be
            showEmpty(tr("The account could not be read. See the message above."));
            m_createButton->hide(); // whether there is one is not known
        }
    }
    updateActions();
}

void AccountPage::showAccount(const QJsonObject &account)
{
    m_account = account;
    m_details->setAccount(account);
    m_json->setPlainText(CredentialFields::maskedJsonText(QJsonDocument(account)));
    if (!m_editor)
        m_stack->setCurrentWidget(m_accountPage);
}

void AccountPage::showEmpty(const QString &text)
{
    m_emptyText->setText(text);
    m_createButton->show();
    if (!m_editor)
        m_stack->setCurrentWidget(m_emptyPage);
}

void AccountPage::updateActions()
{
    const bool busy = m_action || m_job || (m_editor && m_editor->isBusy());
    const QString state = m_account.value(QLatin1String("state")).toString();
    const bool rejected = isRejected(m_account);
    m_editButton->setEnabled(rejected && !busy);
    m_editButton->setToolTip(rejected ? tr("Correct the details Meta rejected and send them to review again")
                                      : tr("Meta accepts changes of a rejected account only; this one is: %1")
                                            .arg(WhatsappWords::accountState(state)));
    const bool analyticsOn = m_account.value(QLatin1String("wabaEnabledForInsights")).toBool();
    const bool onboarded = state == QLatin1String("ONBOARDED");
    m_analyticsButton->setEnabled(onboarded && !analyticsOn && !busy);
    m_analyticsButton->setToolTip(analyticsOn ? tr("Template analytics are on already")
                                  : !onboarded ? tr("Meta offers template analytics once the account is onboarded")
                                               : tr("Ask Meta to collect template insights (sent, delivered, read, clicks)"));
    m_createButton->setEnabled(!busy && !m_projectKey.isEmpty());
}

void AccountPage::createAccount()
{
    if (!m_editor)
        openEditor(true);
}

void AccountPage::editAccount()
{
    if (!m_editor && isRejected(m_account))
        openEditor(false);
}

void AccountPage::openEditor(bool creating)
{
    using Rules = rules::WhatsappAccountRules;
    const Rules::Limits &limits = Rules::limits();
    QList<SimpleField> fields{
        {kName, tr("Company &legal name:"), tr("Company legal name"), tr("As Meta's Business Manager shows it"), {}, false,
         tr("Must match the name of the business in Meta Business Manager exactly.")},
        {kBmId, tr("Meta &Business Manager ID:"), tr("Business Manager ID"), tr("e.g. 104857600123456"), {}, false,
         tr("In Meta Business Manager: Business Settings > Business Info.")}};
    QJsonObject doc;
    if (creating) {
        QList<QPair<QString, QJsonValue>> managers{{tr("Let Sinch choose"), QString()}};
        for (const QString &bm : limits.businessManagers)
            managers.append({WhatsappWords::businessManager(bm), bm});
        fields.append({kManager, tr("Sinch business &manager:"), tr("Sinch business manager"), QString(), managers, false,
                       tr("The Sinch business that onboards the account; it cannot be changed later.")});
        doc = QJsonObject{{kName, QString()}, {kBmId, QString()}, {kManager, QString()}};
    } else {
        // The details as they will be: the rejected changes, else the account's own.
        QJsonObject details = m_account.value(QLatin1String("details")).toObject();
        const QJsonObject pending = m_account.value(QLatin1String("changes")).toObject().value(QLatin1String("details")).toObject();
        for (auto it = pending.begin(); it != pending.end(); ++it)
            details.insert(it.key(), it.value());
        doc = QJsonObject{{kName, details.value(kName).toString()}, {kBmId, details.value(kBmId).toString()}};
    }
    const auto mode = creating ? Rules::Mode::Create : Rules::Mode::Update;
    m_editor = new SimpleFormEditor(creating ? tr("New WhatsApp account") : tr("Correct the account's details"), fields, doc,
                                    [mode](const QJsonObject &d) { return Rules::check(d, mode); }, m_editorPage);
    m_editor->setObjectName(QStringLiteral("accountEditor"));
    m_editor->setSaveText(creating ? tr("Create account") : tr("Send to review"),
                          creating ? tr("Create the account; Meta reviews it (Ctrl+S)")
                                   : tr("Send the corrected details to Meta's review (Ctrl+S)"));
    m_editorLayout->addWidget(m_editor);
    connect(m_editor, &SimpleFormEditor::saveRequested, this, &AccountPage::send);
    connect(m_editor, &SimpleFormEditor::busyChanged, this, &AccountPage::updateActions);
    connect(m_editor, &SimpleFormEditor::cancelRequested, this, [this] {
        closeEditor();
        m_stack->setCurrentWidget(hasAccount() ? m_accountPage : m_emptyPage);
    });
    m_stack->setCurrentWidget(m_editorPage);
    m_editor->focusFirstField();
}

void AccountPage::closeEditor()
{
    if (!m_editor)
        return;
    // Called from the editor's own Cancel: hidden now, deleted by the event loop.
    m_editor->hide();
    m_editor->deleteLater();
    m_editor = nullptr;
}

void AccountPage::send(const QJsonObject &document)
{
    if (!m_editor || m_editor->isBusy())
        return;
    WhatsappAccountService service(m_client, m_projectKey);
    const bool creating = !hasAccount();
    ApiJob *job = nullptr;
    if (creating) {
        QJsonObject body = document;
        if (body.value(kManager).toString().isEmpty())
            body.remove(kManager); // "Let Sinch choose"
        job = service.create(body);
    } else {
        const QJsonObject changes = m_editor->changes();
        if (changes.isEmpty()) {
            m_editor->messageBar()->showMessage(MessageBar::Level::Info, tr("Nothing changed: correct a field first."));
            return;
        }
        job = service.update(changes);
    }
    m_editor->track(job, creating ? tr("Creating the account…") : tr("Sending the details…"), [this, creating](const ApiResult &result) {
        closeEditor();
        showAccount(result.json.object());
        m_notice->showMessage(MessageBar::Level::Info,
                              creating ? tr("Account created. Meta reviews the business; its state shows here.")
                                       : tr("Details sent to Meta's review."));
        refresh(); // the review may have moved on already, and the feed has a new entry
    });
}

void AccountPage::enableAnalytics()
{
    if (m_action || !hasAccount())
        return;
    m_box->confirm(this, tr("Enable template analytics"),
                   tr("Ask Meta to collect analytics of this account's templates?\n\nMeta then counts how often each "
                      "template is sent, delivered and read and how often its buttons are clicked; the template list "
                      "shows the numbers. It cannot be turned off here."),
                   tr("Enable"), this, [this] {
                       m_action = WhatsappAccountService(m_client, m_projectKey).enableTemplateAnalytics();
                       m_notice->showMessage(MessageBar::Level::Info, tr("Enabling template analytics…"));
                       updateActions();
                       connect(m_action, &ApiJob::finished, this, [this](const ApiResult &result) {
                           m_action = nullptr;
                           if (result.error.isCancelled())
                               return;
                           if (result.ok()) {
                               m_notice->showMessage(MessageBar::Level::Info,
                                                     tr("Template analytics are enabled: Meta collects them from now on."));
                               refresh();
                           } else {
                               m_notice->hide();
                               m_errorBar->showError(result.error);
                           }
                           updateActions();
                       });
                   });
}

void AccountPage::openTokenDialog()
{
    if (m_tokenDialog) {
        m_tokenDialog->raise();
        m_tokenDialog->activateWindow();
        return;
    }
    m_tokenDialog = new TokenDialog(m_client, m_projectKey, this);
    m_tokenDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_tokenDialog->open();
}

} // namespace sinch::ui
