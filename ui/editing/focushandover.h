#pragma once

#include <initializer_list>

class QWidget;

namespace sinch::ui {

// A part about to be hidden (an editor closed after its save) that holds the keyboard focus
// gives it first to the first of `to` that is shown, where the person goes on (the list
// beside it; the page itself while the list is empty). Left to Qt, the focus went on to the
// next widget of the window's chain: the toolbar's project box, when the part was the
// page's last.
class FocusHandOver
{
public:
    static void before(QWidget *leaving, std::initializer_list<QWidget *> to);
};

} // namespace sinch::ui
