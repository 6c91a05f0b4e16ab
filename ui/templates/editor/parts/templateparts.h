#pragma once

#include "templateformcontext.h"

#include <QString>

namespace sinch::ui {

class FormPart;

// The page of an outline entry of the WhatsApp template editor: "settings", "header",
// "body", "footer", "buttons", "buttons/N", "carousel", "carousel/N".
class TemplateParts
{
public:
    static FormPart *create(const QString &part, const TemplateFormContext &context);
};

} // namespace sinch::ui
