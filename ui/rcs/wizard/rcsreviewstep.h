#pragma once

#include "rcswizardstep.h"

namespace sinch::ui {

// Step 6: everything the request will carry, in words, before Finish sends it (a create, or
// an update of the details for an existing sender). Follows the document in place.
class RcsReviewStep : public RcsWizardStep
{
    Q_OBJECT

public:
    RcsReviewStep(EditSession *session, FieldBinder *binder, const RcsWizardContext &context, QWidget *parent = nullptr);
    void updateInPlace() override;

private:
    QList<QPair<QString, class QLabel *>> m_values; // path or list, its label
};

} // namespace sinch::ui
