#include "wizardsteps.h"

#include "guidriver.h"

#include "rcs/wizard/rcssenderwizard.h"

namespace sinch::test {

int walkWizardSteps(ui::RcsSenderWizard *wizard, const std::function<void(int step)> &atStep)
{
    int reached = 0;
    for (int s = ui::RcsSenderWizard::Basics; s < ui::RcsSenderWizard::StepCount; ++s) {
        wizard->goToStep(ui::RcsSenderWizard::Step(s));
        GuiDriver::settle();
        if (wizard->step() != s)
            break;
        ++reached;
        atStep(s);
    }
    return reached;
}

} // namespace sinch::test
