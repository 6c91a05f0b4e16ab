#pragma once

class QAbstractButton;

namespace sinch::ui {

// An editor's action button (Save, Submit) disabled while its request is under way, without
// moving the keyboard: Qt hands a disabled button's focus to the next widget of the tab
// chain as if Tab had been pressed, and a line edit focused that way selects its whole text,
// which the next key typed replaces. The focus waits on the button's parent instead, where
// keys do nothing, and goes back to the button when it is enabled again (unless the user
// put it somewhere else meanwhile).
class BusyButton
{
public:
    static void setEnabled(QAbstractButton *button, bool enabled);
};

} // namespace sinch::ui
