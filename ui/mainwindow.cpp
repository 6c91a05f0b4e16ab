#include "mainwindow.h"

#include "languagemenu.h"
#include "thememenu.h"
#include "abouttext.h"
#include "storage/uilanguage.h"

#include "actioncollection.h"
#include "mainactions.h"
#include "services/areacatalog.h"
#include "documentpage.h"
#include "icons.h"
#include "areapages.h"
#include "navigationtree.h"
#include "inbox/inboxcontroller.h"
#include "inbox/inboxpage.h"
#include "resourcenavigator.h"
#include "welcomepage.h"
#include "windowkeysfirst.h"
#include "logging.h"
#include "messagebar.h"
#include "messagebox.h"
#include "networkstatus.h"
#include "overviewpage.h"
#include "requestlogwindow.h"
#include "resourcelistpage.h"
#include "shortcutsdialog.h"
#include "documents/documentcontroller.h"
#include "templates/list/documenttab.h"
#include "templates/list/templatespage.h"
#include "templates/catalogue/catalogueexportaction.h"
#include "templates/bulk/templatebulkactions.h"
#include "storage/deletedtemplatelog.h"
#include "quickopen/quickopencontroller.h"
#include "projects/projectactions.h"
#include "transfer/transferactions.h"
#include "projects/projectmanager.h"
#include "readingorder.h"
#include "projects/projectswitcher.h"
#include "projects/projectstatuslabel.h"
#include "api/apiclient.h"
#include "storage/projectstore.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

namespace sinch::ui {

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_projects(new ProjectManager(services.projects, services.credentials, services.client, this))
    , m_actions(new ActionCollection(this))
    , m_box(services.messageBox ? services.messageBox : new MessageBox(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAccessibleName(tr("Sinch Provisioning Console"));
    setWindowIcon(Icons::get(QStringLiteral("sinch-console")));
    setUnifiedTitleAndToolBarOnMac(true);

    if (m_services.settings)
        m_deletedLog = std::make_unique<DeletedTemplateLog>(m_services.settings);
    m_projectActions = new ProjectActions(m_projects, m_services.client, m_box, this);
    connect(m_projectActions, &ProjectActions::projectSaved, this, [this](const Project &project) {
        m_pages->forgetProject(ProjectManager::keyFor(project.id)); // its pages read from scratch with the new settings
        setCurrentProject(project.id);
    });
    connect(m_projectActions, &ProjectActions::projectRemoved, this, [this](const Project &project) {
        m_pages->forgetProject(ProjectManager::keyFor(project.id));
        m_current = QUuid();
    });
    connect(m_projectActions, &ProjectActions::warning, this, [this](const QString &text) {
        warn(text);
    });
    connect(m_projectActions, &ProjectActions::done, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    createActions();
    m_transfer = new TransferActions(this, m_services.client, m_services.drafts, m_box);
    createMenusAndToolBar();
    createNavigation();
    createStatusBar();
    createInbox();

    connect(m_projects, &ProjectManager::projectsChanged, this, &MainWindow::updateProjects);
    connect(m_projects, &ProjectManager::projectReady, this, [this](const QUuid &id) {
        if (id == m_current)
            updateCentral();
    });
    connect(m_projects, &ProjectManager::projectNotReady, this, [this](const QUuid &id, const QString &why) {
        if (id != m_current)
            return;
        warn(why);
        updateCentral();
    });
    connect(m_projects, &ProjectManager::keychainUnavailable, this, [this](const QString &reason) {
        warn(tr("The system keychain is not available, so key secrets are kept only until you quit. %1").arg(reason));
    });
    updateProjects();
    // Smaller, the template editor's three panes do not fit even with the areas' tree hidden (Alt+0).
    setMinimumSize(900, 600);
    resize(1280, 800);
}

void MainWindow::warn(const QString &text)
{
    m_banner->showMessage(MessageBar::Level::Warning, text);
    m_banner->setRetryVisible(false); // nothing to retry: it says what to know
}

MainWindow::~MainWindow()
{
    if (m_requestLog)
        delete m_requestLog;
}

void MainWindow::createActions()
{
    m_commands = new MainActions(m_actions, this,
                                 {[this] { addProject(); }, [this] { editProject(); }, [this] { removeProject(); },
                                  [this] { refresh(); }, [this] { focusFilter(); }, [this] { showQuickOpen(); },
                                  [this] {
                                      if (!m_nav->hasFocus()) {
                                          m_commands->showNavigation->setChecked(true); // F6 finds it hidden too
                                          m_nav->show();
                                          m_nav->setFocus(Qt::ShortcutFocusReason);
                                      } else {
                                          AreaPages::focusFirstField(m_tabs->currentWidget());
                                      }
                                  },
                                  [this] { m_nav->setVisible(m_commands->showNavigation->isChecked()); },
                                  [this] { closeCurrentDocument(); }, [this] { close(); }, [this] { showRequestLog(); },
                                  [this] { showShortcuts(); }, [this] { showAbout(); }});
    // While the person types in a field, the keys of these still reach the window.
    new WindowKeysFirst(this, {m_commands->quickOpen, m_commands->closeTab, m_commands->quit, m_commands->requestLog,
                               m_commands->keyboardShortcuts});
    m_switcher = new ProjectSwitcher(m_actions, this);
    connect(m_switcher, &ProjectSwitcher::chosen, this, &MainWindow::setCurrentProject);
    m_themeMenu = new ThemeMenu(this);
    connect(m_themeMenu, &ThemeMenu::chosen, this, &MainWindow::setTheme);
}

void MainWindow::createMenusAndToolBar()
{
    auto *catalogue = new CatalogueExportAction(m_services.client, [this]() -> CatalogueExportAction::Project {
        const std::optional<Project> project = m_projects->project(m_current);
        if (!project || !m_projects->isReady(m_current))
            return {};
        return {ProjectManager::keyFor(m_current), project->displayName};
    }, this);
    const MainActions::Others others{
        {m_transfer->exportAction(), m_transfer->importAction(), catalogue},
        m_switcher->switchActions(),
        {m_themeMenu, new LanguageMenu(m_services.settings, UiLanguage::available(), m_services.messageBox, this)},
        [this](QToolBar *bar) { m_switcher->addTo(bar); }};
    m_commands->buildToolBar(others);
    m_commands->buildMenus(others);
    catalogue->followMenu(m_commands->fileMenu);
}

void MainWindow::createNavigation()
{
    m_nav = new NavigationTree(this);
    connect(m_nav, &NavigationTree::areaChosen, this, &MainWindow::showArea);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));
    m_pages = new AreaPages(m_stack, m_services.client, m_box, m_projects, m_services.settings, this);
    m_pages->setDrafts(m_services.drafts);
    connect(m_pages, &AreaPages::pageCreated, this, [this](const QString &, QWidget *page) { connectPage(page); });

    m_welcome = new WelcomePage(m_stack);
    connect(m_welcome, &WelcomePage::addProjectRequested, this, &MainWindow::addProject);
    m_stack->addWidget(m_welcome);

    m_banner = new MessageBar(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setAccessibleName(tr("Notice"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_nav);
    // Documents in tabs: the first tab is the current area, each opened document another.
    m_tabs = new QTabWidget(this);
    m_documents = new DocumentController(m_tabs, {m_services.client, m_services.drafts, m_box, m_deletedLog.get(), m_services.projects}, this);
    connect(m_documents, &DocumentController::failed, m_banner, &MessageBar::showError);
    m_documents->setAreaPage(m_stack, tr("Overview"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this]() {
        m_commands->closeTab->setEnabled(qobject_cast<DocumentTab *>(m_tabs->currentWidget()) != nullptr);
    });
    m_commands->closeTab->setEnabled(false);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 1060});
    m_splitter->setChildrenCollapsible(false);

    auto *central = m_central = new ReadingOrderArea(this); // Tab through the page as it reads
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    m_newsBar = new MessageBar(this);
    m_newsBar->setObjectName(QStringLiteral("newsBar"));
    m_newsBar->setAccessibleName(tr("News"));
    m_newsBar->hide();
    layout->addWidget(m_newsBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::createInbox()
{
    m_navigator = new ResourceNavigator({[this](const QUuid &id) { setCurrentProject(id); }, [this] { return m_current; },
                                         [this](const QString &area) { showArea(area); }},
                                        m_pages, m_documents, this);
    m_quickOpen = new QuickOpenController(m_services.client, [this] { return m_projects->readyProjects(); }, this);
    connect(m_quickOpen, &QuickOpenController::activated, m_navigator, &ResourceNavigator::openQuickOpenEntry);
    m_inbox = new InboxController(m_services.client, m_projects, m_services.activities, m_services.settings, nullptr, this);
    m_pages->setInbox(m_inbox);
    m_inbox->notifyIn(windowIcon(), m_newsBar);
    const auto badge = [this](int unread) { m_nav->setBadge(QStringLiteral("inbox"), unread); };
    connect(m_inbox, &InboxController::unreadCountChanged, this, badge);
    badge(m_inbox->unreadCount());
    connect(m_inbox, &InboxController::openRequested, this, &MainWindow::openFeed);
    connect(m_inbox, &InboxController::openInboxRequested, this, [this] { showArea(QStringLiteral("inbox")); });
    connect(m_inbox, &InboxController::quitRequested, this, &QWidget::close);
}

void MainWindow::openFeed(const FeedRef &feed)
{
    m_navigator->openFeed(feed);
}

void MainWindow::createStatusBar()
{
    m_projectStatus = new ProjectStatusLabel(this);
    m_network = new NetworkStatus(m_services.client, this);
    statusBar()->addWidget(m_projectStatus);
    statusBar()->addWidget(m_network, 1);
    connect(m_network, &NetworkStatus::lastErrorClicked, this, &MainWindow::showErrorDetails);
}

QComboBox *MainWindow::projectSwitcher() const
{
    return m_switcher->comboBox();
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget() == m_welcome ? nullptr : m_stack->currentWidget();
}

void MainWindow::showArea(const QString &areaId)
{
    if (AreaCatalog::find(areaId).id.isEmpty())
        return;
    m_area = areaId;
    const Area shown = AreaCatalog::find(areaId);
    m_tabs->setTabText(0, shown.title);
    m_tabs->setTabToolTip(0, shown.group.isEmpty() ? shown.title : shown.group + QLatin1Char(' ') + shown.title);
    m_tabs->setCurrentIndex(0);
    m_nav->showArea(areaId); // in step when shown from code
    updateCentral();
}

void MainWindow::updateCentral()
{
    const bool haveProject = !m_current.isNull() && m_projects->project(m_current).has_value();
    const bool ready = haveProject && m_projects->isReady(m_current);
    // The overview and the inbox cover every project: they show without one.
    const bool overview = m_area == QLatin1String("overview") || m_area == QLatin1String("inbox");
    m_commands->editProject->setEnabled(haveProject && !m_projects->isTransient(m_current));
    m_commands->removeProject->setEnabled(haveProject && !m_projects->isTransient(m_current));
    m_commands->filter->setEnabled(ready || m_area == QLatin1String("inbox"));

    if (!haveProject && !overview) {
        m_welcome->showStart(!m_projects->projects().isEmpty());
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    if (haveProject && !ready && !overview) {
        m_welcome->showNotReady(m_projects->problem(m_current));
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    QWidget *page = m_pages->ensure(m_area.isEmpty() ? QStringLiteral("overview") : m_area);
    const QString key = ready ? ProjectManager::keyFor(m_current) : QString();
    AreaPages::setProject(page, key, m_current);
    m_stack->setCurrentWidget(page);
}

void MainWindow::updateProjects()
{
    const QList<Project> list = m_projects->projects();
    m_switcher->setProjects(list);
    if (!m_current.isNull() && !m_projects->project(m_current))
        m_current = QUuid();
    if (m_current.isNull() && !list.isEmpty()) {
        setCurrentProject(list.first().id);
    } else {
        m_switcher->setCurrent(m_current);
        updateTitle();
        updateCentral();
    }
}

void MainWindow::setCurrentProject(const QUuid &id)
{
    if (!m_projects->project(id))
        return;
    const bool changed = id != m_current;
    m_current = id;
    m_switcher->setCurrent(id);
    if (changed) {
        m_banner->hide();
        if (m_services.projects && !m_projects->isTransient(id))
            m_services.projects->setLastProject(id);
    }
    updateTitle();
    updateCentral();
    m_projects->prepare(id);
    if (changed)
        emit currentProjectChanged(id);
}

void MainWindow::updateTitle()
{
    const auto p = m_projects->project(m_current);
    // The project's name alone: the platform adds the application's name after it (its
    // display name), and did so a second time after a translated one ("Sandbox —
    // Sinch-Provisionierungskonsole — Sinch Provisioning Console").
    setWindowTitle(p ? p->displayName : QString());
    m_projectStatus->showProject(p);
}

void MainWindow::addTransientProject(const Project &project, const QString &secret, bool select)
{
    m_projects->addTransient(project, secret);
    if (select)
        setCurrentProject(project.id);
}

void MainWindow::restore()
{
    QSettings *s = m_services.settings;
    if (s) {
        restoreGeometry(s->value(QStringLiteral("window/geometry")).toByteArray());
        restoreState(s->value(QStringLiteral("window/state")).toByteArray());
        m_splitter->restoreState(s->value(QStringLiteral("window/splitter")).toByteArray());
        m_commands->showNavigation->setChecked(s->value(QStringLiteral("window/navigationShown"), true).toBool());
        m_nav->setVisible(m_commands->showNavigation->isChecked());
        m_actions->restore(*s);
        // Applied, not written back: a write at startup costs a settings file flush (5 ms
        // of the main thread in a fresh home) before the first paint.
        applyTheme(Theme::fromString(s->value(QStringLiteral("ui/theme")).toString()));
    }
    if (m_current.isNull() || !m_projects->isTransient(m_current)) {
        const QUuid last = m_services.projects ? m_services.projects->lastProject() : QUuid();
        if (!last.isNull() && m_projects->project(last))
            setCurrentProject(last);
    }
    QString area = s ? s->value(QStringLiteral("window/area")).toString() : QString();
    if (AreaCatalog::find(area).id.isEmpty())
        area = QStringLiteral("overview");
    showArea(area);
    m_documents->offerDrafts(this);
}

void MainWindow::saveSettings()
{
    QSettings *s = m_services.settings;
    if (!s)
        return;
    s->setValue(QStringLiteral("window/geometry"), saveGeometry());
    s->setValue(QStringLiteral("window/state"), saveState());
    s->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    s->setValue(QStringLiteral("window/navigationShown"), m_commands->showNavigation->isChecked());
    s->setValue(QStringLiteral("window/area"), m_area);
    m_pages->saveState(s);
    s->setValue(QStringLiteral("ui/theme"), Theme::toString(Theme::current()));
    m_actions->save(*s);
}

bool MainWindow::focusNextPrevChild(bool next)
{
    QWidget *before = focusWidget();
    const bool moved = QMainWindow::focusNextPrevChild(next);
    if (moved && m_central->isAncestorOf(focusWidget()) && !(before && m_central->isAncestorOf(before)))
        m_central->enter(next);
    return moved;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!std::exchange(m_quitConfirmed, false) && !m_documents->mayQuit(this, [this] { m_quitConfirmed = true; close(); })) {
        event->ignore();
        return;
    }
    saveSettings();
    if (m_requestLog)
        m_requestLog->close();
    event->accept();
}

void MainWindow::applyTheme(Theme::Mode mode)
{
    Theme::apply(mode);
    m_themeMenu->setCurrent(mode);
}

void MainWindow::setTheme(Theme::Mode mode)
{
    applyTheme(mode);
    if (m_services.settings)
        m_services.settings->setValue(QStringLiteral("ui/theme"), Theme::toString(mode));
}

QWidget *MainWindow::page(const QString &areaId) const
{
    return m_pages->page(areaId);
}

void MainWindow::refresh()
{
    if (!AreaPages::refresh(currentPage()) && !m_current.isNull())
        m_projects->prepare(m_current); // no page: the project itself again (its key secret)
}

void MainWindow::focusFilter()
{
    AreaPages::focusFilter(currentPage());
}

void MainWindow::addProject()
{
    m_projectActions->add();
}

void MainWindow::editProject()
{
    m_projectActions->edit(m_current);
}

void MainWindow::removeProject()
{
    m_projectActions->remove(m_current);
}

void MainWindow::showRequestLog()
{
    RequestLogWindow::showOnly(&m_requestLog, m_services.client->requestLog());
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(m_actions, ShortcutsDialog::onScreen(m_tabs, currentPage()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    m_box->inform(this, MessageBox::Kind::Information, tr("About Sinch Provisioning Console"), AboutText::text());
}

void MainWindow::showErrorDetails(const ApiError &error)
{
    m_box->inform(this, MessageBox::Kind::Warning, tr("Last error"), error.userText(), error.details());
}

void MainWindow::connectPage(QWidget *page)
{
    if (auto *inbox = qobject_cast<InboxPage *>(page))
        connect(inbox, &InboxPage::openRequested, this, &MainWindow::openFeed);
    if (auto *overview = qobject_cast<OverviewPage *>(page))
        connect(overview, &OverviewPage::openRequested, this,
                [this](const QUuid &project, const QString &area, const QString &state) {
                    setCurrentProject(project);
                    showArea(area);
                    if (!state.isEmpty())
                        AreaPages::showOnlyState(currentPage(), state);
                });
    auto *templates = qobject_cast<TemplatesPage *>(page);
    if (!templates)
        return;
    m_documents->attach(templates);
    // Bulk clone's targets: every project that is connected now.
    new TemplateBulkActions(templates, m_services.client, m_box, [this] { return m_projects->readyProjects(); });
    // Its keys appear in Help → Keyboard shortcuts and can be changed like the window's.
    m_actions->adopt(templates->pageActions(), m_services.settings);
}

void MainWindow::setDocumentFactory(DocumentFactory factory)
{
    m_documents->setFactory(std::move(factory));
}

QList<DocumentTab *> MainWindow::documents() const
{
    return m_documents->documents();
}

QuickOpenIndex *MainWindow::quickOpenIndex()
{
    return m_quickOpen->index();
}

QuickOpenDialog *MainWindow::quickOpenDialog() const
{
    return m_quickOpen->dialog();
}

void MainWindow::showQuickOpen()
{
    m_quickOpen->show();
}

void MainWindow::closeCurrentDocument()
{
    if (auto *doc = qobject_cast<DocumentTab *>(m_tabs->currentWidget()))
        m_documents->close(doc);
}

} // namespace sinch::ui
