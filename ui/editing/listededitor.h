#pragma once

#include <QString>

class QWidget;

namespace sinch::ui {

// What a list page with an editor beside it (EditorListPage) asks of the editor of its
// current row, whatever the resource: which row it edits, whether leaving would drop
// unsaved edits, and how to settle them. An editor widget implements it besides QWidget.
class ListedEditor
{
public:
    virtual ~ListedEditor() = default;

    // The key of the row being edited in the page's list (empty for a new resource).
    virtual QString listKey() const = 0;
    virtual QString projectKey() const = 0;
    virtual QString title() const = 0;
    virtual bool isDirty() const = 0;
    virtual void focusFirstField() = 0;
    // A notice above the form (the edits belong to another project than the list's).
    virtual void showNotice(const QString &text) = 0;
    // The user chose to drop the unsaved edits: back to the server's version.
    virtual void discard() = 0;
    // The editor closes: its draft, if it keeps one, is settled now (nothing written after).
    virtual void finish() {}
};

} // namespace sinch::ui
