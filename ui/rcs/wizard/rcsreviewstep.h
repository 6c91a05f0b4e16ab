#pragma once

#include "rcswizardstep.h"

namespace sinch::ui {

// Step 6: everything the request will carry, in words, before Finish sends it (a create, or
// an update of the details for an existing sender), and what its launch will still ask
// for. Follows the document in place.
class RcsReviewStep : public RcsWizardStep
{
    Q_OBJECT

public:
    RcsReviewStep(EditSession *session, FieldBinder *binder, const RcsWizardContext &context, QWidget *parent = nullptr);
    void updateInPlace() override;

private:
    struct Row
    {
        QString path; // a field or a list
        class QLabel *value;
        bool choice; // a contract value chosen on the Basics step, said in words as there
    };
    QList<Row> m_values;
    // What the launch will still ask for (RcsLaunchChecklist): Finish saves the sender
    // without it, and a "no problems" beside it read as "ready to launch".
    class QLabel *m_beforeLaunch;
};

} // namespace sinch::ui
