#pragma once

#include <QStringList>

class QWidget;

namespace sinch::test {

// The Alt+letter keys that more than one visible widget of `window` answers to: labels
// with a buddy, buttons, tabs, group boxes and the menu bar's menus. Qt takes such a key as
// ambiguous: each press goes to the next of them, and a button is focused, not pressed.
// One line a key: "Alt+T: “Auth token” (QLabel), “Test devices” (QTabBar)".
QStringList mnemonicClashes(QWidget *window);

} // namespace sinch::test
