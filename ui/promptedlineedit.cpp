#include "promptedlineedit.h"

namespace sinch::ui {

PromptedLineEdit::PromptedLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
}

QSize PromptedLineEdit::sizeHint() const
{
    QSize hint = QLineEdit::sizeHint();
    if (!placeholderText().isEmpty())
        hint.setWidth(qMax(hint.width(), promptWidth(this)));
    return hint;
}

int PromptedLineEdit::promptWidth(const QLineEdit *edit)
{
    // QLineEdit's hint is seventeen x's plus its frame, margins and buttons (the clear
    // button); the placeholder takes the x's place.
    const QFontMetrics metrics = edit->fontMetrics();
    const int around = edit->QLineEdit::sizeHint().width() - metrics.horizontalAdvance(QLatin1Char('x')) * 17;
    return metrics.horizontalAdvance(edit->placeholderText()) + around;
}

} // namespace sinch::ui
