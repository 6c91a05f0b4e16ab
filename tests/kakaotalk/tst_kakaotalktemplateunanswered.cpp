// A new KakaoTalk template whose create got no answer (held by the sandbox; the person stops
// waiting in the editor's bar): the list read again (F5) shows it made, and the editor is
// that template's from then on, saved; a later save changes it, never makes a second one.
#include "kakaotalktemplatestesting.h"
#include "kakaotalk/kakaotalktemplateeditor.h"
#include "scriptedmessagebox.h"

#include <QJsonArray>

using namespace sinch;
using sinch::test::GuiDriver;
using sinch::ui::KakaotalkTemplateEditor;
using sinch::ui::KakaotalkTemplatesPage;

namespace {
const QString kSender = QStringLiteral("@acme_bank");
const QString kCreate = QStringLiteral("KakaotalkTemplatesController_createTemplate_v1");
const QString kUpdate = QStringLiteral("KakaotalkTemplatesController_updateTemplate_v1");
} // namespace

class TstKakaotalkTemplateUnanswered : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_fx;
    std::unique_ptr<ui::ScriptedMessageBox> m_box;
    std::unique_ptr<KakaotalkTemplatesPage> m_page;

    int templatesNamed(const QString &name) const
    {
        const QJsonObject list = m_fx->callSync(ApiRequest(QStringLiteral("KakaotalkTemplatesController_listTemplates_v1"))
                                                    .path(QStringLiteral("plusFriendId"), kSender))
                                     .json.object();
        int n = 0;
        for (const QJsonValue &t : list.value(QLatin1String("templates")).toArray())
            n += t.toObject().value(QLatin1String("details")).toObject().value(QLatin1String("name")).toString() == name;
        return n;
    }

private slots:
    void init()
    {
        m_fx = std::make_unique<test::SandboxFixture>(test::reviewAtOnce());
        QVERIFY2(m_fx->started, qPrintable(m_fx->error));
        m_box = std::make_unique<ui::ScriptedMessageBox>();
        m_page = test::showKakaotalkTemplatesPage(*m_fx, m_box.get());
        QVERIFY(m_page);
    }

    void cleanup()
    {
        QVERIFY2(m_box->allMet(), qPrintable(m_box->report()));
        m_page.reset();
        m_box.reset();
        m_fx.reset();
        GuiDriver::settle();
    }

    void theListReadAgainSettlesANewTemplate()
    {
        GuiDriver gui(m_page.get());
        QVERIFY(test::chooseSender(m_page.get(), kSender));
        const QString name = QStringLiteral("Stall test");
        QVERIFY(test::newTemplate(m_page.get(), name, QStringLiteral("Your order has shipped.")));
        KakaotalkTemplateEditor *editor = m_page->editor();

        const int creates = m_fx->server->requestCount(kCreate);
        m_fx->server->injectNextStall();
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->heldAnswers(), 1, 10000);
        GuiDriver edit(editor);
        QVERIFY(edit.click(QStringLiteral("Stop waiting")));
        QTRY_VERIFY_WITH_TIMEOUT(editor->messageText().contains(QLatin1String("may or may not have been made")), 10000);
        QVERIFY(!editor->isExisting());
        QCOMPARE(templatesNamed(name), 1); // made, though unanswered

        // Refresh (F5 in the window): the list is read again, and shows it.
        const int reads = m_fx->server->requestCount(QStringLiteral("KakaotalkTemplatesController_listTemplates_v1"));
        m_page->refresh();
        QTRY_VERIFY(m_fx->server->requestCount(QStringLiteral("KakaotalkTemplatesController_listTemplates_v1")) > reads);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isExisting(), 10000);
        QVERIFY(!editor->isDirty());
        QCOMPARE(m_page->editor(), editor);

        // A later edit changes that template: no second one.
        QVERIFY(gui.typeAtEnd(QStringLiteral("Content"), QStringLiteral(" Thank you.")));
        const int updates = m_fx->server->requestCount(kUpdate);
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy() && !editor->isDirty(), 10000);
        QCOMPARE(m_fx->server->requestCount(kCreate), creates + 1);
        QCOMPARE(m_fx->server->requestCount(kUpdate), updates + 1);
        QCOMPARE(templatesNamed(name), 1);
    }
};

QTEST_MAIN(TstKakaotalkTemplateUnanswered)
#include "tst_kakaotalktemplateunanswered.moc"
