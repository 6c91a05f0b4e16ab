#pragma once

#include "rcswizardstep.h"

namespace sinch::ui {

// Step 5: the phones that may test the sender before launch, up to the contract's maximum,
// each in E.164. A number added again after it was verified is unverified again.
class RcsTestNumbersStep : public RcsWizardStep
{
    Q_OBJECT

public:
    RcsTestNumbersStep(EditSession *session, FieldBinder *binder, const RcsWizardContext &context, QWidget *parent = nullptr);
    QString structure() const override;

private:
    void add();
    void remove(int index);
};

} // namespace sinch::ui
