// The Conversation API where provisioning meets sending: the sandbox's apps and messages
// (its own port, the same credentials), the typed services, "Send test…" of an approved
// WhatsApp template typed into as a person does (confirmed through the scripted
// MessageBox, the message ID and the read-back shown), refused for an unapproved one, and
// the app picker of the channel and RCS views.

#include "conversation/channelsection.h"
#include "documents/documentcontroller.h"
#include "conversation/channelspage.h"
#include "conversation/conversationapppicker.h"
#include "conversation/sendtestdialog.h"
#include "messagebar.h"
#include "projects/projectmanager.h"
#include "rcs/senders/rcssenderdetail.h"
#include "kakaotalk/kakaotalktemplateeditor.h"
#include "kakaotalk/kakaotalktemplatespage.h"
#include "rcs/senders/rcssenderspage.h"
#include "templates/list/editordocumenttab.h"

#include "domain/testmessage.h"
#include "models/resourcelistmodel.h"
#include "sandbox/seedids.h"
#include "services/areacatalog.h"
#include "services/conversationappservice.h"
#include "services/conversationmessageservice.h"

#include "guidriver.h"
#include "shownpage.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QTreeView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace sinch;
using sinch::test::GuiDriver;
using Kind = sinch::ui::MessageBox::Kind;

class TstSendTest : public QObject, public test::WindowFixture
{
    Q_OBJECT

    // The first seeded WhatsApp template in `state` ("!APPROVED": any other) whose body has a variable.
    QJsonObject seededTemplate(const QString &state) const
    {
        QString token;
        for (int guard = 0; guard < 20; ++guard) {
            ApiRequest req(QStringLiteral("TemplatesController_listTemplates_v1"));
            req.arg(QStringLiteral("pageSize"), QStringLiteral("100"));
            if (!token.isEmpty())
                req.arg(QStringLiteral("pageToken"), token);
            const ApiResult r = fx->callSync(req);
            for (const QJsonValue &v : r.json.object().value(QLatin1String("templates")).toArray()) {
                const QJsonObject t = v.toObject();
                const QString st = t.value(QLatin1String("state")).toString();
                if ((state.startsWith(QLatin1Char('!')) ? st != state.mid(1) : st == state)
                    && !TestMessage::whatsappParameters(t.value(QLatin1String("details")).toObject()).isEmpty())
                    return t;
            }
            token = r.json.object().value(QLatin1String("nextPageToken")).toString();
            if (token.isEmpty())
                break;
        }
        return {};
    }

    // A template that was never approved: a draft with a body variable.
    QJsonObject draftTemplate() const
    {
        const ApiResult created = fx->callSync(
            ApiRequest(QStringLiteral("TemplatesController_createTemplate_v1"))
                .json(QJsonObject{{QStringLiteral("name"), QStringLiteral("send_test_draft")},
                                  {QStringLiteral("language"), QStringLiteral("EN_US")},
                                  {QStringLiteral("category"), QStringLiteral("UTILITY")},
                                  {QStringLiteral("status"), QStringLiteral("DRAFT")},
                                  {QStringLiteral("details"), QJsonObject{{QStringLiteral("components"), QJsonArray{
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                                  {QStringLiteral("text"), QStringLiteral("Hello {{1}}, your order is ready.")},
                                                  {QStringLiteral("examples"), QJsonArray{QStringLiteral("Anne")}}}}}}}}));
        return created.ok() ? created.json.object() : QJsonObject();
    }

    QString whatsappAppId() const
    {
        return sandbox::SeedIds::conversationApp(fx->server->config().projectId, sandbox::SeedIds::whatsappAppKey()).id;
    }

    QString key() const { return ui::ProjectManager::keyFor(sandboxProject.id); }

    QJsonObject sendRequest(const QJsonObject &tmpl, const QString &number) const
    {
        QList<QPair<QString, QString>> values;
        for (const TestMessage::Parameter &p : TestMessage::whatsappParameters(tmpl.value(QLatin1String("details")).toObject()))
            values.append({p.key, p.example.isEmpty() ? QStringLiteral("x") : p.example});
        return TestMessage::sendRequest(whatsappAppId(), QStringLiteral("WHATSAPP"), number,
                                        tmpl.value(QLatin1String("name")).toString(),
                                        tmpl.value(QLatin1String("language")).toString(), values);
    }

    // The template's editor in a tab of the window, and its Send test… button.
    QPushButton *openInEditor(const QJsonObject &tmpl, ui::EditorDocumentTab **tabOut = nullptr)
    {
        window->documentController()->openTemplate(key(), tmpl);
        auto *tab = qobject_cast<ui::EditorDocumentTab *>(window->documents().value(0));
        if (tabOut)
            *tabOut = tab;
        return tab ? tab->findChild<QPushButton *>(QStringLiteral("sendTestButton")) : nullptr;
    }

    void shot(QWidget *w, const QString &name)
    {
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            w->grab().save(QStringLiteral("%1/%2.png").arg(qEnvironmentVariable("SINCH_WRITE_SCREENSHOTS"), name));
    }

private slots:
    void init()
    {
        QVERIFY2(setUpWindowFixture(), qPrintable(fx->error));
    }

    void cleanup()
    {
        if (box)
            QVERIFY2(box->failures().isEmpty(), qPrintable(box->report()));
        tearDownWindowFixture();
    }

    // --- the sandbox and the services -------------------------------------------------------

    void appsOfTheSeed()
    {
        const ApiResult r = test::finished(ConversationAppService(fx->client.get(), fx->projectKey).list());
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        const QList<ConversationAppService::App> apps = ConversationAppService::apps(r.json.object());
        const QList<sandbox::SeedConversationApp> seeded = sandbox::SeedIds::conversationApps(fx->server->config().projectId);
        QCOMPARE(apps.size(), seeded.size());
        for (int i = 0; i < apps.size(); ++i) {
            QCOMPARE(apps.at(i).id, seeded.at(i).id); // one list of app IDs for both APIs
            QCOMPARE(apps.at(i).displayName, seeded.at(i).displayName);
        }
        const ApiResult one = test::finished(ConversationAppService(fx->client.get(), fx->projectKey).get(whatsappAppId()));
        QVERIFY(one.ok());
        QVERIFY(ConversationAppService::app(one.json.object()).channels.contains(QStringLiteral("WHATSAPP")));
        const ApiResult none = test::finished(ConversationAppService(fx->client.get(), fx->projectKey).get(QStringLiteral("01NOSUCHAPP")));
        QCOMPARE(none.httpStatus, 400);
        // The Conversation API is its own host: the Provisioning port does not serve it.
        QVERIFY(fx->server->conversationUrl() != fx->server->baseUrl());
        QCOMPARE(fx->server->conversationRequestCount(QStringLiteral("App_ListApps")), 1);
        // Both contracts have /webhooks: each host answers its own (the Conversation API's
        // are not emulated: 501, as its contract allows).
        const ApiResult conversationHook = fx->callSync(ApiRequest(QStringLiteral("Webhooks_GetWebhook")).path(QStringLiteral("webhook_id"), QStringLiteral("w1")));
        QCOMPARE(conversationHook.httpStatus, 501);
        QCOMPARE(fx->server->conversationRequestCount(QStringLiteral("Webhooks_GetWebhook")), 1);
        const ApiResult provisioningHook = fx->callSync(ApiRequest(QStringLiteral("WebhookController_getWebhook_v1")).path(QStringLiteral("webhookId"), QStringLiteral("w1")));
        QCOMPARE(provisioningHook.httpStatus, 404);
        QCOMPARE(fx->server->requestCount(QStringLiteral("WebhookController_getWebhook_v1")), 1);
    }

    void sendApprovedAndReadBack()
    {
        const QJsonObject tmpl = seededTemplate(QStringLiteral("APPROVED"));
        QVERIFY(!tmpl.isEmpty());
        const ConversationMessageService messages(fx->client.get(), fx->projectKey);
        const ApiResult sent = test::finished(messages.send(sendRequest(tmpl, QStringLiteral("+46701234567"))));
        QVERIFY2(sent.ok(), qPrintable(sent.error.summary()));
        const QString id = sent.json.object().value(QLatin1String("message_id")).toString();
        QVERIFY(!id.isEmpty());
        const ApiResult read = test::finished(messages.get(id));
        QVERIFY(read.ok());
        QCOMPARE(read.json.object().value(QLatin1String("id")).toString(), id);
        QCOMPARE(read.json.object().value(QLatin1String("direction")).toString(), QStringLiteral("TO_CONTACT"));
        const QJsonObject reference = TestMessage::channelTemplate(QJsonObject{{QStringLiteral("message"),
            read.json.object().value(QLatin1String("app_message"))}}, QStringLiteral("WHATSAPP"));
        QCOMPARE(reference.value(QLatin1String("template_id")).toString(), tmpl.value(QLatin1String("name")).toString());
    }

    void refusals()
    {
        const ConversationMessageService messages(fx->client.get(), fx->projectKey);
        const QJsonObject rejected = draftTemplate();
        QVERIFY(!rejected.isEmpty());
        ApiResult r = test::finished(messages.send(sendRequest(rejected, QStringLiteral("+46701234567"))));
        QCOMPARE(r.httpStatus, 400);
        QVERIFY2(r.error.message.contains(QStringLiteral("not approved")), qPrintable(r.error.message));
        // A template of no such name, a number that is none, a missing variable.
        QJsonObject approved = seededTemplate(QStringLiteral("APPROVED"));
        QJsonObject unknown = approved;
        unknown.insert(QStringLiteral("name"), QStringLiteral("no_such_template"));
        r = test::finished(messages.send(sendRequest(unknown, QStringLiteral("+46701234567"))));
        QCOMPARE(r.httpStatus, 400);
        QVERIFY(r.error.message.contains(QStringLiteral("does not exist")));
        r = test::finished(messages.send(sendRequest(approved, QStringLiteral("12"))));
        QCOMPARE(r.httpStatus, 400);
        QJsonObject noValues = sendRequest(approved, QStringLiteral("+46701234567"));
        noValues = TestMessage::sendRequest(whatsappAppId(), QStringLiteral("WHATSAPP"), QStringLiteral("+46701234567"),
                                            approved.value(QLatin1String("name")).toString(),
                                            approved.value(QLatin1String("language")).toString(), {});
        r = test::finished(messages.send(noValues));
        QCOMPARE(r.httpStatus, 400);
        QVERIFY(r.error.message.contains(QStringLiteral("no value")));
        // Unknown message; wrong credentials.
        QCOMPARE(test::finished(messages.get(QStringLiteral("01NOSUCHMESSAGE"))).httpStatus, 400);
        Endpoint wrong = fx->client->endpoint(fx->projectKey);
        wrong.keySecret = QStringLiteral("wrong");
        fx->client->setEndpoint(QStringLiteral("wrong"), wrong);
        QCOMPARE(test::finished(ConversationAppService(fx->client.get(), QStringLiteral("wrong")).list()).httpStatus, 401);
    }

    void numbers()
    {
        QCOMPARE(TestMessage::normalizedNumber(QStringLiteral(" +46 (70) 123-45 67 ")), QStringLiteral("+46701234567"));
        QCOMPARE(TestMessage::normalizedNumber(QStringLiteral("0046701234567")), QStringLiteral("+46701234567"));
        QVERIFY(TestMessage::isE164(QStringLiteral("+46701234567")));
        QVERIFY(!TestMessage::isE164(QStringLiteral("46701234567")));
        QVERIFY(!TestMessage::isE164(QStringLiteral("+0701234567")));
        QVERIFY(!TestMessage::isE164(QStringLiteral("+1234567890123456")));
        QCOMPARE(TestMessage::bcp47(QStringLiteral("EN_US")), QStringLiteral("en-US"));
        QVERIFY(TestMessage::sameLanguage(QStringLiteral("pt_BR"), QStringLiteral("pt-br")));
    }

    // --- the dialog -------------------------------------------------------------------------

    void sendTestFromTheEditor()
    {
        makeWindow();
        const QJsonObject tmpl = seededTemplate(QStringLiteral("APPROVED"));
        QVERIFY(!tmpl.isEmpty());
        ui::EditorDocumentTab *tab = nullptr;
        QPushButton *button = openInEditor(tmpl, &tab);
        QVERIFY(button);
        QTRY_VERIFY(button->isEnabled());
        GuiDriver::click(button);
        ui::SendTestDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = tab->findChild<ui::SendTestDialog *>()) != nullptr);
        // The WhatsApp app is chosen for a WhatsApp template once the apps are read.
        QTRY_COMPARE(dialog->appPicker()->appId(), whatsappAppId());
        QVERIFY(!dialog->sendButton()->isEnabled());
        QVERIFY(dialog->sendButton()->toolTip().contains(QStringLiteral("phone number")));
        // An app without the WhatsApp channel cannot send it; the WhatsApp app back.
        const QString retail = sandbox::SeedIds::conversationApp(fx->server->config().projectId, QStringLiteral("acme-retail")).id;
        QVERIFY(GuiDriver(dialog).choose(QStringLiteral("Conversation app"),
                                         ui::ConversationAppPicker::describe(dialog->appPicker()->app(retail))));
        QVERIFY2(dialog->whyNotSendable().contains(QStringLiteral("has no WhatsApp channel")), qPrintable(dialog->whyNotSendable()));
        QVERIFY(GuiDriver(dialog).choose(QStringLiteral("Conversation app"),
                                         ui::ConversationAppPicker::describe(dialog->appPicker()->app(whatsappAppId()))));
        QCOMPARE(dialog->appPicker()->appId(), whatsappAppId());
        // The variables come with the editor's examples.
        const QList<TestMessage::Parameter> params = TestMessage::whatsappParameters(tmpl.value(QLatin1String("details")).toObject());
        QVERIFY(dialog->parameterEdit(0));
        QCOMPARE(dialog->parameterEdit(0)->text(), params.first().example);

        GuiDriver gui(dialog);
        QVERIFY(gui.typeAtEnd(QStringLiteral("Recipient's phone number"), QStringLiteral("+46 70 12")));
        QVERIFY(!dialog->sendButton()->isEnabled()); // not a whole number yet
        QVERIFY(dialog->sendButton()->toolTip().contains(QStringLiteral("international format")));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Recipient's phone number"), QStringLiteral("3 45 67")));
        QVERIFY(dialog->sendButton()->isEnabled());
        shot(dialog, QStringLiteral("send-test-dialog"));

        // Never sent without asking; a No sends nothing.
        box->expect(Kind::Question, QStringLiteral("to +46701234567 now?"), QMessageBox::Cancel);
        GuiDriver::click(dialog->sendButton());
        QTest::qWait(50);
        QCOMPARE(fx->server->conversationRequestCount(QStringLiteral("Messages_SendMessage")), 0);
        box->expect(Kind::Question, QStringLiteral("to +46701234567 now?"), QMessageBox::Yes);
        GuiDriver::click(dialog->sendButton());
        QTRY_VERIFY(!dialog->messageId().isEmpty());
        QTRY_VERIFY(!dialog->readBackView()->toPlainText().isEmpty());
        QVERIFY(dialog->resultLabel()->text().contains(dialog->messageId()));
        QVERIFY(dialog->readBackView()->toPlainText().contains(dialog->messageId()));
        QVERIFY(dialog->readBackView()->toPlainText().contains(tmpl.value(QLatin1String("name")).toString()));
        QCOMPARE(fx->server->conversationRequestCount(QStringLiteral("Messages_GetMessage")), 1);
        shot(dialog, QStringLiteral("send-test-dialog-sent"));
        // The number is kept as the project's test recipient.
        QCOMPARE(store->testRecipients(fx->server->config().projectId), QStringList{QStringLiteral("+46701234567")});
    }

    void noSendTestOfAnUnapprovedTemplate()
    {
        makeWindow();
        const QJsonObject tmpl = draftTemplate();
        QVERIFY(!tmpl.isEmpty());
        QPushButton *button = openInEditor(tmpl);
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(QStringLiteral("Only an approved template")), qPrintable(button->toolTip()));
    }

    void refusedForAnUnapprovedTemplate()
    {
        // Had it been offered (approved when the editor opened, its approval withdrawn
        // since), the API's refusal shows and what was typed stays.
        makeWindow();
        const QJsonObject tmpl = draftTemplate();
        QVERIFY(!tmpl.isEmpty());
        ui::SendTestDialog::Subject subject;
        subject.channel = QStringLiteral("WHATSAPP");
        subject.templateId = tmpl.value(QLatin1String("name")).toString();
        subject.language = tmpl.value(QLatin1String("language")).toString();
        subject.title = subject.templateId;
        subject.parameters = TestMessage::whatsappParameters(tmpl.value(QLatin1String("details")).toObject());
        for (TestMessage::Parameter &p : subject.parameters)
            p.example = p.example.isEmpty() ? QStringLiteral("x") : p.example;
        ui::SendTestDialog dialog({fx->client.get(), fx->projectKey, box.get(), store.get()}, subject, window.get());
        dialog.show();
        QTRY_COMPARE(dialog.appPicker()->appId(), whatsappAppId());
        GuiDriver gui(&dialog);
        QVERIFY(gui.typeAtEnd(QStringLiteral("Recipient's phone number"), QStringLiteral("+46701234567")));
        box->expect(Kind::Question, QStringLiteral("Send"), QMessageBox::Yes);
        GuiDriver::click(dialog.sendButton());
        QTRY_COMPARE(dialog.resultLabel()->text(), QStringLiteral("Not sent."));
        QVERIFY(dialog.messageId().isEmpty());
        QVERIFY(dialog.messageBar()->isVisible());
        QCOMPARE(dialog.recipientCombo()->currentText(), QStringLiteral("+46701234567"));
        QVERIFY(store->testRecipients(fx->server->config().projectId).isEmpty()); // nothing went to it
        QVERIFY(dialog.sendButton()->isEnabled()); // may be tried again
    }

    void sendTestOfAKakaotalkTemplate()
    {
        // An AlimTalk template with #{variables}, submitted to a seeded sender and approved at once.
        fx->server->setReviewDelaySeconds(0);
        const ApiResult senders = fx->callSync(ApiRequest(QStringLiteral("KakaotalkSendersController_listSenders_v1")));
        const QString sender = senders.json.object().value(QLatin1String("senders")).toArray().first().toObject()
                                   .value(QLatin1String("plusFriendId")).toString();
        const ApiResult created = fx->callSync(
            ApiRequest(QStringLiteral("KakaotalkTemplatesController_createTemplate_v1")).path(QStringLiteral("plusFriendId"), sender)
                .json(QJsonObject{{QStringLiteral("status"), QStringLiteral("SUBMIT")},
                                  {QStringLiteral("details"), QJsonObject{
                                      {QStringLiteral("name"), QStringLiteral("Order shipped")},
                                      {QStringLiteral("content"), QStringLiteral("Hello #{name}, your order #{order} has shipped.")},
                                      {QStringLiteral("language"), QStringLiteral("EN")},
                                      {QStringLiteral("messageType"), QStringLiteral("BASIC")},
                                      {QStringLiteral("emphasizeType"), QStringLiteral("EMPHASIZE_TYPE_NONE")},
                                      {QStringLiteral("categoryCode"), QStringLiteral("999999")}}}}));
        const QString code = created.json.object().value(QLatin1String("code")).toString();
        QVERIFY2(!code.isEmpty(), qPrintable(created.error.summary()));
        const ApiResult got = fx->callSync(ApiRequest(QStringLiteral("TemplatesController_get_v1"))
                                               .path(QStringLiteral("plusFriendId"), sender).path(QStringLiteral("templateCode"), code));
        QCOMPARE(got.json.object().value(QLatin1String("state")).toString(), QStringLiteral("APPROVED"));
        ui::KakaotalkTemplatesPage page(AreaCatalog::find(QStringLiteral("kakaotalk.templates")), fx->client.get(), box.get());
        page.setSettings(settings.get());
        page.setTestRecipients(store.get());
        page.resize(1300, 800);
        page.show();
        page.setProject(fx->projectKey);
        page.openTemplate(sender, code);
        QTRY_VERIFY_WITH_TIMEOUT(page.editor() && page.editor()->templateCode() == code, 10000);
        auto *button = page.editor()->findChild<QPushButton *>(QStringLiteral("sendTestButton"));
        QVERIFY(button);
        QTRY_VERIFY(button->isEnabled());
        GuiDriver::click(button);
        ui::SendTestDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.editor()->findChild<ui::SendTestDialog *>()) != nullptr);
        // The app with the KakaoTalk channel is chosen.
        QTRY_COMPARE(dialog->appPicker()->appId(), whatsappAppId());
        GuiDriver gui(dialog);
        for (int i = 0; dialog->parameterEdit(i); ++i) {
            if (dialog->parameterEdit(i)->text().isEmpty())
                GuiDriver::typeKeys(dialog->parameterEdit(i), QStringLiteral("Kim"));
        }
        QVERIFY(gui.typeAtEnd(QStringLiteral("Recipient's phone number"), QStringLiteral("+82 10 1234 5678")));
        QVERIFY2(dialog->sendButton()->isEnabled(), qPrintable(dialog->whyNotSendable()));
        shot(dialog, QStringLiteral("send-test-kakaotalk"));
        box->expect(Kind::Question, QStringLiteral("to +821012345678 now?"), QMessageBox::Yes);
        GuiDriver::click(dialog->sendButton());
        QTRY_VERIFY(!dialog->readBackView()->toPlainText().isEmpty());
        QVERIFY(dialog->readBackView()->toPlainText().contains(code));
        QCOMPARE(store->testRecipients(fx->server->config().projectId), QStringList{QStringLiteral("+821012345678")});
    }

    // --- the app picker in the channel and RCS views ----------------------------------------

    void pickAnAppInTheChannelView()
    {
        auto page = test::showPage<ui::ChannelsPage>(*fx);
        QVERIFY(page);
        QTRY_VERIFY(!page->appPicker()->apps().isEmpty());
        const QString app = ui::ConversationAppPicker::describe(page->appPicker()->app(whatsappAppId()));
        QVERIFY2(app.startsWith(QStringLiteral("Acme WhatsApp · WhatsApp")), qPrintable(app)); // channels by their names
        QVERIFY(GuiDriver(page.get()).choose(QStringLiteral("Conversation app"), app));
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->section(ConversationChannelService::Channel::Instagram)->valueOf(QStringLiteral("name")),
                 QStringLiteral("Acme WhatsApp"));
        shot(page.get(), QStringLiteral("channels-app-picker"));
    }

    void appIdByHandWhenTheListCannotBeRead()
    {
        // The project's Conversation host does not answer: the picker says so and takes a typed ID.
        Endpoint ep = fx->client->endpoint(fx->projectKey);
        ep.conversationUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        fx->client->setEndpoint(QStringLiteral("unreachable"), ep);
        ui::ConversationAppPicker picker(fx->client.get());
        picker.show();
        picker.setProject(QStringLiteral("unreachable"));
        QVERIFY(picker.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!picker.isLoading(), 15000);
        QVERIFY(!picker.problem().isEmpty());
        QVERIFY2(picker.combo()->toolTip().contains(QStringLiteral("Type the app ID by hand")), qPrintable(picker.combo()->toolTip()));
        QVERIFY(GuiDriver(&picker).typeAtEnd(QStringLiteral("Conversation app ID"), QStringLiteral("01H8X3N6R7T5Y2V9W4Z0QK1M3P")));
        QCOMPARE(picker.appId(), QStringLiteral("01H8X3N6R7T5Y2V9W4Z0QK1M3P"));
    }

    void pickAnAppInTheRcsView()
    {
        makeWindow();
        window->showArea(QStringLiteral("rcs.senders"));
        auto *page = qobject_cast<ui::RcsSendersPage *>(window->page(QStringLiteral("rcs.senders")));
        QVERIFY(page);
        QTRY_VERIFY(page->model() && page->model()->hasLoadedOnce() && !page->model()->isLoading());
        const int all = page->model()->rowCount();
        QTRY_VERIFY(!page->appFilter()->apps().isEmpty());
        // RCS apps come first.
        QVERIFY(page->appFilter()->apps().first().channels.contains(QStringLiteral("RCS")));
        const QString retail = sandbox::SeedIds::conversationApp(fx->server->config().projectId, QStringLiteral("acme-retail")).id;
        const QString label = ui::ConversationAppPicker::describe(page->appFilter()->app(retail));
        QVERIFY(GuiDriver(page).choose(QStringLiteral("Filter by Conversation app"), label));
        QTRY_VERIFY(page->model() && page->model()->hasLoadedOnce() && !page->model()->isLoading());
        const int filtered = page->model()->rowCount();
        QVERIFY2(filtered > 0 && filtered < all, qPrintable(QStringLiteral("%1 of %2").arg(filtered).arg(all)));
        for (int row = 0; row < filtered; ++row) {
            const QJsonObject sender = page->model()->item(row);
            QCOMPARE(sender.value(QLatin1String("conversationApiAppDetails")).toObject().value(QLatin1String("id")).toString(), retail);
        }
        // The chosen sender's app in words.
        page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
        auto *appRow = page->senderDetail()->findChild<QLabel *>(QStringLiteral("conversationApp"));
        QVERIFY(appRow);
        QTRY_VERIFY2(appRow->text().startsWith(QStringLiteral("Acme Retail · RCS")), qPrintable(appRow->text()));
        shot(page, QStringLiteral("rcs-senders-app-filter"));

        // A test message from the chosen (launched) sender, through its app.
        QAction *send = page->findChild<QAction *>(QStringLiteral("rcsSenders.sendTest"));
        QVERIFY(send);
        QVERIFY2(send->isEnabled(), qPrintable(send->toolTip()));
        send->trigger();
        ui::SendTestDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<ui::SendTestDialog *>()) != nullptr);
        QTRY_COMPARE(dialog->appPicker()->appId(), retail);
        QVERIFY(dialog->textEdit() && dialog->textEdit()->text().contains(QStringLiteral("Acme Retail")));
        GuiDriver gui(dialog);
        QVERIFY(gui.typeAtEnd(QStringLiteral("Recipient's phone number"), QStringLiteral("+44 7700 900123")));
        box->expect(Kind::Question, QStringLiteral("to +447700900123 now?"), QMessageBox::Yes);
        GuiDriver::click(dialog->sendButton());
        QTRY_VERIFY(!dialog->readBackView()->toPlainText().isEmpty());
        QVERIFY(dialog->readBackView()->toPlainText().contains(QStringLiteral("\"RCS\"")));
        shot(dialog, QStringLiteral("send-test-rcs"));
    }

    void rcsTextOnlyToTestDevicesBeforeLaunch()
    {
        // A sender not launched sends only to its verified test devices.
        const ApiResult list = fx->callSync(ApiRequest(QStringLiteral("RcsSendersController_listSenders_v1")));
        QJsonObject pending;
        for (const QJsonValue &v : list.json.object().value(QLatin1String("senders")).toArray())
            if (v.toObject().value(QLatin1String("state")).toString() != QLatin1String("LAUNCHED")
                && !v.toObject().value(QLatin1String("conversationApiAppDetails")).toObject().isEmpty())
                pending = v.toObject();
        QVERIFY(!pending.isEmpty());
        const QString app = pending.value(QLatin1String("conversationApiAppDetails")).toObject().value(QLatin1String("id")).toString();
        const ConversationMessageService messages(fx->client.get(), fx->projectKey);
        const ApiResult r = test::finished(messages.send(TestMessage::textRequest(app, QStringLiteral("RCS"), QStringLiteral("+46700000999"), QStringLiteral("hi"))));
        QCOMPARE(r.httpStatus, 400);
        QVERIFY2(r.error.message.contains(QStringLiteral("verified test devices")), qPrintable(r.error.message));
    }
};

QTEST_MAIN(TstSendTest)
#include "tst_sendtest.moc"
