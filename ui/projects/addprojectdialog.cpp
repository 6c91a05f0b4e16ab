#include "addprojectdialog.h"

#include "icons.h"

#include "api/contract.h"

#include "services/webhookservice.h"

#include "projectmanager.h"
#include "logging.h"
#include "messagebox.h"
#include "api/apiclient.h"
#include "api/endpoint.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace sinch::ui {

static QString bulletList(const QStringList &items)
{
    QStringList escaped;
    for (const QString &s : items)
        escaped << s.toHtmlEscaped();
    return escaped.join(QStringLiteral("<br>"));
}

AddProjectDialog::AddProjectDialog(ProjectManager *projects, QWidget *parent)
    : QDialog(parent)
    , m_projects(projects)
    , m_name(new QLineEdit(this))
    , m_projectId(new QLineEdit(this))
    , m_keyId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_authMode(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_advancedToggle(new QToolButton(this))
    , m_advanced(new QWidget(this))
    , m_baseUrl(new QLineEdit(m_advanced))
    , m_tokenUrl(new QLineEdit(m_advanced))
    , m_problems(new QLabel(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("addProjectDialog"));
    setWindowTitle(tr("Add project"));
    setAccessibleName(windowTitle());
    m_base.id = QUuid::createUuid();

    m_name->setObjectName(QStringLiteral("displayName"));
    m_name->setAccessibleName(tr("Display name"));
    m_name->setPlaceholderText(tr("e.g. Shop production"));
    m_projectId->setObjectName(QStringLiteral("projectId"));
    m_projectId->setAccessibleName(tr("Project ID"));
    m_projectId->setPlaceholderText(tr("from the Sinch dashboard, Settings → Projects"));
    m_keyId->setObjectName(QStringLiteral("keyId"));
    m_keyId->setAccessibleName(tr("Key ID"));
    m_keyId->setPlaceholderText(tr("access key ID"));
    m_secret->setObjectName(QStringLiteral("keySecret"));
    m_secret->setAccessibleName(tr("Key secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("shown once when the key was created"));
    // A line edit's action shows only its icon: without an icon theme, the console's eye.
    QAction *reveal = m_secret->addAction(Icons::get(QStringLiteral("view-visible")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setText(tr("Show secret"));
    reveal->setToolTip(tr("Show or hide the secret"));
    connect(reveal, &QAction::toggled, this, [this](bool on) {
        m_secret->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_authMode->setObjectName(QStringLiteral("authMode"));
    m_authMode->setAccessibleName(tr("Authentication"));
    m_authMode->addItem(tr("OAuth 2.0 (recommended)"), QVariant::fromValue(int(AuthMode::OAuth2)));
    m_authMode->addItem(tr("Basic"), QVariant::fromValue(int(AuthMode::Basic)));

    // The Conversation API's regions are its contract's servers (EU, US): where the app
    // lists and test sends go, with the same key.
    m_region->setObjectName(QStringLiteral("conversationRegion"));
    m_region->setAccessibleName(tr("Conversation API region"));
    m_region->setToolTip(tr("Where the project's Conversation API apps live: the app lists and test sends go there"));
    setConversationUrl(Project::defaultConversationUrl());
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setText(Project::defaultBaseUrl().toString());
    m_tokenUrl->setObjectName(QStringLiteral("tokenUrl"));
    m_tokenUrl->setAccessibleName(tr("Token URL"));
    m_tokenUrl->setText(Project::defaultTokenUrl().toString());

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Display name:"), m_name);
    form->addRow(tr("&Project ID:"), m_projectId);
    form->addRow(tr("&Key ID:"), m_keyId);
    form->addRow(tr("Key &secret:"), m_secret);
    form->addRow(tr("&Authentication:"), m_authMode);
    form->addRow(tr("Conversation &region:"), m_region);

    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("Ad&vanced"));
    m_advancedToggle->setAccessibleName(tr("Show advanced settings"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    advancedForm->addRow(tr("&Base URL:"), m_baseUrl);
    advancedForm->addRow(tr("&Token URL:"), m_tokenUrl);
    m_advanced->setVisible(false);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool on) {
        m_advanced->setVisible(on);
        m_advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        adjustSize();
    });

    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems with the entered values"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Connection test"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Testing"));

    m_save = m_buttons->addButton(tr("&Test and save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Test and save"));
    m_save->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddProjectDialog::testAndSave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddProjectDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addWidget(m_problems);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    for (QLineEdit *e : {m_name, m_projectId, m_keyId, m_secret, m_baseUrl, m_tokenUrl}) {
        connect(e, &QLineEdit::textEdited, this, [this]() {
            m_touched = true;
            m_status->clear();
            validate();
        });
    }
    connect(m_authMode, &QComboBox::currentIndexChanged, this, &AddProjectDialog::validate);
    const QList<QWidget *> order{m_name, m_projectId, m_keyId, m_secret, m_authMode, m_region, m_advancedToggle, m_baseUrl, m_tokenUrl};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    validate();
}

AddProjectDialog::~AddProjectDialog()
{
    finishTest();
}

void AddProjectDialog::setProject(const Project &project, const QString &currentSecret)
{
    m_editing = true;
    m_base = project;
    m_currentSecret = currentSecret;
    setWindowTitle(tr("Edit project"));
    setAccessibleName(windowTitle());
    m_name->setText(project.displayName);
    m_projectId->setText(project.projectId);
    m_keyId->setText(project.keyId);
    m_secret->clear();
    m_secret->setPlaceholderText(currentSecret.isEmpty() ? tr("enter the key secret")
                                                         : tr("leave empty to keep the current secret"));
    m_authMode->setCurrentIndex(project.authMode == AuthMode::OAuth2 ? 0 : 1);
    m_baseUrl->setText(project.baseUrl.toString());
    m_tokenUrl->setText(project.tokenUrl.toString());
    setConversationUrl(project.conversationUrl);
    const bool customUrls = project.baseUrl != Project::defaultBaseUrl() || project.tokenUrl != Project::defaultTokenUrl();
    m_advancedToggle->setChecked(customUrls);
    validate();
}

Project AddProjectDialog::project() const
{
    Project p = m_base;
    p.displayName = m_name->text().trimmed();
    p.projectId = m_projectId->text().trimmed();
    p.keyId = m_keyId->text().trimmed();
    p.authMode = AuthMode(m_authMode->currentData().toInt());
    p.baseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    if (m_baseUrl->text().trimmed().isEmpty())
        p.baseUrl = QUrl();
    p.tokenUrl = QUrl::fromUserInput(m_tokenUrl->text().trimmed());
    if (m_tokenUrl->text().trimmed().isEmpty())
        p.tokenUrl = QUrl();
    p.conversationUrl = m_region->currentData().toUrl();
    return p;
}

void AddProjectDialog::setConversationUrl(const QUrl &url)
{
    m_region->clear();
    for (const QUrl &server : Contract::conversationServers()) {
        // "eu.conversation.api.sinch.com" is the EU region.
        const QString region = server.host().section(QLatin1Char('.'), 0, 0).toUpper();
        m_region->addItem(tr("%1 (%2)").arg(region, server.host()), server);
    }
    int index = m_region->findData(url);
    if (index < 0 && url.isValid()) {
        // Another host (the sandbox's own port): kept as it is.
        m_region->addItem(tr("Other (%1)").arg(url.toString()), url);
        index = m_region->count() - 1;
    }
    m_region->setCurrentIndex(qMax(0, index));
}

QString AddProjectDialog::secret() const
{
    const QString typed = m_secret->text();
    return typed.isEmpty() ? m_currentSecret : typed;
}

QStringList AddProjectDialog::errors() const
{
    QStringList out = project().errors();
    if (secret().isEmpty())
        out << tr("Enter the key secret.");
    return out;
}

QStringList AddProjectDialog::warnings() const
{
    return project().warnings();
}

QString AddProjectDialog::statusText() const
{
    return m_status->text();
}

void AddProjectDialog::validate()
{
    const QStringList errs = errors();
    const QStringList warns = warnings();
    m_save->setEnabled(errs.isEmpty() && !isTesting());
    QString html;
    if (m_touched && !errs.isEmpty())
        html += QStringLiteral("<p style='color:#c62828'>%1</p>").arg(bulletList(errs));
    if (!warns.isEmpty())
        html += QStringLiteral("<p style='color:#a86b00'>%1</p>").arg(bulletList(warns));
    m_problems->setText(html);
    m_problems->setVisible(!html.isEmpty());
}

void AddProjectDialog::setTesting(bool testing)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_projectId, m_keyId, m_secret, m_authMode, m_region,
                                                       m_baseUrl, m_tokenUrl, m_advancedToggle})
        w->setEnabled(!testing);
    m_busy->setVisible(testing);
    validate();
}

void AddProjectDialog::testAndSave()
{
    if (isTesting() || !m_projects || !m_projects->client())
        return;
    m_touched = true;
    validate();
    if (!errors().isEmpty())
        return;
    const Project p = project();
    ApiClient *client = m_projects->client();
    m_testKey = QStringLiteral("add-project-test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    client->setEndpoint(m_testKey, Endpoint::fromProject(p, secret()));
    m_status->setText(tr("Testing the key with %1…").arg(p.baseUrl.host()));
    qCInfo(lcUi) << "testing project credentials against" << p.baseUrl.host();
    // The fields and Save are off while the key is tested; the keyboard comes back where it
    // was (else it lands on Cancel, and Enter to try again dropped everything typed).
    m_refocus = focusWidget();
    m_job = WebhookService(client, m_testKey).probe();
    connect(m_job, &ApiJob::finished, this, &AddProjectDialog::onTestResult);
    setTesting(true);
}

void AddProjectDialog::finishTest()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job = nullptr;
    }
    if (!m_testKey.isEmpty() && m_projects && m_projects->client())
        m_projects->client()->removeEndpoint(m_testKey);
    m_testKey.clear();
}

void AddProjectDialog::onTestResult(const ApiResult &result)
{
    m_job = nullptr;
    finishTest();
    setTesting(false);
    if (!result.ok()) {
        if (result.error.isCancelled())
            return;
        m_status->setText(QStringLiteral("<span style='color:#c62828'>%1</span>")
                              .arg(result.error.userText().toHtmlEscaped()));
        m_status->setToolTip(result.error.details());
        (m_refocus && m_refocus->isEnabled() ? m_refocus.data() : static_cast<QWidget *>(m_save))->setFocus();
        return;
    }
    const Project p = project();
    m_status->setText(tr("The key works. Saving…"));
    const bool stored = m_projects->save(p, secret(), this, [this, p](const SecretResult &r) {
        emit saved(p, r);
        accept();
    });
    if (!stored) {
        m_status->setText(tr("The project could not be saved: %1").arg(p.errors().join(QLatin1Char(' '))));
    }
}

void AddProjectDialog::reject()
{
    // What the person typed goes only when they say so: Escape is pressed easily.
    if (m_box && m_touched && !m_discardConfirmed) {
        m_box->askToLeave(this, m_editing ? tr("The project") : tr("The new project"), QString(), this, {}, [this] {
            m_discardConfirmed = true;
            reject();
        });
        return;
    }
    finishTest();
    setTesting(false);
    QDialog::reject();
}

} // namespace sinch::ui
