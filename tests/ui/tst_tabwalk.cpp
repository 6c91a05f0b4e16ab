// The keyboard's way through each page of the main window, as a person who does not use the
// mouse goes: from the navigation, Tab after Tab, with the page's first row chosen (its
// detail or editor beside it). Every page lets Tab come back round to the navigation (no
// trap), reaches its list, and goes in reading order: down a column, then on to the column
// to its right, never back up the same column; Shift+Tab walks the same way backwards.
#include "guidriver.h"
#include "pageactions.h"
#include "windowfixture.h"

#include "listpage.h"
#include "navigationtree.h"
#include "services/areacatalog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>

using namespace sinch;
using sinch::test::GuiDriver;

namespace {

struct Stop
{
    QWidget *widget = nullptr;
    QRect rect; // in the window's coordinates
};

QString describe(const QWidget *w)
{
    QString name = w->accessibleName();
    if (name.isEmpty())
        name = w->objectName();
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

} // namespace

class TstTabWalk : public QObject, public test::WindowFixture
{
    Q_OBJECT

    // The widgets Tab (or Shift+Tab) visits from the navigation until it is back there, at
    // most `limit`; empty when it never came back.
    QList<Stop> walk(bool backwards, int limit = 150)
    {
        QWidget *nav = window->findChild<ui::NavigationTree *>();
        nav->setFocus(Qt::TabFocusReason);
        QList<Stop> stops;
        for (int i = 0; i < limit; ++i) {
            QWidget *before = QApplication::focusWidget();
            QTest::keyClick(before, Qt::Key_Tab, backwards ? Qt::ShiftModifier : Qt::NoModifier);
            QWidget *now = QApplication::focusWidget();
            if (!now || now == nav)
                return stops;
            // Where it sits on the page, not on the screen: a scroll area scrolls to the
            // field Tab reached, which moves the fields already passed.
            QPoint at = now->mapTo(window.get(), QPoint(0, 0));
            for (QWidget *p = now->parentWidget(); p; p = p->parentWidget())
                if (auto *scroll = qobject_cast<QScrollArea *>(p))
                    at += QPoint(scroll->horizontalScrollBar()->value(), scroll->verticalScrollBar()->value());
            stops.append({now, QRect(at, now->size())});
        }
        if (qEnvironmentVariableIsSet("TABWALK_DEBUG"))
            for (const Stop &s : std::as_const(stops).mid(0, 40))
                qInfo().noquote() << "stop" << describe(s.widget);
        return {};
    }

private slots:
    void init() { QVERIFY2(setUpWindowFixture(), qPrintable(fx->error)); }
    void cleanup() { tearDownWindowFixture(); }

    void everyPageInReadingOrder()
    {
        makeWindow();
        window->resize(1280, 800);
        QVERIFY(test::waitIdle(fx->client.get(), 120000));
        QStringList problems;
        for (const Area &area : AreaCatalog::areas()) {
            window->showArea(area.id);
            QVERIFY2(test::waitIdle(fx->client.get()), qPrintable(area.id));
            auto *page = qobject_cast<ui::ListPage *>(window->page(area.id));
            if (page && page->view()->model() && page->view()->model()->rowCount() > 0) {
                QVERIFY2(test::chooseRow(window.get(), area.id, 0), qPrintable(area.id));
                QVERIFY2(test::waitIdle(fx->client.get()), qPrintable(area.id));
            }
            const QList<Stop> forward = walk(false);
            if (forward.isEmpty()) {
                problems << QStringLiteral("%1: Tab never comes back to the navigation").arg(area.id);
                continue;
            }
            QStringList order;
            for (const Stop &s : forward)
                order << describe(s.widget);
            if (page && !page->isShowingEmptyState() && !std::any_of(forward.cbegin(), forward.cend(), [page](const Stop &s) { return s.widget == page->view(); }))
                problems << QStringLiteral("%1: Tab never reaches the list (%2)").arg(area.id, order.join(QLatin1String(" → ")));
            // Reading order, among the stops on the page (the toolbar's are the window's): the
            // next stop is on the same line further right, or below the last one, or inside it
            // (a scroll area's fields), or in a column to its right.
            QWidget *pageArea = window->findChild<QTabWidget *>(QStringLiteral("documentTabs"));
            const Stop *last = nullptr;
            for (const Stop &stop : forward) {
                if (pageArea && !pageArea->isAncestorOf(stop.widget))
                    continue;
                if (last) {
                    const QRect &a = last->rect, &b = stop.rect;
                    const bool sameLine = qAbs(b.center().y() - a.center().y()) <= 8;
                    const bool fine = (sameLine && b.left() > a.left()) || (!sameLine && b.top() >= a.top() + 2)
                        || a.contains(b) || b.left() >= a.right() - 4;
                    if (!fine)
                        problems << QStringLiteral("%1: Tab goes back from %2 to %3 (%4,%5 %6x%7 to %8,%9)")
                                        .arg(area.id, describe(last->widget), describe(stop.widget))
                                        .arg(a.x()).arg(a.y()).arg(a.width()).arg(a.height()).arg(b.x()).arg(b.y());
                }
                last = &stop;
            }
            const QList<Stop> back = walk(true);
            QList<QWidget *> forwardWidgets, backWidgets;
            for (const Stop &s : forward)
                forwardWidgets << s.widget;
            for (auto it = back.crbegin(); it != back.crend(); ++it)
                backWidgets << it->widget;
            if (backWidgets != forwardWidgets)
                problems << QStringLiteral("%1: Shift+Tab does not walk back the way Tab came").arg(area.id);
            qInfo().noquote() << area.id << ":" << order.join(QLatin1String(" → "));
        }
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem; // QVERIFY2 cuts its message short
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));
    }

    // A new solution typed and saved with Ctrl+S: its editor closes, and the keyboard stays
    // on the page (Qt handed it on down the window's chain, to the toolbar's project box).
    void closingAnEditorKeepsTheKeyboardOnThePage()
    {
        makeWindow();
        QVERIFY(test::waitIdle(fx->client.get(), 120000));
        const test::ActionOutcome opened = test::triggerPageAction(window.get(), QStringLiteral("whatsapp.solutions"), "solutions.new");
        QVERIFY(opened.triggered);
        QWidget *page = window->page(QStringLiteral("whatsapp.solutions"));
        GuiDriver gui(page);
        QVERIFY(gui.typeAtEnd(QStringLiteral("Solution name"), QStringLiteral("Keyboard Partner")));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Access token"), QStringLiteral("EAAGkeyboardToken")));
        QVERIFY(gui.choose(QStringLiteral("Business manager"), QStringLiteral("Sinch UK")));
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!gui.find(QStringLiteral("Solution name")), 10000);
        QVERIFY(test::waitIdle(fx->client.get()));
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus && (focus == page || page->isAncestorOf(focus)), focus ? qPrintable(describe(focus)) : "nothing");
    }
};

QTEST_MAIN(TstTabWalk)
#include "tst_tabwalk.moc"
