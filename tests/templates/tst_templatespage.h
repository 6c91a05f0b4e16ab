// The WhatsApp Templates area in the main window (tst_templatespage), against the sandbox,
// offscreen. One suite in two files: tst_templatespage.cpp the list (search and filters, delete
// a language after a scripted confirmation, the pending-changes diff, the rejection
// explanation, accessible names), tst_templatespage_documents.cpp documents in tabs (open,
// Ctrl+W, dirty tabs ask, read-only without an editor, drafts restored after a crash).
#pragma once

#include "testsupport.h"
#include "guidriver.h"
#include "windowfixture.h"

#include "mainwindow.h"
#include "actioncollection.h"
#include "messagebar.h"
#include "scriptedmessagebox.h"
#include "documents/documentcontroller.h"
#include "services/templatecatalog.h"
#include "theme.h"
#include <QToolButton>
#include "templates/list/changesdiffdialog.h"
#include "templates/list/comparedialog.h"
#include "templates/list/documenttab.h"
#include "templates/list/changelist.h"
#include "templates/list/editordocumenttab.h"
#include "templates/editor/templateeditor.h"
#include "templates/list/rejectionreasons.h"
#include "templates/list/templatefilterproxy.h"
#include "templates/list/templatedetailview.h"
#include "templates/list/templatefilterbar.h"
#include "templates/list/templatespage.h"
#include "templates/list/templateviewtab.h"
#include "api/apiclient.h"
#include "api/manualclock.h"
#include "auth/credentialstore.h"
#include "models/templatelistmodel.h"
#include "sandbox/sandboxserver.h"
#include "domain/jsondiff.h"
#include "storage/deletedtemplatelog.h"
#include "storage/draftstore.h"
#include "storage/projectstore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QTreeWidget>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>

using namespace sinch;
using namespace sinch::ui;

namespace sinch::test::templatespagesuite {

// A document that can hold unsaved changes, for the tab host.
class FakeDocument : public DocumentTab
{
public:
    FakeDocument(QString key, QJsonObject document, QJsonObject serverTemplate, QWidget *parent)
        : DocumentTab(parent), m_key(std::move(key)), m_document(std::move(document)), m_server(std::move(serverTemplate))
    {
        setAccessibleName(title());
    }
    QString documentKey() const override { return m_key; }
    QString title() const override
    {
        return QStringLiteral("%1 · %2").arg(m_document.value(QStringLiteral("name")).toString(),
                                             m_document.value(QStringLiteral("language")).toString());
    }
    bool isDirty() const override { return m_dirty; }
    void setDirty(bool d)
    {
        m_dirty = d;
        emit dirtyChanged(d);
    }
    // Like the editor: the draft comes back as an unsaved edit under its own key.
    void restoreDraft(const QString &draftKey, const QJsonObject &document) override
    {
        m_key = draftKey;
        m_document = document;
        setDirty(true);
    }
    QJsonObject document() const { return m_document; }
    bool existing() const { return !m_server.isEmpty(); }
    QJsonObject serverTemplate() const { return m_server; }

private:
    QString m_key;
    QJsonObject m_document;
    QJsonObject m_server;
    bool m_dirty = false;
};

} // namespace sinch::test::templatespagesuite

using namespace sinch::test::templatespagesuite;

class TestTemplatesPage : public QObject, public test::WindowFixture
{
    Q_OBJECT

    ApiResult callSync(const ApiRequest &request) { return fx->callSync(request); }

    // order_reminder_v2 · PL (approved) gets a pending draft edit of its body.
    bool editOrderReminderAsDraft()
    {
        const ApiResult patched = callSync(
            ApiRequest(QStringLiteral("TemplatesController_updateTemplate_v1"))
                .path(QStringLiteral("templateName"), QStringLiteral("order_reminder_v2"))
                .path(QStringLiteral("languageCode"), QStringLiteral("PL"))
                .json(QJsonObject{{QStringLiteral("status"), QStringLiteral("DRAFT")},
                                  {QStringLiteral("details"), QJsonObject{{QStringLiteral("components"), QJsonArray{
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                                  {QStringLiteral("text"), QStringLiteral("Hi {{1}}, your order is on its way.")},
                                                  {QStringLiteral("examples"), QJsonArray{QStringLiteral("Anna")}}}}}}}}));
        if (!patched.ok())
            qWarning() << patched.error.summary();
        return patched.ok();
    }

    // order_update (seeded in ES_ES) gets a French draft.
    bool addFrenchOrderUpdate()
    {
        const ApiResult created = callSync(
            ApiRequest(QStringLiteral("TemplatesController_createTemplate_v1"))
                .json(QJsonObject{{QStringLiteral("name"), QStringLiteral("order_update")},
                                  {QStringLiteral("language"), QStringLiteral("FR")},
                                  {QStringLiteral("category"), QStringLiteral("UTILITY")},
                                  {QStringLiteral("status"), QStringLiteral("DRAFT")},
                                  {QStringLiteral("details"), QJsonObject{{QStringLiteral("components"), QJsonArray{
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                                  {QStringLiteral("text"), QStringLiteral("Bonjour {{1}}, votre commande est prête.")},
                                                  {QStringLiteral("examples"), QJsonArray{QStringLiteral("Anne")}}}}}}}}));
        if (!created.ok())
            qWarning() << created.error.summary();
        return created.ok();
    }

    void makeWindow(bool withFactory = false)
    {
        WindowFixture::makeWindow([withFactory](MainWindow *w) {
            if (!withFactory)
                return;
            w->setDocumentFactory([](const QString &key, const QJsonObject &doc, const QJsonObject &server, QWidget *parent) {
                return new FakeDocument(QStringLiteral("%1/whatsapp/%2/%3").arg(key, doc.value(QStringLiteral("name")).toString(),
                                                                                doc.value(QStringLiteral("language")).toString()),
                                        doc, server, parent);
            });
        });
    }

    // Pages through to the end, as scrolling down would.
    bool loadAll(TemplatesPage *page)
    {
        for (int guard = 0; guard < 50 && !page->model()->isDone(); ++guard) {
            if (page->model()->canFetchMore())
                page->model()->fetchMore();
            if (!QTest::qWaitFor([&]() { return !page->model()->isLoading(); }, 15000))
                return false;
        }
        return page->model()->isDone();
    }

    TemplatesPage *openTemplates()
    {
        window->showArea(QStringLiteral("whatsapp.templates"));
        auto *page = qobject_cast<TemplatesPage *>(window->page(QStringLiteral("whatsapp.templates")));
        if (!page)
            return nullptr;
        if (!QTest::qWaitFor([&]() { return page->model() && page->model()->hasLoadedOnce() && !page->model()->isLoading(); }, 15000))
            return nullptr;
        return page;
    }

    // Selects a seeded row, loading pages on as a user scrolling down would: the list
    // comes in the contract's alphabetical order, so the order_* rows these tests look at
    // are not on its first page.
    bool selectLoaded(TemplatesPage *page, const QString &name, const QString &language)
    {
        while (!page->select(name, language)) {
            TemplateListModel *model = page->model();
            if (!model->canFetchMore())
                return false;
            const int loaded = model->templateCount();
            model->fetchMore();
            if (!QTest::qWaitFor([&]() { return model->templateCount() > loaded && !model->isLoading(); }, 15000))
                return false;
        }
        return true;
    }

private slots:
    void init();
    void cleanup();
    void showsTreeAndFilters();
    void emptyProjectSaysHowToCreate();
    void deleteLanguageAfterConfirmation();
    void newTemplateMeetsItsProject();
    void detailShownAgainAfterClear();
    void searchThatHidesTheChosenRowClearsItsDetails();
    void rejectedRowExplainsWhatToChange();
    void pendingChangesDiff();
    void lineDiff();
    void compareAnalyticsOfTwo();
    void documentsInTabs();
    void openInTheEditorByDefault();
    void savedTemplateShowsInTheListAtOnce();
    void longNameIsShortenedInItsTab();
    void filterFieldsKeepRoomInANarrowRow();
    void openWithoutEditorIsReadOnly();
    void draftsAreOfferedAfterACrash();
    void everyInteractiveWidgetHasAName();
};
