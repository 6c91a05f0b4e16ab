#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace sinch::ui {

class ActionCollection;

// The main window's own commands, each with its icon, keys and tip, registered for Help ›
// Keyboard shortcuts, and the menu bar and toolbar made of them. What each does is the
// window's (Handlers); where other parts' actions go is given when the menus are built.
class MainActions : public QObject
{
    Q_OBJECT
public:
    struct Handlers {
        std::function<void()> addProject, editProject, removeProject;
        std::function<void()> refresh, focusFilter, quickOpen, switchFocus, showNavigation;
        std::function<void()> closeTab, quit, requestLog, shortcuts, about;
    };
    // What goes into the menus and the toolbar besides the window's own commands.
    struct Others {
        QList<QAction *> file;          // between Close tab and Quit (export, import, …)
        QList<QAction *> switchProject; // Ctrl+1 … Ctrl+9, under the Project menu's own
        QList<QMenu *> view;            // submenus at the end of View (theme, language)
        std::function<void(QToolBar *)> toolBarStart; // the project chooser
    };

    MainActions(ActionCollection *collection, QMainWindow *window, const Handlers &handlers);

    void buildMenus(const Others &others);
    void buildToolBar(const Others &others);

    QAction *addProject = nullptr;
    QAction *editProject = nullptr;
    QAction *removeProject = nullptr;
    QAction *refresh = nullptr;
    QAction *filter = nullptr;
    QAction *quickOpen = nullptr;
    QAction *focusNavigation = nullptr;
    QAction *showNavigation = nullptr; // checkable: the areas' tree beside the pages
    QAction *closeTab = nullptr;
    QAction *quit = nullptr;
    QAction *requestLog = nullptr;
    QAction *keyboardShortcuts = nullptr;
    QAction *about = nullptr;
    QMenu *fileMenu = nullptr; // once the menus are built

private:
    QMainWindow *m_window;
};

} // namespace sinch::ui
