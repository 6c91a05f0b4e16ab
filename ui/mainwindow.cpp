#include "mainwindow.h"

#include "actioncollection.h"
#include "areacatalog.h"
#include "documentpage.h"
#include "icons.h"
#include "logging.h"
#include "messagebar.h"
#include "messagebox.h"
#include "networkstatus.h"
#include "overviewpage.h"
#include "requestlogwindow.h"
#include "resourcelistpage.h"
#include "api/apijob.h"
#include "shortcutsdialog.h"
#include "templates/list/documenttab.h"
#include "templates/list/editordocumenttab.h"
#include "templates/list/templatespage.h"
#include "templates/list/templateviewtab.h"
#include "domain/templatedocument.h"
#include "models/templatelistmodel.h"
#include "storage/deletedtemplatelog.h"
#include "quickopen/quickopendialog.h"
#include "quickopen/quickopenindex.h"
#include "storage/draftstore.h"
#include "projects/addprojectdialog.h"
#include "projects/projectmanager.h"
#include "api/apiclient.h"
#include "storage/projectstore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {
constexpr int AreaRole = Qt::UserRole + 1;
}

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
    createActions();
    createToolBar();
    createMenus();
    createNavigation();
    createStatusBar();

    // Templates open in the editor; setDocumentFactory() replaces it (tests, other kinds).
    m_factory = [this](const QString &key, const QJsonObject &document, const QJsonObject &serverTemplate,
                       QWidget *parent) -> DocumentTab * {
        TemplateEditor::Context context{m_services.client, key, m_services.drafts, m_box};
        context.projectTemplates = [this, key]() { return projectTemplates(key); };
        auto *tab = new EditorDocumentTab(context, document, serverTemplate, parent);
        connect(tab, &EditorDocumentTab::saved, this, [this]() {
            if (auto *templates = qobject_cast<TemplatesPage *>(m_pages.value(QStringLiteral("whatsapp.templates"))))
                templates->refresh();
        });
        return tab;
    };

    connect(m_projects, &ProjectManager::projectsChanged, this, &MainWindow::updateProjects);
    connect(m_projects, &ProjectManager::projectReady, this, [this](const QUuid &id) {
        if (id == m_current)
            updateCentral();
    });
    connect(m_projects, &ProjectManager::projectNotReady, this, [this](const QUuid &id, const QString &why) {
        if (id != m_current)
            return;
        m_banner->showMessage(MessageBar::Level::Warning, why);
        m_banner->setRetryVisible(false);
        updateCentral();
    });
    connect(m_projects, &ProjectManager::keychainUnavailable, this, [this](const QString &reason) {
        m_banner->showMessage(MessageBar::Level::Warning,
                              tr("The system keychain is not available, so key secrets are kept only until you quit. %1")
                                  .arg(reason));
        m_banner->setRetryVisible(false);
    });
    updateProjects();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    if (m_requestLog)
        delete m_requestLog;
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QString &icon,
                       QStyle::StandardPixmap fallback) {
        auto *a = new QAction(Icons::get(icon, fallback), text, this);
        a->setObjectName(name);
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        return a;
    };
    m_addProject = make(QStringLiteral("addProject"), tr("&Add project…"), QStringLiteral("list-add"),
                        QStyle::SP_FileDialogNewFolder);
    m_addProject->setToolTip(tr("Add a Sinch project with its access key"));
    m_actions->add(m_addProject, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_addProject, &QAction::triggered, this, &MainWindow::addProject);

    m_editProject = make(QStringLiteral("editProject"), tr("&Edit project…"), QStringLiteral("document-edit"),
                         QStyle::SP_FileDialogDetailedView);
    m_actions->add(m_editProject, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_editProject, &QAction::triggered, this, &MainWindow::editProject);

    m_removeProject = make(QStringLiteral("removeProject"), tr("&Remove project…"), QStringLiteral("list-remove"),
                           QStyle::SP_TrashIcon);
    m_actions->add(m_removeProject, QList<QKeySequence>{});
    connect(m_removeProject, &QAction::triggered, this, &MainWindow::removeProject);

    m_refresh = make(QStringLiteral("refresh"), tr("&Refresh"), QStringLiteral("view-refresh"), QStyle::SP_BrowserReload);
    m_refresh->setToolTip(tr("Load the current view again (F5)"));
    m_actions->add(m_refresh, QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);

    m_filter = make(QStringLiteral("filter"), tr("&Filter the list"), QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView);
    m_actions->add(m_filter, QKeySequence::Find);
    connect(m_filter, &QAction::triggered, this, &MainWindow::focusFilter);

    m_quickOpen = make(QStringLiteral("quickOpen"), tr("&Quick open…"), QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView);
    m_quickOpen->setToolTip(tr("Find any template, sender, flow or webhook of any project by name or ID (Ctrl+K)"));
    m_actions->add(m_quickOpen, QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_quickOpen, &QAction::triggered, this, &MainWindow::showQuickOpen);

    m_focusNav = make(QStringLiteral("focusNavigation"), tr("Switch between &navigation and content"), QString(), QStyle::SP_CustomBase);
    m_actions->add(m_focusNav, QKeySequence(Qt::Key_F6));
    connect(m_focusNav, &QAction::triggered, this, [this]() {
        if (m_nav->hasFocus()) {
            if (QWidget *p = currentPage())
                p->nextInFocusChain()->setFocus(Qt::TabFocusReason);
        } else {
            m_nav->setFocus(Qt::ShortcutFocusReason);
        }
    });

    m_closeTab = make(QStringLiteral("closeTab"), tr("&Close tab"), QStringLiteral("window-close"), QStyle::SP_DialogCloseButton);
    m_closeTab->setToolTip(tr("Close the current document tab (Ctrl+W)"));
    m_actions->add(m_closeTab, QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeTab, &QAction::triggered, this, &MainWindow::closeCurrentDocument);

    m_quit = make(QStringLiteral("quit"), tr("&Quit"), QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton);
    m_quit->setMenuRole(QAction::QuitRole);
    m_actions->add(m_quit, QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_requestLogAction = make(QStringLiteral("requestLog"), tr("&Request log"), QStringLiteral("request-log"),
                              QStyle::SP_FileDialogListView);
    m_actions->add(m_requestLogAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_requestLogAction, &QAction::triggered, this, &MainWindow::showRequestLog);

    m_shortcutsAction = make(QStringLiteral("keyboardShortcuts"), tr("&Keyboard shortcuts"), QString(), QStyle::SP_CustomBase);
    m_actions->add(m_shortcutsAction, QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_aboutAction = make(QStringLiteral("about"), tr("&About Sinch Provisioning Console"), QString(), QStyle::SP_CustomBase);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_actions->add(m_aboutAction, QList<QKeySequence>{});
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    for (int i = 1; i <= 9; ++i) {
        auto *a = make(QStringLiteral("switchProject%1").arg(i), tr("Project %1").arg(i), QString(), QStyle::SP_CustomBase);
        m_actions->add(a, QKeySequence(QStringLiteral("Ctrl+%1").arg(i)));
        connect(a, &QAction::triggered, this, [this, i]() {
            const QList<Project> list = m_projects->projects();
            if (i - 1 < list.size())
                setCurrentProject(list.at(i - 1).id);
        });
        m_switchActions << a;
    }

    m_themeGroup = new QActionGroup(this);
    m_themeGroup->setExclusive(true);
    for (const Theme::Mode mode : {Theme::System, Theme::Light, Theme::Dark}) {
        auto *a = new QAction(Theme::displayName(mode), m_themeGroup);
        a->setObjectName(QStringLiteral("theme.") + Theme::toString(mode));
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this, mode]() { setTheme(mode); });
        m_themeActions.insert(mode, a);
    }
    m_themeActions.value(Theme::current())->setChecked(true);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_closeTab);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *project = menuBar()->addMenu(tr("&Project"));
    project->addAction(m_addProject);
    project->addAction(m_editProject);
    project->addAction(m_removeProject);
    project->addSeparator();
    for (QAction *a : std::as_const(m_switchActions))
        project->addAction(a);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refresh);
    view->addAction(m_quickOpen);
    view->addAction(m_filter);
    view->addAction(m_focusNav);
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->addActions(m_themeGroup->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addAction(m_requestLogAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *label = new QLabel(tr("&Project:"), bar);
    label->setContentsMargins(6, 0, 4, 0);
    m_switcher = new QComboBox(bar);
    m_switcher->setObjectName(QStringLiteral("projectSwitcher"));
    m_switcher->setAccessibleName(tr("Project"));
    m_switcher->setToolTip(tr("Switch project (Ctrl+1 … Ctrl+9)"));
    m_switcher->setMinimumContentsLength(22);
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    label->setBuddy(m_switcher);
    connect(m_switcher, &QComboBox::activated, this, [this](int index) {
        setCurrentProject(QUuid(m_switcher->itemData(index).toString()));
    });
    bar->addWidget(label);
    bar->addWidget(m_switcher);
    bar->addAction(m_addProject);
    bar->addSeparator();
    bar->addAction(m_refresh);
    bar->addSeparator();
    bar->addAction(m_quickOpen);
}

void MainWindow::createNavigation()
{
    m_navModel = new QStandardItemModel(this);
    QHash<QString, QStandardItem *> groups;
    for (const Area &area : AreaCatalog::areas()) {
        const QStyle::StandardPixmap fallback = area.kind == Area::Kind::Overview ? QStyle::SP_ComputerIcon
                                              : area.kind == Area::Kind::Document ? QStyle::SP_FileIcon
                                                                                  : QStyle::SP_FileDialogListView;
        auto *item = new QStandardItem(Icons::get(area.iconName, fallback), area.title);
        item->setData(area.id, AreaRole);
        item->setEditable(false);
        item->setAccessibleText(area.group.isEmpty() ? area.title : area.group + QLatin1Char(' ') + area.title);
        if (area.group.isEmpty()) {
            m_navModel->appendRow(item);
            continue;
        }
        QStandardItem *group = groups.value(area.group);
        if (!group) {
            group = new QStandardItem(area.group);
            group->setEditable(false);
            group->setSelectable(true);
            QFont f = group->font();
            f.setBold(true);
            group->setFont(f);
            groups.insert(area.group, group);
            m_navModel->appendRow(group);
        }
        group->appendRow(item);
    }

    m_nav = new QTreeView(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setModel(m_navModel);
    m_nav->setHeaderHidden(true);
    m_nav->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nav->setUniformRowHeights(true);
    m_nav->setIndentation(14);
    m_nav->expandAll();
    m_nav->setMinimumWidth(180);
    connect(m_nav->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        QString id = index.data(AreaRole).toString();
        if (id.isEmpty() && m_navModel->hasChildren(index))
            id = m_navModel->index(0, 0, index).data(AreaRole).toString();
        if (!id.isEmpty())
            showArea(id);
    });

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));

    m_welcome = new QWidget(m_stack);
    m_welcome->setObjectName(QStringLiteral("page.welcome"));
    m_welcomeText = new QLabel(m_welcome);
    m_welcomeText->setObjectName(QStringLiteral("welcomeText"));
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setAlignment(Qt::AlignCenter);
    m_welcomeText->setAccessibleName(tr("Getting started"));
    m_welcomeAdd = new QPushButton(tr("Add project…"), m_welcome);
    m_welcomeAdd->setAccessibleName(tr("Add project"));
    connect(m_welcomeAdd, &QPushButton::clicked, this, &MainWindow::addProject);
    auto *wl = new QVBoxLayout(m_welcome);
    wl->addStretch(1);
    wl->addWidget(m_welcomeText);
    wl->addWidget(m_welcomeAdd, 0, Qt::AlignHCenter);
    wl->addStretch(2);
    m_stack->addWidget(m_welcome);

    m_banner = new MessageBar(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setAccessibleName(tr("Notice"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_nav);
    // Documents in tabs: the first tab is the current area, each opened document another.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("documentTabs"));
    m_tabs->setAccessibleName(tr("Documents"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->addTab(m_stack, tr("Overview"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    m_tabs->tabBar()->setAccessibleName(tr("Document tabs"));
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *doc = qobject_cast<DocumentTab *>(m_tabs->widget(index)))
            closeDocument(doc);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this]() {
        m_closeTab->setEnabled(qobject_cast<DocumentTab *>(m_tabs->currentWidget()) != nullptr);
    });
    m_closeTab->setEnabled(false);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 1060});
    m_splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_projectStatus = new QLabel(this);
    m_projectStatus->setObjectName(QStringLiteral("projectStatus"));
    m_projectStatus->setAccessibleName(tr("Current project"));
    m_network = new NetworkStatus(m_services.client, this);
    statusBar()->addWidget(m_projectStatus);
    statusBar()->addWidget(m_network, 1);
    connect(m_network, &NetworkStatus::lastErrorClicked, this, &MainWindow::showErrorDetails);
}

QWidget *MainWindow::ensurePage(const QString &areaId)
{
    if (QWidget *p = m_pages.value(areaId))
        return p;
    const Area area = AreaCatalog::find(areaId);
    QWidget *page = nullptr;
    if (areaId == QLatin1String("whatsapp.templates")) {
        page = new TemplatesPage(m_services.client, m_box, m_stack);
        connectTemplatesPage(page);
    } else switch (area.kind) {
    case Area::Kind::Overview:
        page = new OverviewPage(m_projects, m_stack);
        break;
    case Area::Kind::List:
        page = new ResourceListPage(area, m_services.client, m_stack);
        break;
    case Area::Kind::Document:
        page = new DocumentPage(area, m_services.client, m_stack);
        break;
    }
    if (!page)
        return nullptr;
    if (auto *list = qobject_cast<ResourceListPage *>(page); list && m_services.settings)
        list->restoreState(m_services.settings->value(QStringLiteral("window/listSplitter")).toByteArray());
    if (auto *templates = qobject_cast<TemplatesPage *>(page); templates && m_services.settings)
        templates->restoreState(m_services.settings->value(QStringLiteral("window/templatesSplitter")).toByteArray());
    m_stack->addWidget(page);
    m_pages.insert(areaId, page);
    return page;
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
    // Keep the tree's current item in step (when called from code).
    const QModelIndexList match = m_navModel->match(m_navModel->index(0, 0), AreaRole, areaId, 1,
                                                    Qt::MatchExactly | Qt::MatchRecursive);
    if (!match.isEmpty() && m_nav->currentIndex() != match.first())
        m_nav->setCurrentIndex(match.first());
    updateCentral();
}

void MainWindow::updateCentral()
{
    const bool haveProject = !m_current.isNull() && m_projects->project(m_current).has_value();
    const bool ready = haveProject && m_projects->isReady(m_current);
    const bool overview = m_area == QLatin1String("overview");
    m_editProject->setEnabled(haveProject && !m_projects->isTransient(m_current));
    m_removeProject->setEnabled(haveProject && !m_projects->isTransient(m_current));
    m_filter->setEnabled(ready);

    if (!haveProject && !overview) {
        m_welcomeText->setText(m_projects->projects().isEmpty()
            ? tr("<h2>Welcome</h2><p>Add a Sinch project with its access key to see its senders, templates and webhooks.</p>"
                 "<p>To try the console without an account, start it with <tt>--sandbox</tt>.</p>")
            : tr("Choose a project in the toolbar (Ctrl+1 … Ctrl+9)."));
        m_welcomeAdd->setVisible(true);
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    if (haveProject && !ready && !overview) {
        const QString problem = m_projects->problem(m_current);
        m_welcomeText->setText(problem.isEmpty() ? tr("Reading the key secret from the keychain…")
                                                 : problem.toHtmlEscaped());
        m_welcomeAdd->setVisible(false);
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    QWidget *page = ensurePage(m_area.isEmpty() ? QStringLiteral("overview") : m_area);
    const QString key = ready ? ProjectManager::keyFor(m_current) : QString();
    if (auto *list = qobject_cast<ResourceListPage *>(page))
        list->setProject(key);
    else if (auto *templates = qobject_cast<TemplatesPage *>(page))
        templates->setProject(key);
    else if (auto *doc = qobject_cast<DocumentPage *>(page))
        doc->setProject(key);
    else if (auto *ov = qobject_cast<OverviewPage *>(page))
        ov->setCurrentProject(m_current);
    m_stack->setCurrentWidget(page);
}

void MainWindow::updateProjects()
{
    const QList<Project> list = m_projects->projects();
    m_switcher->blockSignals(true);
    m_switcher->clear();
    for (const Project &p : list) {
        const QString name = p.sandbox ? tr("%1 (sandbox)").arg(p.displayName) : p.displayName;
        m_switcher->addItem(Icons::get(p.sandbox ? QStringLiteral("sandbox") : QStringLiteral("project")), name,
                            p.id.toString(QUuid::WithoutBraces));
    }
    m_switcher->setPlaceholderText(tr("No project"));
    for (int i = 0; i < m_switchActions.size(); ++i) {
        QAction *a = m_switchActions.at(i);
        a->setEnabled(i < list.size());
        a->setVisible(i < list.size());
        a->setText(i < list.size() ? tr("Switch to %1").arg(list.at(i).displayName) : tr("Project %1").arg(i + 1));
    }
    if (!m_current.isNull() && !m_projects->project(m_current))
        m_current = QUuid();
    if (m_current.isNull() && !list.isEmpty()) {
        setCurrentProject(list.first().id);
    } else {
        m_switcher->setCurrentIndex(m_switcher->findData(m_current.toString(QUuid::WithoutBraces)));
        updateTitle();
        updateCentral();
    }
    m_switcher->blockSignals(false);
}

void MainWindow::setCurrentProject(const QUuid &id)
{
    if (!m_projects->project(id))
        return;
    const bool changed = id != m_current;
    m_current = id;
    m_switcher->setCurrentIndex(m_switcher->findData(id.toString(QUuid::WithoutBraces)));
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
    setWindowTitle(p ? tr("%1 — Sinch Provisioning Console").arg(p->displayName) : tr("Sinch Provisioning Console"));
    if (!p) {
        m_projectStatus->setText(tr("No project"));
        return;
    }
    m_projectStatus->setText(p->sandbox ? tr("● %1 · built-in sandbox at %2").arg(p->displayName, p->baseUrl.authority())
                                        : tr("● %1").arg(p->displayName));
    m_projectStatus->setToolTip(tr("Project ID %1, key %2, %3").arg(p->projectId, p->keyId, p->baseUrl.toString()));
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
        m_actions->restore(*s);
        setTheme(Theme::fromString(s->value(QStringLiteral("ui/theme")).toString()));
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
    offerDrafts();
}

void MainWindow::saveSettings()
{
    QSettings *s = m_services.settings;
    if (!s)
        return;
    s->setValue(QStringLiteral("window/geometry"), saveGeometry());
    s->setValue(QStringLiteral("window/state"), saveState());
    s->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    s->setValue(QStringLiteral("window/area"), m_area);
    for (QWidget *p : std::as_const(m_pages)) {
        if (auto *list = qobject_cast<ResourceListPage *>(p); list && list->isVisible())
            s->setValue(QStringLiteral("window/listSplitter"), list->saveState());
        if (auto *templates = qobject_cast<TemplatesPage *>(p))
            s->setValue(QStringLiteral("window/templatesSplitter"), templates->saveState());
    }
    s->setValue(QStringLiteral("ui/theme"), Theme::toString(Theme::current()));
    m_actions->save(*s);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_requestLog)
        m_requestLog->close();
    event->accept();
}

void MainWindow::setTheme(Theme::Mode mode)
{
    Theme::apply(mode);
    if (QAction *a = m_themeActions.value(mode))
        a->setChecked(true);
    if (m_services.settings)
        m_services.settings->setValue(QStringLiteral("ui/theme"), Theme::toString(mode));
}

void MainWindow::refresh()
{
    QWidget *page = currentPage();
    if (auto *templates = qobject_cast<TemplatesPage *>(page))
        templates->refresh();
    else if (auto *list = qobject_cast<ResourceListPage *>(page))
        list->refresh();
    else if (auto *doc = qobject_cast<DocumentPage *>(page))
        doc->refresh();
    else if (auto *ov = qobject_cast<OverviewPage *>(page))
        ov->refresh();
    else if (!m_current.isNull())
        m_projects->prepare(m_current);
}

void MainWindow::focusFilter()
{
    if (auto *list = qobject_cast<ResourceListPage *>(currentPage()))
        list->focusFilter();
    else if (auto *templates = qobject_cast<TemplatesPage *>(currentPage()))
        templates->focusFilter();
}

void MainWindow::addProject()
{
    auto *dialog = new AddProjectDialog(m_projects, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddProjectDialog::saved, this, &MainWindow::onSaved);
    dialog->open();
}

void MainWindow::editProject()
{
    const auto p = m_projects->project(m_current);
    if (!p || m_projects->isTransient(p->id))
        return;
    auto *dialog = new AddProjectDialog(m_projects, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString key = ProjectManager::keyFor(p->id);
    dialog->setProject(*p, m_services.client->hasEndpoint(key) ? m_services.client->endpoint(key).keySecret : QString());
    connect(dialog, &AddProjectDialog::saved, this, &MainWindow::onSaved);
    dialog->open();
}

void MainWindow::onSaved(const Project &project, const SecretResult &result)
{
    // Pages of the edited project read from scratch with the new settings.
    for (QWidget *p : std::as_const(m_pages)) {
        if (auto *list = qobject_cast<ResourceListPage *>(p); list && list->projectKey() == ProjectManager::keyFor(project.id))
            list->setProject(QString());
    }
    setCurrentProject(project.id);
    if (!result.ok || !result.persisted) {
        m_banner->showMessage(MessageBar::Level::Warning,
                              result.error.isEmpty() ? tr("The key secret of “%1” is kept only until you quit.").arg(project.displayName)
                                                     : result.error);
        m_banner->setRetryVisible(false);
    }
    statusBar()->showMessage(tr("Project “%1” saved.").arg(project.displayName), 5000);
}

void MainWindow::removeProject()
{
    const auto p = m_projects->project(m_current);
    if (!p || m_projects->isTransient(p->id))
        return;
    const Project project = *p;
    m_box->confirm(this, tr("Remove project"),
                   tr("Remove the project “%1” from this computer? Its settings and the key secret in the keychain "
                      "are deleted; nothing changes on the Sinch side.").arg(project.displayName),
                   tr("Remove"), this, [this, project]() {
                       for (QWidget *page : std::as_const(m_pages)) {
                           if (auto *list = qobject_cast<ResourceListPage *>(page);
                               list && list->projectKey() == ProjectManager::keyFor(project.id))
                               list->setProject(QString());
                       }
                       m_current = QUuid();
                       m_projects->remove(project.id, this, [this, project](const SecretResult &r) {
                           if (!r.ok) {
                               m_banner->showMessage(MessageBar::Level::Warning,
                                                     tr("“%1” was removed, but its key secret could not be deleted "
                                                        "from the keychain: %2").arg(project.displayName, r.error));
                               m_banner->setRetryVisible(false);
                           }
                       });
                       statusBar()->showMessage(tr("Project “%1” removed.").arg(project.displayName), 5000);
                   });
}

void MainWindow::showRequestLog()
{
    if (!m_requestLog) {
        m_requestLog = new RequestLogWindow(m_services.client->requestLog(), nullptr);
        m_requestLog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_requestLog->show();
    m_requestLog->raise();
    m_requestLog->activateWindow();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(m_actions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    m_box->inform(this, MessageBox::Kind::Information, tr("About Sinch Provisioning Console"),
                  tr("Sinch Provisioning Console %1\n\nA desktop console for the Sinch Provisioning API: projects, "
                     "WhatsApp, KakaoTalk and RCS senders, templates and webhooks.\n\nBuilt with Qt %2.")
                      .arg(QStringLiteral(SINCH_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::showErrorDetails(const ApiError &error)
{
    m_box->inform(this, MessageBox::Kind::Warning, tr("Last error"), error.userText(), error.details());
}

void MainWindow::connectTemplatesPage(QWidget *page)
{
    auto *templates = qobject_cast<TemplatesPage *>(page);
    if (!templates)
        return;
    templates->setCanCreate(bool(m_factory));
    templates->setDeletedLog(m_deletedLog.get());
    // Its keys appear in Help → Keyboard shortcuts and can be changed like the window's.
    for (QAction *a : templates->pageActions()) {
        if (!a->shortcuts().isEmpty() && !m_actions->find(a->objectName()))
            m_actions->add(a, a->shortcuts());
    }
    if (m_services.settings)
        m_actions->restore(*m_services.settings);
    connect(templates, &TemplatesPage::openRequested, this, qOverload<const QJsonObject &>(&MainWindow::openTemplate));
    connect(templates, &TemplatesPage::newRequested, this, &MainWindow::newTemplate);
    // A deleted language closes its read-only view (an editor keeps its draft).
    connect(templates, &TemplatesPage::deleted, this, [this, templates](const QString &name, const QString &language) {
        for (DocumentTab *doc : documents()) {
            const QString prefix = QStringLiteral("%1/whatsapp/%2/").arg(templates->projectKey(), name);
            if (qobject_cast<TemplateViewTab *>(doc) && doc->documentKey().startsWith(prefix)
                && (language.isEmpty() || doc->documentKey() == prefix + language))
                closeDocument(doc);
        }
    });
}

rules::ProjectTemplates MainWindow::projectTemplates(const QString &key) const
{
    if (auto *templates = qobject_cast<TemplatesPage *>(m_pages.value(QStringLiteral("whatsapp.templates")));
        templates && templates->projectKey() == key)
        return templates->projectTemplates();
    rules::ProjectTemplates out;
    out.today = QDate::currentDate();
    if (m_deletedLog)
        out.deletedOn = m_deletedLog->deletedNames(key, out.today);
    return out;
}

void MainWindow::setDocumentFactory(DocumentFactory factory)
{
    m_factory = std::move(factory);
    if (auto *templates = qobject_cast<TemplatesPage *>(m_pages.value(QStringLiteral("whatsapp.templates"))))
        templates->setCanCreate(bool(m_factory));
}

QList<DocumentTab *> MainWindow::documents() const
{
    QList<DocumentTab *> out;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *doc = qobject_cast<DocumentTab *>(m_tabs->widget(i)))
            out << doc;
    }
    return out;
}

DocumentTab *MainWindow::openDocument(DocumentTab *tab)
{
    if (!tab)
        return nullptr;
    for (DocumentTab *doc : documents()) {
        if (doc != tab && doc->documentKey() == tab->documentKey()) {
            delete tab;
            m_tabs->setCurrentWidget(doc);
            doc->setFocus(Qt::OtherFocusReason);
            return doc;
        }
    }
    const int index = m_tabs->addTab(tab, tab->title());
    updateTabTitle(tab);
    connect(tab, &DocumentTab::titleChanged, this, [this, tab]() { updateTabTitle(tab); });
    connect(tab, &DocumentTab::dirtyChanged, this, [this, tab]() { updateTabTitle(tab); });
    m_tabs->setCurrentIndex(index);
    // The keyboard goes where the user's next keys belong: into the document opened.
    tab->setFocus(Qt::OtherFocusReason);
    return tab;
}

void MainWindow::updateTabTitle(DocumentTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    const QString text = tab->isDirty() ? tab->title() + QStringLiteral(" *") : tab->title();
    m_tabs->setTabText(index, text);
    m_tabs->setTabToolTip(index, tab->isDirty() ? tr("%1 (unsaved changes)").arg(tab->title()) : tab->title());
}

void MainWindow::openTemplate(const QJsonObject &tmpl)
{
    auto *templates = qobject_cast<TemplatesPage *>(m_pages.value(QStringLiteral("whatsapp.templates")));
    openTemplate(templates ? templates->projectKey() : ProjectManager::keyFor(m_current), tmpl);
}

QuickOpenIndex *MainWindow::quickOpenIndex()
{
    if (!m_quickIndex)
        m_quickIndex = new QuickOpenIndex(m_services.client, this);
    QList<QuickOpenIndex::ProjectRef> refs;
    for (const Project &p : m_projects->projects())
        if (m_projects->isReady(p.id))
            refs.append({ProjectManager::keyFor(p.id), p.displayName});
    m_quickIndex->setProjects(refs);
    return m_quickIndex;
}

void MainWindow::showQuickOpen()
{
    QuickOpenIndex *index = quickOpenIndex();
    index->loadIfOlderThan(60); // names change rarely; a minute old is fresh enough to find
    if (!m_quickDialog) {
        m_quickDialog = new QuickOpenDialog(index, this);
        connect(m_quickDialog, &QuickOpenDialog::activated, this, &MainWindow::openQuickOpenEntry);
    }
    m_quickDialog->popUp(this);
}

void MainWindow::openQuickOpenEntry(const QuickOpenEntry &entry)
{
    const QUuid project(entry.projectKey.section(QLatin1Char('/'), -1)); // keyFor(): the uuid
    if (!project.isNull() && project != m_current)
        setCurrentProject(project);
    if (entry.areaId == QLatin1String("whatsapp.templates")) {
        // The index holds names and states only: the editor gets the whole template.
        ApiRequest request(QStringLiteral("TemplatesController_getTemplate_v1"));
        request.path(QStringLiteral("templateName"), entry.item.value(QLatin1String("name")).toString())
            .path(QStringLiteral("languageCode"), entry.item.value(QLatin1String("language")).toString());
        ApiJob *job = m_services.client->call(entry.projectKey, request);
        connect(job, &ApiJob::finished, this, [this, entry](const ApiResult &r) {
            if (r.ok()) {
                openTemplate(entry.projectKey, r.json.object());
            } else if (!r.error.isCancelled()) {
                m_banner->showError(r.error);
            }
        });
        return;
    }
    showArea(entry.areaId);
    if (auto *list = qobject_cast<ResourceListPage *>(m_pages.value(entry.areaId)))
        list->selectItem(entry.item);
}

void MainWindow::openTemplate(const QString &key, const QJsonObject &tmpl)
{
    if (key.isEmpty())
        return;
    DocumentTab *tab = m_factory ? m_factory(key, TemplateDocument::fromServerTemplate(tmpl), tmpl, m_tabs)
                                 : new TemplateViewTab(key, tmpl, m_tabs);
    openDocument(tab);
}

void MainWindow::newTemplate()
{
    if (!m_factory || m_current.isNull())
        return;
    openDocument(m_factory(ProjectManager::keyFor(m_current), TemplateDocument::newTemplate(), QJsonObject(), m_tabs));
}

void MainWindow::closeCurrentDocument()
{
    if (auto *doc = qobject_cast<DocumentTab *>(m_tabs->currentWidget()))
        closeDocument(doc);
}

void MainWindow::closeDocument(DocumentTab *tab, std::function<void(bool)> done)
{
    QPointer<DocumentTab> guard(tab);
    tab->requestClose(m_box, [this, guard, done](bool ok) {
        if (ok && guard) {
            m_tabs->removeTab(m_tabs->indexOf(guard));
            guard->deleteLater();
        }
        if (done)
            done(ok);
    });
}

void MainWindow::offerDrafts()
{
    if (!m_services.drafts || !m_factory)
        return;
    const QList<DraftStore::Draft> drafts = m_services.drafts->all();
    if (drafts.isEmpty())
        return;
    QStringList titles;
    for (const DraftStore::Draft &d : drafts)
        titles << QStringLiteral("• %1 (%2)").arg(d.title, QLocale().toString(d.savedAt.toLocalTime(), QLocale::ShortFormat));
    MessageBox::Prompt p;
    p.kind = MessageBox::Kind::Question;
    p.title = tr("Restore drafts");
    p.text = tr("%n document(s) were not closed properly last time. Open them again?", nullptr, int(drafts.size()));
    p.informativeText = titles.join(QLatin1Char('\n'));
    p.buttons = QMessageBox::Yes | QMessageBox::No;
    p.defaultButton = QMessageBox::Yes;
    p.acceptText = tr("Restore");
    m_box->ask(this, p, this, [this, drafts](QMessageBox::StandardButton answer) {
        if (answer != QMessageBox::Yes || !m_factory)
            return; // the drafts stay on disk, offered again next time
        for (const DraftStore::Draft &d : drafts) {
            const QUuid project(d.projectKey);
            const QString key = project.isNull() ? d.projectKey : ProjectManager::keyFor(project);
            // The tab opens on what the server has (or a blank template) and the draft comes
            // back as one undoable edit: the tab says it holds unsaved changes.
            const QJsonObject base = d.original.isEmpty() ? TemplateDocument::newTemplate()
                                                          : TemplateDocument::fromServerTemplate(d.original);
            DocumentTab *tab = m_factory(key, base, d.original, m_tabs);
            tab->restoreDraft(d.key, d.document);
            openDocument(tab);
        }
    });
}

} // namespace sinch::ui
