// KakaoTalk › Templates as a page: the area opens it, the sender is chosen in the filter row
// and remembered per project, the state and pending-changes filters (the contract's enums in
// words) are asked of the server, the cells read as words, and an empty result says what to do.
#include "kakaotalk/kakaotalksenderchooser.h"
#include "kakaotalk/kakaotalktemplateeditor.h"
#include "kakaotalk/kakaotalktemplatespage.h"

#include "api/apirequest.h"
#include "areapages.h"
#include "guidriver.h"
#include "messagebar.h"
#include "models/kakaotalktemplatelistmodel.h"
#include "scriptedmessagebox.h"
#include "services/areacatalog.h"
#include "testsupport.h"

#include "api/retrypolicy.h"

#include <QComboBox>
#include <QJsonArray>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace sinch;
using sinch::test::GuiDriver;
using sinch::ui::KakaotalkTemplatesPage;

class TstKakaotalkTemplatesPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_fx;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::ScriptedMessageBox> m_box;

    std::unique_ptr<KakaotalkTemplatesPage> openPage()
    {
        auto page = std::make_unique<KakaotalkTemplatesPage>(AreaCatalog::find(QStringLiteral("kakaotalk.templates")),
                                                             m_fx->client.get(), m_box.get());
        page->setSettings(m_settings.get());
        page->resize(1300, 800);
        page->show();
        page->setProject(m_fx->projectKey);
        return page;
    }

    static bool loaded(KakaotalkTemplatesPage *page)
    {
        return page->model() && page->model()->hasLoadedOnce() && !page->model()->isLoading();
    }

    static QString senderText(KakaotalkTemplatesPage *page, const QString &pf)
    {
        return page->senderChooser()->itemText(page->senderChooser()->findData(pf));
    }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<test::SandboxFixture>();
        QVERIFY2(m_fx->started, qPrintable(m_fx->error));
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_box = std::make_unique<ui::ScriptedMessageBox>();
    }

    void cleanupTestCase()
    {
        m_box.reset();
        m_fx.reset();
    }

    void areaOpensThisPage()
    {
        const Area area = AreaCatalog::find(QStringLiteral("kakaotalk.templates"));
        QCOMPARE(area.group, QStringLiteral("KakaoTalk"));
        QStackedWidget stack;
        ui::AreaPages pages(&stack, m_fx->client.get(), m_box.get(), nullptr, nullptr);
        QVERIFY(qobject_cast<KakaotalkTemplatesPage *>(pages.ensure(QStringLiteral("kakaotalk.templates"))));
    }

    void senderIsRememberedPerProject()
    {
        auto page = openPage();
        GuiDriver gui(page.get());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(page.get()), 10000);
        // The first sender is chosen when none was before; its templates are listed.
        QCOMPARE(page->plusFriendId(), page->senderChooser()->itemData(0).toString());
        QVERIFY(page->model()->rowCount() > 0);
        QVERIFY(gui.choose(QStringLiteral("Sender"), senderText(page.get(), QStringLiteral("@acme_travel"))));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(page.get()) && page->model()->plusFriendId() == QLatin1String("@acme_travel"), 10000);
        page.reset();

        auto again = openPage();
        QTRY_VERIFY_WITH_TIMEOUT(loaded(again.get()), 10000);
        QCOMPARE(again->plusFriendId(), QStringLiteral("@acme_travel"));
        QCOMPARE(again->senderChooser()->currentData().toString(), QStringLiteral("@acme_travel"));
    }

    // From the inbox: another sender's template is opened in the editor, its sender chosen.
    void openTemplateOfAnotherSender()
    {
        auto page = openPage();
        QTRY_VERIFY_WITH_TIMEOUT(loaded(page.get()), 10000);
        QString other;
        for (int i = 0; i < page->senderChooser()->count(); ++i)
            if (page->senderChooser()->itemData(i).toString() != page->plusFriendId())
                other = page->senderChooser()->itemData(i).toString();
        QVERIFY(!other.isEmpty());
        const ApiResult list = m_fx->callSync(
            ApiRequest(QStringLiteral("KakaotalkTemplatesController_listTemplates_v1")).path(QStringLiteral("plusFriendId"), other));
        const QString code = list.json.object().value(QLatin1String("templates")).toArray().first().toObject()
                                 .value(QLatin1String("code")).toString();
        QVERIFY2(!code.isEmpty(), list.json.toJson().constData());
        page->openTemplate(other, code);
        QTRY_VERIFY_WITH_TIMEOUT(page->editor() && page->editor()->templateCode() == code, 10000);
        QCOMPARE(page->plusFriendId(), other);
        QCOMPARE(page->senderChooser()->currentData().toString(), other);
        QVERIFY(page->view()->currentIndex().isValid());
    }

    void filtersInWordsAskTheServer()
    {
        auto page = openPage();
        GuiDriver gui(page.get());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(page.get()), 10000);
        // The state filter offers the contract's states as words.
        auto *state = gui.get<QComboBox>(QStringLiteral("State"));
        QStringList states;
        for (int i = 0; i < state->count(); ++i)
            states << state->itemText(i);
        QCOMPARE(states, (QStringList{QStringLiteral("All states"), QStringLiteral("Approved"), QStringLiteral("Rejected")}));

        const int lists = m_fx->server->requestCount(QStringLiteral("KakaotalkTemplatesController_listTemplates_v1"));
        QVERIFY(gui.choose(QStringLiteral("State"), QStringLiteral("Approved")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(page.get())
                                     && m_fx->server->requestCount(QStringLiteral("KakaotalkTemplatesController_listTemplates_v1")) > lists,
                                 10000);
        QVERIFY(page->model()->rowCount() > 0);
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            QCOMPARE(page->model()->index(row, 1).data().toString(), QStringLiteral("Approved"));
            QCOMPARE(page->model()->index(row, 3).data().toString().contains(QLatin1Char('_')), false);
        }

        // Nothing matches: the empty state says what to do.
        QVERIFY(gui.choose(QStringLiteral("Pending changes"), QStringLiteral("In review")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(page.get()) && page->model()->rowCount() == 0, 10000);
        QTRY_VERIFY(page->isShowingEmptyState());
        QVERIFY2(page->emptyStateText().contains(QLatin1String("All states")), qPrintable(page->emptyStateText()));
        GuiDriver::settle();
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS")) // the source tree stays as it is otherwise
            QVERIFY(page->grab().save(QStringLiteral(SINCH_SCREENSHOTS "/kakaotalk-templates-empty.png")));
        QVERIFY(gui.choose(QStringLiteral("State"), QStringLiteral("All states")));
        QVERIFY(gui.choose(QStringLiteral("Pending changes"), QStringLiteral("Any changes")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(page.get()) && page->model()->rowCount() > 0, 10000);
    }

    // The senders could not be read: the page says so with Retry, which reads them again;
    // so does F5 (the page had no list to refresh, and stayed empty until the project changed).
    void sendersReadAgainAfterAFailure()
    {
        const QString list = QStringLiteral("KakaotalkSendersController_listSenders_v1");
        QTRY_VERIFY_WITH_TIMEOUT(m_fx->client->inFlight() == 0 && m_fx->client->queued() == 0, 10000);
        for (int i = 0; i < RetryPolicy().maxAttempts; ++i) // a read's 500 is asked again: every time
            m_fx->server->injectNext(500);
        auto page = openPage();
        GuiDriver gui(page.get());
        QTRY_VERIFY_WITH_TIMEOUT(page->senderChooser()->hasFailed(), 10000);
        QVERIFY(page->isShowingEmptyState());
        QVERIFY2(page->emptyStateText().contains(QLatin1String("could not be read")), qPrintable(page->emptyStateText()));
        QTRY_VERIFY(page->errorBar()->isVisible());
        QVERIFY(gui.click(QStringLiteral("Retry")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(page.get()), 10000);
        QVERIFY(!page->senderChooser()->hasFailed());
        QVERIFY(page->senderChooser()->isEnabled());
        QVERIFY(page->model()->rowCount() > 0);

        // F5 (the window's Refresh) after another failure.
        QTRY_VERIFY_WITH_TIMEOUT(m_fx->client->inFlight() == 0 && m_fx->client->queued() == 0, 10000);
        const int reads = m_fx->server->requestCount(list);
        const int attempts = RetryPolicy().maxAttempts;
        for (int i = 0; i < attempts; ++i)
            m_fx->server->injectNext(500);
        page->senderChooser()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(page->senderChooser()->hasFailed(), 10000);
        QVERIFY(ui::AreaPages::refresh(page.get()));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(page.get()) && !page->senderChooser()->hasFailed(), 10000);
        QCOMPARE(m_fx->server->requestCount(list), reads + attempts + 1);
        QVERIFY(!page->errorBar()->isVisible());
    }
};

QTEST_MAIN(TstKakaotalkTemplatesPage)
#include "tst_kakaotalktemplatespage.moc"
