#pragma once

#include "rcswizardstep.h"

namespace sinch::ui {

// Step 3: the countries the sender launches in, from the contract's list (names in the
// user's language, codes beside them). Countries can still change once launched.
class RcsCountriesStep : public RcsWizardStep
{
    Q_OBJECT

public:
    RcsCountriesStep(EditSession *session, FieldBinder *binder, const RcsWizardContext &context, QWidget *parent = nullptr);
};

} // namespace sinch::ui
