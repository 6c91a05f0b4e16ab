#include "focushandover.h"

#include <QWidget>

namespace sinch::ui {

void FocusHandOver::before(QWidget *leaving, std::initializer_list<QWidget *> to)
{
    QWidget *focus = leaving->window()->focusWidget(); // the window's, active or not
    if (!focus || (focus != leaving && !leaving->isAncestorOf(focus)))
        return;
    for (QWidget *w : to)
        if (w && w->isVisible()) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
}

} // namespace sinch::ui
