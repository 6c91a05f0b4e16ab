// The activity feed of a resource as a person uses it: the entries newest first, a
// comment typed key by key and posted with the button or Ctrl+Enter shows at once and
// stays once the server has it; a post the server refuses goes back into the box with a
// message, and the feed has nothing new.
#include "activity/activityfeedview.h"
#include "activity/commentbox.h"
#include "messagebar.h"
#include "resourcelistpage.h"
#include "senders/senderdetail.h"
#include "senders/senderpage.h"
#include "templates/editor/templateeditor.h"
#include "domain/templatedocument.h"
#include "domain/sendernextstep.h"
#include "services/areacatalog.h"

#include "api/apiclient.h"
#include "api/apirequest.h"
#include "api/manualclock.h"
#include "guidriver.h"
#include "models/activityfeedmodel.h"
#include "services/activityservice.h"
#include "sandbox/faultsettings.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QTest>

using namespace sinch;
using sinch::test::GuiDriver;
using sinch::ui::ActivityFeedView;

class TstActivityFeed : public QObject
{
    Q_OBJECT

    // A seeded template with activity, as the feed names it.
    static FeedRef templateFeed(test::SandboxFixture &fx)
    {
        const ApiResult list = fx.callSync(ApiRequest(QStringLiteral("TemplatesController_listTemplates_v1")));
        const QJsonObject t = list.json.object().value(QLatin1String("templates")).toArray().first().toObject();
        FeedRef ref;
        ref.projectKey = fx.projectKey;
        ref.kind = FeedRef::Kind::WhatsappTemplate;
        ref.ids = {t.value(QLatin1String("name")).toString(), t.value(QLatin1String("language")).toString()};
        ref.title = ref.ids.join(QStringLiteral(" · "));
        return ref;
    }

    // The feed as the server has it, newest first.
    static QList<Activity> serverFeed(test::SandboxFixture &fx, const FeedRef &feed)
    {
        ApiRequest r = ActivityService::listRequest(feed);
        r.arg(QStringLiteral("pageSize"), QStringLiteral("100"));
        return ActivityService::activitiesIn(fx.callSync(r), feed);
    }

    // The view on screen with the feed read.
    static void showLoaded(ActivityFeedView &view, const FeedRef &feed)
    {
        view.resize(420, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFeed(feed);
        waitLoaded(view);
    }

    static void waitLoaded(ActivityFeedView &view)
    {
        QTRY_VERIFY_WITH_TIMEOUT(view.model() && view.model()->hasLoadedOnce() && !view.model()->isLoading(), 10000);
    }

private slots:
    void showsTheFeedNewestFirst()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        const FeedRef feed = templateFeed(fx);
        const QList<Activity> expected = serverFeed(fx, feed);
        QVERIFY(!expected.isEmpty());

        ActivityFeedView view(fx.client.get(), nullptr);
        view.resize(420, 600);
        view.show();
        view.setFeed(feed);
        waitLoaded(view);
        QCOMPARE(view.model()->rowCount(), int(expected.size()));
        for (int r = 0; r < expected.size(); ++r)
            QCOMPARE(view.model()->activity(r).key(), expected.at(r).key());
        for (int r = 1; r < view.model()->rowCount(); ++r)
            QVERIFY(view.model()->activity(r - 1).created >= view.model()->activity(r).created);
        QVERIFY(view.stateText().contains(feed.title));
    }

    void commentShowsAtOnceAndStays()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        const FeedRef feed = templateFeed(fx);
        ActivityFeedView view(fx.client.get(), nullptr);
        showLoaded(view, feed);
        QVERIFY(!QTest::currentTestFailed());
        const int before = view.model()->rowCount();

        GuiDriver gui(&view);
        QVERIFY(gui.typeAtEnd(QStringLiteral("Comment"), QStringLiteral("Footer shortened, please look again.")));
        QVERIFY(gui.get<QPushButton>(QStringLiteral("Post comment"))->isEnabled());
        QVERIFY(gui.click(QStringLiteral("Post comment")));
        // At once: out of the box, shown above the feed.
        QCOMPARE(view.commentBox()->text(), QString());
        QCOMPARE(view.pendingCount(), 1);
        QVERIFY(view.pendingList()->isVisible());
        // The server has it; the feed shows it at the top and the pending entry goes.
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), before + 1, 10000);
        QCOMPARE(view.model()->activity(0).comment, QStringLiteral("Footer shortened, please look again."));
        QCOMPARE(view.model()->activity(0).type, QStringLiteral("COMMENT_ADDED"));
        QTRY_COMPARE(view.pendingCount(), 0);
        QVERIFY(!view.pendingList()->isVisible());
        QCOMPARE(serverFeed(fx, feed).first().comment, QStringLiteral("Footer shortened, please look again."));

        // Ctrl+Enter posts too.
        QVERIFY(gui.typeAtEnd(QStringLiteral("Comment"), QStringLiteral("Thanks!")));
        GuiDriver::key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(view.pendingCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), before + 2, 10000);
        QCOMPARE(view.model()->activity(0).comment, QStringLiteral("Thanks!"));
    }

    void failedPostStaysInTheBox()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        const FeedRef feed = templateFeed(fx);
        ActivityFeedView view(fx.client.get(), nullptr);
        showLoaded(view, feed);
        QVERIFY(!QTest::currentTestFailed());
        const int before = int(serverFeed(fx, feed).size());

        GuiDriver gui(&view);
        QVERIFY(gui.typeAtEnd(QStringLiteral("Comment"), QStringLiteral("Please approve")));
        fx.server->injectNext(500); // a POST is not repeated: the post fails
        QVERIFY(gui.click(QStringLiteral("Post comment")));
        QCOMPARE(view.pendingCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(view.pendingCount(), 0, 10000);
        QCOMPARE(view.commentBox()->text(), QStringLiteral("Please approve"));
        QVERIFY(view.messageBar()->isVisible());
        QVERIFY(view.messageBar()->text().contains(QStringLiteral("back in the box")));
        QCOMPARE(int(serverFeed(fx, feed).size()), before);
        QCOMPARE(view.model()->rowCount(), before);

        // Posted again, it goes, and the failure said before goes with it.
        QVERIFY(gui.click(QStringLiteral("Post comment")));
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), before + 1, 10000);
        QCOMPARE(view.commentBox()->text(), QString());
        QVERIFY(!view.messageBar()->isVisible());
    }

    void tooLongCommentCannotBePosted()
    {
        ui::CommentBox box;
        box.setMaxLength(10);
        box.show();
        GuiDriver::typeKeys(box.editor(), QStringLiteral("0123456789"));
        QVERIFY(box.postButton()->isEnabled());
        GuiDriver::typeKeys(box.editor(), QStringLiteral("X"));
        QVERIFY(!box.postButton()->isEnabled());
        QVERIFY(box.findChild<QLabel *>(QStringLiteral("commentLength"))->text().contains(QStringLiteral("1")));
    }

    void senderListShowsTheSelectedSendersActivity()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        ui::SenderPage page(AreaCatalog::find(QStringLiteral("whatsapp.senders")), fx.client.get(), nullptr);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setProject(fx.projectKey);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 1, 10000);
        QVERIFY(page.activityView());

        // The Activity tab (after the sender in words and its JSON), clicked: the feed of the current row.
        QTabBar *tabs = page.detailTabs()->tabBar();
        QCOMPARE(tabs->tabText(2), QStringLiteral("Activity"));
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(2).center());
        QCOMPARE(page.detailTabs()->currentWidget(), page.activityView());
        QVERIFY(page.activityView()->stateText().contains(QStringLiteral("Choose one of the senders")));
        const QModelIndex first = page.view()->model()->index(0, 0); // Down goes on from it
        page.view()->scrollTo(first);
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, page.view()->visualRect(first).center());
        const QString id = first.data(ResourceListModel::JsonRole).toJsonObject().value(QLatin1String("id")).toString();
        QCOMPARE(page.activityView()->feed().ids, QStringList{id});
        // On the sender's own tab, what its owner must do next.
        auto *nextStep = page.senderDetail()->findChild<QLabel *>(QStringLiteral("nextStep"));
        QVERIFY(nextStep);
        const QString sentence = SenderNextStep::of(SenderNextStep::Channel::Whatsapp,
                                                    first.data(ResourceListModel::JsonRole).toJsonObject()).sentence;
        QVERIFY(!sentence.isEmpty());
        QCOMPARE(nextStep->text(), sentence);
        QCOMPARE(page.activityView()->feed().kind, FeedRef::Kind::WhatsappSender);
        ActivityFeedView &view = *page.activityView();
        waitLoaded(view);
        QCOMPARE(view.model()->rowCount(), int(serverFeed(fx, view.feed()).size()));

        // Down arrow: the next sender's feed.
        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_Down);
        const QString next = page.view()->currentIndex().data(ResourceListModel::JsonRole).toJsonObject()
                                 .value(QLatin1String("id")).toString();
        QVERIFY(next != id);
        QCOMPARE(page.activityView()->feed().ids, QStringList{next});

        // The README's picture: a sender's activity with a comment just posted.
        waitLoaded(view);
        QVERIFY(GuiDriver(&page).typeAtEnd(QStringLiteral("Comment"), QStringLiteral("Display name approved by Meta, thanks!")));
        QVERIFY(GuiDriver(&page).click(QStringLiteral("Post comment")));
        QTRY_COMPARE_WITH_TIMEOUT(view.pendingCount(), 0, 10000);
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS")) { // the source tree stays as it is otherwise
            QDir().mkpath(QStringLiteral(SINCH_SCREENSHOTS));
            QVERIFY(page.grab().save(QStringLiteral(SINCH_SCREENSHOTS "/activity-feed.png")));
        }
    }

    void templateEditorHasItsActivityBesideThePreview()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        const FeedRef feed = templateFeed(fx);
        const ApiResult got = fx.callSync(ApiRequest(QStringLiteral("TemplatesController_getTemplate_v1"))
                                              .path(QStringLiteral("templateName"), feed.ids.at(0))
                                              .path(QStringLiteral("languageCode"), feed.ids.at(1)));
        QVERIFY(got.ok());
        const QJsonObject server = got.json.object();
        ui::TemplateEditor::Context ctx{fx.client.get(), fx.projectKey, nullptr, nullptr};
        ui::TemplateEditor editor(ctx, TemplateDocument::fromServerTemplate(server), server);
        editor.resize(1200, 820);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        // Read when looked at: nothing asked until the tab is clicked.
        const QString op = ActivityService::listOperation(FeedRef::Kind::WhatsappTemplate);
        const int before = fx.server->requestCount(op);
        auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("sideTabs"));
        QVERIFY(tabs);
        GuiDriver::settle();
        QCOMPARE(fx.server->requestCount(op), before);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
        QCOMPARE(tabs->currentWidget(), editor.activityView());
        QCOMPARE(editor.activityView()->feed().ids, feed.ids);
        waitLoaded(*editor.activityView());
        QCOMPARE(editor.activityView()->model()->rowCount(), int(serverFeed(fx, feed).size()));

        // A comment from the editor.
        QVERIFY(GuiDriver(&editor).typeAtEnd(QStringLiteral("Comment"), QStringLiteral("Category checked with legal.")));
        QVERIFY(GuiDriver(&editor).click(QStringLiteral("Post comment")));
        QTRY_COMPARE_WITH_TIMEOUT(serverFeed(fx, feed).first().comment, QStringLiteral("Category checked with legal."), 10000);

        // A new template has no activity yet, and says so.
        ui::TemplateEditor fresh(ctx, TemplateDocument::newTemplate());
        fresh.show();
        auto *freshTabs = fresh.findChild<QTabWidget *>(QStringLiteral("sideTabs"));
        freshTabs->setCurrentIndex(1);
        QVERIFY(!fresh.activityView()->feed().isValid());
        QVERIFY(fresh.activityView()->stateText().contains(QStringLiteral("Save the template")));
    }

    // The server fails the feed's first page: the view says the activity could not be read
    // (not "Loading activity…" for good), and Retry, the server well again, shows it.
    void firstReadFailedSaysSoAndRetries()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        const FeedRef feed = templateFeed(fx);
        ActivityFeedView view(fx.client.get(), nullptr);
        view.resize(420, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        sandbox::FaultSettings failing;
        failing.share500 = 1.0;
        fx.server->setFaults(failing);
        view.setFeed(feed);
        QTRY_VERIFY_WITH_TIMEOUT(view.model() && view.model()->hasError() && !view.model()->isLoading(), 10000);
        QCOMPARE(view.stateText(), QStringLiteral("The activity could not be read. See the message above."));
        fx.server->setFaults(sandbox::FaultSettings());
        GuiDriver gui(&view);
        QVERIFY(gui.click(QStringLiteral("Retry")));
        waitLoaded(view);
        QVERIFY(view.model()->rowCount() > 0);
        QVERIFY(view.stateText().contains(feed.title));
    }

    // An account's own feed is named for the account, not for the area that shows it: the
    // RCS area "Account activity" read "Activity of RCS Account activity".
    void anAccountsFeedIsNamedForTheAccount()
    {
        QCOMPARE(AreaCatalog::feedOf(AreaCatalog::find(QStringLiteral("rcs.activities")), QStringLiteral("p")).title,
                 QStringLiteral("RCS account"));
        QCOMPARE(AreaCatalog::feedOf(AreaCatalog::find(QStringLiteral("whatsapp.account")), QStringLiteral("p")).title,
                 QStringLiteral("WhatsApp account"));
    }

    // In a narrow pane (the WhatsApp account's activity beside its details) a headline that
    // does not fit wraps: "Pending Facebook verification by Meta" was cut to "Pending facebo…".
    void aLongHeadlineWrapsInANarrowPane()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        const FeedRef feed = AreaCatalog::feedOf(AreaCatalog::find(QStringLiteral("whatsapp.account")), fx.projectKey);
        ActivityFeedView view(fx.client.get(), nullptr);
        showLoaded(view, feed);
        int row = -1;
        for (int r = 0; r < view.model()->rowCount() && row < 0; ++r)
            if (view.model()->activity(r).type == QLatin1String("PENDING_FACEBOOK_VERIFICATION"))
                row = r;
        QVERIFY2(row >= 0, "the seeded account feed has no Meta verification step");
        QListView *list = view.list();
        const QModelIndex index = list->model()->index(row, 0);
        const int oneLine = list->visualRect(index).height();
        view.resize(240, 600);
        QTRY_VERIFY2(list->visualRect(index).height() > oneLine,
                     qPrintable(QStringLiteral("%1 px narrow, %2 px wide").arg(list->visualRect(index).height()).arg(oneLine)));
        // The wrapped row is where it is drawn: a click on its second line picks it.
        const QRect narrow = list->visualRect(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(narrow.center().x(), narrow.bottom() - 3));
        QTRY_COMPARE(list->currentIndex().row(), row);
        view.resize(420, 600);
        QTRY_COMPARE(list->visualRect(index).height(), oneLine);
    }

    void noFeedSaysWhy()
    {
        ActivityFeedView view(nullptr, nullptr);
        view.setFeed(FeedRef(), QStringLiteral("Save the template first: a new one has no activity."));
        QCOMPARE(view.stateText(), QStringLiteral("Save the template first: a new one has no activity."));
        QVERIFY(!view.commentBox()->isEnabled());
    }
};

QTEST_MAIN(TstActivityFeed)
#include "tst_activityfeed.moc"
