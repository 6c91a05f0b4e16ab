// The KakaoTalk template editor driven as a person drives it, against the sandbox (the
// review decides at once): a sender chosen, New (Ctrl+N), a Korean name and content with
// #{name} typed key by key (a finding shows while the variable is open and goes once it
// closes), its example, two buttons of different kinds added and reordered (Alt+Up), undo
// and redo, Save draft (Ctrl+S), Submit (Ctrl+Enter) and the approval; a template the
// reviewer rejects with its reason in the banner, its changes deleted and the template
// deleted, each confirmed in the scripted message box.
#include "kakaotalktemplatestesting.h"
#include "findings.h"
#include "kakaotalk/kakaotalksenderchooser.h"
#include "kakaotalk/alimtalkpreviewwidget.h"
#include "kakaotalk/kakaotalktemplateeditor.h"
#include "kakaotalk/kakaotalktemplatespage.h"

#include "activity/activityfeedview.h"
#include "apibodylog.h"
#include "guidriver.h"
#include "models/activityfeedmodel.h"
#include "models/kakaotalktemplatelistmodel.h"
#include "scriptedmessagebox.h"
#include "services/areacatalog.h"
#include "services/kakaotalktemplateservice.h"
#include "storage/draftstore.h"
#include "testsupport.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace sinch;
using sinch::test::hasRule;
using sinch::test::GuiDriver;
using sinch::ui::KakaotalkTemplateEditor;
using sinch::ui::KakaotalkTemplatesPage;
using sinch::ui::MessageBox;

namespace {

const QString kSender = QStringLiteral("@acme_bank");
const QString kCreate = QStringLiteral("KakaotalkTemplatesController_createTemplate_v1");
const QString kUpdate = QStringLiteral("KakaotalkTemplatesController_updateTemplate_v1");
const QString kDelete = QStringLiteral("TemplatesController_deleteTemplate_v1");
const QString kDeleteChanges = QStringLiteral("TemplatesController_deleteTemplateDraft_v1");

} // namespace

class TstKakaotalkTemplateEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ApiBodyLog> m_bodies;
    std::unique_ptr<test::SandboxFixture> m_fx;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<ui::ScriptedMessageBox> m_box;
    std::unique_ptr<KakaotalkTemplatesPage> m_page;

    QJsonObject serverTemplate(const QString &code) const
    {
        return m_fx->callSync(ApiRequest(QStringLiteral("TemplatesController_get_v1"))
                                  .path(QStringLiteral("plusFriendId"), kSender)
                                  .path(QStringLiteral("templateCode"), code))
            .json.object();
    }

    KakaotalkTemplateEditor *editor() const { return m_page->editor(); }
    QJsonValue doc(const QString &path) const
    {
        QJsonValue v = editor()->document();
        for (const QString &key : path.split(QLatin1Char('.')))
            v = v.isArray() ? v.toArray().at(key.toInt()) : v.toObject().value(key);
        return v;
    }

    bool addButton(GuiDriver &gui, const QString &kindText)
    {
        return gui.choose(QStringLiteral("Kind of the new button"), kindText) && gui.click(QStringLiteral("Add button"));
    }

private slots:
    void initTestCase()
    {
        m_bodies = std::make_unique<test::ApiBodyLog>();
        m_fx = std::make_unique<test::SandboxFixture>(test::reviewAtOnce());
        QVERIFY2(m_fx->started, qPrintable(m_fx->error));
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_drafts = std::make_unique<DraftStore>(m_dir->filePath(QStringLiteral("drafts")));
    }

    void init()
    {
        m_box = std::make_unique<ui::ScriptedMessageBox>();
        m_page = test::showKakaotalkTemplatesPage(*m_fx, m_box.get(), m_settings.get(), m_drafts.get());
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

    void writeDraftButtonsSubmitApproved()
    {
        GuiDriver gui(m_page.get());
        QVERIFY(test::chooseSender(m_page.get(), kSender));
        const QString name = QStringLiteral("주문 접수 안내");
        QVERIFY(test::newTemplate(m_page.get(), name, QStringLiteral("#{name")));
        // The variable is open: a finding says so, and goes once it is closed.
        QVERIFY(hasRule(editor()->findings(), QStringLiteral("kt.variables.unclosed")));
        QVERIFY(!gui.find(QStringLiteral("Example of #{name}")));
        GuiDriver::typeKeys(QApplication::focusWidget(), QStringLiteral("}님, 주문이 접수되었습니다."));
        QVERIFY(!hasRule(editor()->findings(), QStringLiteral("kt.variables.unclosed")));
        QCOMPARE(doc(QStringLiteral("details.content")).toString(), QStringLiteral("#{name}님, 주문이 접수되었습니다."));
        // Its example row came in place; the content field kept the keyboard, and Tab goes on
        // to the example, as a person fills the form top down.
        QCOMPARE(QApplication::focusWidget(), gui.get<QPlainTextEdit>(QStringLiteral("Content")));
        GuiDriver::key(Qt::Key_Tab);
        QTRY_VERIFY2(QApplication::focusWidget() == gui.get(QStringLiteral("Example of #{name}")),
                     qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->accessibleName() : QString()));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Example of #{name}"), QStringLiteral("김민수")));
        // Languages in their own words, in any language of the console: no English name.
        auto *language = gui.get<QComboBox>(QStringLiteral("Language"));
        QVERIFY(language);
        QStringList languages;
        for (int i = 0; i < language->count(); ++i)
            languages << language->itemText(i);
        QVERIFY2(languages.contains(QStringLiteral("한국어 (KO)")) && languages.contains(QStringLiteral("English (EN)"))
                     && !languages.contains(QStringLiteral("Korean (KO)")),
                 qPrintable(languages.join(u'|')));
        QCOMPARE(doc(QStringLiteral("consoleExamples.name")).toString(), QStringLiteral("김민수"));

        // The category from the sender's template categories, by its name.
        auto *category = gui.get<QComboBox>(QStringLiteral("Category"));
        QTRY_VERIFY_WITH_TIMEOUT(category->count() > 10, 10000);
        const QString categoryText = category->itemText(3);
        const QString categoryCode = category->itemData(3).toString();
        QVERIFY(!categoryText.contains(categoryCode));
        QVERIFY(gui.choose(QStringLiteral("Category"), categoryText));
        QCOMPARE(doc(QStringLiteral("details.categoryCode")).toString(), categoryCode);

        // Two buttons of different kinds; the web link needs its mobile link.
        QVERIFY(addButton(gui, QStringLiteral("Web link")));
        QVERIFY(hasRule(editor()->findings(), QStringLiteral("kt.button.weblink.mobile")));
        // The new button's label has the keyboard (the Add button had it, and went with its
        // page), in sight: the person types on.
        QTRY_COMPARE(QApplication::focusWidget(), gui.get<QLineEdit>(QStringLiteral("Button 1 label")));
        QTRY_VERIFY(!gui.get<QLineEdit>(QStringLiteral("Button 1 label"))->visibleRegion().isEmpty());
        // Typing past the label's 14 characters keeps every key, and the finding says by how much.
        QVERIFY(gui.typeAtEnd(QStringLiteral("Button 1 label"), QStringLiteral("Track my package now")));
        QCOMPARE(gui.get<QLineEdit>(QStringLiteral("Button 1 label"))->text(), QStringLiteral("Track my package now"));
        QTRY_VERIFY(hasRule(editor()->findings(), QStringLiteral("kt.button.name.length")));
        gui.get<QLineEdit>(QStringLiteral("Button 1 label"))->clear();
        QVERIFY(gui.typeAtEnd(QStringLiteral("Button 1 label"), QStringLiteral("주문 보기")));
        QTRY_VERIFY(!hasRule(editor()->findings(), QStringLiteral("kt.button.name.length")));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Button 1 mobile link"), QStringLiteral("https://m.acme.kr/order")));
        QVERIFY(!hasRule(editor()->findings(), QStringLiteral("kt.button.weblink.mobile")));
        QVERIFY(addButton(gui, QStringLiteral("Delivery tracking")));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Button 2 label"), QStringLiteral("배송 조회")));
        QVERIFY(!gui.find(QStringLiteral("Button 2 mobile link"))); // a delivery button has no links

        // Alt+Up in the second button's label moves it first; undo and redo of the move. In
        // a window low enough that the form scrolls, as a laptop's.
        m_page->resize(m_page->width(), 520);
        GuiDriver::settle();
        GuiDriver::key(Qt::Key_Up, Qt::AltModifier);
        GuiDriver::settle();
        QCOMPARE(doc(QStringLiteral("details.buttons.0.type")).toString(), QStringLiteral("DELIVERY_SEARCH"));
        QCOMPARE(doc(QStringLiteral("details.buttons.0.ordering")).toInt(), 1);
        QCOMPARE(doc(QStringLiteral("details.buttons.1.ordering")).toInt(), 2);
        // The keyboard went with the button, in sight: a second Alt+Up has nowhere to go.
        QCOMPARE(QApplication::focusWidget(), gui.get<QLineEdit>(QStringLiteral("Button 1 label")));
        QTRY_VERIFY(!gui.get<QLineEdit>(QStringLiteral("Button 1 label"))->visibleRegion().isEmpty());
        QCOMPARE(gui.get<QLineEdit>(QStringLiteral("Button 1 label"))->text(), QStringLiteral("배송 조회"));
        GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
        GuiDriver::settle();
        QCOMPARE(doc(QStringLiteral("details.buttons.0.type")).toString(), QStringLiteral("WEB_LINK"));
        QCOMPARE(doc(QStringLiteral("details.buttons.0.ordering")).toInt(), 1);
        GuiDriver::key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        GuiDriver::settle();
        QCOMPARE(doc(QStringLiteral("details.buttons.0.type")).toString(), QStringLiteral("DELIVERY_SEARCH"));
        QCOMPARE(gui.get<QLineEdit>(QStringLiteral("Button 1 label"))->text(), QStringLiteral("배송 조회"));
        QVERIFY(!rules::hasErrors(editor()->findings()));

        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS")) // the source tree stays as it is otherwise
            QVERIFY(m_page->grab().save(QStringLiteral(SINCH_SCREENSHOTS "/kakaotalk-template-editor.png")));

        // Save draft (Ctrl+S): created as a draft, the examples stay in the console.
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(kCreate), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(editor()->isExisting() && !editor()->isDirty() && !editor()->isBusy(), 10000);
        const QJsonObject sent = test::ApiBodyLog::lastBody(*m_fx->client->requestLog(), kCreate);
        QCOMPARE(sent.value(QLatin1String("status")).toString(), QStringLiteral("DRAFT"));
        QVERIFY(!sent.contains(QLatin1String("consoleExamples")));
        QVERIFY(!sent.value(QLatin1String("details")).toObject().contains(QLatin1String("consoleExamples")));
        QCOMPARE(sent.value(QLatin1String("details")).toObject().value(QLatin1String("buttons")).toArray().size(), 2);
        const QString code = editor()->templateCode();
        QCOMPARE(serverTemplate(code).value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("DRAFT"));
        QVERIFY(editor()->reviewText().contains(QLatin1String("draft"), Qt::CaseInsensitive));
        QCOMPARE(editor()->messageText(), QStringLiteral("Draft saved."));
        QCOMPARE(doc(QStringLiteral("consoleExamples.name")).toString(), QStringLiteral("김민수"));
        QTRY_VERIFY_WITH_TIMEOUT(GuiDriver::findRow(m_page->view(), name).isValid(), 10000);

        // Submit (Ctrl+Enter): the review decides at once; Refresh reads the decision.
        GuiDriver::key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(kUpdate), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(test::ApiBodyLog::lastBody(*m_fx->client->requestLog(), kUpdate).value(QLatin1String("status")).toString(),
                                  QStringLiteral("SUBMIT"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!editor()->isBusy(), 10000);
        QVERIFY(gui.click(QStringLiteral("Refresh review state")));
        QTRY_VERIFY_WITH_TIMEOUT(editor()->reviewText().contains(QLatin1String("Approved")), 10000);
        // "Submitted for Kakao's review." does not stay beside "Approved by Kakao".
        QVERIFY2(!editor()->messageText().contains(QLatin1String("Submitted")), qPrintable(editor()->messageText()));
        QCOMPARE(serverTemplate(code).value(QLatin1String("state")).toString(), QStringLiteral("APPROVED"));
        // The list says so in words.
        QTRY_VERIFY_WITH_TIMEOUT(GuiDriver::findRow(m_page->view(), name).siblingAtColumn(1).data().toString()
                                     == QStringLiteral("Approved"), 10000);
        QCOMPARE(GuiDriver::findRow(m_page->view(), name).siblingAtColumn(3).data().toString(), QStringLiteral("Basic"));
        QVERIFY(!GuiDriver::findRow(m_page->view(), name).siblingAtColumn(4).data().toString().contains(categoryCode));
    }

    void rejectedWithReasonChangesDeletedThenDeleted()
    {
        GuiDriver gui(m_page.get());
        QVERIFY(test::chooseSender(m_page.get(), kSender));
        // A name with "reject" is always rejected by the sandbox's reviewer.
        const QString name = QStringLiteral("reject 이벤트 안내");
        QVERIFY(test::newTemplate(m_page.get(), name, QStringLiteral("#{name}님, 이벤트에 초대합니다.")));
        GuiDriver::key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(kCreate), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(editor()->reviewText().contains(QLatin1String("INVALID_FORMAT")), 10000);
        QVERIFY(editor()->reviewText().contains(QLatin1String("rejected")));
        const QString code = editor()->templateCode();
        GuiDriver::settle();
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            QVERIFY(m_page->grab().save(QStringLiteral(SINCH_SCREENSHOTS "/kakaotalk-template-rejected.png")));

        // Its activity tab has the rejection.
        m_page->detailTabs()->setCurrentWidget(m_page->feedView());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->feedView()->model() && m_page->feedView()->model()->rowCount() > 0, 10000);

        // Delete draft changes, confirmed: what was pending goes.
        QTRY_VERIFY_WITH_TIMEOUT(GuiDriver::findRow(m_page->view(), name).isValid(), 10000);
        QVERIFY(gui.clickRow(m_page->view(), name));
        m_box->expect(MessageBox::Kind::Question, QStringLiteral("Delete the pending changes"), QMessageBox::Yes);
        QVERIFY(gui.click(QStringLiteral("Delete draft changes")));
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(kDeleteChanges), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!serverTemplate(code).contains(QLatin1String("changes")), 10000);

        // Delete (Del on the row), confirmed.
        QVERIFY(gui.clickRow(m_page->view(), name));
        m_box->expect(MessageBox::Kind::Question, QStringLiteral("Delete the template"), QMessageBox::Yes);
        GuiDriver::key(Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(kDelete), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!GuiDriver::findRow(m_page->view(), name).isValid(), 10000);
        QCOMPARE(m_fx->callSync(ApiRequest(QStringLiteral("TemplatesController_get_v1"))
                                    .path(QStringLiteral("plusFriendId"), kSender)
                                    .path(QStringLiteral("templateCode"), code)).httpStatus, 404);
        QVERIFY(!editor() || editor()->templateCode() != code);
    }

    void submitRefusedBeforeSendingKeepsWhatWasTyped()
    {
        GuiDriver gui(m_page.get());
        QVERIFY(test::chooseSender(m_page.get(), kSender));
        QVERIFY(test::newTemplate(m_page.get(), QStringLiteral("extra needed"), QStringLiteral("안내 드립니다.")));
        QVERIFY(gui.choose(QStringLiteral("Message type"), QStringLiteral("With extra information")));
        QVERIFY(hasRule(editor()->findings(), QStringLiteral("kt.extra.required")));
        const int creates = m_fx->server->requestCount(kCreate);
        GuiDriver::key(Qt::Key_Return, Qt::ControlModifier);
        GuiDriver::settle();
        QCOMPARE(m_fx->server->requestCount(kCreate), creates);
        QVERIFY(editor()->messageText().contains(QLatin1String("extra")));
        QCOMPARE(QApplication::focusWidget(), gui.get<QPlainTextEdit>(QStringLiteral("Extra information")));
        GuiDriver::typeKeys(QApplication::focusWidget(), QStringLiteral("영업시간: 09:00-18:00"));
        QVERIFY(!hasRule(editor()->findings(), QStringLiteral("kt.extra.required")));
        QCOMPARE(doc(QStringLiteral("details.content")).toString(), QStringLiteral("안내 드립니다."));

        // Emphasized text: its title and subtitle rows come, and are asked for.
        QVERIFY(!gui.find(QStringLiteral("Title")));
        QVERIFY(gui.choose(QStringLiteral("Emphasis"), QStringLiteral("Emphasized title")));
        GuiDriver::settle();
        QVERIFY(hasRule(editor()->findings(), QStringLiteral("kt.emphasize.text")));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Title"), QStringLiteral("영업시간 안내")));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Subtitle"), QStringLiteral("고객센터")));
        QVERIFY(!hasRule(editor()->findings(), QStringLiteral("kt.emphasize.text")));

        // A web link button made an app link: the iOS and Android rows come, the PC link stays.
        QVERIFY(addButton(gui, QStringLiteral("Web link")));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Button 1 PC link"), QStringLiteral("https://acme.kr")));
        QVERIFY(!gui.find(QStringLiteral("Button 1 iOS app link")));
        QVERIFY(gui.choose(QStringLiteral("Button 1 kind"), QStringLiteral("App link")));
        GuiDriver::settle();
        QVERIFY(gui.find(QStringLiteral("Button 1 iOS app link")));
        QVERIFY(gui.find(QStringLiteral("Button 1 Android app link")));
        QCOMPARE(doc(QStringLiteral("details.buttons.0.linkPc")).toString(), QStringLiteral("https://acme.kr"));
        QVERIFY(hasRule(editor()->findings(), QStringLiteral("kt.button.applink.links")));
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            QVERIFY(editor()->grab().save(QStringLiteral(SINCH_SCREENSHOTS "/kakaotalk-template-applink.png")));
        // Back to a kind without links: they go with it, in one step that undo takes back.
        QVERIFY(gui.choose(QStringLiteral("Button 1 kind"), QStringLiteral("Delivery tracking")));
        GuiDriver::settle();
        QVERIFY(!editor()->document().value(QLatin1String("details")).toObject().value(QLatin1String("buttons"))
                     .toArray().first().toObject().contains(QLatin1String("linkPc")));
        editor()->undoStack()->undo();
        GuiDriver::settle();
        QCOMPARE(doc(QStringLiteral("details.buttons.0.linkPc")).toString(), QStringLiteral("https://acme.kr"));
        QCOMPARE(doc(QStringLiteral("details.buttons.0.type")).toString(), QStringLiteral("APP_LINK"));
        // Leaving with the unsaved edit asks first.
        m_box->expect(MessageBox::Kind::Question, QStringLiteral("unsaved changes"), QMessageBox::Discard);
        m_page->view()->setFocus();
        GuiDriver::key(Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(m_box->pending(), 0);
    }

    // The AlimTalk preview follows every keystroke: the content with its examples filled, the
    // findings marked on their part, and a click on a part takes the keyboard to its field.
    void previewFollowsTheDocument()
    {
        KakaotalkTemplateEditor::Context ctx;
        ctx.client = m_fx->client.get();
        ctx.projectKey = m_fx->projectKey;
        ctx.plusFriendId = kSender;
        ctx.channelName = QStringLiteral("에이스몰");
        KakaotalkTemplateEditor editor(ctx, QJsonObject());
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        ui::AlimtalkPreviewWidget *preview = editor.preview();
        QVERIFY(preview && preview->isVisible());
        QCOMPARE(preview->channelName(), QStringLiteral("에이스몰"));
        GuiDriver gui(&editor);
        QVERIFY(gui.typeAtEnd(QStringLiteral("Content"), QStringLiteral("#{name}님")));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Example of #{name}"), QStringLiteral("이서연")));
        QCOMPARE(preview->details().value(QLatin1String("content")).toString(), QStringLiteral("#{name}님"));
        QCOMPARE(preview->examples().value(QLatin1String("name")).toString(), QStringLiteral("이서연"));
        QVERIFY(!preview->details().contains(QLatin1String("consoleExamples")));
        QVERIFY2(preview->description().contains(QStringLiteral("이서연님")), qPrintable(preview->description()));
        // The editor's findings are the preview's, so each one is marked where it is.
        QCOMPARE(preview->findings().size(), editor.findings().size());
        // A click on the content's part puts the keyboard in the content field.
        int content = -1;
        for (int i = 0; i < preview->parts().size(); ++i)
            if (preview->parts().at(i).path == QLatin1String("details.content"))
                content = i;
        QVERIFY(content >= 0);
        gui.get(QStringLiteral("Example of #{name}"))->setFocus();
        QTest::mouseClick(preview->canvas(), Qt::LeftButton, {}, preview->parts().at(content).rect.center().toPoint());
        QCOMPARE(QApplication::focusWidget(), gui.get(QStringLiteral("Content")));
    }

    // An unsaved new template is autosaved to the drafts and comes back in the next New.
    // Leaving unsaved edits, answered Save: they are saved as a draft first. The server
    // failing that save keeps the editor and what was typed; saved, the next editor opens.
    void leavingSavesTheDraftFirst()
    {
        GuiDriver gui(m_page.get());
        QVERIFY(test::chooseSender(m_page.get(), kSender));
        QVERIFY(test::newTemplate(m_page.get(), QStringLiteral("떠나기 전 저장"), QStringLiteral("#{name}님, 저장됩니다.")));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Example of #{name}"), QStringLiteral("이서연")));
        const int creates = m_fx->server->requestCount(kCreate);

        m_fx->server->injectNext(500);
        m_box->expect(MessageBox::Kind::Question, QStringLiteral("Save them before leaving?"), QMessageBox::Save);
        m_page->view()->setFocus();
        GuiDriver::key(Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(kCreate), creates + 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!editor()->isBusy(), 10000);
        QCOMPARE(doc(QStringLiteral("details.name")).toString(), QStringLiteral("떠나기 전 저장"));
        QVERIFY(editor()->isDirty());
        QVERIFY2(!editor()->messageText().isEmpty(), "the editor says why it stayed");

        m_box->expect(MessageBox::Kind::Question, QStringLiteral("Save them before leaving?"), QMessageBox::Save);
        m_page->view()->setFocus();
        GuiDriver::key(Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(kCreate), creates + 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(editor() && doc(QStringLiteral("details.name")).toString().isEmpty(), 10000);
        QVERIFY(!editor()->isExisting());
        QVERIFY(!editor()->isDirty());
        const ApiResult list = m_fx->callSync(ApiRequest(QStringLiteral("KakaotalkTemplatesController_listTemplates_v1"))
                                                  .path(QStringLiteral("plusFriendId"), kSender)
                                                  .arg(QStringLiteral("templateName"), QStringLiteral("떠나기 전 저장")));
        QVERIFY2(list.ok(), qPrintable(list.error.summary()));
        QVERIFY2(list.json.toJson().contains(QStringLiteral("떠나기 전 저장").toUtf8()), list.json.toJson().constData());
    }

    void unsavedNewTemplateComesBack()
    {
        for (const DraftStore::Draft &d : m_drafts->all())
            m_drafts->remove(d.key);
        GuiDriver gui(m_page.get());
        QVERIFY(test::chooseSender(m_page.get(), kSender));
        QVERIFY(test::newTemplate(m_page.get(), QStringLiteral("배송 안내 초안"), QStringLiteral("#{name}님, 곧 배송됩니다.")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_drafts->all().isEmpty(), 15000); // the autosave runs every few seconds while dirty
        const DraftStore::Draft kept = m_drafts->all().first();
        QCOMPARE(kept.kind, QStringLiteral("kakaotalk-template"));
        QVERIFY(kept.key.contains(QStringLiteral("/kakaotalk/") + kSender + QStringLiteral("/new-")));
        QCOMPARE(kept.document.value(QLatin1String("details")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("배송 안내 초안"));
        m_page.reset(); // closed without saving: the draft stays
        GuiDriver::settle();

        init();
        GuiDriver again(m_page.get());
        QVERIFY(test::chooseSender(m_page.get(), kSender));
        m_page->view()->setFocus();
        GuiDriver::key(Qt::Key_N, Qt::ControlModifier);
        QVERIFY(editor());
        QCOMPARE(doc(QStringLiteral("details.content")).toString(), QStringLiteral("#{name}님, 곧 배송됩니다."));
        QVERIFY(editor()->messageText().contains(QLatin1String("are back")));
        QVERIFY(editor()->isDirty());
        // Undo drops it; leaving then asks nothing and the draft is gone.
        GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!editor()->isDirty());
        m_page->view()->setFocus();
        GuiDriver::key(Qt::Key_N, Qt::ControlModifier);
        GuiDriver::settle();
        QTRY_VERIFY_WITH_TIMEOUT(m_drafts->all().isEmpty(), 10000);
    }

    // A create whose answer never comes (it stalls; the person stops waiting) may have made
    // the template: the next Save looks for it by its name and changes it, rather than
    // making a second one.
    void saveAgainAfterAnUnansweredCreateMakesNoSecond()
    {
        GuiDriver gui(m_page.get());
        QVERIFY(test::chooseSender(m_page.get(), kSender));
        const QString name = QStringLiteral("stalled notice");
        QVERIFY(test::newTemplate(m_page.get(), name, QStringLiteral("배송이 시작되었습니다.")));
        const int creates = m_fx->server->requestCount(kCreate);
        m_fx->server->injectNextStall();
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->heldAnswers(), 1, 10000);
        m_fx->client->stopWaiting();
        QTRY_VERIFY_WITH_TIMEOUT(!editor()->isBusy(), 10000);
        QVERIFY2(editor()->messageText().contains(QLatin1String("may or may not have been made")), qPrintable(editor()->messageText()));
        QVERIFY(!editor()->isExisting());
        QCOMPARE(m_fx->server->requestCount(kCreate), creates + 1);

        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(editor()->isExisting() && !editor()->isBusy() && !editor()->isDirty(), 10000);
        QCOMPARE(m_fx->server->requestCount(kCreate), creates + 1); // no second create
        int named = 0;
        const ApiResult list = m_fx->callSync(KakaotalkTemplateService::listRequest(kSender, {}));
        for (const QJsonValue &v : list.json.object().value(QLatin1String("templates")).toArray())
            named += KakaotalkTemplateService::editedDetails(v.toObject()).value(QLatin1String("name")).toString() == name;
        QCOMPARE(named, 1);
    }

    // The server refuses (the sender went away meanwhile): the message says so and nothing
    // typed is lost. Runs last: it deletes a seeded sender.
    void serverRefusalKeepsWhatWasTyped()
    {
        GuiDriver gui(m_page.get());
        const QString sender = QStringLiteral("@acme_shop");
        QVERIFY(test::chooseSender(m_page.get(), sender));
        QVERIFY(test::newTemplate(m_page.get(), QStringLiteral("gone sender"), QStringLiteral("#{name}님, 안녕하세요.")));
        QCOMPARE(m_fx->callSync(ApiRequest(QStringLiteral("SendersController_deleteSender_v1"))
                                    .path(QStringLiteral("plusFriendId"), sender)).httpStatus, 204);
        const int creates = m_fx->server->requestCount(kCreate);
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(kCreate), creates + 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!editor()->isBusy(), 10000);
        QVERIFY(!editor()->isExisting());
        QVERIFY2(editor()->messageText().contains(QLatin1String("404")) || editor()->messageText().contains(QLatin1String("not found"), Qt::CaseInsensitive),
                 qPrintable(editor()->messageText()));
        QCOMPARE(doc(QStringLiteral("details.name")).toString(), QStringLiteral("gone sender"));
        QCOMPARE(gui.get<QPlainTextEdit>(QStringLiteral("Content"))->toPlainText(), QStringLiteral("#{name}님, 안녕하세요."));
        QVERIFY(editor()->isDirty());
    }
};

QTEST_MAIN(TstKakaotalkTemplateEditor)
#include "tst_kakaotalktemplateeditor.moc"
