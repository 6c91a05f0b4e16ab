#include "windowkeysfirst.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

namespace sinch::ui {

WindowKeysFirst::WindowKeysFirst(QWidget *window, const QList<QAction *> &actions)
    : QObject(window)
    , m_window(window)
{
    for (QAction *a : actions)
        m_actions << a;
    QCoreApplication::instance()->installEventFilter(this);
}

bool WindowKeysFirst::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
    for (const QPointer<QAction> &a : std::as_const(m_actions)) {
        if (a && a->isEnabled() && a->shortcuts().contains(pressed)) {
            // Not claimed: the event goes on to the parents (who decline it here too), and
            // the shortcut map then runs the action.
            event->ignore();
            return true;
        }
    }
    return false;
}

} // namespace sinch::ui
