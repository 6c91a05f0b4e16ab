#include "mainactions.h"

#include "actioncollection.h"
#include "icons.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace sinch::ui {

MainActions::MainActions(ActionCollection *collection, QMainWindow *window, const Handlers &handlers)
    : QObject(window)
    , m_window(window)
{
    // name, text, icon (theme name, fallback), keys, tooltip, what it does.
    struct Spec {
        QAction **action;
        const char *name;
        QString text;
        const char *icon;
        QStyle::StandardPixmap fallback;
        QList<QKeySequence> keys;
        QString tip;
        std::function<void()> run;
    };
    const QList<Spec> specs{
        {&addProject, "addProject", tr("&Add project…"), "list-add", QStyle::SP_FileDialogNewFolder,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}, tr("Add a Sinch project with its access key"), handlers.addProject},
        {&editProject, "editProject", tr("&Edit project…"), "document-edit", QStyle::SP_FileDialogDetailedView,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, QString(), handlers.editProject},
        {&removeProject, "removeProject", tr("&Remove project…"), "list-remove", QStyle::SP_TrashIcon, {}, QString(),
         handlers.removeProject},
        {&refresh, "refresh", tr("&Refresh"), "view-refresh", QStyle::SP_BrowserReload, QKeySequence::keyBindings(QKeySequence::Refresh),
         tr("Load the current view again (F5)"), handlers.refresh},
        {&filter, "filter", tr("&Filter the list"), "edit-find", QStyle::SP_FileDialogContentsView,
         QKeySequence::keyBindings(QKeySequence::Find), QString(), handlers.focusFilter},
        {&quickOpen, "quickOpen", tr("&Quick open…"), "edit-find", QStyle::SP_FileDialogContentsView,
         {QKeySequence(Qt::CTRL | Qt::Key_K)}, tr("Find any template, sender, flow or webhook of any project by name or ID (Ctrl+K)"),
         handlers.quickOpen},
        {&focusNavigation, "focusNavigation", tr("Switch between &navigation and content"), "", QStyle::SP_CustomBase,
         {QKeySequence(Qt::Key_F6)}, QString(), handlers.switchFocus},
        // Qt Creator's key for its left sidebar: hidden, the pages and editors get its width.
        {&showNavigation, "showNavigation", tr("Show &navigation"), "", QStyle::SP_CustomBase,
         {QKeySequence(Qt::ALT | Qt::Key_0)}, tr("Show or hide the list of areas (Alt+0)"), handlers.showNavigation},
        {&closeTab, "closeTab", tr("&Close tab"), "window-close", QStyle::SP_DialogCloseButton, {QKeySequence(Qt::CTRL | Qt::Key_W)},
         tr("Close the current document tab (Ctrl+W)"), handlers.closeTab},
        {&quit, "quit", tr("&Quit"), "application-exit", QStyle::SP_DialogCloseButton, {QKeySequence(Qt::CTRL | Qt::Key_Q)},
         QString(), handlers.quit},
        {&requestLog, "requestLog", tr("&Request log"), "request-log", QStyle::SP_FileDialogListView,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}, QString(), handlers.requestLog},
        {&keyboardShortcuts, "keyboardShortcuts", tr("&Keyboard shortcuts"), "", QStyle::SP_CustomBase,
         {QKeySequence(Qt::CTRL | Qt::Key_Slash)}, QString(), handlers.shortcuts},
        {&about, "about", tr("&About Sinch Provisioning Console"), "", QStyle::SP_CustomBase, {}, QString(), handlers.about},
    };
    for (const Spec &spec : specs) {
        auto *a = new QAction(Icons::get(QString::fromLatin1(spec.icon), spec.fallback), spec.text, window);
        a->setObjectName(QString::fromLatin1(spec.name));
        a->setShortcutContext(Qt::WindowShortcut); // the window's, whichever of its widgets has focus
        window->addAction(a);
        if (!spec.tip.isEmpty())
            a->setToolTip(spec.tip);
        collection->add(a, spec.keys);
        connect(a, &QAction::triggered, this, spec.run);
        *spec.action = a;
    }
    showNavigation->setCheckable(true);
    showNavigation->setChecked(true);
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
}

void MainActions::buildMenus(const Others &others)
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *file = fileMenu = bar->addMenu(tr("&File"));
    file->addAction(closeTab);
    file->addSeparator();
    file->addActions(others.file);
    file->addSeparator();
    file->addAction(quit);

    QMenu *project = bar->addMenu(tr("&Project"));
    project->addActions({addProject, editProject, removeProject});
    project->addSeparator();
    project->addActions(others.switchProject);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addActions({refresh, quickOpen, filter, focusNavigation, showNavigation});
    view->addSeparator();
    for (QMenu *menu : others.view)
        view->addMenu(menu);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addActions({keyboardShortcuts, requestLog});
    help->addSeparator();
    help->addAction(about);
}

void MainActions::buildToolBar(const Others &others)
{
    QToolBar *bar = m_window->addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (others.toolBarStart)
        others.toolBarStart(bar);
    bar->addAction(addProject);
    bar->addSeparator();
    bar->addAction(refresh);
    bar->addSeparator();
    bar->addAction(quickOpen);
}

} // namespace sinch::ui
