#include "busybutton.h"

#include <QAbstractButton>
#include <QApplication>
#include <QVariant>

namespace sinch::ui {

namespace {
const char *const kFocusParked = "sinchFocusParked";
} // namespace

void BusyButton::setEnabled(QAbstractButton *button, bool enabled)
{
    if (!enabled && button->hasFocus() && button->parentWidget()) {
        button->parentWidget()->setFocus(Qt::OtherFocusReason);
        button->setProperty(kFocusParked, true);
    }
    button->setEnabled(enabled);
    if (enabled && button->property(kFocusParked).toBool()) {
        button->setProperty(kFocusParked, QVariant());
        QWidget *focus = QApplication::focusWidget();
        if (!focus || focus == button->parentWidget() || focus == button->parentWidget()->focusProxy())
            button->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace sinch::ui
