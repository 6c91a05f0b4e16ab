// Two consoles editing the same WhatsApp template: the first saves, the second's save does
// not overwrite it silently but shows both versions (SaveConflictDialog); Cancel keeps what
// the second typed and sends nothing, Overwrite saves it, Load theirs takes the other
// version into the editor (undoable). A template the other console deleted meanwhile goes on
// as a new template with the edits kept. Each console has its own ApiClient against one
// sandbox; everything is typed and clicked through GuiDriver.
#include "templates/editor/saveconflictdialog.h"
#include "templates/editor/templateeditor.h"
#include "templates/list/changelist.h"
#include "api/apiclient.h"
#include "api/apirequest.h"
#include "domain/templatedocument.h"
#include "guidriver.h"
#include "services/whatsapptemplateservice.h"
#include "testsupport.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>

using namespace sinch;
using sinch::test::GuiDriver;
using sinch::ui::SaveConflictDialog;
using sinch::ui::TemplateEditor;

namespace {

QString bodyOf(const QJsonObject &document)
{
    TemplateDocument d(document);
    return d.value(d.componentPath(QStringLiteral("BODY")) + QStringLiteral(".text")).toString();
}

SaveConflictDialog *openConflict()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<SaveConflictDialog *>(w); d && d->isVisible())
            return d;
    return nullptr;
}

} // namespace

class TstSaveConflict : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::SandboxFixture> m_fx;
    std::unique_ptr<ApiClient> m_secondClient; // the other console
    QJsonObject m_template;

    QJsonObject serverNow()
    {
        const QJsonObject doc = TemplateDocument::fromServerTemplate(m_template);
        const ApiResult r = test::finished(WhatsappTemplateService(m_fx->client.get(), m_fx->projectKey)
                                               .get(doc.value(QLatin1String("name")).toString(),
                                                    doc.value(QLatin1String("language")).toString()));
        return r.json.object();
    }

    std::unique_ptr<TemplateEditor> open(ApiClient *client, const QJsonObject &serverTemplate = {})
    {
        const QJsonObject opened = serverTemplate.isEmpty() ? m_template : serverTemplate;
        TemplateEditor::Context ctx{client, m_fx->projectKey, nullptr, nullptr};
        auto editor = std::make_unique<TemplateEditor>(ctx, TemplateDocument::fromServerTemplate(opened), opened);
        editor->resize(1200, 820);
        editor->show();
        editor->activateWindow();
        if (!QTest::qWaitForWindowExposed(editor.get()))
            return nullptr;
        GuiDriver::settle();
        return editor;
    }

    // Types at the end of the body, as a person would after choosing Body in the outline.
    bool typeIntoBody(TemplateEditor *editor, const QString &text)
    {
        // The console a person turns to comes to the front: keys go to its window.
        editor->activateWindow();
        if (!QTest::qWaitForWindowActive(editor))
            return false;
        GuiDriver gui(editor);
        editor->selectPart(QStringLiteral("body"));
        GuiDriver::settle();
        return gui.typeAtEnd(QStringLiteral("Body text"), text);
    }

    bool save(TemplateEditor *editor)
    {
        return GuiDriver(editor).click(QStringLiteral("Save draft"));
    }

    // What the other console does: deletes a template, every version of it.
    bool deleteOnServer(const QString &name, const QString &language)
    {
        return test::finished(WhatsappTemplateService(m_secondClient.get(), m_fx->projectKey).remove(name, language, true)).ok();
    }

    int statusOf(const QString &name, const QString &language)
    {
        return test::finished(WhatsappTemplateService(m_fx->client.get(), m_fx->projectKey).get(name, language)).error.httpStatus;
    }

private slots:
    void init()
    {
        m_fx = std::make_unique<test::SandboxFixture>();
        QVERIFY2(m_fx->started, qPrintable(m_fx->error));
        m_secondClient = std::make_unique<ApiClient>();
        m_secondClient->setEndpoint(m_fx->projectKey, m_fx->endpoint(AuthMode::Basic));
        m_template = m_fx->plainTextTemplate();
        QVERIFY(!m_template.isEmpty());
    }
    void cleanup()
    {
        m_secondClient.reset();
        m_fx.reset();
    }

    // Save draft with nothing changed sends nothing (a request that could fail and say the
    // change "may or may not have been made" about no change at all); changed, it sends.
    void nothingChangedSendsNothing()
    {
        auto editor = open(m_fx->client.get());
        QVERIFY(editor);
        const QString update = QStringLiteral("TemplatesController_updateTemplate_v1");
        const QString read = QStringLiteral("TemplatesController_getTemplate_v1");
        const int updates = m_fx->server->requestCount(update), reads = m_fx->server->requestCount(read);
        QVERIFY(!editor->isDirty());
        QVERIFY(save(editor.get()));
        QTRY_VERIFY(editor->messageText().contains(QStringLiteral("Nothing to save")));
        GuiDriver::settle();
        QCOMPARE(m_fx->server->requestCount(update), updates);
        QCOMPARE(m_fx->server->requestCount(read), reads);
        QVERIFY(typeIntoBody(editor.get(), QStringLiteral(" Changed.")));
        QVERIFY(save(editor.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isDirty(), 15000);
        QCOMPARE(m_fx->server->requestCount(update), updates + 1);
    }

    void secondSaveShowsBothAndCancelKeepsMine()
    {
        auto first = open(m_fx->client.get());
        auto second = open(m_secondClient.get());
        QVERIFY(first && second);
        QVERIFY(typeIntoBody(first.get(), QStringLiteral(" First console.")));
        QVERIFY(save(first.get()));
        QVERIFY(first->isDirty());
        QTRY_VERIFY_WITH_TIMEOUT(!first->isDirty(), 15000);
        QVERIFY2(bodyOf(TemplateDocument::fromServerTemplate(serverNow())).endsWith(QStringLiteral(" First console.")),
                 qPrintable(QJsonDocument(serverNow()).toJson()));

        QVERIFY(typeIntoBody(second.get(), QStringLiteral(" Second console.")));
        QVERIFY(save(second.get()));
        QTRY_VERIFY_WITH_TIMEOUT(openConflict(), 15000);
        SaveConflictDialog *dialog = openConflict();
        // Both versions, each with its own text, the difference among the changed fields.
        QVERIFY(dialog->theirsView()->toPlainText().contains(QStringLiteral("First console.")));
        QVERIFY(!dialog->theirsView()->toPlainText().contains(QStringLiteral("Second console.")));
        QVERIFY(dialog->mineView()->toPlainText().contains(QStringLiteral("Second console.")));
        QVERIFY(dialog->changeList()->count() > 0);
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            dialog->grab().save(QStringLiteral("saveconflict.png"));

        QVERIFY(GuiDriver(dialog).click(QStringLiteral("Cancel")));
        QTRY_VERIFY(!openConflict());
        // Nothing sent: the server keeps the first console's text, the editor the second's.
        QVERIFY(second->isDirty());
        QVERIFY(bodyOf(second->document()).endsWith(QStringLiteral(" Second console.")));
        QVERIFY(!bodyOf(second->document()).contains(QStringLiteral("First console.")));
        QVERIFY(bodyOf(TemplateDocument::fromServerTemplate(serverNow())).endsWith(QStringLiteral(" First console.")));
        QVERIFY(second->messageText().contains(QStringLiteral("changed on the server")));
    }

    void overwriteSavesMine()
    {
        auto first = open(m_fx->client.get());
        auto second = open(m_secondClient.get());
        QVERIFY(first && second);
        QVERIFY(typeIntoBody(first.get(), QStringLiteral(" First console.")));
        QVERIFY(save(first.get()));
        QVERIFY(first->isDirty());
        QTRY_VERIFY_WITH_TIMEOUT(!first->isDirty(), 15000);
        QVERIFY(typeIntoBody(second.get(), QStringLiteral(" Second console.")));
        QVERIFY(save(second.get()));
        QTRY_VERIFY_WITH_TIMEOUT(openConflict(), 15000);
        QVERIFY(GuiDriver(openConflict()).click(QStringLiteral("Overwrite theirs")));
        QTRY_VERIFY_WITH_TIMEOUT(!second->isDirty(), 15000);
        const QString onServer = bodyOf(TemplateDocument::fromServerTemplate(serverNow()));
        QVERIFY(onServer.endsWith(QStringLiteral(" Second console.")));
        QVERIFY(!onServer.contains(QStringLiteral("First console.")));
        // Saved over theirs, the second console's next save goes through without asking.
        QVERIFY(typeIntoBody(second.get(), QStringLiteral(" Again.")));
        QVERIFY(save(second.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!second->isDirty(), 15000);
        QVERIFY(!openConflict());
    }

    void loadTheirsTakesTheOtherVersionUndoably()
    {
        auto first = open(m_fx->client.get());
        auto second = open(m_secondClient.get());
        QVERIFY(first && second);
        QVERIFY(typeIntoBody(first.get(), QStringLiteral(" First console.")));
        QVERIFY(save(first.get()));
        QVERIFY(first->isDirty());
        QTRY_VERIFY_WITH_TIMEOUT(!first->isDirty(), 15000);
        QVERIFY(typeIntoBody(second.get(), QStringLiteral(" Second console.")));
        QVERIFY(save(second.get()));
        QTRY_VERIFY_WITH_TIMEOUT(openConflict(), 15000);
        QVERIFY(GuiDriver(openConflict()).click(QStringLiteral("Load theirs")));
        QTRY_VERIFY(!openConflict());
        QVERIFY(bodyOf(second->document()).endsWith(QStringLiteral(" First console.")));
        QVERIFY(!second->isDirty());
        second->undoStack()->undo();
        QVERIFY(bodyOf(second->document()).endsWith(QStringLiteral(" Second console.")));
    }

    // Meta had it (it has a state): its name is taken for 30 days, so the editor, now a new
    // template's, asks for another name and marks the field; renamed, it saves.
    void deletedMeanwhileKeepsTheEditsAsANewTemplate()
    {
        auto editor = open(m_fx->client.get());
        QVERIFY(editor);
        const QJsonObject doc = TemplateDocument::fromServerTemplate(m_template);
        const QString name = doc.value(QLatin1String("name")).toString();
        const QString language = doc.value(QLatin1String("language")).toString();
        QVERIFY(deleteOnServer(name, language));
        QVERIFY(typeIntoBody(editor.get(), QStringLiteral(" Kept.")));
        QVERIFY(save(editor.get()));
        QTRY_VERIFY_WITH_TIMEOUT(editor->messageText().contains(QStringLiteral("was deleted on the server")), 15000);
        QVERIFY2(editor->messageText().contains(QStringLiteral("another name")), qPrintable(editor->messageText()));
        QVERIFY(!editor->isExisting());
        QVERIFY(editor->isDirty());
        QVERIFY(bodyOf(editor->document()).endsWith(QStringLiteral(" Kept.")));
        // The name is a field now, marked.
        editor->selectPart(QStringLiteral("settings"));
        GuiDriver::settle();
        GuiDriver gui(editor.get());
        auto *nameField = gui.find<QLineEdit>(QStringLiteral("Template name"));
        QVERIFY(nameField && nameField->isEnabled() && !nameField->isReadOnly());
        QCOMPARE(nameField->text(), name);
        QVERIFY2(nameField->toolTip().contains(QStringLiteral("30 days")), qPrintable(nameField->toolTip()));
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            editor->grab().save(QStringLiteral("deletedmeanwhile.png"));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Template name"), QStringLiteral("_again")));
        QVERIFY(save(editor.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isDirty(), 15000);
        QVERIFY(editor->isExisting());
        QCOMPARE(statusOf(name + QStringLiteral("_again"), language), 0);
        QCOMPARE(statusOf(name, language), 404);
    }

    // Only a draft (never with Meta): its name is free, and "Create again" makes it anew.
    void deletedDraftIsCreatedAgain()
    {
        QJsonObject draft = TemplateDocument::fromServerTemplate(m_template);
        draft.insert(QStringLiteral("name"), QStringLiteral("draft_gone_meanwhile"));
        const ApiResult created = test::finished(WhatsappTemplateService(m_fx->client.get(), m_fx->projectKey).create(draft, false));
        QVERIFY2(created.ok(), qPrintable(created.error.summary()));
        const QString language = draft.value(QLatin1String("language")).toString();
        auto editor = open(m_fx->client.get(), created.json.object());
        QVERIFY(editor && editor->isExisting());
        QVERIFY(test::finished(WhatsappTemplateService(m_secondClient.get(), m_fx->projectKey)
                                   .remove(QStringLiteral("draft_gone_meanwhile"), language, false)).ok());
        QVERIFY(typeIntoBody(editor.get(), QStringLiteral(" Still here.")));
        QVERIFY(save(editor.get()));
        QTRY_VERIFY_WITH_TIMEOUT(editor->messageText().contains(QStringLiteral("was deleted on the server")), 15000);
        QVERIFY(editor->isDirty());
        QVERIFY(GuiDriver(editor.get()).click(QStringLiteral("Create again")));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isDirty(), 15000);
        QVERIFY(editor->isExisting());
        const ApiResult again = test::finished(WhatsappTemplateService(m_fx->client.get(), m_fx->projectKey)
                                                   .get(QStringLiteral("draft_gone_meanwhile"), language));
        QVERIFY(again.ok());
        QVERIFY(bodyOf(TemplateDocument::fromServerTemplate(again.json.object())).endsWith(QStringLiteral(" Still here.")));
    }
};

QTEST_MAIN(TstSaveConflict)
#include "tst_saveconflict.moc"
