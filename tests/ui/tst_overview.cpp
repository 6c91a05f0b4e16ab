// The Overview against the in-process sandbox, as a person uses it: each project's numbers
// read from the real list operations, copied with Ctrl+C, updated in place by Refresh, a row's
// title opening its list, and a list the server fails said plainly, then read again.
#include "testsupport.h"
#include "windowfixture.h"

#include "mainwindow.h"
#include "overviewcard.h"
#include "overviewpage.h"
#include "theme.h"
#include "models/projectsummary.h"
#include "sandbox/sandboxserver.h"

#include <QAction>
#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace sinch;
using namespace sinch::ui;

class TestOverview : public QObject, public test::WindowFixture
{
    Q_OBJECT

    // The window on the Overview once it shows the sandbox project's numbers (nullptr if
    // it never did).
    OverviewPage *overviewWithCounts()
    {
        makeWindow();
        window->showArea(QStringLiteral("overview"));
        auto *overview = qobject_cast<OverviewPage *>(window->page(QStringLiteral("overview")));
        if (!overview || !QTest::qWaitFor([overview] { return overview->showsCounts(); }, 20000))
            return nullptr;
        return overview;
    }

private slots:
    void init() { QVERIFY2(setUpWindowFixture(), qPrintable(fx->error)); }

    void cleanup()
    {
        if (box)
            QVERIFY2(box->failures().isEmpty(), qPrintable(box->report()));
        tearDownWindowFixture();
    }

    void overviewCountsFromRealCalls()
    {
        makeWindow();
        window->showArea(QStringLiteral("overview"));
        auto *overview = qobject_cast<OverviewPage *>(window->page(QStringLiteral("overview")));
        QVERIFY(overview);
        QTRY_VERIFY_WITH_TIMEOUT(overview->summary(sandboxProject.id), 15000);
        ProjectSummary *summary = overview->summary(sandboxProject.id);
        QTRY_VERIFY_WITH_TIMEOUT(!summary->isLoading(), 20000);
        const ProjectSummary::Section *webhooks = summary->section(QStringLiteral("webhooks"));
        QVERIFY(webhooks && webhooks->loaded);
        QVERIFY(webhooks->total >= 3);
        QVERIFY(overview->cardText(sandboxProject.id).contains(QString::number(webhooks->total)));
    }

    // A person tabs to the project's card and presses Ctrl+C: the clipboard has the card's
    // numbers, a line a row. The card's labels are not selectable (a selectable label lays
    // its text out as a document at every width a layout pass tries), so Copy is how the
    // numbers leave the window; the card's context menu offers it too.
    void overviewCardCopiedWithCtrlC()
    {
        OverviewPage *overview = overviewWithCounts();
        QVERIFY(overview);
        auto *card = overview->findChild<OverviewCard *>();
        QVERIFY(card);
        for (const QLabel *label : card->findChildren<QLabel *>())
            QVERIFY(!(label->textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard)));
        QCOMPARE(card->contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(card->actions().size(), 1);
        QCOMPARE(card->actions().constFirst()->shortcut(), QKeySequence(QKeySequence::Copy));

        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QGuiApplication::clipboard()->clear();
        card->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(card->hasFocus());
        QTest::keyClick(card, Qt::Key_C, Qt::ControlModifier);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), card->text());
        QVERIFY2(card->text().startsWith(QStringLiteral("Webhooks: ")), qPrintable(card->text()));
    }

    // A card's row title opens its list: a person clicks "WhatsApp templates" and the
    // templates of that project show, the navigation on them; back on the Overview, Tab to
    // "Webhooks" and Space opens the webhooks.
    void overviewRowOpensItsList()
    {
        OverviewPage *overview = overviewWithCounts();
        QVERIFY(overview);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        // The card as it is now (a project's card is made anew when the project list changes).
        const auto openerOf = [overview](const QString &title) -> QToolButton * {
            const auto *card = overview->findChild<OverviewCard *>();
            for (int row = 0; QToolButton *b = card ? card->opener(row) : nullptr; ++row) {
                if (b->text() == title)
                    return b;
            }
            return nullptr;
        };
        QToolButton *templates = openerOf(QStringLiteral("WhatsApp templates"));
        QVERIFY(templates);
        QCOMPARE(templates->accessibleName(), QStringLiteral("Open the list of WhatsApp templates"));
        // Drawn in the theme's link colour, also after the theme changed.
        QCOMPARE(templates->palette().color(QPalette::ButtonText), overview->palette().color(QPalette::Link));
        window->setTheme(Theme::Mode::Dark);
        QTRY_COMPARE(openerOf(QStringLiteral("WhatsApp templates"))->palette().color(QPalette::ButtonText),
                     overview->palette().color(QPalette::Link));
        window->setTheme(Theme::Mode::System); // as the other tests have it
        QTRY_COMPARE(openerOf(QStringLiteral("WhatsApp templates"))->palette().color(QPalette::ButtonText),
                     overview->palette().color(QPalette::Link));
        QTest::mouseClick(templates, Qt::LeftButton);
        QCOMPARE(window->currentArea(), QStringLiteral("whatsapp.templates"));
        QCOMPARE(window->currentProject(), sandboxProject.id);
        QTRY_VERIFY(window->page(QStringLiteral("whatsapp.templates")) && window->page(QStringLiteral("whatsapp.templates"))->isVisible());
        auto *nav = window->findChild<QTreeView *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->currentIndex().data().toString(), QStringLiteral("Templates"));

        window->showArea(QStringLiteral("overview"));
        QTRY_VERIFY(overview->isVisible());
        QToolButton *webhooks = openerOf(QStringLiteral("Webhooks"));
        QVERIFY(webhooks);
        QCOMPARE(webhooks->focusPolicy(), Qt::TabFocus);
        webhooks->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(webhooks->hasFocus());
        QTest::keyClick(webhooks, Qt::Key_Space);
        QCOMPARE(window->currentArea(), QStringLiteral("webhooks"));
        QTRY_VERIFY(window->page(QStringLiteral("webhooks")) && window->page(QStringLiteral("webhooks"))->isVisible());
        // The card still reads as before: "Webhooks: 3 …", a line a row.
        const auto *card = overview->findChild<OverviewCard *>();
        QVERIFY(card);
        QVERIFY2(card->text().startsWith(QStringLiteral("Webhooks: ")), qPrintable(card->text()));
    }

    // The server fails every list while a person refreshes the overview: each row says it was
    // not read, why, and how to try again, in the short bold column and the detail beside it;
    // the next Refresh, the server well again, brings the numbers back.
    void overviewSaysWhatWasNotReadAndRecovers()
    {
        OverviewPage *overview = overviewWithCounts();
        QVERIFY(overview);
        const QString counted = overview->cardText(sandboxProject.id);
        sandbox::FaultSettings failing;
        failing.share500 = 1.0;
        fx->server->setFaults(failing);
        QAction *refresh = window->findChild<QAction *>(QStringLiteral("refresh"));
        QVERIFY(refresh);
        refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(overview->showsCounts(), 60000);
        const QString failed = overview->cardText(sandboxProject.id);
        QVERIFY2(failed.startsWith(QStringLiteral("Webhooks: not read (500 ")), qPrintable(failed));
        QVERIFY2(failed.contains(QStringLiteral(") Refresh with F5 to try again.")), qPrintable(failed));
        QCOMPARE(failed.count(QStringLiteral(": not read (")), 6);

        fx->server->setFaults(sandbox::FaultSettings());
        refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(overview->showsCounts() && overview->cardText(sandboxProject.id) == counted, 60000);
    }

    // A person adds a webhook elsewhere and clicks Refresh on the toolbar: the card's
    // Webhooks row says the new number, its label changed in place, and the button shows
    // the icon it looked up when first drawn.
    void refreshClickedUpdatesTheOverviewCardInPlace()
    {
        OverviewPage *overview = overviewWithCounts();
        QVERIFY(overview);
        const int before = overview->summary(sandboxProject.id)->section(QStringLiteral("webhooks"))->total;
        // The card's first row: "Webhooks", its number.
        auto *card = overview->findChild<OverviewCard *>();
        QVERIFY(card);
        auto *grid = qobject_cast<QGridLayout *>(card->layout());
        QVERIFY(grid);
        auto *title = qobject_cast<QToolButton *>(grid->itemAtPosition(0, 0)->widget()); // it opens the list
        QLabel *value = qobject_cast<QLabel *>(grid->itemAtPosition(0, 1)->widget());
        QVERIFY(title && title->text() == QStringLiteral("Webhooks"));
        QVERIFY(value && value->text() == QString::number(before) && value->font().bold());
        QVERIFY2(overview->cardText(sandboxProject.id).contains(QStringLiteral("Webhooks: %1").arg(before)),
                 qPrintable(overview->cardText(sandboxProject.id)));

        const ApiResult r = fx->callSync(ApiRequest(QStringLiteral("WebhookController_createWebhook_v1"))
                                         .json(QJsonObject{{QStringLiteral("target"), QStringLiteral("https://example.com/ui/added")},
                                                           {QStringLiteral("secret"), QStringLiteral("hook-secret-1234")},
                                                           {QStringLiteral("triggers"), QJsonArray{QStringLiteral("ALL")}}}));
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));

        auto *bar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        QAction *refresh = window->findChild<QAction *>(QStringLiteral("refresh"));
        auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(refresh));
        QVERIFY(button && button->isVisible());
        QVERIFY(!button->icon().isNull());
        QVERIFY(!button->icon().pixmap(18, 18).isNull());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(value->text() == QString::number(before + 1), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(overview->showsCounts(), 20000);
        QVERIFY(overview->findChildren<QLabel *>().contains(value)); // the same label, not a new card
        QVERIFY2(overview->cardText(sandboxProject.id).contains(QStringLiteral("Webhooks: %1").arg(before + 1)),
                 qPrintable(overview->cardText(sandboxProject.id)));
    }
};

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
