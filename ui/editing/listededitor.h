#pragma once

#include <QString>

#include <functional>
#include <utility>

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
    // Whether save() can send the edits now: not while a save is under way, nor while a
    // review holds them.
    virtual bool canSave() const = 0;
    // The user chose to save before leaving: saves as the editor's own Save does, then calls
    // `done` once: true when the server has the edits, false when they were not sent (the
    // editor says why, on its fields or its message bar) or the server refused them.
    virtual void save(std::function<void(bool saved)> done) = 0;
    // The editor closes: its draft, if it keeps one, is settled now (nothing written after).
    virtual void finish() {}

protected:
    // save()'s `done` waits here until the editor's save is settled.
    void awaitSave(std::function<void(bool saved)> done) { m_afterSave = std::move(done); }
    void settleSave(bool saved)
    {
        if (std::function<void(bool)> done = std::exchange(m_afterSave, nullptr))
            done(saved);
    }

private:
    std::function<void(bool saved)> m_afterSave;
};

} // namespace sinch::ui
