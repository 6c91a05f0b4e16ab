#include "rcssenderspage.h"

#include "pagetoolbar.h"
#include "rcs/launch/rcslaunchpanel.h"
#include "rcs/testnumbers/rcstestnumberspanel.h"

#include "rcssenderdetail.h"

#include "conversation/conversationapppicker.h"
#include "conversation/sendtestdialog.h"

#include "models/resourcelistmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>

namespace sinch::ui {

RcsSendersPage::RcsSendersPage(const Area &area, ApiClient *client, MessageBox *box, QWidget *parent)
    : ResourceListPage(area, client, parent)
    , m_client(client)
    , m_box(box)
    , m_detail(new RcsSenderDetail)
    , m_toolBar(new PageToolBar(this))
{
    m_new = m_toolBar->addPageAction(QStringLiteral("rcsSenders.new"), tr("&New sender…"), QStringLiteral("add"),
                                     tr("Create an RCS sender in the wizard (Ctrl+N)"));
    PageToolBar::makeNewAction(m_new);
    connect(m_new, &QAction::triggered, this, &RcsSendersPage::newSender);
    m_edit = m_toolBar->addPageAction(QStringLiteral("rcsSenders.edit"), tr("&Edit…"), QStringLiteral("document-edit"), QString());
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    view()->addAction(m_edit);
    connect(m_edit, &QAction::triggered, this, &RcsSendersPage::editCurrent);
    connect(view(), &QTreeView::doubleClicked, this, &RcsSendersPage::editCurrent);

    m_toolBar->setObjectName(QStringLiteral("rcsSendersToolBar"));
    m_toolBar->setAccessibleName(tr("Sender actions"));
    m_sendTest = m_toolBar->addPageAction(QStringLiteral("rcsSenders.sendTest"), tr("Send &test…"), QStringLiteral("mail-send"), QString());
    connect(m_sendTest, &QAction::triggered, this, &RcsSendersPage::sendTest);
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_toolBar);
    actions->addStretch(1);
    pageLayout()->insertLayout(1, actions);

    // The sender in words first, its activity beside; no raw JSON (it holds the token).
    if (QTabWidget *tabs = detailTabs()) {
        const int json = tabs->indexOf(detailView());
        if (json >= 0)
            tabs->removeTab(json);
        tabs->insertTab(0, m_detail, tr("Sender"));
        tabs->setCurrentIndex(0);
    }
    splitter()->setStretchFactor(0, 2);
    splitter()->setStretchFactor(1, 3);

    // The senders of one Conversation app, chosen by name (the contract's
    // filterConversationApiAppId); the chosen sender's app in words.
    m_appFilter = new ConversationAppPicker(client, ConversationAppPicker::Mode::Filter, this);
    m_appFilter->setPreferredChannel(QStringLiteral("RCS"));
    filterRow()->insertWidget(1, m_appFilter);
    connect(m_appFilter, &ConversationAppPicker::appIdChanged, this, [this](const QString &id) {
        if (id == m_appFilterId)
            return; // the list of apps was read again; the choice stands
        m_appFilterId = id;
        reloadModel();
    });
    m_detail->setAppDescriber([this](const QString &id) {
        const ConversationAppService::App app = m_appFilter->app(id);
        return app.id.isEmpty() ? QString() : ConversationAppPicker::describe(app);
    });
    connect(m_appFilter, &ConversationAppPicker::appsLoaded, this, [this] { m_detail->setSender(m_detail->sender()); });
    updateActions();
}

void RcsSendersPage::addQuery(ApiRequest &request) const
{
    if (!m_appFilterId.isEmpty())
        request.arg(QStringLiteral("filterConversationApiAppId"), m_appFilterId);
}

void RcsSendersPage::clearOwnFilters()
{
    m_appFilterId.clear(); // first: the picker's change then asks for no reading of its own
    m_appFilter->setAppId(QString());
}

RcsSendersPage::~RcsSendersPage() = default;

void RcsSendersPage::itemShown(const QJsonObject &item)
{
    m_detail->setSender(item);
    if (m_testNumbers)
        m_testNumbers->setSender(item);
    if (m_launch)
        m_launch->setSender(item);
    updateActions();
}

void RcsSendersPage::modelChanged()
{
    ResourceListPage::modelChanged();
    if (m_appFilter && m_appsProject != projectKey()) {
        m_appsProject = projectKey();
        m_appFilterId.clear(); // an app belongs to one project
        m_appFilter->setAppId(QString());
        m_appFilter->setProject(m_appsProject);
    }
    makePanels();
    itemShown(QJsonObject());
}

void RcsSendersPage::makePanels()
{
    if (m_panelsProject == projectKey())
        return;
    QTabWidget *tabs = detailTabs();
    if (!tabs)
        return;
    m_panelsProject = projectKey();
    for (QWidget *old : {static_cast<QWidget *>(m_testNumbers), static_cast<QWidget *>(m_launch)}) {
        if (!old)
            continue;
        tabs->removeTab(tabs->indexOf(old));
        old->hide();
        old->deleteLater(); // not inside one of its own signals: a project switch asked for it
    }
    m_testNumbers = nullptr;
    m_launch = nullptr;
    if (m_panelsProject.isEmpty())
        return;
    m_testNumbers = new RcsTestNumbersPanel(m_client, m_panelsProject, m_box);
    m_launch = new RcsLaunchPanel(m_client, m_panelsProject, m_box, nullptr);
    tabs->insertTab(tabs->indexOf(m_detail) + 1, m_testNumbers, tr("&Test devices"));
    tabs->insertTab(tabs->indexOf(m_testNumbers) + 1, m_launch, tr("&Launch"));
    connect(m_testNumbers, &RcsTestNumbersPanel::senderChanged, this, &RcsSendersPage::senderChanged);
    connect(m_launch, &RcsLaunchPanel::senderChanged, this, &RcsSendersPage::senderChanged);
    // A missing launch requirement opens the wizard at its field.
    connect(m_launch, &RcsLaunchPanel::fieldRequested, this, [this](const QString &path) {
        openWizard(m_detail->sender());
        if (m_wizard)
            m_wizard->goTo(path);
    });
}

void RcsSendersPage::senderChanged(const QJsonObject &sender)
{
    if (sender.value(QLatin1String("id")) != m_detail->sender().value(QLatin1String("id")))
        return; // an answer about a sender no longer shown
    m_detail->setSender(sender);
    if (model())
        model()->updateItem(sender); // its state in the list too, as the launch moves it on
    if (m_testNumbers && sender != m_testNumbers->sender())
        m_testNumbers->setSender(sender);
    if (m_launch && sender != m_launch->sender())
        m_launch->setSender(sender);
}

void RcsSendersPage::updateActions()
{
    const bool project = !projectKey().isEmpty();
    m_new->setEnabled(project && !m_wizard);
    m_new->setToolTip(!project ? tr("Choose a project first.")
                               : m_wizard ? tr("The wizard is open.") : tr("Create an RCS sender in the wizard (Ctrl+N)"));
    const bool chosen = !m_detail->sender().isEmpty();
    m_edit->setEnabled(chosen && !m_wizard);
    m_edit->setToolTip(!chosen ? tr("Choose a sender in the list first.")
                               : m_wizard ? tr("The wizard is open.") : tr("Edit the chosen sender in the wizard (Enter)"));
    const bool connected = !m_detail->sender().value(QLatin1String("conversationApiAppDetails")).toObject()
                                .value(QLatin1String("id")).toString().isEmpty();
    m_sendTest->setEnabled(connected);
    m_sendTest->setToolTip(!chosen ? tr("Choose a sender in the list first.")
                           : !connected ? tr("The sender is not connected to a Conversation app yet.")
                                        : tr("Send a message from the chosen sender to a phone (asks first)"));
}

void RcsSendersPage::sendTest()
{
    const QJsonObject sender = m_detail->sender();
    SendTestDialog::Subject subject;
    subject.channel = QStringLiteral("RCS");
    subject.appId = sender.value(QLatin1String("conversationApiAppDetails")).toObject().value(QLatin1String("id")).toString();
    const QString brand = sender.value(QLatin1String("details")).toObject().value(QLatin1String("brand")).toObject()
                              .value(QLatin1String("name")).toString();
    subject.title = brand.isEmpty() ? sender.value(QLatin1String("id")).toString() : brand;
    subject.text = tr("A test message from %1.").arg(subject.title);
    auto *dialog = new SendTestDialog({m_client, projectKey(), m_box, m_recipients}, subject, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RcsSendersPage::newSender()
{
    openWizard(QJsonObject());
}

void RcsSendersPage::editCurrent()
{
    if (m_edit->isEnabled())
        openWizard(m_detail->sender());
}

void RcsSendersPage::openWizard(const QJsonObject &sender)
{
    if (m_wizard) {
        m_wizard->raise();
        return;
    }
    m_wizard = new RcsSenderWizard(m_client, projectKey(), sender, m_box, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->keepDrafts(m_drafts);
    connect(m_wizard, &RcsSenderWizard::saved, this, [this](const QJsonObject &saved) {
        // The saved sender chosen in the list (a new one once the list is read again for
        // it), with the details the server returned.
        const bool listed = selectItem(saved);
        m_detail->setSender(saved);
        if (listed && model())
            model()->refresh();
    });
    connect(m_wizard, &QDialog::finished, this, [this] {
        m_wizard.clear(); // it deletes itself on close
        updateActions();
    });
    m_wizard->open();
    updateActions();
}

} // namespace sinch::ui
