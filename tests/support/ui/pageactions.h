#pragma once

#include <QString>

class QDialog;
class QToolBar;
class QWidget;

namespace sinch {
class ApiClient;
namespace ui {
class MainWindow;
}
} // namespace sinch

namespace sinch::test {

// Shows `area` and chooses row `row` of its page's list as a click does (current and
// selected), once the list has that row. False when the page has no list or the row never
// came within `timeoutMs`.
bool chooseRow(ui::MainWindow *window, const QString &area, int row = 0, int timeoutMs = 15000);

// What a page action did: whether it ran (it was found and became enabled), and the dialog
// it opened, if any (a top-level dialog that was not shown before).
struct ActionOutcome
{
    bool triggered = false;
    QDialog *dialog = nullptr;
};

// Shows `area` and triggers its page's action `name` once it is enabled, then lets what it
// opens be laid out.
ActionOutcome triggerPageAction(ui::MainWindow *window, const QString &area, const char *name);

// Clicks the button `toolBar` shows for the action `name` of `page`, as a person does; false
// when the action is missing or disabled. (Not inside QTRY_VERIFY: it would click again.)
bool clickToolBarAction(QWidget *page, QToolBar *toolBar, const char *name);

// Until `client` has nothing in flight or queued (false when that never came within
// `timeoutMs`), then lets what answered be laid out.
bool waitIdle(ApiClient *client, int timeoutMs = 60000);

} // namespace sinch::test
