#pragma once

#include "editing/formpart.h"
#include "templateformcontext.h"

namespace sinch::ui {

// The buttons as a whole: how many, one "+ kind" button per kind the category allows
// (a new button's page opens), and "Remove all buttons".
class ButtonsPart : public FormPart
{
    Q_OBJECT
public:
    explicit ButtonsPart(const TemplateFormContext &ctx);
    QString structure() const override;

private:
    TemplateFormContext m_ctx;
};

// One button's page: its rows (ButtonFields), Move up / Move down and Remove.
class ButtonPart : public FormPart
{
    Q_OBJECT
public:
    ButtonPart(const TemplateFormContext &ctx, int index);
    QString structure() const override;

private:
    TemplateFormContext m_ctx;
    int m_index;
};

} // namespace sinch::ui
