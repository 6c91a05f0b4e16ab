#include "readingorder.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QGridLayout>
#include <QLayout>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>

namespace sinch::ui {

namespace {

// Where focus set on `w` ends up (a tab widget gives it to its tab bar).
QWidget *target(QWidget *w)
{
    while (w->focusProxy())
        w = w->focusProxy();
    return w;
}

bool takesTab(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled();
}

// The stops in layout order, each once (a widget whose focus proxy is its child is met
// again as that child).
struct Stops
{
    QList<QWidget *> order;
    QSet<QWidget *> seen;

    void add(QWidget *widget);
    void add(QLayout *layout);
};

void Stops::add(QLayout *layout)
{
    QList<QLayoutItem *> items;
    for (int i = 0; i < layout->count(); ++i)
        items << layout->itemAt(i);
    if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        // Row by row, each row from its first column (a form's label before its field).
        const auto place = [grid](QLayoutItem *item) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(grid->indexOf(item), &row, &column, &rowSpan, &columnSpan);
            return std::make_pair(row, column);
        };
        std::stable_sort(items.begin(), items.end(), [&place](QLayoutItem *a, QLayoutItem *b) { return place(a) < place(b); });
    } else if (auto *box = qobject_cast<QBoxLayout *>(layout);
               box && (box->direction() == QBoxLayout::RightToLeft || box->direction() == QBoxLayout::BottomToTop)) {
        std::reverse(items.begin(), items.end());
    }
    for (QLayoutItem *item : items) {
        if (QWidget *w = item->widget())
            add(w);
        else if (QLayout *inner = item->layout())
            add(inner);
    }
}

void Stops::add(QWidget *widget)
{
    if (widget->isWindow() && !order.isEmpty())
        return; // a window of its own
    QWidget *focus = target(widget);
    if ((focus->focusPolicy() & Qt::TabFocus) && (focus == widget || widget->isAncestorOf(focus)) && !seen.contains(focus)) {
        seen.insert(focus);
        order.append(focus);
    }
    if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        add(tabs->tabBar());
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->widget(i));
    } else if (auto *splitter = qobject_cast<QSplitter *>(widget)) {
        for (int i = 0; i < splitter->count(); ++i)
            add(splitter->widget(i));
    } else if (auto *scroll = qobject_cast<QScrollArea *>(widget)) {
        if (scroll->widget())
            add(scroll->widget());
    } else if (!qobject_cast<QAbstractScrollArea *>(widget) && widget->layout()) {
        // (A view, a text box, a combo box, a button: its children are its own business.)
        add(widget->layout());
    }
}

// The first stop after `from` (before it, going back) that takes Tab now; `from` may be -1 or
// the size, to start at an end.
QWidget *nextStop(const QList<QWidget *> &chain, qsizetype from, bool forward)
{
    for (qsizetype i = from + (forward ? 1 : -1); i >= 0 && i < chain.size(); i += forward ? 1 : -1)
        if (takesTab(chain.at(i)))
            return chain.at(i);
    return nullptr;
}

} // namespace

ReadingOrderArea::ReadingOrderArea(QWidget *parent)
    : QWidget(parent)
{
}

QList<QWidget *> ReadingOrderArea::stops(QWidget *root)
{
    Stops stops;
    stops.add(root);
    return stops.order;
}

bool ReadingOrderArea::focusNextPrevChild(bool next)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        return QWidget::focusNextPrevChild(next);
    const QList<QWidget *> chain = stops(this);
    // Where the focus is: a stop, or inside one (a compound widget's part).
    qsizetype at = chain.indexOf(focus);
    for (QWidget *w = focus; at < 0 && w && w != this; w = w->parentWidget())
        at = chain.indexOf(w);
    if (at < 0)
        return QWidget::focusNextPrevChild(next); // not in a layout: Qt's chain
    QWidget *to = nextStop(chain, at, next);
    // Not a Tab but the focused part hidden (an editor closed after its save): the focus stays
    // on the page, on the stop before it when none follows (the list beside the editor). Qt
    // hid it down the window's chain, out to the toolbar's project box.
    if (!to && !focus->isVisible())
        to = nextStop(chain, at, !next);
    if (!to)
        to = outside(next);
    if (!to) // nothing outside takes it: round again
        to = nextStop(chain, next ? -1 : chain.size(), next);
    if (to)
        to->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void ReadingOrderArea::enter(bool next)
{
    const QList<QWidget *> chain = stops(this);
    if (QWidget *to = nextStop(chain, next ? -1 : chain.size(), next))
        to->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}

QWidget *ReadingOrderArea::outside(bool next) const
{
    for (QWidget *w = next ? nextInFocusChain() : previousInFocusChain(); w && w != this;
         w = next ? w->nextInFocusChain() : w->previousInFocusChain()) {
        QWidget *focus = target(w);
        if (w->window() == window() && !w->isWindow() && !isAncestorOf(w) && !isAncestorOf(focus) && takesTab(focus)
            && w->isVisible())
            return focus;
    }
    return nullptr;
}

} // namespace sinch::ui
