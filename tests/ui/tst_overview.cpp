// The Overview against the in-process sandbox, as a person uses it: each project's numbers
// read from the real list operations, copied with Ctrl+C, updated in place by Refresh, a row's
// title opening its list, a state's number its list filtered to that state, and a list the
// server fails said plainly, then read again.
#include "testsupport.h"
#include "windowfixture.h"
#include "navigationmodel.h"

#include "mainwindow.h"
#include "overviewcard.h"
#include "overviewpage.h"
#include "theme.h"
#include "resourcelistpage.h"
#include "conversation/conversationapppicker.h"
#include "rcs/senders/rcssenderspage.h"
#include "ui/guidriver.h"
#include "templates/list/templatefilterbar.h"
#include "templates/list/templatefilterproxy.h"
#include "templates/list/templatespage.h"
#include "models/pagedlistmodel.h"
#include "models/templatelistmodel.h"
#include "models/projectsummary.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/seedids.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
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

    // The row of `card` whose title is `title` (-1: none).
    static int rowOf(const OverviewCard *card, const QString &title)
    {
        for (int row = 0; QToolButton *b = card->opener(row); ++row) {
            if (b->text() == title)
                return row;
        }
        return -1;
    }

    // Reads every page of `model` and returns its items (a template list: its language rows).
    static QList<QJsonObject> allItems(PagedListModel *model)
    {
        if (!QTest::qWaitFor([model] {
                while (model->canFetchMore(QModelIndex()))
                    model->fetchMore(QModelIndex());
                return model->isDone() && !model->isLoading();
            }, 20000))
            return {};
        return itemsOf(model);
    }

    // The items `model` holds now (of a view's proxy: those the view shows).
    static QList<QJsonObject> itemsOf(const QAbstractItemModel *model)
    {
        QList<QJsonObject> items;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < model->rowCount(parent); ++r) {
                const QModelIndex index = model->index(r, 0, parent);
                if (const QJsonObject json = index.data(Qt::UserRole + 1).toJsonObject(); !json.isEmpty())
                    items << json;
                walk(index);
            }
        };
        walk(QModelIndex());
        return items;
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

    // What could not be read is read again when the person comes back to the overview (the
    // list loaded on its page meanwhile): no F5 needed, and only what failed is asked again.
    void comingBackReadsWhatWasNotRead()
    {
        OverviewPage *overview = overviewWithCounts();
        QVERIFY(overview);
        const QString counted = overview->cardText(sandboxProject.id);
        sandbox::FaultSettings failing;
        failing.share500 = 1.0;
        fx->server->setFaults(failing);
        window->findChild<QAction *>(QStringLiteral("refresh"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(overview->showsCounts(), 60000);
        QCOMPARE(overview->cardText(sandboxProject.id).count(QStringLiteral(": not read (")), 6);
        fx->server->setFaults(sandbox::FaultSettings());

        // The webhooks page, whose list loads now.
        auto *nav = window->findChild<QTreeView *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        window->showArea(QStringLiteral("webhooks"));
        QTRY_VERIFY(!overview->isVisible());
        // Counted on a list the inbox's sync does not read (its reads of templates and
        // senders, failed as well, may be retried at any time).
        const QString upscales = QStringLiteral("UpscalesController_listUpscales_v1");
        const int upscalesRead = fx->server->requestCount(upscales);
        // Back with a click on Overview in the navigation.
        const QModelIndex overviewRow = static_cast<ui::NavigationModel *>(nav->model())->indexOf(QStringLiteral("overview"));
        nav->scrollTo(overviewRow);
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualRect(overviewRow).center());
        QTRY_VERIFY(overview->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(overview->showsCounts() && overview->cardText(sandboxProject.id) == counted, 60000);
        QCOMPARE(fx->server->requestCount(upscales), upscalesRead + 1);
        // Shown again with every number read: nothing is asked.
        window->showArea(QStringLiteral("webhooks"));
        window->showArea(QStringLiteral("overview"));
        QCOMPARE(fx->server->requestCount(upscales), upscalesRead + 1);
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

    // A state's number opens its list showing only that state: a person clicks "… Approved"
    // on the WhatsApp templates row and sees those templates, as many as it said, the
    // state filter on Approved; on the senders row Tab to a state and Space does the same.
    // Templates never approved (no state of their own) are counted by their changes' status
    // ("In review", "Rejected (never approved)": apart from the state "Rejected") and open the
    // list on "Never approved" and that status. A number its list cannot be filtered to is
    // said, not offered: the upscales' page has no state filter.
    void stateNumberOpensTheListFilteredToIt()
    {
        // A template submitted and never approved: its list says "In review", so does the card.
        const QJsonObject body{{QStringLiteral("type"), QStringLiteral("BODY")}, {QStringLiteral("text"), QStringLiteral("Thanks for your order.")}};
        const ApiResult created = fx->callSync(
            ApiRequest(QStringLiteral("TemplatesController_createTemplate_v1"))
                .json(QJsonObject{{QStringLiteral("name"), QStringLiteral("overview_in_review")},
                                  {QStringLiteral("language"), QStringLiteral("EN_US")},
                                  {QStringLiteral("category"), QStringLiteral("UTILITY")},
                                  {QStringLiteral("status"), QStringLiteral("SUBMIT")},
                                  {QStringLiteral("details"), QJsonObject{{QStringLiteral("components"), QJsonArray{body}}}}}));
        QVERIFY2(created.ok(), qPrintable(created.error.summary()));
        OverviewPage *overview = overviewWithCounts();
        QVERIFY(overview);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto *card = overview->findChild<OverviewCard *>();
        QVERIFY(card);
        const ProjectSummary *summary = overview->summary(sandboxProject.id);
        const auto numberOf = [](const QToolButton *b) { return b->text().section(QLatin1Char(' '), 0, 0).toInt(); };
        const auto stateButton = [&card](int row, const QString &word) -> QToolButton * {
            for (int i = 0; QToolButton *b = card->stateOpener(row, i); ++i) {
                if (b->text().endsWith(QLatin1Char(' ') + word))
                    return b;
            }
            return nullptr;
        };

        const int templatesRow = rowOf(card, QStringLiteral("WhatsApp templates"));
        QVERIFY(templatesRow >= 0);
        QToolButton *inReview = stateButton(templatesRow, QStringLiteral("In review"));
        QVERIFY2(inReview && inReview->isEnabled() && numberOf(inReview) == 1, qPrintable(card->text()));
        const ProjectSummary::Section *counted = summary->section(QStringLiteral("whatsappTemplates"));
        // The sandbox's rejected templates were never approved: no "Rejected" state stands
        // beside them, and the number is theirs alone.
        QToolButton *rejected = stateButton(templatesRow, QStringLiteral("Rejected (never approved)"));
        QVERIFY2(rejected && rejected->isEnabled(), qPrintable(card->text()));
        QVERIFY(numberOf(rejected) > 0);
        QCOMPARE(numberOf(rejected), counted->byState.value(QStringLiteral("changes.status=REJECTED")));
        QVERIFY(!counted->byState.contains(QStringLiteral("REJECTED")));
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            window->grab().save(QStringLiteral("overview-never-approved.png"));
        QToolButton *approved = stateButton(templatesRow, QStringLiteral("Approved"));
        QVERIFY2(approved && approved->isEnabled(), qPrintable(card->text()));
        QCOMPARE(numberOf(approved), summary->section(QStringLiteral("whatsappTemplates"))->byState.value(QStringLiteral("APPROVED")));
        QVERIFY(numberOf(approved) > 0);
        QCOMPARE(approved->accessibleName(), QStringLiteral("Open the list showing only these: %1").arg(approved->text()));
        QCOMPARE(approved->palette().color(QPalette::ButtonText), overview->palette().color(QPalette::Link));
        const int approvedCount = numberOf(approved); // the click makes the card anew
        QTest::mouseClick(approved, Qt::LeftButton);
        QCOMPARE(window->currentArea(), QStringLiteral("whatsapp.templates"));
        auto *templates = qobject_cast<TemplatesPage *>(window->page(QStringLiteral("whatsapp.templates")));
        QVERIFY(templates);
        QCOMPARE(templates->filterBar()->stateCombo()->currentData().toString(), QStringLiteral("APPROVED"));
        QCOMPARE(templates->filterBar()->stateCombo()->currentText(), QStringLiteral("Approved"));
        const QList<QJsonObject> shown = allItems(templates->model());
        QCOMPARE(shown.size(), approvedCount);
        for (const QJsonObject &t : shown)
            QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("APPROVED"));

        // The one in review: the list shows it alone, the filters say why.
        window->showArea(QStringLiteral("overview"));
        QTRY_VERIFY(overview->isVisible());
        card = overview->findChild<OverviewCard *>();
        inReview = stateButton(templatesRow, QStringLiteral("In review"));
        QVERIFY(inReview);
        QTest::mouseClick(inReview, Qt::LeftButton);
        QCOMPARE(window->currentArea(), QStringLiteral("whatsapp.templates"));
        QCOMPARE(templates->filterBar()->stateCombo()->currentText(), QStringLiteral("Never approved"));
        QCOMPARE(templates->filterBar()->statusCombo()->currentText(), QStringLiteral("In review"));
        allItems(templates->model());
        QTRY_COMPARE(itemsOf(templates->proxy()).size(), 1);
        QCOMPARE(itemsOf(templates->proxy()).first().value(QStringLiteral("name")).toString(), QStringLiteral("overview_in_review"));
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            window->grab().save(QStringLiteral("templates-never-approved.png"));
        // "Never approved" with any changes, by hand: every template without a state.
        QVERIFY(test::GuiDriver(templates).choose(QStringLiteral("Pending changes"), QStringLiteral("Any changes")));
        const QList<QJsonObject> everyTemplate = allItems(templates->model());
        const auto withoutState = std::count_if(everyTemplate.cbegin(), everyTemplate.cend(), [](const QJsonObject &t) {
            return !t.contains(QStringLiteral("state"));
        });
        QVERIFY(withoutState > 1);
        QTRY_COMPARE(itemsOf(templates->proxy()).size(), withoutState);
        QCOMPARE(templates->filterBar()->stateCombo()->currentText(), QStringLiteral("Never approved"));
        // And back to all states: all of them.
        QVERIFY(test::GuiDriver(templates).choose(QStringLiteral("State"), QStringLiteral("All states")));
        QTRY_COMPARE(itemsOf(templates->proxy()).size(), everyTemplate.size());

        // The senders, by keyboard; another filter chosen before is cleared.
        window->showArea(QStringLiteral("overview"));
        QTRY_VERIFY(overview->isVisible());
        card = overview->findChild<OverviewCard *>();
        const int sendersRow = rowOf(card, QStringLiteral("WhatsApp senders"));
        QVERIFY(sendersRow >= 0);
        QToolButton *state = card->stateOpener(sendersRow, 0);
        QVERIFY2(state && state->isEnabled(), qPrintable(card->text()));
        QCOMPARE(state->focusPolicy(), Qt::TabFocus);
        state->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(state->hasFocus());
        const int stateCount = numberOf(state);
        const QString stateText = state->text();
        QTest::keyClick(state, Qt::Key_Space);
        QCOMPARE(window->currentArea(), QStringLiteral("whatsapp.senders"));
        auto *senders = qobject_cast<ResourceListPage *>(window->page(QStringLiteral("whatsapp.senders")));
        QVERIFY(senders);
        auto *stateFilter = senders->findChild<QComboBox *>(QStringLiteral("filter.filterStates"));
        QVERIFY(stateFilter);
        const QString chosen = stateFilter->currentData().toString();
        QVERIFY(!chosen.isEmpty());
        QVERIFY2(stateText.endsWith(stateFilter->currentText()), qPrintable(stateText));
        QList<QJsonObject> listed = allItems(senders->model());
        QCOMPARE(listed.size(), stateCount);
        for (const QJsonObject &s : listed)
            QCOMPARE(s.value(QStringLiteral("state")).toString(), chosen);

        // RCS senders, whose page has had a state filter since; the upscales' has none.
        window->showArea(QStringLiteral("overview"));
        QTRY_VERIFY(overview->isVisible());
        card = overview->findChild<OverviewCard *>();
        const int rcsRow = rowOf(card, QStringLiteral("RCS senders"));
        QToolButton *launched = stateButton(rcsRow, QStringLiteral("Launched"));
        QVERIFY2(launched && launched->isEnabled(), qPrintable(card->text()));
        const int launchedCount = numberOf(launched);
        QTest::mouseClick(launched, Qt::LeftButton);
        QCOMPARE(window->currentArea(), QStringLiteral("rcs.senders"));
        auto *rcs = qobject_cast<ResourceListPage *>(window->page(QStringLiteral("rcs.senders")));
        QVERIFY(rcs);
        QCOMPARE(rcs->findChild<QComboBox *>(QStringLiteral("filter.filterStates"))->currentData().toString(), QStringLiteral("LAUNCHED"));
        listed = allItems(rcs->model());
        QCOMPARE(listed.size(), launchedCount);
        for (const QJsonObject &s : listed)
            QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("LAUNCHED"));

        window->showArea(QStringLiteral("overview"));
        QTRY_VERIFY(overview->isVisible());
        card = overview->findChild<OverviewCard *>();
        const int upscalesRow = rowOf(card, QStringLiteral("RCS upscales"));
        QVERIFY(card->stateOpener(upscalesRow, 0));
        for (int i = 0; QToolButton *b = card->stateOpener(upscalesRow, i); ++i) {
            QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
            QVERIFY(!b->toolTip().isEmpty());
            QVERIFY(b->palette().color(QPalette::Disabled, QPalette::ButtonText) != overview->palette().color(QPalette::Link));
        }
    }

    // A state's number shows everything it counted: on RCS senders the Conversation app
    // chosen before is cleared too, not only the list's own filters.
    void stateNumberClearsTheRcsAppFilter()
    {
        OverviewPage *overview = overviewWithCounts();
        QVERIFY(overview);
        window->showArea(QStringLiteral("rcs.senders"));
        auto *page = qobject_cast<RcsSendersPage *>(window->page(QStringLiteral("rcs.senders")));
        QVERIFY(page);
        QTRY_VERIFY(page->model() && page->model()->hasLoadedOnce() && !page->model()->isLoading());
        QTRY_VERIFY(!page->appFilter()->apps().isEmpty());
        const QString retail = sandbox::SeedIds::conversationApp(fx->server->config().projectId, QStringLiteral("acme-retail")).id;
        QVERIFY(test::GuiDriver(page).choose(QStringLiteral("Filter by Conversation app"),
                                             ConversationAppPicker::describe(page->appFilter()->app(retail))));
        QTRY_VERIFY(page->model() && page->model()->hasLoadedOnce() && !page->model()->isLoading());
        QCOMPARE(page->appFilter()->appId(), retail);

        window->showArea(QStringLiteral("overview"));
        QTRY_VERIFY(overview->isVisible());
        auto *card = overview->findChild<OverviewCard *>();
        QVERIFY(card);
        const int rcsRow = rowOf(card, QStringLiteral("RCS senders"));
        QToolButton *launched = nullptr;
        for (int i = 0; QToolButton *b = card->stateOpener(rcsRow, i); ++i) {
            if (b->text().endsWith(QStringLiteral(" Launched")))
                launched = b;
        }
        QVERIFY2(launched && launched->isEnabled(), qPrintable(card->text()));
        const int launchedCount = launched->text().section(QLatin1Char(' '), 0, 0).toInt();
        QTest::mouseClick(launched, Qt::LeftButton);
        QCOMPARE(window->currentArea(), QStringLiteral("rcs.senders"));
        QCOMPARE(page->appFilter()->appId(), QString());
        const QList<QJsonObject> listed = allItems(page->model());
        QCOMPARE(listed.size(), launchedCount);
        QSet<QString> apps;
        for (const QJsonObject &s : listed) {
            QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("LAUNCHED"));
            apps.insert(s.value(QStringLiteral("conversationApiAppDetails")).toObject().value(QStringLiteral("id")).toString());
        }
        QVERIFY2(apps.size() > 1, "the launched senders of other apps show again");
    }
};

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
