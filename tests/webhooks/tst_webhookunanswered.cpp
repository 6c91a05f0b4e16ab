// Webhook saves whose answer never comes (the sandbox holds it; the person clicks Stop
// waiting), driven as a person drives the page: the change may have been made, and the
// editor says to check. A list read again (F5) that shows it made settles the save; a new
// webhook saved again is looked up first instead of being created twice (the server keeps
// one webhook a URL and would refuse the second).

#include "shownpage.h"
#include "webhooks/webhookeditor.h"
#include "webhooks/webhookspage.h"

#include "guidriver.h"
#include "models/resourcelistmodel.h"
#include "sandbox/sandboxserver.h"
#include "scriptedmessagebox.h"
#include "services/areacatalog.h"
#include "testsupport.h"
#include "webhookpagetesting.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>

using namespace sinch;
using sinch::test::GuiDriver;
using sinch::ui::WebhookEditor;
using sinch::ui::WebhooksPage;

namespace {
const QString kCreate = QStringLiteral("WebhookController_createWebhook_v1");
const QString kUpdate = QStringLiteral("WebhookController_updateWebhook_v1");
const QString kList = QStringLiteral("WebhookController_listWebhooks_v1");
const QString kDelete = QStringLiteral("WebhookController_deleteWebhook_v1");
const QString kTrigger = QStringLiteral("WHATSAPP_TEMPLATE_APPROVED");
} // namespace

class TstWebhookUnanswered : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_fx;
    std::unique_ptr<ui::ScriptedMessageBox> m_box;
    std::unique_ptr<WebhooksPage> m_page;

    // Saves the open editor (Ctrl+S) with the answer held, then stops waiting: the editor
    // says the change may or may not have been made.
    bool saveWithoutAnswer(WebhookEditor *editor)
    {
        if (!QTest::qWaitFor([this] { return m_fx->client->inFlight() == 0 && m_fx->client->queued() == 0; }, 10000))
            return false;
        m_fx->server->injectNextStall();
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        if (!QTest::qWaitFor([this] { return m_fx->server->heldAnswers() == 1; }, 10000))
            return false;
        m_fx->client->stopWaiting();
        if (!QTest::qWaitFor([editor] { return !editor->isBusy(); }, 10000))
            return false;
        return editor->messageText().contains(QStringLiteral("may or may not have been made"));
    }

    // Ctrl+N, a URL typed, an event ticked, a secret typed: a new webhook, unsaved.
    WebhookEditor *typeNewWebhook(GuiDriver &gui, const QString &url)
    {
        m_page->view()->setFocus();
        GuiDriver::key(Qt::Key_N, Qt::ControlModifier);
        WebhookEditor *editor = m_page->editor();
        if (!editor || !gui.typeAtEnd(QStringLiteral("Target URL"), url) || !test::tickEvent(gui, kTrigger)
            || !gui.typeAtEnd(QStringLiteral("Secret"), QStringLiteral("Xq7-kP2w-Lm9z-Rt4v")))
            return nullptr;
        return editor;
    }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<test::SandboxFixture>();
        QVERIFY2(m_fx->started, qPrintable(m_fx->error));
    }

    void init()
    {
        m_box = std::make_unique<ui::ScriptedMessageBox>();
        m_page = test::showWebhooksPage(*m_fx, m_box.get());
        QVERIFY(m_page);
    }

    void cleanup()
    {
        QVERIFY2(m_box->allMet(), qPrintable(m_box->report()));
        m_page.reset();
        m_box.reset();
        GuiDriver::settle();
    }

    void cleanupTestCase() { m_fx.reset(); }

    // A change of a webhook without an answer: refreshed, the list shows it made, and the
    // editor takes it as saved, with nothing unsaved and nothing sent again.
    void aChangeIsSettledByTheListReadAgain()
    {
        GuiDriver gui(m_page.get());
        const QJsonObject seeded = test::serverWebhooks(*m_fx).value(1);
        const QString target = seeded.value(QLatin1String("target")).toString();
        QVERIFY(gui.clickRow(m_page->view(), target));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->editor() && m_page->editor()->webhookId() == seeded.value(QLatin1String("id")).toString(), 10000);
        WebhookEditor *editor = m_page->editor();
        QVERIFY(gui.typeAtEnd(QStringLiteral("Target URL"), QStringLiteral("/unanswered")));
        const int updates = m_fx->server->requestCount(kUpdate);
        QVERIFY2(saveWithoutAnswer(editor), qPrintable(editor->messageText()));
        QVERIFY(editor->isDirty());

        m_page->refresh(); // F5, as the message says
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isDirty(), 10000);
        QVERIFY2(!editor->messageText().contains(QStringLiteral("may or may not")), qPrintable(editor->messageText()));
        QCOMPARE(m_fx->server->requestCount(kUpdate), updates + 1);
        QCOMPARE(editor->document().value(QLatin1String("target")).toString(), target + QStringLiteral("/unanswered"));
    }

    // A new webhook whose create got no answer, saved again with one more event ticked: the
    // list is read first, the webhook found there is this one, and the save changes it (a
    // PATCH of the new event): one webhook to the URL, no refusal.
    void aNewWebhookSavedAgainIsNotMadeTwice()
    {
        GuiDriver gui(m_page.get());
        const QString url = QStringLiteral("https://hooks.example.com/unanswered-create");
        WebhookEditor *editor = typeNewWebhook(gui, url);
        QVERIFY(editor);
        const int creates = m_fx->server->requestCount(kCreate);
        QVERIFY2(saveWithoutAnswer(editor), qPrintable(editor->messageText()));
        QCOMPARE(m_fx->server->requestCount(kCreate), creates + 1);
        QVERIFY(!test::serverWebhook(*m_fx, url).isEmpty()); // made, though the editor cannot know
        QVERIFY(!editor->isExisting());

        QVERIFY(test::tickEvent(gui, QStringLiteral("WHATSAPP_TEMPLATE_REJECTED")));
        const int lists = m_fx->server->requestCount(kList);
        const int updates = m_fx->server->requestCount(kUpdate);
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isExisting() && !editor->isBusy(), 10000);
        QVERIFY(m_fx->server->requestCount(kList) > lists);
        QCOMPARE(m_fx->server->requestCount(kCreate), creates + 1);
        QCOMPARE(m_fx->server->requestCount(kUpdate), updates + 1);
        QVERIFY2(!editor->messageText().contains(QStringLiteral("already")), qPrintable(editor->messageText()));
        QVERIFY(!editor->isDirty());
        const QJsonObject made = test::serverWebhook(*m_fx, url);
        QCOMPARE(made.value(QLatin1String("id")).toString(), editor->webhookId());
        QCOMPARE(made.value(QLatin1String("triggers")).toArray().size(), 2);
        int toUrl = 0;
        for (const QJsonObject &w : test::serverWebhooks(*m_fx))
            toUrl += w.value(QLatin1String("target")).toString() == url;
        QCOMPARE(toUrl, 1);
        m_fx->callSync(ApiRequest(kDelete).path(QStringLiteral("webhookId"), editor->webhookId()));
    }

    // The same create without an answer, then F5: the row in the list is the webhook made,
    // and the editor becomes its editor, saved, nothing sent again.
    void aNewWebhookIsSettledByTheListReadAgain()
    {
        GuiDriver gui(m_page.get());
        const QString url = QStringLiteral("https://hooks.example.com/unanswered-then-refreshed");
        WebhookEditor *editor = typeNewWebhook(gui, url);
        QVERIFY(editor);
        const int creates = m_fx->server->requestCount(kCreate);
        QVERIFY2(saveWithoutAnswer(editor), qPrintable(editor->messageText()));

        m_page->refresh(); // F5 (the window's key), as the message says
        QTRY_VERIFY_WITH_TIMEOUT(editor->isExisting() && !editor->isDirty(), 10000);
        QCOMPARE(editor->webhookId(), test::serverWebhook(*m_fx, url).value(QLatin1String("id")).toString());
        QVERIFY2(!editor->messageText().contains(QStringLiteral("may or may not")), qPrintable(editor->messageText()));
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier); // nothing left to send
        GuiDriver::settle();
        QCOMPARE(m_fx->server->requestCount(kCreate), creates + 1);
        QVERIFY(GuiDriver::findRow(m_page->view(), url).isValid());
        m_fx->callSync(ApiRequest(kDelete).path(QStringLiteral("webhookId"), editor->webhookId()));
    }
};

QTEST_MAIN(TstWebhookUnanswered)
#include "tst_webhookunanswered.moc"
