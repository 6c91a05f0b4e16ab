#pragma once

#include "requestlogwindow.h"
#include "theme.h"

#include <QHash>
#include <QJsonObject>
#include <functional>
#include <memory>
#include <QMainWindow>
#include <QPointer>
#include <QUuid>

class QAction;
class QActionGroup;
class QComboBox;
class QMenu;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QStandardItemModel;

namespace sinch {
class ActivityStore;
class ApiClient;
struct FeedRef;
class CredentialStore;
class ProjectStore;
class DraftStore;
class DeletedTemplateLog;
struct ApiError;
struct Project;
struct SecretResult;
}

namespace sinch::rules {
struct ProjectTemplates;
}

namespace sinch::ui {

class ReadingOrderArea;

class InboxController;
class ResourceNavigator;

class ActionCollection;
class MainActions;
class DocumentController;
class ProjectActions;
class ProjectSwitcher;
class ProjectStatusLabel;
class TransferActions;
class AreaPages;
class NavigationTree;
class WelcomePage;
class DocumentTab;
class MessageBar;
class MessageBox;
class ThemeMenu;
class NetworkStatus;
class OverviewPage;
class ProjectManager;
class QuickOpenController;
class QuickOpenDialog;
class QuickOpenIndex;
struct QuickOpenEntry;

// The application shell: project switcher and Refresh in the toolbar, the navigation
// tree of areas, one page per area, a banner for window-wide notices (keychain), and the
// network status in the status bar. Everything it needs is handed in (Services), so tests
// run it against the sandbox with a scripted MessageBox and their own settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Services {
        ApiClient *client = nullptr;
        ProjectStore *projects = nullptr;
        CredentialStore *credentials = nullptr;
        MessageBox *messageBox = nullptr;
        QSettings *settings = nullptr;
        DraftStore *drafts = nullptr; // local drafts of editors, offered back after a crash
        ActivityStore *activities = nullptr; // the inbox's database (nullptr: in memory, this run only)
    };

    // Makes the tab of a template document: `document` in the contract's create-request
    // shape; `serverTemplate` the server's version (the WhatsappTemplateDto: state,
    // changes, rejectionCode, details ...) when it is on the server, empty for a new one.
    // The window asks it for "New" and "Open" and for restored drafts (with the server
    // version the draft started from). By default it opens a TemplateEditor; with an
    // empty one, "Open" shows the template read-only and "New" is off.
    using DocumentFactory = std::function<DocumentTab *(const QString &projectKey, const QJsonObject &document,
                                                         const QJsonObject &serverTemplate, QWidget *parent)>;
    DocumentController *documentController() const { return m_documents; }

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // A project that lives only for this run (the built-in sandbox): its secret goes to
    // ApiClient only. Selected when `select` is true.
    void addTransientProject(const Project &project, const QString &secret, bool select = true);
    // Restores settings, selects the last project and shows the last area.
    void restore();

    QUuid currentProject() const { return m_current; }
    void setCurrentProject(const QUuid &id);
    QString currentArea() const { return m_area; }
    void showArea(const QString &areaId);
    QWidget *page(const QString &areaId) const;
    QWidget *currentPage() const;

    void setDocumentFactory(DocumentFactory factory);
    QTabWidget *tabs() const { return m_tabs; }
    // The document tabs (every tab after the first, which shows the current area).
    QList<DocumentTab *> documents() const;
    // Quick open (Ctrl+K): every named resource of every ready project.
    void showQuickOpen();
    QuickOpenIndex *quickOpenIndex();
    QuickOpenDialog *quickOpenDialog() const;
    // Closes the current document tab (asking only when something would be lost).
    void closeCurrentDocument();

    ProjectManager *projectManager() const { return m_projects; }
    ActionCollection *actionCollection() const { return m_actions; }
    QComboBox *projectSwitcher() const;
    MessageBar *banner() const { return m_banner; }
    InboxController *inbox() const { return m_inbox; }
    // Opens what an inbox entry or a notification is about, in its project (an invalid
    // feed: the inbox).
    void openFeed(const sinch::FeedRef &feed);
    NetworkStatus *networkStatus() const { return m_network; }
    RequestLogWindow *requestLogWindow() const { return m_requestLog; }

public slots:
    void addProject();
    void editProject();
    void removeProject();
    void refresh();
    void focusFilter();
    void showRequestLog();
    void showShortcuts();
    void showAbout();
    void setTheme(sinch::ui::Theme::Mode mode); // applied and kept in the settings
    void applyTheme(sinch::ui::Theme::Mode mode);

signals:
    void currentProjectChanged(const QUuid &id);

protected:
    void closeEvent(QCloseEvent *event) override;
    // Tab from the toolbar into the central area lands on its first stop in reading order.
    bool focusNextPrevChild(bool next) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void createNavigation();
    void createStatusBar();
    void updateProjects();
    void updateCentral();
    void updateTitle();
    void showErrorDetails(const ApiError &error);
    void saveSettings();
    // What the window does for a page when it is made: the templates page's documents, bulk
    // actions and keys; the inbox's and the overview's requests to open something.
    void connectPage(QWidget *page);
    void createInbox();
    // A notice in the banner (no Retry: it says what to know).
    void warn(const QString &text);

    Services m_services;
    ProjectManager *m_projects;
    ProjectActions *m_projectActions = nullptr;
    TransferActions *m_transfer = nullptr; // File › Export project…, Import into project…
    ActionCollection *m_actions;
    MessageBox *m_box;
    QUuid m_current;
    bool m_quitConfirmed = false; // the unsaved documents' question was answered: close now
    QString m_area;

    ProjectSwitcher *m_switcher = nullptr;
    NavigationTree *m_nav = nullptr;
    QSplitter *m_splitter = nullptr;
    ReadingOrderArea *m_central = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    DocumentController *m_documents = nullptr;
    std::unique_ptr<DeletedTemplateLog> m_deletedLog; // null without settings
    WelcomePage *m_welcome = nullptr;
    MessageBar *m_banner = nullptr;
    MessageBar *m_newsBar = nullptr; // notifications where the desktop has no tray
    InboxController *m_inbox = nullptr;
    ResourceNavigator *m_navigator = nullptr;
    NetworkStatus *m_network = nullptr;
    ProjectStatusLabel *m_projectStatus = nullptr;
    AreaPages *m_pages = nullptr;
    QPointer<RequestLogWindow> m_requestLog;

    QuickOpenController *m_quickOpen = nullptr;
    MainActions *m_commands = nullptr;
    ThemeMenu *m_themeMenu = nullptr;
};

} // namespace sinch::ui
