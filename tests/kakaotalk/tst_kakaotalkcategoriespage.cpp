// KakaoTalk › Categories as a person reads it: the tree of the sender categories (it was
// a list of the first level only), a search that opens the branch of a third-level name,
// the chosen category's codes below; a failed read said with Retry.
#include "kakaotalk/kakaotalkcategoriespage.h"
#include "senders/kakaotalkcategorytree.h"

#include "guidriver.h"
#include "messagebar.h"
#include "sandbox/faultsettings.h"
#include "shownpage.h"
#include "testsupport.h"

#include <QLineEdit>
#include <QTest>
#include <QTreeView>

using namespace sinch;
using sinch::test::GuiDriver;
using sinch::ui::KakaotalkCategoriesPage;

class TstKakaotalkCategoriesPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_fx;

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<test::SandboxFixture>();
        QVERIFY2(m_fx->started, qPrintable(m_fx->error));
    }
    void cleanupTestCase() { m_fx.reset(); }

    void threeLevelsSearchedAndCoded()
    {
        auto page = test::showPage<KakaotalkCategoriesPage>(*m_fx);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && !page->categories()->isEmpty(), 10000);
        QTreeView *tree = page->categories()->tree();
        const QModelIndex health = tree->model()->index(0, 0);
        QCOMPARE(health.data().toString(), QStringLiteral("건강"));
        QVERIFY(tree->model()->rowCount(health) > 0); // its second level is there
        QVERIFY(page->pathText().contains(QStringLiteral("third")));

        // Typed as a person looks for a third-level name: its branch opens, and the codes
        // of the three levels are said.
        page->focusFilter();
        GuiDriver::typeKeys(page->categories()->searchEdit(), QStringLiteral("피부과"));
        QTRY_COMPARE(page->categories()->names(), (QStringList{QStringLiteral("건강"), QStringLiteral("병원"), QStringLiteral("피부과")}));
        QCOMPARE(page->categories()->codes(), (QStringList{QStringLiteral("001"), QStringLiteral("0001"), QStringLiteral("0002")}));
        QVERIFY2(page->pathText().contains(QStringLiteral("001 / 0001 / 0002")), qPrintable(page->pathText()));
        QVERIFY(page->categories()->currentIsLeaf());
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            page->grab().save(QStringLiteral("kakaotalk-categories.png"));
        // Down goes into the tree; Enter on a branch opens and closes it.
        page->categories()->searchEdit()->clear();
        page->focusFilter();
        GuiDriver::key(Qt::Key_Down);
        QVERIFY(tree->hasFocus());
        GuiDriver::key(Qt::Key_Home);
        QCOMPARE(page->categories()->codes(), QStringList{QStringLiteral("001")});
        GuiDriver::key(Qt::Key_Return);
        QVERIFY(tree->isExpanded(tree->currentIndex().siblingAtColumn(0)));
        QVERIFY(page->pathText().startsWith(QStringLiteral("건강 · codes 001")));
    }

    void failedReadSaidWithRetry()
    {
        sandbox::FaultSettings failing;
        failing.share500 = 1.0;
        m_fx->server->setFaults(failing);
        auto page = test::showPage<KakaotalkCategoriesPage>(*m_fx);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 10000);
        auto *bar = page->findChild<ui::MessageBar *>();
        QVERIFY(bar && bar->isVisible());
        QVERIFY(page->categories()->isEmpty());
        m_fx->server->setFaults(sandbox::FaultSettings());
        QVERIFY(GuiDriver(page.get()).click(QStringLiteral("Retry")));
        QTRY_VERIFY_WITH_TIMEOUT(!page->categories()->isEmpty(), 10000);
        QVERIFY(!bar->isVisible());
    }
};

QTEST_MAIN(TstKakaotalkCategoriesPage)
#include "tst_kakaotalkcategoriespage.moc"
