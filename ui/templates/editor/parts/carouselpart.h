#pragma once

#include "editing/formpart.h"
#include "templateformcontext.h"

namespace sinch::ui {

class ExampleRows;

// The carousel as a whole: make one, how many cards, add a card, remove the carousel.
class CarouselPart : public FormPart
{
    Q_OBJECT
public:
    explicit CarouselPart(const TemplateFormContext &ctx);
    QString structure() const override;

private:
    TemplateFormContext m_ctx;
};

// One card: its media kind and URL, text and its variables' examples, buttons (up to two, each removable), and
// Duplicate, Move left / right, Remove; when the cards differ in structure, a way to give
// them all this card's.
class CardPart : public FormPart
{
    Q_OBJECT
public:
    CardPart(const TemplateFormContext &ctx, int index);
    QString structure() const override;
    void updateInPlace() override;

private:
    TemplateFormContext m_ctx;
    int m_index;
    ExampleRows *m_examples = nullptr;
};

} // namespace sinch::ui
