#pragma once

#include "editing/formpart.h"
#include "templateformcontext.h"

class QPlainTextEdit;
class QToolButton;

namespace sinch::ui {

class ExampleRows;

// The body: its text with formatting buttons (bold, italic, strikethrough, monospace),
// + Variable at the cursor and one example row per variable, kept in place as variables
// come and go. Authentication templates have WhatsApp's own text: only the security
// recommendation is chosen.
class BodyPart : public FormPart
{
    Q_OBJECT
public:
    explicit BodyPart(const TemplateFormContext &ctx);
    QString structure() const override;
    void updateInPlace() override;

private:
    QToolButton *formatButton(const QString &label, const QString &name, const QKeySequence &keys, QPlainTextEdit *edit,
                              const QString &marker);

    TemplateFormContext m_ctx;
    ExampleRows *m_examples = nullptr;
};

} // namespace sinch::ui
