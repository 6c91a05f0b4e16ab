// The webhooks page driven as a person drives it: New with Ctrl+N, the URL typed key by
// key, events ticked with Space, the secret typed masked, Save with Ctrl+S; what the
// sandbox holds afterwards is read with plain API calls, and what was sent is counted on
// the sandbox (POST, PATCH, PUT, DELETE).

#include "shownpage.h"
#include "findings.h"
#include "webhooks/webhookeditor.h"
#include "webhooks/webhookspage.h"

#include "api/requestlog.h"
#include "apibodylog.h"
#include "areapages.h"
#include "guidriver.h"
#include "messagebar.h"
#include "models/resourcelistmodel.h"
#include "sandbox/sandboxserver.h"
#include "scriptedmessagebox.h"
#include "services/areacatalog.h"
#include "testsupport.h"
#include "webhookpagetesting.h"

#include "api/retrypolicy.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace sinch;
using sinch::test::hasRule;
using sinch::test::GuiDriver;
using sinch::ui::MessageBox;
using sinch::ui::WebhookEditor;
using sinch::ui::WebhooksPage;

namespace {

const QString kCreate = QStringLiteral("WebhookController_createWebhook_v1");
const QString kUpdate = QStringLiteral("WebhookController_updateWebhook_v1");
const QString kReplace = QStringLiteral("WebhookController_replaceWebhook_v1");
const QString kDelete = QStringLiteral("WebhookController_deleteWebhook_v1");
const QString kSecret = QStringLiteral("Xq7-kP2w-Lm9z-Rt4v");
const QString kSecret2 = QStringLiteral("second-Secret-9fQ2zLw");

} // namespace

class TstWebhooksPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ApiBodyLog> m_bodies; // request bodies logged, every message kept
    std::unique_ptr<test::SandboxFixture> m_fx;
    std::unique_ptr<ui::ScriptedMessageBox> m_box;
    std::unique_ptr<WebhooksPage> m_page;

    QList<QJsonObject> serverWebhooks() const { return test::serverWebhooks(*m_fx); }
    QJsonObject serverWebhook(const QString &target) const { return test::serverWebhook(*m_fx, target); }

    // The body of the last request of `operationId`, as the request log has it.
    QJsonObject sentBody(const QString &operationId) const
    {
        return test::ApiBodyLog::lastBody(*m_fx->client->requestLog(), operationId);
    }

    bool listShows(const QString &target) const
    {
        return GuiDriver::findRow(m_page->view(), target).isValid();
    }

    static bool tick(GuiDriver &gui, const QString &trigger) { return test::tickEvent(gui, trigger); }

    void fixUrlScheme(GuiDriver &gui)
    {
        // http:// → https://: the caret after "http", then an "s".
        auto *url = gui.get<QLineEdit>(QStringLiteral("Target URL"));
        GuiDriver::click(url);
        GuiDriver::key(Qt::Key_Home);
        for (int i = 0; i < 4; ++i)
            GuiDriver::key(Qt::Key_Right);
        GuiDriver::typeKeys(url, QStringLiteral("s"));
    }

private slots:
    void initTestCase()
    {
        m_bodies = std::make_unique<test::ApiBodyLog>();
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

    void cleanupTestCase()
    {
        m_fx.reset();
        m_bodies.reset();
    }

    void areaOpensThisPage()
    {
        QStackedWidget stack;
        ui::AreaPages pages(&stack, m_fx->client.get(), m_box.get(), nullptr, nullptr);
        QVERIFY(qobject_cast<WebhooksPage *>(pages.ensure(QStringLiteral("webhooks"))));
    }

    void createEditUndoReplaceDelete()
    {
        GuiDriver gui(m_page.get());
        const QString httpUrl = QStringLiteral("http://hooks.example.com/sinch");
        const QString url = QStringLiteral("https://hooks.example.com/sinch");

        // New (Ctrl+N) from the list: the URL field has the keyboard.
        m_page->view()->setFocus();
        GuiDriver::key(Qt::Key_N, Qt::ControlModifier);
        WebhookEditor *editor = m_page->editor();
        QVERIFY(editor);
        QCOMPARE(QApplication::focusWidget(), gui.get<QLineEdit>(QStringLiteral("Target URL")));
        // The events: ALL first, then in alphabetical order, grouped by channel.
        auto *events = gui.get<QListWidget>(QStringLiteral("Events"));
        QVERIFY(events && events->count() > 10);
        QVERIFY(events->item(0)->text().startsWith(QLatin1String("ALL")));
        for (int i = 2; i < events->count(); ++i)
            QVERIFY2(events->item(i - 1)->text() < events->item(i)->text(), qPrintable(events->item(i)->text()));

        QVERIFY(gui.typeAtEnd(QStringLiteral("Target URL"), httpUrl));
        QVERIFY(hasRule(editor->findings(), QStringLiteral("webhook.target.https")));
        QVERIFY(!gui.get<QLineEdit>(QStringLiteral("Target URL"))->accessibleDescription().isEmpty());
        // A refused save says why in the bar, and the bar follows the form: the next
        // problem once this one is fixed, nothing once none is left.
        const int creates = m_fx->server->requestCount(QStringLiteral("WebhookController_createWebhook_v1"));
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(editor->messageText().startsWith(QStringLiteral("Not sent")));
        const QString firstRefusal = editor->messageText();
        QLineEdit *target = gui.get<QLineEdit>(QStringLiteral("Target URL"));
        target->clear();
        QVERIFY(gui.typeAtEnd(QStringLiteral("Target URL"), url));
        QTRY_VERIFY(editor->messageText() != firstRefusal);
        target->clear();
        QVERIFY(gui.typeAtEnd(QStringLiteral("Target URL"), httpUrl));
        QCOMPARE(m_fx->server->requestCount(QStringLiteral("WebhookController_createWebhook_v1")), creates);
        QVERIFY(tick(gui, QStringLiteral("WHATSAPP_TEMPLATE_APPROVED")));
        QVERIFY(tick(gui, QStringLiteral("WHATSAPP_TEMPLATE_REJECTED")));
        QCOMPARE(editor->document().value(QLatin1String("triggers")).toArray().size(), 2);
        auto *secret = gui.get<QLineEdit>(QStringLiteral("Secret"));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(gui.typeAtEnd(QStringLiteral("Secret"), kSecret));
        QVERIFY(gui.click(QStringLiteral("Show secret")));
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QVERIFY(gui.click(QStringLiteral("Hide secret")));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);

        // SINCH_SCREENSHOT=file.png: the page as it is now (a finding, events ticked, secret masked).
        if (const QString shot = qEnvironmentVariable("SINCH_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(m_page->grab().save(shot));

        // Save is refused while the URL is http://.
        QVERIFY(gui.click(QStringLiteral("Save")));
        QCOMPARE(m_fx->server->requestCount(kCreate), 0);
        QVERIFY(editor->messageText().contains(QLatin1String("https://")));

        fixUrlScheme(gui);
        QCOMPARE(editor->document().value(QLatin1String("target")).toString(), url);
        QVERIFY(!hasRule(editor->findings(), QStringLiteral("webhook.target.https")));
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(kCreate), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isExisting(), 10000);
        QVERIFY(!editor->isDirty());
        const QJsonObject created = serverWebhook(url);
        QCOMPARE(created.value(QLatin1String("id")).toString(), editor->webhookId());
        QCOMPARE(created.value(QLatin1String("triggers")).toArray(),
                 QJsonArray({QStringLiteral("WHATSAPP_TEMPLATE_APPROVED"), QStringLiteral("WHATSAPP_TEMPLATE_REJECTED")}));
        QTRY_VERIFY_WITH_TIMEOUT(listShows(url), 10000);
        // Saved: the secret is off the screen, the field reads "unchanged".
        QVERIFY(gui.get<QLineEdit>(QStringLiteral("Secret"))->text().isEmpty());
        QVERIFY(gui.get<QLineEdit>(QStringLiteral("Secret"))->placeholderText().contains(QLatin1String("Unchanged")));

        // An edit of the URL goes as a PATCH of that field alone.
        QVERIFY(gui.typeAtEnd(QStringLiteral("Target URL"), QStringLiteral("/v2")));
        QVERIFY(editor->isDirty());
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(kUpdate), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isDirty(), 10000);
        QVERIFY(!serverWebhook(url + QStringLiteral("/v2")).isEmpty());
        QCOMPARE(sentBody(kUpdate).keys(), QStringList{QStringLiteral("target")});

        // Undo takes the typed "/v2" back in one step, redo brings it again.
        GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->document().value(QLatin1String("target")).toString(), url);
        QCOMPARE(gui.get<QLineEdit>(QStringLiteral("Target URL"))->text(), url);
        QVERIFY(editor->isDirty());
        GuiDriver::key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->document().value(QLatin1String("target")).toString(), url + QStringLiteral("/v2"));
        QVERIFY(!editor->isDirty());

        // Replace (PUT) sends every field: refused without the secret, sent with it.
        QVERIFY(gui.click(QStringLiteral("Replace")));
        QCOMPARE(m_fx->server->requestCount(kReplace), 0);
        QVERIFY(hasRule(editor->findings(), QStringLiteral("webhook.secret.required")));
        QCOMPARE(QApplication::focusWidget(), gui.get<QLineEdit>(QStringLiteral("Secret")));
        GuiDriver::typeKeys(QApplication::focusWidget(), kSecret2);
        QVERIFY(tick(gui, QStringLiteral("BUNDLE_DONE")));
        QVERIFY(gui.click(QStringLiteral("Replace")));
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(kReplace), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isDirty(), 10000);
        QCOMPARE(serverWebhook(url + QStringLiteral("/v2")).value(QLatin1String("triggers")).toArray().size(), 3);
        QCOMPARE(sentBody(kReplace).value(QLatin1String("secret")).toString(), QStringLiteral("[redacted]"));

        // Delete (Del) on the list row, confirmed.
        QVERIFY(gui.clickRow(m_page->view(), url + QStringLiteral("/v2")));
        // The address on its own line under the question, whole.
        m_box->expect(MessageBox::Kind::Question, QStringLiteral("Its events stop at once.\n%1/v2").arg(url), QMessageBox::Yes);
        GuiDriver::key(Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(kDelete), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(serverWebhook(url + QStringLiteral("/v2")).isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!listShows(url + QStringLiteral("/v2")), 10000);
        // Said, as a deletion is on the other pages.
        QVERIFY(m_page->errorBar()->isVisible());
        QCOMPARE(m_page->errorBar()->text(), QStringLiteral("The webhook to %1/v2 was deleted.").arg(url));

        // The secrets never reached the request log, nor any logged message.
        QVERIFY(!sentBody(kCreate).isEmpty()); // bodies were logged
        for (const QString &message : test::ApiBodyLog::messages())
            for (const QString &s : {kSecret, kSecret2})
                QVERIFY2(!message.contains(s), qPrintable(message));
        for (const RequestLog::Entry &e : m_fx->client->requestLog()->entries()) {
            for (const QString &s : {kSecret, kSecret2}) {
                QVERIFY2(!e.requestBody.contains(s.toUtf8()), qPrintable(e.operationId));
                QVERIFY2(!e.responseBody.contains(s.toUtf8()), qPrintable(e.operationId));
                QVERIFY2(!e.url.contains(s), qPrintable(e.operationId));
            }
        }
    }

    // Another row with unsaved edits: asked first; Cancel keeps them, Discard goes on.
    void switchingRowsAsksFirst()
    {
        GuiDriver gui(m_page.get());
        const QList<QJsonObject> seeded = serverWebhooks();
        QVERIFY(seeded.size() >= 2);
        const QString first = seeded.at(0).value(QLatin1String("target")).toString();
        const QString second = seeded.at(1).value(QLatin1String("target")).toString();
        QVERIFY(gui.clickRow(m_page->view(), first));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->editor() && m_page->editor()->webhookId() == seeded.at(0).value(QLatin1String("id")).toString(), 10000);
        QVERIFY(gui.typeAtEnd(QStringLiteral("Target URL"), QStringLiteral("/changed")));

        m_box->expect(MessageBox::Kind::Question, QStringLiteral("unsaved changes"), QMessageBox::Cancel);
        QVERIFY(gui.clickRow(m_page->view(), second));
        QTRY_COMPARE(m_box->pending(), 0);
        GuiDriver::settle();
        QCOMPARE(m_page->editor()->document().value(QLatin1String("target")).toString(), first + QStringLiteral("/changed"));
        QCOMPARE(m_page->view()->currentIndex().data().toString(), first);

        m_box->expect(MessageBox::Kind::Question, QStringLiteral("unsaved changes"), QMessageBox::Discard);
        QVERIFY(gui.clickRow(m_page->view(), second));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->editor() && m_page->editor()->webhookId() == seeded.at(1).value(QLatin1String("id")).toString(), 10000);
        QCOMPARE(m_page->editor()->document().value(QLatin1String("target")).toString(), second);
        QVERIFY(!serverWebhook(first).isEmpty()); // the discarded edit never left
    }

    // Another row with unsaved edits, answered Save: the edits go to the server first. When
    // the server fails the save, the editor stays on its row with what was typed and says why;
    // saved, the other row opens.
    void switchingRowsSavesFirst()
    {
        GuiDriver gui(m_page.get());
        const QList<QJsonObject> seeded = serverWebhooks();
        QVERIFY(seeded.size() >= 2);
        const QString first = seeded.at(0).value(QLatin1String("target")).toString();
        const QString second = seeded.at(1).value(QLatin1String("target")).toString();
        const QString firstId = seeded.at(0).value(QLatin1String("id")).toString();
        QVERIFY(gui.clickRow(m_page->view(), first));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->editor() && m_page->editor()->webhookId() == firstId, 10000);
        QVERIFY(gui.typeAtEnd(QStringLiteral("Target URL"), QStringLiteral("/saved")));
        QTRY_VERIFY_WITH_TIMEOUT(m_fx->client->inFlight() == 0 && m_fx->client->queued() == 0, 10000);

        m_fx->server->injectNext(500);
        m_box->expect(MessageBox::Kind::Question, QStringLiteral("Save them before leaving?"), QMessageBox::Save);
        QVERIFY(gui.clickRow(m_page->view(), second));
        QTRY_COMPARE(m_box->pending(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->editor()->isBusy() && m_page->view()->currentIndex().data().toString() == first, 10000);
        QCOMPARE(m_page->editor()->webhookId(), firstId);
        QCOMPARE(m_page->editor()->document().value(QLatin1String("target")).toString(), first + QStringLiteral("/saved"));
        QVERIFY(m_page->editor()->isDirty());
        QVERIFY2(!m_page->editor()->messageText().isEmpty(), "the editor says why it stayed");
        QVERIFY(serverWebhook(first + QStringLiteral("/saved")).isEmpty());

        m_box->expect(MessageBox::Kind::Question, QStringLiteral("Save them before leaving?"), QMessageBox::Save);
        QVERIFY(gui.clickRow(m_page->view(), second));
        QTRY_COMPARE(m_box->pending(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->editor() && m_page->editor()->webhookId() == seeded.at(1).value(QLatin1String("id")).toString(), 10000);
        QCOMPARE(m_page->editor()->document().value(QLatin1String("target")).toString(), second);
        QCOMPARE(serverWebhook(first + QStringLiteral("/saved")).value(QLatin1String("id")).toString(), firstId);
        // The list, read again with the saved URL, keeps the row chosen selected, not the one saved.
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOfKey(firstId) >= 0 && !m_page->model()->isLoading()
                                     && m_page->model()->item(m_page->model()->rowOfKey(firstId)).value(QLatin1String("target")).toString()
                                            == first + QStringLiteral("/saved"),
                                 10000);
        GuiDriver::settle();
        QCOMPARE(m_page->view()->currentIndex().data().toString(), second);
    }

    // A save the server fails, clicked with the mouse: Retry sends it again. Meanwhile the
    // keyboard stayed off the fields: Save, disabled while busy, handed its focus to the URL
    // field with its text selected, and the next key typed replaced the URL.
    void failedSaveRetriesAndKeepsTheCursor()
    {
        GuiDriver gui(m_page.get());
        const QJsonObject seeded = serverWebhooks().value(0);
        const QString target = seeded.value(QLatin1String("target")).toString();
        QVERIFY(gui.clickRow(m_page->view(), target));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->editor() && m_page->editor()->webhookId() == seeded.value(QLatin1String("id")).toString(), 10000);
        WebhookEditor *editor = m_page->editor();
        QVERIFY(gui.typeAtEnd(QStringLiteral("Target URL"), QStringLiteral("/retried")));
        QTRY_VERIFY_WITH_TIMEOUT(m_fx->client->inFlight() == 0 && m_fx->client->queued() == 0, 10000);
        const int updates = m_fx->server->requestCount(kUpdate);
        m_fx->server->injectNext(500);
        auto *save = gui.get<QPushButton>(QStringLiteral("Save"));
        QVERIFY(save);
        QVERIFY(gui.click(QStringLiteral("Save")));
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(kUpdate), updates + 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), 10000);
        // The focus is back on Save, where it was when the request left.
        QTRY_COMPARE(QApplication::focusWidget(), save);
        auto *url = gui.get<QLineEdit>(QStringLiteral("Target URL"));
        QVERIFY(url && !url->hasSelectedText());
        GuiDriver::typeKeys(QApplication::focusWidget(), QStringLiteral("x"));
        QCOMPARE(editor->document().value(QLatin1String("target")).toString(), target + QStringLiteral("/retried"));

        QVERIFY2(gui.click(QStringLiteral("Retry")), "the failed save offers Retry");
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(kUpdate), updates + 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isDirty(), 10000);
        QCOMPARE(serverWebhook(target + QStringLiteral("/retried")).value(QLatin1String("id")).toString(),
                 seeded.value(QLatin1String("id")).toString());
    }

    // The server fails the read of a chosen row: the error bar says so, and its Retry reads
    // that row again (it asked the list again, which had not failed, and nothing opened).
    void retryReadsTheRowThatFailed()
    {
        GuiDriver gui(m_page.get());
        const QList<QJsonObject> seeded = serverWebhooks();
        QVERIFY(!seeded.isEmpty());
        const QString target = seeded.at(0).value(QLatin1String("target")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(m_fx->client->inFlight() == 0 && m_fx->client->queued() == 0, 10000);
        for (int i = 0; i < RetryPolicy().maxAttempts; ++i) // a read's 500 is asked again: every time
            m_fx->server->injectNext(500);
        QVERIFY(gui.clickRow(m_page->view(), target));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->errorBar()->isVisible(), 10000);
        QVERIFY(!m_page->editor());
        QVERIFY(gui.click(QStringLiteral("Retry")));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->editor() && m_page->editor()->webhookId() == seeded.at(0).value(QLatin1String("id")).toString(), 10000);
        QVERIFY(!m_page->errorBar()->isVisible());
    }

    void switchingProjectKeepsUnsavedEdits()
    {
        GuiDriver gui(m_page.get());
        const QJsonObject first = serverWebhooks().value(0);
        const QString target = first.value(QLatin1String("target")).toString();
        QVERIFY(gui.clickRow(m_page->view(), target));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->editor() && m_page->editor()->webhookId() == first.value(QLatin1String("id")).toString(), 10000);
        QVERIFY(gui.typeAtEnd(QStringLiteral("Target URL"), QStringLiteral("/kept")));

        // Another project (the sandbox's trial project) while the edit is unsaved.
        Endpoint trial = m_fx->endpoint(AuthMode::Basic);
        trial.projectId = m_fx->server->config().limits.otherProjectId;
        m_fx->client->setEndpoint(QStringLiteral("trial"), trial);
        m_page->setProject(QStringLiteral("trial"));
        QVERIFY(m_page->editor());
        QVERIFY(m_page->editor()->isDirty());
        QVERIFY(m_page->editor()->messageText().contains(QStringLiteral("project you left")));

        // Saved, it goes to the project it came from, and the editor leaves this list.
        const int patches = m_fx->server->requestCount(QStringLiteral("WebhookController_updateWebhook_v1"));
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(QStringLiteral("WebhookController_updateWebhook_v1")), patches + 1, 10000);
        QTRY_VERIFY(!serverWebhook(target + QStringLiteral("/kept")).isEmpty());
        QTRY_VERIFY(!m_page->editor());
        m_page->setProject(m_fx->projectKey);
    }

    // The GUI row of the fault matrix (tests/reliability): a save that meets a 500 is not
    // sent again, says what happened, and keeps every character typed for the next Save.
    void saveMeeting500KeepsWhatWasTyped()
    {
        GuiDriver gui(m_page.get());
        const QString url = QStringLiteral("https://hooks.example.com/after-outage");
        m_page->view()->setFocus();
        GuiDriver::key(Qt::Key_N, Qt::ControlModifier);
        WebhookEditor *editor = m_page->editor();
        QVERIFY(editor);
        QVERIFY(gui.typeAtEnd(QStringLiteral("Target URL"), url));
        QVERIFY(tick(gui, QStringLiteral("WHATSAPP_TEMPLATE_APPROVED")));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Secret"), kSecret));

        const int creates = m_fx->server->requestCount(kCreate);
        m_fx->server->injectNext(500);
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy() && !editor->messageText().isEmpty(), 10000);
        GuiDriver::settle();
        QCOMPARE(m_fx->server->requestCount(kCreate), creates + 1); // a POST is not repeated
        QVERIFY2(editor->messageText().contains(QLatin1String("try again"), Qt::CaseInsensitive),
                 qPrintable(editor->messageText()));
        QVERIFY(!editor->messageText().contains(QLatin1String("{\"")));
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            m_page->grab().save(qEnvironmentVariable("SINCH_WRITE_SCREENSHOTS") + QStringLiteral("/webhook-save-500.png"));
        QVERIFY(!editor->isExisting());
        QVERIFY(editor->isDirty());
        QCOMPARE(gui.get<QLineEdit>(QStringLiteral("Target URL"))->text(), url);
        QCOMPARE(gui.get<QLineEdit>(QStringLiteral("Secret"))->text(), kSecret);
        QCOMPARE(editor->document().value(QLatin1String("triggers")).toArray(),
                 QJsonArray{QStringLiteral("WHATSAPP_TEMPLATE_APPROVED")});
        QVERIFY(serverWebhook(url).isEmpty());

        // Saved again, the same input goes through.
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isExisting(), 10000);
        QCOMPARE(m_fx->server->requestCount(kCreate), creates + 2);
        QVERIFY(!serverWebhook(url).isEmpty());
        m_fx->callSync(ApiRequest(kDelete).path(QStringLiteral("webhookId"), editor->webhookId()));
    }
};

QTEST_MAIN(TstWebhooksPage)
#include "tst_webhookspage.moc"
