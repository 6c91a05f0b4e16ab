#pragma once

#include "editing/formpart.h"
#include "templateformcontext.h"

namespace sinch::ui {

// Settings of a template: name and language (fixed for one on the server), category
// (locked once reviewed unless the review said it was wrong), category change allowed,
// time to live within the category's range.
class SettingsPart : public FormPart
{
    Q_OBJECT
public:
    explicit SettingsPart(const TemplateFormContext &ctx);
    QString structure() const override;

private:
    TemplateFormContext m_ctx;
};

} // namespace sinch::ui
