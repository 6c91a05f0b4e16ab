#pragma once

#include "editing/formpart.h"
#include "templateformcontext.h"

namespace sinch::ui {

// The footer: a line of text, or for authentication templates the code's expiry.
class FooterPart : public FormPart
{
    Q_OBJECT
public:
    explicit FooterPart(const TemplateFormContext &ctx);
    QString structure() const override;

private:
    TemplateFormContext m_ctx;
};

} // namespace sinch::ui
