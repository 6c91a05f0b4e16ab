#include "pageactions.h"

#include "guidriver.h"

#include "api/apiclient.h"
#include "listpage.h"
#include "mainwindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QItemSelectionModel>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

namespace sinch::test {

bool chooseRow(ui::MainWindow *window, const QString &area, int row, int timeoutMs)
{
    window->showArea(area);
    auto *page = qobject_cast<ui::ListPage *>(window->page(area));
    QAbstractItemView *list = page ? page->view() : nullptr;
    if (!list || !QTest::qWaitFor([list, row] { return list->model() && list->model()->rowCount() > row; }, timeoutMs))
        return false;
    list->setCurrentIndex(list->model()->index(row, 0));
    list->selectionModel()->select(list->currentIndex(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

ActionOutcome triggerPageAction(ui::MainWindow *window, const QString &area, const char *name)
{
    window->showArea(area);
    QWidget *page = window->page(area);
    auto *action = page ? page->findChild<QAction *>(QLatin1String(name)) : nullptr;
    if (!action || !QTest::qWaitFor([action] { return action->isEnabled(); }, 15000))
        return {};
    ActionOutcome outcome;
    const QWidgetList before = QApplication::topLevelWidgets();
    action->trigger();
    outcome.triggered = true;
    GuiDriver::settle(); // what the action opens is laid out
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible() && !before.contains(w))
            outcome.dialog = d;
    return outcome;
}

bool clickToolBarAction(QWidget *page, QToolBar *toolBar, const char *name)
{
    auto *action = page->findChild<QAction *>(QLatin1String(name));
    QWidget *button = action ? toolBar->widgetForAction(action) : nullptr;
    if (!button || !button->isEnabled())
        return false;
    GuiDriver::click(button);
    return true;
}

bool waitIdle(ApiClient *client, int timeoutMs)
{
    const bool idle = QTest::qWaitFor([client] { return client->inFlight() == 0 && client->queued() == 0; }, timeoutMs);
    GuiDriver::settle();
    return idle;
}

} // namespace sinch::test
