// The window's keys while a person edits. Quitting with unsaved documents asks first: Ctrl+Q
// with an edited template asks whether to keep it as a draft; Cancel keeps the window open,
// the edit in place; keeping the drafts quits, and the next start offers the draft back in
// words that fit a deliberate quit as well as a crash. And Ctrl+K in a template's body opens
// Quick open (on X11 a text field takes it to delete to the end of the line). Alt+0 hides the
// areas' tree for the pages' sake, remembered; F6 brings it back.
#include "guidriver.h"
#include "scriptedmessagebox.h"
#include "windowfixture.h"

#include "documents/documentcontroller.h"
#include "mainwindow.h"
#include "navigationtree.h"
#include "quickopen/quickopendialog.h"
#include "storage/draftstore.h"
#include "templates/editor/templateeditor.h"
#include "projects/projectmanager.h"

#include <algorithm>

#include <QKeyEvent>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>

using namespace sinch;

namespace {

// A text field where the platform binds Ctrl+K to "delete to the end of the line" (X11's key
// bindings; the tests' offscreen platform has none) claims the key before any shortcut.
class ClaimsCtrlK : public QObject
{
protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride
            && static_cast<QKeyEvent *>(event)->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_K)) {
            event->accept();
            return true;
        }
        return false;
    }
};

} // namespace

class TestWindowKeys : public QObject, public test::WindowFixture
{
    Q_OBJECT

    static void pressQuit(QWidget *in)
    {
        in->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(in));
        test::GuiDriver::key(Qt::Key_Q, Qt::ControlModifier);
        test::GuiDriver::settle();
    }

    // The window with a template open in a tab, typed into its body: the keyboard is there.
    ui::TemplateEditor *windowWithAnEditedTemplate()
    {
        makeWindow();
        window->documentController()->openTemplate(ui::ProjectManager::keyFor(sandboxProject.id), fx->plainTextTemplate());
        auto *editor = window->findChild<ui::TemplateEditor *>();
        if (!editor)
            return nullptr;
        editor->selectPart(QStringLiteral("body"));
        test::GuiDriver::settle();
        return test::GuiDriver(editor).typeAtEnd(QStringLiteral("Body text"), QStringLiteral(" See you.")) ? editor : nullptr;
    }

private slots:
    void init() { QVERIFY2(setUpWindowFixture(), qPrintable(fx ? fx->error : QString())); }
    void cleanup() { tearDownWindowFixture(); }

    void quittingWithUnsavedDocumentsAsksFirst()
    {
        ui::TemplateEditor *editor = windowWithAnEditedTemplate();
        QVERIFY(editor);
        QVERIFY(editor->isDirty());

        box->expect(ui::MessageBox::Kind::Question, QStringLiteral("1 document(s) have unsaved changes"), QMessageBox::Cancel);
        pressQuit(window.get());
        QVERIFY2(box->allMet(), qPrintable(box->report()));
        QVERIFY(window->isVisible());
        QVERIFY(editor->isDirty());

        box->expect(ui::MessageBox::Kind::Question, QStringLiteral("unsaved changes"), QMessageBox::Save);
        pressQuit(window.get());
        QTRY_VERIFY(!window->isVisible());
        QVERIFY2(box->allMet(), qPrintable(box->report()));

        // The editor keeps its draft as the window goes; the next start offers it back.
        window.reset();
        QCOMPARE(drafts->all().size(), 1);
        box->expect(ui::MessageBox::Kind::Question, QStringLiteral("had unsaved changes when the console last closed"), QMessageBox::No);
        makeWindow();
        QTRY_COMPARE(box->pending(), 0);
        QVERIFY2(box->allMet(), qPrintable(box->report()));
    }

    void quickOpenKeyWorksWhileTypingInTheBody()
    {
        ui::TemplateEditor *editor = windowWithAnEditedTemplate();
        QVERIFY(editor);
        auto *body = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
        QVERIFY(body);
        ClaimsCtrlK x11Bindings;
        body->installEventFilter(&x11Bindings);
        const QString typed = body->toPlainText();
        test::GuiDriver::key(Qt::Key_Home); // the rest of the line after the cursor: what Ctrl+K deleted
        test::GuiDriver::key(Qt::Key_K, Qt::ControlModifier);
        test::GuiDriver::settle();
        auto *quickOpen = window->findChild<ui::QuickOpenDialog *>();
        QVERIFY2(quickOpen && quickOpen->isVisible(), "Ctrl+K did not open Quick open");
        QCOMPARE(body->toPlainText(), typed);
        quickOpen->close();
    }

    void quittingWithoutUnsavedDocumentsDoesNotAsk()
    {
        makeWindow();
        window->documentController()->openTemplate(ui::ProjectManager::keyFor(sandboxProject.id), fx->plainTextTemplate());
        QVERIFY(window->findChild<ui::TemplateEditor *>());
        pressQuit(window.get());
        QTRY_VERIFY(!window->isVisible());
        QVERIFY2(box->allMet(), qPrintable(box->report()));
    }

    void navigationHidesForRoomAndComesBack()
    {
        makeWindow();
        QVERIFY(window->minimumWidth() >= 900 && window->minimumHeight() >= 600); // not shrunk to uselessness
        auto *nav = window->findChild<ui::NavigationTree *>();
        auto *tabs = window->findChild<QTabWidget *>();
        QVERIFY(nav && tabs && nav->isVisible());
        const int before = tabs->width();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        test::GuiDriver::key(Qt::Key_0, Qt::AltModifier);
        QTRY_VERIFY(!nav->isVisible());
        QTRY_VERIFY(tabs->width() > before + 150);
        // Remembered at the next start.
        window->close();
        QTRY_VERIFY(!window->isVisible());
        window.reset();
        makeWindow();
        nav = window->findChild<ui::NavigationTree *>();
        QVERIFY(!nav->isVisible());
        // F6 (go to the navigation) finds it hidden and shows it, with the keyboard in it.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        test::GuiDriver::key(Qt::Key_F6);
        QTRY_VERIFY(nav->isVisible() && nav->hasFocus());
        QVERIFY(window->findChild<QAction *>(QStringLiteral("showNavigation"))->isChecked());
    }

    // F6 from the areas' tree (after a click on an area) goes into the page, to a field that
    // takes the keyboard: Down then moves in the page, not to the next area.
    void f6GoesFromTheNavigationIntoThePage()
    {
        makeWindow();
        window->showArea(QStringLiteral("webhooks"));
        // Loaded: the list and its fields are there to take the keyboard.
        const auto focusable = [this] {
            const QList<QWidget *> all = window->currentPage()->findChildren<QWidget *>();
            return std::any_of(all.cbegin(), all.cend(), [](const QWidget *w) {
                return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus);
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(window->currentPage() && focusable(), 20000);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto *nav = window->findChild<ui::NavigationTree *>();
        nav->setFocus(Qt::MouseFocusReason);
        QTRY_VERIFY(nav->hasFocus());
        test::GuiDriver::key(Qt::Key_F6);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus && focus != nav);
        QVERIFY2(window->currentPage()->isAncestorOf(focus) || window->findChild<QTabWidget *>()->isAncestorOf(focus),
                 focus->metaObject()->className());
        QVERIFY2(focus->focusPolicy() & Qt::TabFocus, focus->metaObject()->className());
        test::GuiDriver::key(Qt::Key_Down);
        QCOMPARE(window->currentArea(), QStringLiteral("webhooks"));
        // And back to the tree.
        test::GuiDriver::key(Qt::Key_F6);
        QTRY_VERIFY(nav->hasFocus());
    }
};

QTEST_MAIN(TestWindowKeys)
#include "tst_windowkeys.moc"
