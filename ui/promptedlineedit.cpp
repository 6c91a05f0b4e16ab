#include "promptedlineedit.h"

namespace sinch::ui {

PromptedLineEdit::PromptedLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
}

QSize PromptedLineEdit::sizeHint() const
{
    QSize hint = QLineEdit::sizeHint();
    if (placeholderText().isEmpty())
        return hint;
    // QLineEdit's hint is seventeen x's plus its frame, margins and buttons (the clear
    // button); the placeholder takes the x's place.
    const QFontMetrics metrics = fontMetrics();
    const int around = hint.width() - metrics.horizontalAdvance(QLatin1Char('x')) * 17;
    hint.setWidth(qMax(hint.width(), metrics.horizontalAdvance(placeholderText()) + around));
    return hint;
}

} // namespace sinch::ui
