#pragma once

#include <QLineEdit>

namespace sinch::ui {

// A line edit that asks for the room its placeholder needs. QLineEdit asks for seventeen
// characters whatever it says, and a row short of room takes from each of its widgets alike
// down to their least widths: beside combo boxes that ask for their longest item, a field's
// prompt ("Search loaded templates (Ctrl+F)") was cut to "Search loaded t…" in English and
// to "Geladene …" in German. Its least width stays QLineEdit's.
class PromptedLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit PromptedLineEdit(QWidget *parent = nullptr);

    QSize sizeHint() const override;
};

} // namespace sinch::ui
