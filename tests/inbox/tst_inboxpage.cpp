// The inbox as a person uses it, in the main window on the sandbox with two projects:
// Inbox in the navigation (with its unread badge) lists the activity of both projects
// newest first; filters, search and "unread only" narrow it; clicking an entry marks it
// read and opens its resource in its project; unread state survives a restart; a damaged
// database is moved aside with a message and refilled.
#include "guidriver.h"
#include "sandboxhttpclient.h"
#include "inbox/inboxcontroller.h"
#include "inbox/inboxpage.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "models/inboxmodel.h"
#include "navigationmodel.h"
#include "overviewpage.h"
#include "resourcelistpage.h"
#include "sandbox/sandboxserver.h"
#include "services/inboxsync.h"
#include "services/notificationpolicy.h"
#include "services/whatsapptemplateservice.h"
#include "api/apijob.h"
#include "api/apirequest.h"
#include "storage/activitystore.h"
#include "templates/list/documenttab.h"
#include "windowfixture.h"

#include "activity/activityfeedview.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QTimer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace sinch;
using sinch::test::GuiDriver;

class TstInboxPage : public QObject, public test::WindowFixture
{
    Q_OBJECT

    std::unique_ptr<ActivityStore> m_store;

    QString dbPath() const { return dir->filePath(QStringLiteral("inbox.sqlite")); }

    // The window with the sandbox's two projects (the second a trial project without RCS)
    // and the inbox on a database file in the test's folder.
    ui::MainWindow *open()
    {
        m_store = std::make_unique<ActivityStore>();
        m_store->open(dbPath());
        activities = m_store.get();
        ui::MainWindow *w = makeWindow({}, {sandboxProjectNamed(QStringLiteral("Shop EU")),
                                            sandboxProjectNamed(QStringLiteral("Trial"),
                                                                fx->server->config().limits.otherProjectId)});
        return w;
    }

    ui::InboxPage *showInbox(ui::MainWindow *w)
    {
        w->showArea(QStringLiteral("inbox"));
        auto *page = w->findChild<ui::InboxPage *>(QStringLiteral("page.inbox"));
        return page;
    }

    // Waits until every project has synced once.
    static void waitSynced(ui::MainWindow *w, int projects = 2)
    {
        InboxSync *sync = w->inbox()->sync();
        QTRY_VERIFY_WITH_TIMEOUT(sync->projects().size() == projects, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!sync->isSyncing() && sync->lastSync(sync->projects().first()).isValid()
                                     && sync->lastSync(sync->projects().last()).isValid(),
                                 30000);
    }

private slots:
    void init()
    {
        QVERIFY(setUpWindowFixture());
    }
    void cleanup()
    {
        window.reset();
        activities = nullptr;
        m_store.reset();
        tearDownWindowFixture();
    }

    // The first sync of a project waits until what the window asked for is in: at startup
    // the overview's counts come first, the inbox (background work) after them.
    void firstSyncWaitsForTheWindowsRequests()
    {
        int feedReads = 0;
        int feedReadsBeforeCounts = 0;
        QObject guard;
        connect(fx->client.get(), &ApiClient::jobStarted, &guard, [&](ApiJob *job) {
            if (!job->request().operationId.contains(QLatin1String("listActivities")))
                return;
            ++feedReads;
            const auto *overview = window ? window->findChild<ui::OverviewPage *>() : nullptr;
            if (!overview || !overview->showsCounts())
                ++feedReadsBeforeCounts;
        });
        ui::MainWindow *w = open();
        // Opened meanwhile, the inbox says a sync is coming, not that there was none.
        ui::InboxPage *page = showInbox(w);
        QVERIFY2(page->statusText().startsWith(QStringLiteral("Syncing")), qPrintable(page->statusText()));
        waitSynced(w);
        QVERIFY(w->findChild<ui::OverviewPage *>());
        QVERIFY(feedReads > 0);
        QCOMPARE(feedReadsBeforeCounts, 0);
    }

    // The server fails the inbox's first sync, at startup, before anyone opened the inbox:
    // opened later, it says which project could not be synced and why (it said only "Not
    // synced yet"); the next sync, the server well again, takes the message back.
    void syncFailedBeforeTheInboxOpenedIsSaid()
    {
        sandbox::FaultSettings failing;
        failing.share500 = 1.0;
        ui::MainWindow *w = open();
        InboxSync *sync = w->inbox()->sync();
        QTRY_VERIFY_WITH_TIMEOUT(sync->projects().size() == 2, 15000);
        fx->server->setFaults(failing);
        sync->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!sync->isSyncing() && !sync->lastFailure(sync->projects().first()).isEmpty(), 30000);
        QVERIFY(!w->findChild<ui::InboxPage *>(QStringLiteral("page.inbox"))); // not opened yet

        ui::InboxPage *page = showInbox(w);
        QVERIFY(page);
        auto *bar = page->findChild<ui::MessageBar *>(QStringLiteral("storeBar"));
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("could not be synced")), qPrintable(bar->text()));
        // In words with advice (it showed the server's bare message), and Retry syncs again.
        QVERIFY2(bar->text().contains(QStringLiteral("try again")) && bar->text().contains(QStringLiteral("What was read is kept")),
                 qPrintable(bar->text()));
        auto *syncAgain = bar->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(syncAgain && syncAgain->isVisible());
        QCOMPARE(syncAgain->text(), QStringLiteral("Sync now"));

        fx->server->setFaults(sandbox::FaultSettings());
        QTest::mouseClick(syncAgain, Qt::LeftButton);
        QTRY_VERIFY(sync->isSyncing() || sync->lastFailure(sync->projects().first()).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!sync->isSyncing() && sync->lastFailure(sync->projects().first()).isEmpty()
                                     && sync->lastFailure(sync->projects().last()).isEmpty(), 30000);
        QTRY_VERIFY(!bar->isVisible());
    }

    void mergesBothProjectsNewestFirstAndOpensAnEntry()
    {
        ui::MainWindow *w = open();
        QVERIFY(w->inbox());
        waitSynced(w);
        QVERIFY(!QTest::currentTestFailed());
        ui::InboxPage *page = showInbox(w);
        QVERIFY(page);
        InboxModel *model = page->model();
        QTRY_VERIFY(model->rowCount() > 5);

        // Both projects, newest first.
        QSet<QString> projects;
        for (int r = 0; r < model->rowCount(); ++r) {
            projects.insert(model->activity(r).feed.projectKey);
            if (r > 0)
                QVERIFY(model->activity(r - 1).created >= model->activity(r).created);
        }
        QCOMPARE(projects.size(), 2);

        // The badge in the navigation says how many are unread.
        const int unread = w->inbox()->unreadCount();
        QVERIFY(unread > 0);
        auto *nav = w->findChild<QTreeView *>(QStringLiteral("navigation"));
        const QModelIndex inboxRow = static_cast<ui::NavigationModel *>(nav->model())->indexOf(QStringLiteral("inbox"));
        QCOMPARE(inboxRow.data().toString(), QStringLiteral("Inbox (%1)").arg(unread));
        QVERIFY(page->statusText().contains(QStringLiteral("%1 unread").arg(unread)));

        // Search over comments, typed key by key.
        GuiDriver gui(page);
        QVERIFY(gui.typeAtEnd(QStringLiteral("Search comments"), QStringLiteral("reviewer")));
        QTRY_VERIFY(model->rowCount() > 0);
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->activity(r).comment.contains(QStringLiteral("reviewer"), Qt::CaseInsensitive));
        page->searchEdit()->setFocus();
        GuiDriver::key(Qt::Key_Escape);
        QCOMPARE(page->searchEdit()->text(), QString());

        // A channel, chosen in its list.
        QVERIFY(gui.choose(QStringLiteral("Channel"), QStringLiteral("WhatsApp")));
        QVERIFY(model->rowCount() > 0);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->activity(r).feed.channel(), QStringLiteral("whatsapp"));

        // Unread only, then a click on a sender's entry of the second project: read, gone
        // from the unread list, and the window shows that sender's activity in its project.
        QVERIFY(gui.click(QStringLiteral("Unread only")));
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            const Activity a = model->activity(r);
            if (a.feed.kind == FeedRef::Kind::WhatsappSender)
                row = r;
        }
        QVERIFY2(row >= 0, "a WhatsApp sender's entry is unread");
        const Activity clicked = model->activity(row);
        const int before = model->rowCount();
        const QModelIndex index = model->index(row);
        page->view()->scrollTo(index);
        QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, page->view()->visualRect(index).center());
        QTRY_COMPARE(model->rowCount(), before - 1);
        QCOMPARE(w->inbox()->unreadCount(), unread - 1);
        QTRY_COMPARE(inboxRow.data().toString(), QStringLiteral("Inbox (%1)").arg(unread - 1));
        auto *senders = qobject_cast<ui::ResourceListPage *>(w->findChild<QWidget *>(QStringLiteral("page.whatsapp.senders")));
        QVERIFY(senders);
        QVERIFY(senders->isVisible());
        QCOMPARE(senders->projectKey(), clicked.feed.projectKey);
        QTRY_COMPARE_WITH_TIMEOUT(senders->activityView()->feed().ids, clicked.feed.ids, 10000);
        QVERIFY(senders->activityView()->isVisible());

        // The README's picture: the inbox of both projects, all channels, one entry read.
        w->showArea(QStringLiteral("inbox"));
        QVERIFY(gui.click(QStringLiteral("Unread only")));
        QVERIFY(gui.choose(QStringLiteral("Channel"), QStringLiteral("All channels")));
        page->view()->setCurrentIndex(model->index(1));
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS")) { // the source tree stays as it is otherwise
            QDir().mkpath(QStringLiteral(SINCH_SCREENSHOTS));
            QVERIFY(w->grab().save(QStringLiteral(SINCH_SCREENSHOTS "/inbox.png")));
        }
    }

    // An entry about a template opens it on its activity, what the entry is about: a WhatsApp
    // template in its tab with the Activity side tab shown, a KakaoTalk template on its
    // page's Activity tab.
    void templateEntriesOpenOnTheirActivity()
    {
        ui::MainWindow *w = open();
        waitSynced(w);
        QVERIFY(!QTest::currentTestFailed());
        ui::InboxPage *page = showInbox(w);
        InboxModel *model = page->model();
        QTRY_VERIFY(model->rowCount() > 5);
        const auto clickEntryOf = [&](FeedRef::Kind kind) {
            w->showArea(QStringLiteral("inbox"));
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->activity(r).feed.kind != kind)
                    continue;
                const Activity a = model->activity(r);
                const QModelIndex index = model->index(r);
                page->view()->scrollTo(index);
                QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, page->view()->visualRect(index).center());
                return a.feed;
            }
            return FeedRef();
        };

        const int tabs = w->tabs()->count();
        const FeedRef whatsapp = clickEntryOf(FeedRef::Kind::WhatsappTemplate);
        QVERIFY2(whatsapp.isValid(), "a WhatsApp template has an entry");
        QTRY_COMPARE_WITH_TIMEOUT(w->tabs()->count(), tabs + 1, 10000);
        auto *editorFeed = w->tabs()->currentWidget()->findChild<ui::ActivityFeedView *>();
        QVERIFY(editorFeed);
        QTRY_VERIFY(editorFeed->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(editorFeed->feed().ids, whatsapp.ids, 10000);
        // The answer, typed and posted with Ctrl+Enter, which the editor around it also has
        // (Submit for review): the comment's key wins in the comment.
        GuiDriver feedGui(editorFeed);
        QTRY_VERIFY(feedGui.get<QPushButton>(QStringLiteral("Post comment")));
        QVERIFY(feedGui.typeAtEnd(QStringLiteral("Comment"), QStringLiteral("Looking at it now.")));
        QSignalSpy posted(editorFeed, &ui::ActivityFeedView::commentPosted);
        GuiDriver::key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(posted.count(), 1, 10000);

        const FeedRef kakaotalk = clickEntryOf(FeedRef::Kind::KakaotalkTemplate);
        QVERIFY2(kakaotalk.isValid(), "a KakaoTalk template has an entry");
        QWidget *templates = w->findChild<QWidget *>(QStringLiteral("page.kakaotalk.templates"));
        QTRY_VERIFY_WITH_TIMEOUT(templates && templates->isVisible(), 10000);
        auto *pageFeed = templates->findChild<ui::ActivityFeedView *>();
        QVERIFY(pageFeed);
        QTRY_COMPARE_WITH_TIMEOUT(pageFeed->feed().ids, kakaotalk.ids, 15000);
        QVERIFY(pageFeed->isVisible());
    }

    // An entry of a sender made after its list was read (a sender just created in the
    // wizard) opens that sender: the list is read again for it, and until it is found the
    // sender chosen before does not pass for it.
    void anEntryOfASenderNewerThanItsListOpensThatSender()
    {
        ui::MainWindow *w = makeWindow();
        w->showArea(QStringLiteral("rcs.senders"));
        auto *senders = qobject_cast<ui::ResourceListPage *>(w->page(QStringLiteral("rcs.senders")));
        QVERIFY(senders);
        QTRY_VERIFY_WITH_TIMEOUT(senders->model() && senders->model()->isDone() && senders->model()->rowCount() > 0, 15000);
        senders->view()->setCurrentIndex(senders->view()->model()->index(0, 0));
        const QString before = senders->view()->currentIndex().data().toString();

        QJsonObject in = test::requestExample("RcsSendersController_createSender_v1", "input");
        QJsonObject details = in.value("details").toObject();
        QJsonObject brand = details.value("brand").toObject();
        brand.insert("name", QStringLiteral("Acme Pets"));
        details.insert("brand", brand);
        in.insert("details", details);
        const ApiResult created = fx->callSync(ApiRequest(QStringLiteral("RcsSendersController_createSender_v1")).json(in));
        QVERIFY(created.ok());
        FeedRef feed;
        feed.projectKey = senders->projectKey();
        feed.kind = FeedRef::Kind::RcsSender;
        feed.ids = {created.json.object().value("id").toString()};
        w->openFeed(feed);
        QVERIFY(!senders->view()->currentIndex().isValid() || senders->view()->currentIndex().data().toString() != before);
        QTRY_COMPARE_WITH_TIMEOUT(senders->view()->currentIndex().data().toString(), QStringLiteral("Acme Pets"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(senders->activityView()->feed().ids, feed.ids, 10000);
    }

    void unreadSurvivesARestart()
    {
        ui::MainWindow *w = open();
        waitSynced(w);
        QVERIFY(!QTest::currentTestFailed());
        ui::InboxPage *page = showInbox(w);
        QTRY_VERIFY(page->model()->rowCount() > 2);
        page->model()->markRead(0);
        page->model()->markRead(1);
        const int unread = w->inbox()->unreadCount();
        const QString first = page->model()->activity(0).key();
        window.reset();
        activities = nullptr;
        m_store.reset();

        // At once, before any sync: the inbox opens from the file alone.
        m_store = std::make_unique<ActivityStore>();
        QCOMPARE(m_store->open(dbPath()), ActivityStore::OpenOutcome::Opened);
        QCOMPARE(m_store->unreadCount(), unread);
        activities = m_store.get();
        w = makeWindow({}, {sandboxProjectNamed(QStringLiteral("Shop EU"))});
        page = showInbox(w);
        QVERIFY(page->model()->rowCount() > 2);
        QCOMPARE(page->model()->activity(0).key(), first);
        QVERIFY(page->model()->data(page->model()->index(0), InboxModel::ReadRole).toBool());
        QCOMPARE(w->inbox()->unreadCount(), unread);

        // U on the current entry: unread again. Mark all read: none left, the badge plain.
        page->view()->setFocus();
        page->view()->setCurrentIndex(page->model()->index(0));
        QTest::keyClick(page->view(), Qt::Key_U);
        QVERIFY(!page->model()->data(page->model()->index(0), InboxModel::ReadRole).toBool());
        QCOMPARE(w->inbox()->unreadCount(), unread + 1);
        QVERIFY(GuiDriver(page).click(QStringLiteral("Mark all read")));
        QTRY_COMPARE(w->inbox()->unreadCount(), 0);
        auto *nav = w->findChild<QTreeView *>(QStringLiteral("navigation"));
        QCOMPARE(static_cast<ui::NavigationModel *>(nav->model())->indexOf(QStringLiteral("inbox")).data().toString(),
                 QStringLiteral("Inbox"));
    }

    // One's own comment is not news: posted from the account's feed (which every sync reads),
    // the sync that reads it back stores it read, and the badge keeps its count.
    void ownCommentStaysRead()
    {
        ui::MainWindow *w = open();
        waitSynced(w);
        QVERIFY(!QTest::currentTestFailed());
        const int unread = w->inbox()->unreadCount();
        w->showArea(QStringLiteral("whatsapp.account"));
        auto *page = w->findChild<QWidget *>(QStringLiteral("page.whatsapp.account"));
        QVERIFY(page);
        auto *feed = page->findChild<ui::ActivityFeedView *>();
        QVERIFY(feed);
        GuiDriver gui(feed);
        QTRY_VERIFY(gui.get<QPushButton>(QStringLiteral("Post comment")));
        const QString text = QStringLiteral("Checked the display name with legal: fine.");
        QVERIFY(gui.typeAtEnd(QStringLiteral("Comment"), text));
        QSignalSpy posted(feed, &ui::ActivityFeedView::commentPosted);
        QVERIFY(gui.click(QStringLiteral("Post comment")));
        QTRY_COMPARE_WITH_TIMEOUT(posted.count(), 1, 15000);

        ui::InboxPage *inbox = showInbox(w);
        QSignalSpy synced(w->inbox()->sync(), &InboxSync::synced);
        QVERIFY(GuiDriver(inbox).click(QStringLiteral("Sync now")));
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 2 && !w->inbox()->sync()->isSyncing(), 30000);
        QList<Activity> held = m_store->query(ActivityStore::Query());
        held.removeIf([&text](const Activity &a) { return a.comment != text; });
        QCOMPARE(held.size(), 1);
        QVERIFY(held.first().read);
        QCOMPARE(w->inbox()->unreadCount(), unread);
        // A comment of someone else's, posted meanwhile, is news as before.
        const ApiResult other = fx->callSync(ApiRequest(QStringLiteral("AccountsController_createComment_v1"))
                                                 .json(QJsonObject{{QStringLiteral("comment"), QStringLiteral("Legal says no.")}}));
        QVERIFY2(other.ok(), qPrintable(other.error.message));
        synced.clear();
        QVERIFY(GuiDriver(inbox).click(QStringLiteral("Sync now")));
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 2 && !w->inbox()->sync()->isSyncing(), 30000);
        QCOMPARE(w->inbox()->unreadCount(), unread + 1);
    }

    void reviewOutcomeNotifiesAndOpensTheTemplate()
    {
        // The sandbox's reviewer decides at submission.
        tearDownWindowFixture();
        sandbox::SandboxConfig config;
        config.reviewDelaySeconds = 0;
        QVERIFY(setUpWindowFixture(config));
        m_store = std::make_unique<ActivityStore>();
        m_store->open(dbPath());
        activities = m_store.get();
        ui::MainWindow *w = makeWindow({}, {sandboxProjectNamed(QStringLiteral("Shop EU"))});
        waitSynced(w, 1);
        QVERIFY(!QTest::currentTestFailed());
        ui::InboxPage *page = showInbox(w);

        // Notifications are off until chosen: Notifications → Notify me about Shop EU.
        QTimer::singleShot(100, this, [] {
            QWidget *menu = QApplication::activePopupWidget();
            QVERIFY(menu);
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QVERIFY(GuiDriver(page).click(QStringLiteral("Notifications")));
        const QString key = w->inbox()->projectKeys().value(0);
        QTRY_VERIFY(w->inbox()->policy()->isEnabled(key));

        // A draft submitted elsewhere (another console) is approved by the reviewer.
        FeedRef draft;
        const auto held = m_store->resources(key);
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            const FeedRef f = FeedRef::fromKey(it.key(), it->title);
            if (f.kind == FeedRef::Kind::WhatsappTemplate && it->state == QLatin1String("DRAFT")
                && !f.ids.first().contains(QLatin1String("reject")))
                draft = f;
        }
        QVERIFY(draft.isValid());
        const QJsonObject doc{{QStringLiteral("details"), QJsonObject{{QStringLiteral("components"), QJsonArray{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                        {QStringLiteral("text"), QStringLiteral("Your order is ready for pick-up.")}}}}}}};
        const ApiResult submitted = fx->callSync(ApiRequest(QStringLiteral("TemplatesController_updateTemplate_v1"))
                                                     .path(QStringLiteral("templateName"), draft.ids.at(0))
                                                     .path(QStringLiteral("languageCode"), draft.ids.at(1))
                                                     .json(WhatsappTemplateService::saveBody(doc, true)));
        QVERIFY2(submitted.ok(), qPrintable(submitted.error.message));

        // Sync now (F5 on the inbox): no tray offscreen, so the window's news bar tells it.
        auto *news = w->findChild<ui::MessageBar *>(QStringLiteral("newsBar"));
        QVERIFY(!news->isVisible());
        QVERIFY(GuiDriver(page).click(QStringLiteral("Sync now")));
        QTRY_VERIFY_WITH_TIMEOUT(news->isVisible(), 20000);
        QVERIFY(news->text().contains(QStringLiteral("Shop EU")));
        QVERIFY(news->text().contains(QStringLiteral("APPROVED")));
        QVERIFY(news->text().contains(draft.ids.at(0)));

        // Open: the template, in its editor tab (or its read-only view).
        const int tabs = w->tabs()->count();
        QVERIFY(GuiDriver(news).click(QStringLiteral("Open")));
        QTRY_COMPARE_WITH_TIMEOUT(w->tabs()->count(), tabs + 1, 10000);
        QVERIFY(w->tabs()->tabText(w->tabs()->currentIndex()).contains(draft.ids.at(0)));
    }

    void damagedDatabaseIsMovedAsideAndRefilled()
    {
        {
            QFile f(dbPath());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, '\x5a')); // not a database
        }
        ui::MainWindow *w = open();
        QCOMPARE(m_store->isOpen(), true);
        ui::InboxPage *page = showInbox(w);
        auto *bar = page->findChild<ui::MessageBar *>(QStringLiteral("storeBar"));
        QVERIFY(bar->isVisible());
        QVERIFY(!bar->text().isEmpty());
        QVERIFY(!QDir(dir->path()).entryList({QStringLiteral("inbox.sqlite.corrupt-*")}).isEmpty());
        waitSynced(w);
        QVERIFY(!QTest::currentTestFailed());
        QTRY_VERIFY(page->model()->rowCount() > 0); // refilled from the API
    }
};

QTEST_MAIN(TstInboxPage)
#include "tst_inboxpage.moc"
