#pragma once

#include <QLineEdit>

namespace sinch::ui {

// A line edit that asks for the room its placeholder needs. QLineEdit asks for seventeen
// characters whatever it says, so a row short of room cut a field's prompt ("Name starts
// with…" to "Name star…") while the combo boxes beside it kept room for their longest items.
// Its least width stays QLineEdit's.
class PromptedLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit PromptedLineEdit(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    // The width at which `edit` shows its whole placeholder (any line edit's).
    static int promptWidth(const QLineEdit *edit);
};

} // namespace sinch::ui
