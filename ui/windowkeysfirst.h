#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace sinch::ui {

// The window's own keys win over a text field's. A focused text field claims every key it
// has a binding for (QEvent::ShortcutOverride), and on X11 Ctrl+K, Quick open's key, deletes
// to the end of the line: the window's action did not run, and what the person typed next
// for Quick open went into the template's body. This filter declines the claim for the keys
// of `actions` (as they are bound now: the person may change them) in `window`, so the action
// runs; every other key stays the field's.
class WindowKeysFirst : public QObject
{
public:
    WindowKeysFirst(QWidget *window, const QList<QAction *> &actions);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    QList<QPointer<QAction>> m_actions;
};

} // namespace sinch::ui
