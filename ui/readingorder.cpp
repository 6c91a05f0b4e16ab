#include "readingorder.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QGridLayout>
#include <QLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>
#include <numeric>

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

void collect(QWidget *widget, QList<QWidget *> *out);

void collect(QLayout *layout, QList<QWidget *> *out)
{
    QList<QLayoutItem *> items;
    for (int i = 0; i < layout->count(); ++i)
        items << layout->itemAt(i);
    if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        // Row by row, each row from its first column (a form's label before its field).
        const auto place = [grid](int index) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
            return std::make_pair(row, column);
        };
        QList<int> order(items.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&place](int a, int b) { return place(a) < place(b); });
        QList<QLayoutItem *> sorted;
        for (int i : order)
            sorted << items.at(i);
        items = sorted;
    } else if (auto *box = qobject_cast<QBoxLayout *>(layout);
               box && (box->direction() == QBoxLayout::RightToLeft || box->direction() == QBoxLayout::BottomToTop)) {
        std::reverse(items.begin(), items.end());
    }
    for (QLayoutItem *item : items) {
        if (QWidget *w = item->widget())
            collect(w, out);
        else if (QLayout *inner = item->layout())
            collect(inner, out);
    }
}

void collect(QWidget *widget, QList<QWidget *> *out)
{
    if (widget->isWindow() && !out->isEmpty())
        return; // a window of its own
    QWidget *focus = target(widget);
    if ((focus->focusPolicy() & Qt::TabFocus) && (focus == widget || widget->isAncestorOf(focus)) && !out->contains(focus))
        out->append(focus);
    if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        collect(tabs->tabBar(), out);
        for (int i = 0; i < tabs->count(); ++i)
            collect(tabs->widget(i), out);
    } else if (auto *splitter = qobject_cast<QSplitter *>(widget)) {
        for (int i = 0; i < splitter->count(); ++i)
            collect(splitter->widget(i), out);
    } else if (auto *scroll = qobject_cast<QScrollArea *>(widget)) {
        if (scroll->widget())
            collect(scroll->widget(), out);
    } else if (!qobject_cast<QAbstractScrollArea *>(widget) && widget->layout()) {
        // (A view, a text box, a combo box, a button: its children are its own business.)
        collect(widget->layout(), out);
    }
}

} // namespace

ReadingOrderArea::ReadingOrderArea(QWidget *parent)
    : QWidget(parent)
{
}

QList<QWidget *> ReadingOrderArea::stops(QWidget *root)
{
    QList<QWidget *> out;
    collect(root, &out);
    return out;
}

bool ReadingOrderArea::focusNextPrevChild(bool next)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        return QWidget::focusNextPrevChild(next);
    QList<QWidget *> chain = stops(this);
    // Where the focus is: a stop, or inside one (a compound widget's part).
    qsizetype at = chain.indexOf(focus);
    for (QWidget *w = focus; at < 0 && w && w != this; w = w->parentWidget())
        at = chain.indexOf(w);
    if (at < 0)
        return QWidget::focusNextPrevChild(next); // not in a layout: Qt's chain
    QWidget *to = nullptr;
    for (qsizetype i = at + (next ? 1 : -1); !to && i >= 0 && i < chain.size(); i += next ? 1 : -1)
        if (takesTab(chain.at(i)))
            to = chain.at(i);
    if (!to)
        to = outside(next);
    if (to)
        to->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    else
        enter(next); // nothing outside takes it: round again
    return true;
}

void ReadingOrderArea::enter(bool next)
{
    const QList<QWidget *> chain = stops(this);
    for (qsizetype i = next ? 0 : chain.size() - 1; i >= 0 && i < chain.size(); i += next ? 1 : -1)
        if (takesTab(chain.at(i))) {
            chain.at(i)->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
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
