#include "rcsquestionnairestep.h"

#include <QFormLayout>
#include <QLabel>

namespace sinch::ui {

RcsQuestionnaireStep::RcsQuestionnaireStep(EditSession *session, FieldBinder *binder, const RcsWizardContext &context,
                                           QWidget *parent)
    : RcsWizardStep(session, binder, tr("Launch questionnaire"), context, parent)
{
    setObjectName(QStringLiteral("rcsQuestionnaireHook"));
    form()->addRow(hint(tr("The launch questionnaire (general, verification and one section per chosen country among "
                           "GB, FR, ES and US) is answered before launch. It is optional for creating the sender: "
                           "go on with Next.")));
}

} // namespace sinch::ui
