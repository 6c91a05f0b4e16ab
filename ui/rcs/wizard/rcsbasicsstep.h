#pragma once

#include "rcswizardstep.h"

namespace sinch::ui {

// Step 1: region, billing category and use case (the contract's enums). Fixed once the
// sender exists, shown read-only with the reason; the hosting region as the API reports it.
class RcsBasicsStep : public RcsWizardStep
{
    Q_OBJECT

public:
    RcsBasicsStep(EditSession *session, FieldBinder *binder, const RcsWizardContext &context, const QString &hostingRegion,
                  QWidget *parent = nullptr);
};

} // namespace sinch::ui
