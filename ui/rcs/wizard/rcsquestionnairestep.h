#pragma once

#include "rcswizardstep.h"

namespace sinch::ui {

// Step 4, the hook for the launch questionnaire: until the questionnaire form
// (RcsQuestionnaireForm, ui/rcs/questionnaire/, another helper's) is joined, this page says
// where the answers go. The wizard builds the step through
// RcsSenderWizard::setQuestionnaireStepFactory(); this is its default.
class RcsQuestionnaireStep : public RcsWizardStep
{
    Q_OBJECT

public:
    RcsQuestionnaireStep(EditSession *session, FieldBinder *binder, const RcsWizardContext &context, QWidget *parent = nullptr);
};

} // namespace sinch::ui
