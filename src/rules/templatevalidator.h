#pragma once

#include "finding.h"

#include <QJsonObject>

namespace sinch::rules {

// Everything the console knows about a WhatsApp template before the server sees it: the
// contract's own schema for the create request (WhatsappTemplateInputDto: types, lengths,
// enums, patterns, required fields) and the hand-written rules of TEMPLATE-RULES.md.
// Where both speak of one field, the hand-written finding (which says more) is kept.
// Used by the editor, `sinch-console lint` and the sandbox alike.
class TemplateValidator
{
public:
    // Mode from the document itself: "status": "DRAFT" validates as a draft.
    static QList<Finding> validateWhatsapp(const QJsonObject &input);
    static QList<Finding> validateWhatsapp(const QJsonObject &input, Mode mode);
    // An edit of a template on the server (`serverTemplate`: the server's
    // WhatsappTemplateDto): the above and what an edit may not change
    // (WhatsappTemplateRules::checkEdit). An empty server template is a new one.
    static QList<Finding> validateWhatsappEdit(const QJsonObject &input, const QJsonObject &serverTemplate, Mode mode);

    // Turns the API's validation strings ("details.buttons.0.text must be ...") into
    // findings at their path.
    static QList<Finding> fromValidationErrors(const QStringList &errors);
};

} // namespace sinch::rules
