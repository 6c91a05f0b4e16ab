// The main window against the in-process sandbox, with a scripted MessageBox and its own
// settings: lists show rows, errors stay inline, themes and shortcuts work (the Overview has
// tst_overview).
#include "buildinfo.h"
#include "testsupport.h"
#include "guidriver.h"
#include "windowfixture.h"

#include "actioncollection.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "navigationmodel.h"
#include "networkstatus.h"
#include "resourcelistpage.h"
#include "scriptedmessagebox.h"
#include "theme.h"
#include "projects/projectmanager.h"
#include "api/apiclient.h"
#include "api/requestlog.h"
#include "auth/credentialstore.h"
#include "models/resourcelistmodel.h"
#include "sandbox/sandboxserver.h"
#include "storage/projectstore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace sinch;
using namespace sinch::ui;

namespace {
// A list area of the generic kind (ResourceListPage): filter, JSON detail.
const QString kListArea = QStringLiteral("whatsapp.senders");
const QString kList = QStringLiteral("SendersController_listSenders_v1");
}

class TestMainWindow : public QObject, public test::WindowFixture
{
    Q_OBJECT

    ApiResult callSync(const ApiRequest &request) { return fx->callSync(request); }

    // A saved project on the sandbox beside the sandbox's own (its key secret not stored).
    Project savedProject(const QString &name)
    {
        Project p;
        p.id = QUuid::createUuid();
        p.displayName = name;
        p.projectId = fx->server->config().projectId;
        p.keyId = fx->server->config().keyId;
        p.baseUrl = fx->server->baseUrl();
        p.tokenUrl = fx->server->tokenUrl();
        return store->save(p) ? p : Project();
    }

    ResourceListPage *openList()
    {
        window->showArea(kListArea);
        return qobject_cast<ResourceListPage *>(window->page(kListArea));
    }

private slots:
    void init()
    {
        QVERIFY2(setUpWindowFixture(), qPrintable(fx->error));
        for (int i = 0; i < 3; ++i) {
            const ApiResult r = callSync(ApiRequest(QStringLiteral("WebhookController_createWebhook_v1"))
                                             .json(QJsonObject{{QStringLiteral("target"), QStringLiteral("https://example.com/ui/%1").arg(i)},
                                                               {QStringLiteral("secret"), QStringLiteral("hook-secret-1234")},
                                                           {QStringLiteral("triggers"), QJsonArray{QStringLiteral("ALL")}}}));
            QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        }
    }

    void cleanup()
    {
        if (box)
            QVERIFY2(box->failures().isEmpty(), qPrintable(box->report()));
        tearDownWindowFixture();
    }

    void startsWithSandboxAndShowsAList()
    {
        makeWindow();
        QCOMPARE(window->currentProject(), sandboxProject.id);
        QCOMPARE(window->projectSwitcher()->count(), 1);
        QVERIFY(window->projectSwitcher()->currentText().contains(QStringLiteral("Sandbox")));
        ResourceListPage *page = openList();
        QVERIFY(page);
        QCOMPARE(window->currentPage(), page);
        QTRY_VERIFY_WITH_TIMEOUT(page->view()->model()->rowCount() >= 1, 15000);
        QVERIFY(!page->isShowingEmptyState());
        QCOMPARE(page->view()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Phone number"));

        // Selecting a row shows its JSON.
        page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
        QTRY_VERIFY(page->detailView()->toPlainText().contains(QStringLiteral("\"phoneNumber\"")));

        // Filter narrows the rows, and a filter that matches nothing says so.
        const QString first = page->view()->model()->index(0, 6).data().toString(); // the id
        QVERIFY(!first.isEmpty());
        QTest::keyClicks(page->filterEdit(), first);
        QCOMPARE(page->view()->model()->rowCount(), 1);
        page->filterEdit()->setText(QStringLiteral("no-such-thing"));
        QVERIFY(page->isShowingEmptyState());
        QVERIFY(page->emptyStateText().contains(QStringLiteral("no-such-thing")));
        page->filterEdit()->clear();
        QVERIFY(!page->isShowingEmptyState());
    }

    void errorsStayInlineWithRetry()
    {
        makeWindow();
        ResourceListPage *page = openList();
        QTRY_VERIFY_WITH_TIMEOUT(page->model() && page->model()->rowCount() >= 1, 15000);
        const int rows = page->model()->rowCount();
        // The injected answer goes to the next request: wait until the start-up requests
        // (overview counts, other pages) are done, so it is the refresh's.
        QTRY_VERIFY_WITH_TIMEOUT(fx->client->inFlight() == 0 && fx->client->queued() == 0, 15000);
        fx->server->injectNext(503);
        window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page->errorBar()->isVisible(), 15000);
        QCOMPARE(page->model()->rowCount(), rows); // the rows stay
        QVERIFY(!page->errorBar()->text().isEmpty());
        QVERIFY(page->errorBar()->detailsText().contains(QStringLiteral("503")));
        // Details, clicked: the text view, made only now, shows them; clicked again, it goes.
        QVERIFY(!page->errorBar()->findChild<QPlainTextEdit *>(QStringLiteral("messageDetails")));
        auto *detailsToggle = page->errorBar()->findChild<QToolButton *>(QStringLiteral("detailsToggle"));
        QVERIFY(detailsToggle && detailsToggle->isVisible());
        QTest::mouseClick(detailsToggle, Qt::LeftButton);
        auto *details = page->errorBar()->findChild<QPlainTextEdit *>(QStringLiteral("messageDetails"));
        QVERIFY(details && details->isVisible());
        QVERIFY(details->toPlainText().contains(QStringLiteral("503")));
        QVERIFY(page->errorBar()->detailsShown());
        QTest::mouseClick(detailsToggle, Qt::LeftButton);
        QVERIFY(!details->isVisible());
        QTRY_VERIFY(!window->networkStatus()->lastErrorText().isEmpty());
        QVERIFY(window->networkStatus()->lastErrorText().contains(QStringLiteral("503")));
        auto *retry = page->errorBar()->findChild<QAbstractButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry && retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && !page->model()->hasError(), 15000);
        QVERIFY(!page->errorBar()->isVisible());
        // The request that failed succeeded: the status bar no longer reports its error.
        QCOMPARE(window->networkStatus()->lastErrorText(), QString());
        QVERIFY(box->seen().isEmpty()); // never a modal dialog
    }

    // A list the server fails from its first page on: the error bar says why, and where the
    // rows would be the page says the list was not loaded, not "Loading…" for good; Retry,
    // the server well again, shows the rows.
    void firstLoadFailedIsNotStillLoading()
    {
        makeWindow();
        QTRY_VERIFY_WITH_TIMEOUT(fx->client->inFlight() == 0 && fx->client->queued() == 0, 15000);
        sandbox::FaultSettings failing;
        failing.share500 = 1.0;
        fx->server->setFaults(failing);
        ResourceListPage *page = openList();
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->errorBar()->isVisible() && page->model() && !page->model()->isLoading(), 15000);
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(page->isShowingEmptyState());
        QCOMPARE(page->emptyStateText(), QStringLiteral("The list could not be loaded. See the message above."));
        fx->server->setFaults(sandbox::FaultSettings());
        auto *retry = page->errorBar()->findChild<QAbstractButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry && retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() >= 1 && !page->isShowingEmptyState(), 15000);
        QVERIFY(!page->errorBar()->isVisible());
    }

    void themeSwitchIsAppliedAndRemembered()
    {
        makeWindow();
        QAction *dark = window->findChild<QAction *>(QStringLiteral("theme.dark"));
        QAction *light = window->findChild<QAction *>(QStringLiteral("theme.light"));
        QVERIFY(dark && light);
        dark->trigger();
        QVERIFY(Theme::isDark());
        QVERIFY(dark->isChecked());
        QCOMPARE(settings->value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        light->trigger();
        QVERIFY(!Theme::isDark());
        QCOMPARE(settings->value(QStringLiteral("ui/theme")).toString(), QStringLiteral("light"));
        dark->trigger();
        // A new window restores the theme from the settings.
        window.reset();
        Theme::apply(Theme::Light);
        makeWindow();
        QVERIFY(Theme::isDark());
        QVERIFY(window->findChild<QAction *>(QStringLiteral("theme.dark"))->isChecked());
    }

    void shortcutsExistAndWork()
    {
        makeWindow();
        ActionCollection *actions = window->actionCollection();
        QVERIFY(actions->find(QStringLiteral("refresh"))->shortcuts().contains(QKeySequence(Qt::Key_F5)));
        QVERIFY(actions->find(QStringLiteral("filter"))->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_F)));
        QVERIFY(actions->find(QStringLiteral("addProject"))->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)));
        QVERIFY(actions->find(QStringLiteral("quit"))->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
        for (int i = 1; i <= 9; ++i)
            QCOMPARE(actions->find(QStringLiteral("switchProject%1").arg(i))->shortcut(),
                     QKeySequence(QStringLiteral("Ctrl+%1").arg(i)));
        QVERIFY(actions->conflicts().isEmpty());

        ResourceListPage *page = openList();
        QTRY_VERIFY_WITH_TIMEOUT(page->model() && page->model()->hasLoadedOnce() && !page->model()->isLoading(), 15000);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        const int before = fx->server->requestCount(kList);
        page->view()->setFocus();
        QTest::keyClick(window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(fx->server->requestCount(kList) > before, 15000);

        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(page->filterEdit()->hasFocus());

        // Help › Keyboard shortcuts lists the window's keys and, under a heading, an editor's;
        // of the pages, the one shown only (the templates page, visited, keeps its keys in
        // the window's collection, to be changed there: they are not listed on this page).
        window->showArea(QStringLiteral("whatsapp.templates"));
        openList();
        actions->find(QStringLiteral("keyboardShortcuts"))->trigger();
        QTreeWidget *list = nullptr;
        QTRY_VERIFY((list = window->findChild<QTreeWidget *>(QStringLiteral("shortcutList"))) && list->isVisible());
        QHash<QString, QString> keys;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            keys.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));
        QCOMPARE(keys.value(QStringLiteral("Refresh")), QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText));
        QVERIFY(keys.contains(QStringLiteral("In the whole window")));
        QVERIFY(keys.contains(QStringLiteral("In every editor")));
        QCOMPARE(keys.value(QStringLiteral("Save draft")), QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
        QVERIFY2(keys.value(QStringLiteral("Redo")).contains(QKeySequence(Qt::CTRL | Qt::Key_Y).toString(QKeySequence::NativeText)),
                 qPrintable(keys.value(QStringLiteral("Redo"))));
        // One project: its switch, and no "Project 2" whose key does nothing.
        QCOMPARE(keys.value(QStringLiteral("Switch to %1").arg(sandboxProject.displayName)),
                 QKeySequence(QStringLiteral("Ctrl+1")).toString(QKeySequence::NativeText));
        QVERIFY(!keys.contains(QStringLiteral("Project 2")));
        // The keys of the page shown, under its name: its New, Edit and Delete.
        QVERIFY2(keys.contains(QStringLiteral("On this page: Senders")), qPrintable(QStringList(keys.keys()).join(u'|')));
        QCOMPARE(keys.value(QStringLiteral("New sender")), QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
        QCOMPARE(keys.value(QStringLiteral("Delete")), QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText));
        QVERIFY(keys.value(QStringLiteral("Edit")).contains(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)));
        QVERIFY(!keys.contains(QStringLiteral("New template")));
        QVERIFY(!keys.contains(QStringLiteral("Compare with approved")));
        QVERIFY(keys.value(QStringLiteral("Post comment (in the comment box)")).contains(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
        list->window()->close();
    }

    // A person clicks an area in the navigation (the tree keeps the focus) and presses
    // Ctrl+N, as its page says: the page's New runs, on every page that has one, and only
    // the shown page's (each page keeps its New; the hidden ones do not answer). A new
    // WhatsApp template takes the name typed next.
    void ctrlNFromTheNavigationRunsTheShownPagesNew()
    {
        makeWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto *nav = window->findChild<QTreeView *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        const QList<std::pair<QString, QString>> pages{
            {QStringLiteral("whatsapp.senders"), QStringLiteral("senders.new")},
            {QStringLiteral("whatsapp.templates"), QStringLiteral("templates.new")},
            {QStringLiteral("whatsapp.solutions"), QStringLiteral("solutions.new")},
            {QStringLiteral("kakaotalk.senders"), QStringLiteral("senders.new")},
            {QStringLiteral("kakaotalk.templates"), QStringLiteral("kakaotalkTemplates.new")},
            {QStringLiteral("rcs.senders"), QStringLiteral("rcsSenders.new")},
            {QStringLiteral("webhooks"), QStringLiteral("webhooks.new")},
        };
        QList<QAction *> news; // every page's New made so far
        for (const auto &[area, name] : pages) {
            const NavigationModel *model = qobject_cast<NavigationModel *>(nav->model());
            QVERIFY(model);
            const QModelIndex row = model->indexOf(area);
            QVERIFY2(row.isValid(), qPrintable(area));
            nav->scrollTo(row);
            QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualRect(row).center());
            QTRY_COMPARE(window->currentArea(), area);
            QVERIFY(nav->hasFocus());
            QWidget *page = window->page(area);
            QVERIFY(page);
            QAction *newAction = page->findChild<QAction *>(name);
            QVERIFY2(newAction, qPrintable(area));
            QTRY_VERIFY2_WITH_TIMEOUT(newAction->isEnabled(), qPrintable(area), 15000);
            news << newAction;
            QList<QSignalSpy *> spies;
            for (QAction *a : std::as_const(news))
                spies << new QSignalSpy(a, &QAction::triggered);
            QTest::keyClick(nav, Qt::Key_N, Qt::ControlModifier);
            QTRY_VERIFY2(spies.constLast()->count() == 1, qPrintable(area));
            for (int i = 0; i + 1 < spies.size(); ++i)
                QVERIFY2(spies.at(i)->isEmpty() || news.at(i) == newAction, qPrintable(news.at(i)->objectName()));
            qDeleteAll(spies);
            if (area == QLatin1String("whatsapp.templates")) {
                // A new template starts with its name: what is typed next goes there.
                QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->accessibleName() == QLatin1String("Template name"));
                QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("spring_sale"));
                QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(), QStringLiteral("spring_sale"));
            }
            // Away from what it opened: a dialog is cancelled, a new document tab stays behind.
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible())
                    dialog->reject();
            }
            QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
            // The offscreen platform leaves its focus on a hidden dialog until the dialog is
            // deleted, and then on no window: the window manager's part, done here.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(window.get()));
        }
    }

    // The request log opens on the newest requests (at the bottom, where new ones come), and
    // says why a request that worked shows no bodies.
    void requestLogOpensAtTheNewest()
    {
        makeWindow();
        window->showArea(QStringLiteral("overview"));
        QTRY_VERIFY_WITH_TIMEOUT(window->projectManager()->client()->requestLog()->entries().size() > 30, 20000);
        QAction *log = window->actionCollection()->find(QStringLiteral("requestLog"));
        QVERIFY(log);
        log->trigger();
        const auto shownLog = [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->objectName() == QLatin1String("requestLogWindow") && w->isVisible())
                    return w;
            return static_cast<QWidget *>(nullptr);
        };
        QTRY_VERIFY(shownLog());
        QWidget *logWindow = shownLog();
        QVERIFY(logWindow);
        auto *view = logWindow->findChild<QTreeView *>(QStringLiteral("requestLogView"));
        QVERIFY(view);
        QTRY_VERIFY(view->model()->rowCount() > 30);
        const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, 0);
        QTRY_VERIFY(view->viewport()->rect().intersects(view->visualRect(last)));
        // Escape closes it, as Ctrl+W does.
        logWindow->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(logWindow));
        QTest::keyClick(logWindow, Qt::Key_Escape);
        QTRY_VERIFY(!shownLog());
    }

    void ctrlNumberSwitchesProjects()
    {
        // A second project, saved with its secret, next to the sandbox.
        const Project other = savedProject(QStringLiteral("Zeta shop"));
        QVERIFY(!other.id.isNull());
        bool written = false;
        credentials->write(other.id, fx->server->config().keySecret, this, [&](const SecretResult &) { written = true; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 20000);

        makeWindow();
        QCOMPARE(window->projectSwitcher()->count(), 2);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window->currentProject(), other.id);
        QTRY_VERIFY_WITH_TIMEOUT(window->projectManager()->isReady(other.id), 20000);
        QCOMPARE(store->lastProject(), other.id);
        QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window->currentProject(), sandboxProject.id);
        // The Project menu names them; the toolbar's chooser switches from the keyboard too.
        QCOMPARE(window->findChild<QAction *>(QStringLiteral("switchProject2"))->text(), QStringLiteral("Switch to Zeta shop"));
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("switchProject3"))->isVisible());
        QComboBox *chooser = window->projectSwitcher();
        chooser->setFocus(Qt::TabFocusReason);
        QTest::keyClick(chooser, Qt::Key_Down);
        QCOMPARE(window->currentProject(), other.id);
        QCOMPARE(chooser->currentText(), QStringLiteral("Zeta shop"));
    }

    // File › Export catalogue… is offered for a project that is ready and opens the export.
    void catalogueExportOfTheReadyProject()
    {
        const Project unready = savedProject(QStringLiteral("No secret")); // no key secret: never ready
        QVERIFY(!unready.id.isNull());
        makeWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(window->projectManager()->isReady(sandboxProject.id), 20000);
        auto *exportCatalogue = window->findChild<QAction *>(QStringLiteral("exportCatalogue"));
        QVERIFY(exportCatalogue);
        QMenu *file = window->menuBar()->actions().constFirst()->menu();
        QVERIFY(file);

        window->setCurrentProject(unready.id);
        file->popup(window->mapToGlobal(QPoint(10, 10)));
        QVERIFY(QTest::qWaitForWindowExposed(file));
        QVERIFY(!exportCatalogue->isEnabled());
        QCOMPARE(exportCatalogue->toolTip(), QStringLiteral("Choose a project that is ready first"));
        file->close();

        window->setCurrentProject(sandboxProject.id);
        file->popup(window->mapToGlobal(QPoint(10, 10)));
        QVERIFY(QTest::qWaitForWindowExposed(file));
        QVERIFY(exportCatalogue->isEnabled());
        QTest::mouseClick(file, Qt::LeftButton, {}, file->actionGeometry(exportCatalogue).center());
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<QDialog *>()) && dialog->isVisible());
        QVERIFY2(dialog->windowTitle().contains(QStringLiteral("catalogue"), Qt::CaseInsensitive), qPrintable(dialog->windowTitle()));
        dialog->reject();
    }

    void removeProjectAsksFirst()
    {
        const Project other = savedProject(QStringLiteral("To remove"));
        QVERIFY(!other.id.isNull());
        makeWindow();
        window->setCurrentProject(other.id);

        box->expect(MessageBox::Kind::Question, QStringLiteral("To remove"), QMessageBox::Cancel);
        window->removeProject();
        QTRY_COMPARE(box->pending(), 0);
        QTest::qWait(50);
        QCOMPARE(store->projects().size(), 1);

        box->expect(MessageBox::Kind::Question, QStringLiteral("To remove"), QMessageBox::Yes);
        window->removeProject();
        QTRY_VERIFY(store->projects().isEmpty());
        QVERIFY2(box->allMet(), qPrintable(box->report()));
        QCOMPARE(window->currentProject(), sandboxProject.id);
        QCOMPARE(window->projectSwitcher()->count(), 1);
    }

    // A window without projects says how to start, in plain labels (a rich-text label in
    // the page stack was a third of the work before the first paint): a heading, the way to
    // add a project, the way to try the console, and the button.
    void welcomeSaysHowToStart()
    {
        window = std::make_unique<ui::MainWindow>(
            ui::MainWindow::Services{fx->client.get(), store.get(), credentials.get(), box.get(), settings.get(), drafts.get(), activities});
        window->restore();
        window->showArea(QStringLiteral("whatsapp.templates"));
        window->show();
        auto *welcome = window->findChild<QWidget *>(QStringLiteral("page.welcome"));
        QVERIFY(welcome && welcome->isVisible());
        auto *heading = welcome->findChild<QLabel *>(QStringLiteral("welcomeHeading"));
        auto *text = welcome->findChild<QLabel *>(QStringLiteral("welcomeText"));
        QVERIFY(heading && text);
        QVERIFY(heading->isVisible());
        QCOMPARE(heading->text(), QStringLiteral("Welcome"));
        QCOMPARE(heading->textFormat(), Qt::PlainText);
        QCOMPARE(text->textFormat(), Qt::PlainText);
        QVERIFY2(text->text().contains(QStringLiteral("Add a Sinch project")), qPrintable(text->text()));
        QVERIFY2(text->text().contains(QStringLiteral("--sandbox")), qPrintable(text->text()));
        auto *add = welcome->findChild<QPushButton *>();
        QVERIFY(add && add->isVisible());
        QCOMPARE(box->seen().size(), 0);
    }

    void aboutAndErrorDetailsGoThroughTheSeam()
    {
        makeWindow();
        box->expect(MessageBox::Kind::Information, QStringLiteral(SINCH_VERSION));
        window->showAbout();
        QVERIFY2(box->allMet(), qPrintable(box->report()));
        // Which build: its commit and licence.
        box->expect(MessageBox::Kind::Information, QStringLiteral("Commit " SINCH_BUILD_COMMIT " · licence: MIT"));
        window->showAbout();
        QVERIFY2(box->allMet(), qPrintable(box->report()));
    }

    void everyInteractiveWidgetHasAName()
    {
        makeWindow();
        ResourceListPage *page = openList();
        QTRY_VERIFY_WITH_TIMEOUT(page->model() && page->model()->rowCount() > 0, 15000);
        QStringList unnamed = test::GuiDriver(window.get()).unnamedControls();
        // The pages with forms of their own: the webhook editor (New), bundles, channels.
        window->showArea(QStringLiteral("webhooks"));
        QAction *newWebhook = window->page(QStringLiteral("webhooks"))->findChild<QAction *>(QStringLiteral("webhooks.new"));
        QTRY_VERIFY_WITH_TIMEOUT(newWebhook && newWebhook->isEnabled(), 15000);
        newWebhook->trigger();
        unnamed += test::GuiDriver(window.get()).unnamedControls();
        for (const QString &area : {QStringLiteral("bundles"), QStringLiteral("conversation.channels")}) {
            window->showArea(area);
            QVERIFY(window->page(area));
            unnamed += test::GuiDriver(window.get()).unnamedControls();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
