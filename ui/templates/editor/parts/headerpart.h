#pragma once

#include "editing/formpart.h"
#include "templateformcontext.h"

namespace sinch::ui {

class ExampleRows;

// The header: its kind (none, text, image, video, document, location) and, by kind, its
// text with at most one variable and that variable's example, or the media example URL.
class HeaderPart : public FormPart
{
    Q_OBJECT
public:
    explicit HeaderPart(const TemplateFormContext &ctx);
    QString structure() const override;
    void updateInPlace() override;

private:
    TemplateFormContext m_ctx;
    ExampleRows *m_examples = nullptr;
};

} // namespace sinch::ui
