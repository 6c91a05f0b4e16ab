#pragma once

#include <functional>

namespace sinch::ui {
class RcsSenderWizard;
}

namespace sinch::test {

// Goes to each step of the RCS wizard in turn, as far as it lets one go (all of them for a
// complete sender, the first alone for a new one), and calls `atStep` with the step shown and
// laid out. Returns how many steps were reached.
int walkWizardSteps(ui::RcsSenderWizard *wizard, const std::function<void(int step)> &atStep);

} // namespace sinch::test
