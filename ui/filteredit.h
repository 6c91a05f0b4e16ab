#pragma once

#include "promptedlineedit.h"

namespace sinch::ui {

// The filter or search field of a page, the same everywhere: named "filterEdit" (Ctrl+F
// finds it), a clear button, Esc empties it, and it asks for the room its prompt needs.
class FilterEdit : public PromptedLineEdit
{
    Q_OBJECT
public:
    FilterEdit(const QString &placeholder, const QString &accessibleName, QWidget *parent = nullptr);
};

} // namespace sinch::ui
