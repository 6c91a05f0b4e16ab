#pragma once

#include "api/apierror.h"
#include "rules/whatsapptemplaterules.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>

class QTabWidget;
class QWidget;

namespace sinch {
class ApiClient;
class DeletedTemplateLog;
class DraftStore;
class ProjectStore;
class TemplateCatalog;
}

namespace sinch::ui {

class DocumentTab;
class MessageBox;
class TemplatesPage;

// The documents open in the main window's tabs (template editors, read-only views): opens
// them (a document already open comes to the front), makes new ones, closes them through
// their own close protocol, offers the drafts left by a crash back, closes the views of
// deleted templates, and keeps each project's TemplateCatalog, which the editors' rules
// read and every save and deletion updates. The window only lays out the tabs.
class DocumentController : public QObject
{
    Q_OBJECT
public:
    // Makes the tab of a template document: `document` in the create-request shape,
    // `serverTemplate` the server's version (empty for a new one). Without one, "Open"
    // shows templates read-only and "New" is off.
    using Factory = std::function<DocumentTab *(const QString &projectKey, const QJsonObject &document,
                                                const QJsonObject &serverTemplate, QWidget *parent)>;

    struct Services {
        ApiClient *client = nullptr;
        DraftStore *drafts = nullptr;
        MessageBox *messageBox = nullptr;
        DeletedTemplateLog *deletedLog = nullptr;
        ProjectStore *projects = nullptr; // the test recipients of "Send test…"
    };

    DocumentController(QTabWidget *tabs, const Services &services, QObject *parent = nullptr);
    ~DocumentController() override;
    // The first tab: the page of the current area, which is never closed.
    void setAreaPage(QWidget *page, const QString &title);

    void setFactory(Factory factory);
    bool canCreate() const { return bool(m_factory); }
    // The editor of the console (TemplateEditor in a tab); the default factory.
    Factory editorFactory();

    TemplateCatalog *catalog(const QString &projectKey);
    rules::ProjectTemplates projectTemplates(const QString &projectKey);

    QList<DocumentTab *> documents() const;
    DocumentTab *open(DocumentTab *tab);
    DocumentTab *openTemplate(const QString &projectKey, const QJsonObject &serverTemplate);
    void newTemplate(const QString &projectKey);
    // Reads the whole template first (quick open and the inbox know names and languages
    // only); `activity`: showing its activity (an inbox entry about it).
    void openTemplateByName(const QString &projectKey, const QString &name, const QString &language,
                            bool activity = false);
    void close(DocumentTab *tab, std::function<void(bool)> done = {});
    // Whether the window may close now. When documents hold unsaved changes it asks whether
    // to keep them as drafts (offered back at the next start) and, if so, calls `close`
    // afterwards, from the event loop: the window is inside its close event now.
    bool mayQuit(QWidget *parent, std::function<void()> close);
    // Drafts of documents not closed properly last time: offered back in tabs.
    void offerDrafts(QWidget *parent);
    // A template language (or, with an empty language, the whole name) is gone on the
    // server: its read-only views close (an editor keeps its draft).
    void templateDeleted(const QString &projectKey, const QString &name, const QString &language, bool deleteSubmitted);
    // The templates list opens its rows and New here (while an editor can be made), its
    // deletions close their views, and a save shows in its row.
    void attach(TemplatesPage *templates);

signals:
    void factoryChanged();
    // A template saved as the server answered: the list shows it and reads itself again.
    void templateSaved(const QString &projectKey, const QJsonObject &serverTemplate);
    void failed(const sinch::ApiError &error);

private:
    // "Send test…" of an editor's approved template.
    void openSendTest(const QString &projectKey, QWidget *editor, const QJsonObject &serverTemplate, const QJsonObject &document);
    void updateTabTitle(DocumentTab *tab);

    QTabWidget *m_tabs;
    Services m_services;
    Factory m_factory;
    QHash<QString, TemplateCatalog *> m_catalogs;
};

} // namespace sinch::ui
