// Contract values in words, everywhere a person reads: on each area's page of the main window
// with its list's first row chosen (the detail or editor beside it shown), no visible label,
// button, tab, combo box entry, tooltip or list row shows a contract enum value as the
// contract spells it ("LAUNCHED", "PENDING_VERIFICATION"). EnumText says them in words, in
// the UI's language; a raw value is English whatever the language, and reads like a code.
#include "guidriver.h"
#include "shownwords.h"
#include "windowfixture.h"

#include "listpage.h"
#include "services/areacatalog.h"

#include <QAbstractItemView>
#include <QTreeView>
#include <QMap>
#include <QTest>

using namespace sinch;

class TestRawEnums : public QObject, public test::WindowFixture
{
    Q_OBJECT

    // Until no request is in flight or queued, and what answered is laid out.
    bool settled(int timeoutMs = 15000)
    {
        const bool idle = QTest::qWaitFor([this] { return fx->client->inFlight() == 0 && fx->client->queued() == 0; }, timeoutMs);
        test::GuiDriver::settle();
        return idle;
    }

private slots:
    void everyPageAndItsFirstRow()
    {
        sandbox::SandboxConfig config;
        config.seedShape = sandbox::SeedShape::Multilingual; // every state, as --sandbox has it
        QVERIFY2(setUpWindowFixture(config), qPrintable(fx->error));
        makeWindow();
        window->resize(1280, 800);
        // The inbox reads every feed of the project first (a request a feed, one after another).
        QVERIFY(settled(120000));
        QMap<QString, QStringList> found; // the value's finding -> the areas it was seen on
        int rowsChosen = 0;
        for (const Area &area : AreaCatalog::areas()) {
            window->showArea(area.id);
            QVERIFY2(settled(), qPrintable(area.id));
            auto *page = qobject_cast<ui::ListPage *>(window->page(area.id));
            if (page && page->view()->model() && page->view()->model()->rowCount() > 0) {
                QAbstractItemView *list = page->view();
                list->setCurrentIndex(list->model()->index(0, 0));
                list->selectionModel()->select(list->currentIndex(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                ++rowsChosen;
                QVERIFY2(settled(), qPrintable(area.id));
            }
            for (const QString &finding : test::rawEnumValues(test::shownWords(window.get())))
                found[finding] << area.id;
        }
        const QString unexpected = box->allMet() ? QString() : box->report();
        tearDownWindowFixture();
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
        QVERIFY2(rowsChosen >= 8, qPrintable(QStringLiteral("only %1 lists had rows").arg(rowsChosen)));
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            qWarning().noquote() << it.key() << "on" << it.value().join(QStringLiteral(", "));
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 raw contract values shown, listed above").arg(found.size())));
    }

    // The check itself: a raw value is found, words and codes are not.
    void findsRawValuesOnly()
    {
        const QStringList found = test::rawEnumValues({QStringLiteral("State: PENDING_VERIFICATION"),
                                                       QStringLiteral("Pending verification"), QStringLiteral("Region EU"),
                                                       QStringLiteral("One-time password (OTP)")});
        QCOMPARE(found, QStringList{QStringLiteral("PENDING_VERIFICATION in “State: PENDING_VERIFICATION”")});
    }
};

QTEST_MAIN(TestRawEnums)
#include "tst_rawenums.moc"
