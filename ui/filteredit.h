#pragma once

#include <QLineEdit>

namespace sinch::ui {

// The filter or search field of a page, the same everywhere: named "filterEdit" (Ctrl+F
// finds it), a clear button, and Esc empties it.
class FilterEdit : public QLineEdit
{
    Q_OBJECT
public:
    FilterEdit(const QString &placeholder, const QString &accessibleName, QWidget *parent = nullptr);
};

} // namespace sinch::ui
