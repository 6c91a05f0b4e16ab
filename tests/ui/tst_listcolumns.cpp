// A list shows what matters whole: columns a row is seldom told apart by (an ID beside its
// name) start hidden, the person shows them from the header's context menu, the list's pane
// widens to its columns, and what the person chose (the columns, the splitter they dragged)
// comes back after a restart, for that list only.
#include "guidriver.h"
#include "pageactions.h"
#include "windowfixture.h"

#include "listpage.h"
#include "mainwindow.h"
#include "models/resourcelistmodel.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QScrollBar>
#include <QSplitter>
#include <QTest>
#include <QTreeView>

using namespace sinch;

class TestListColumns : public QObject, public test::WindowFixture
{
    Q_OBJECT

    // The area's page shown in a 1280 × 800 window, its first rows read.
    ui::ListPage *showList(const QString &area)
    {
        window->resize(1280, 800);
        window->showArea(area);
        if (!test::waitIdle(fx->client.get()))
            return nullptr;
        test::GuiDriver::settle();
        auto *page = qobject_cast<ui::ListPage *>(window->page(area));
        return page && page->view()->model()->rowCount() > 0 ? page : nullptr;
    }

    static QSplitter *splitterOf(ui::ListPage *page)
    {
        return qobject_cast<QSplitter *>(page->view()->parentWidget()->parentWidget());
    }

    // Drags the splitter's handle `dx` px sideways with the mouse.
    static void dragSplitter(QSplitter *splitter, int dx)
    {
        QWidget *handle = splitter->handle(1);
        const QPoint from = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(handle, from + QPoint(dx / 2, 0));
        QTest::mouseMove(handle, from + QPoint(dx, 0));
        QTest::mouseRelease(handle, Qt::LeftButton, Qt::NoModifier, from + QPoint(dx, 0));
    }

private slots:
    void init() { QVERIFY2(setUpWindowFixture(), qPrintable(fx ? fx->error : QString())); }
    void cleanup() { tearDownWindowFixture(); }

    void hiddenColumnsComeBackFromTheHeaderMenu()
    {
        makeWindow();
        ui::ListPage *page = showList(QStringLiteral("webhooks"));
        QVERIFY(page);
        QHeaderView *header = page->view()->header();
        const int id = 2; // target, triggers, ID
        QCOMPARE(page->view()->model()->headerData(id, Qt::Horizontal).toString(), QStringLiteral("ID"));
        QVERIFY(header->isSectionHidden(id));
        QCOMPARE(page->view()->horizontalScrollBar()->maximum(), 0);
        QSplitter *splitter = splitterOf(page);
        const int before = splitter->sizes().at(0);

        QVERIFY(test::GuiDriver::chooseFromContextMenu(header->viewport(), QPoint(20, header->height() / 2), QStringLiteral("ID")));
        test::GuiDriver::settle();
        QVERIFY(!header->isSectionHidden(id));
        QVERIFY2(splitter->sizes().at(0) > before, "the list's pane did not widen for the column shown");

        // The only column left shown cannot be hidden: the menu offers it disabled.
        QVERIFY(test::GuiDriver::chooseFromContextMenu(header->viewport(), QPoint(20, header->height() / 2), QStringLiteral("Target")));
        QVERIFY(test::GuiDriver::chooseFromContextMenu(header->viewport(), QPoint(20, header->height() / 2), QStringLiteral("Triggers")));
        QCOMPARE(header->hiddenSectionCount(), 2);
        QVERIFY(!test::GuiDriver::chooseFromContextMenu(header->viewport(), QPoint(20, header->height() / 2), QStringLiteral("ID")));
        QVERIFY(!header->isSectionHidden(id));
        QVERIFY(test::GuiDriver::chooseFromContextMenu(header->viewport(), QPoint(20, header->height() / 2), QStringLiteral("Target")));
        QCOMPARE(header->hiddenSectionCount(), 1); // triggers

        // The person's width, then a restart: both come back, for this list only.
        const int widened = splitter->sizes().at(0);
        dragSplitter(splitter, -60);
        const QList<int> dragged = splitter->sizes();
        QVERIFY2(dragged.at(0) < widened, "the drag did not move the splitter");
        QVERIFY(window->close());
        window.reset();
        makeWindow();
        page = showList(QStringLiteral("webhooks"));
        QVERIFY(page);
        header = page->view()->header();
        QVERIFY(!header->isSectionHidden(id));
        QVERIFY(!header->isSectionHidden(0));
        QVERIFY(header->isSectionHidden(1));
        QCOMPARE(splitterOf(page)->sizes(), dragged);
        ui::ListPage *senders = showList(QStringLiteral("rcs.senders"));
        QVERIFY(senders);
        QVERIFY(senders->view()->header()->isSectionHidden(senders->view()->header()->count() - 1)); // its ID
        QCOMPARE(senders->view()->horizontalScrollBar()->maximum(), 0);
    }

    // A WhatsApp sender's number shows with its country code (the details showed "+48
    // 777777777", the list "777777777").
    void whatsAppSendersShowTheirCountryCodes()
    {
        makeWindow();
        ui::ListPage *page = showList(QStringLiteral("whatsapp.senders"));
        QVERIFY(page);
        const QAbstractItemModel *rows = page->view()->model();
        for (int r = 0; r < rows->rowCount(); ++r) {
            const QString number = rows->index(r, 0).data().toString();
            QVERIFY2(number.startsWith(QLatin1Char('+')), qPrintable(number));
            const QJsonObject sender = rows->index(r, 0).data(ResourceListModel::JsonRole).toJsonObject();
            QVERIFY2(number.startsWith(QLatin1Char('+') + sender.value(QLatin1String("countryCode")).toString()), qPrintable(number));
        }
        QVERIFY(rows->rowCount() > 0);
    }
};

QTEST_MAIN(TestListColumns)
#include "tst_listcolumns.moc"
