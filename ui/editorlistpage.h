#pragma once

#include "listpage.h"
#include "pagetoolbar.h"
#include "editing/listededitor.h"

#include <QJsonObject>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QToolBar;

namespace sinch {
class ApiJob;
}

namespace sinch::ui {

class MessageBox;

// A list page whose chosen row opens in an editor beside the list (webhooks, KakaoTalk
// templates): the toolbar of page actions before the filters, the single-selection sortable
// list, the editor's page with a placeholder while none is open, reading the chosen row
// (get) into a new editor, and the rule that unsaved edits are never dropped without
// asking: choosing another row, New, or another project asks first, and Cancel goes back to
// the row being edited. A page says what its rows' keys are, how to read one, which
// editor to make, and which actions apply.
class EditorListPage : public ListPage
{
    Q_OBJECT
public:
    ~EditorListPage() override;

    QToolBar *toolBar() const { return m_toolBar; }
    QList<QAction *> pageActions() const { return m_toolBar->pageActions(); }
    // The editor's page: the open editor, or the placeholder. The page puts it in its detail pane.
    QWidget *editorPage() const { return m_editorPage; }

protected:
    EditorListPage(MessageBox *box, const QString &placeholder, QWidget *parent);

    // An action of the page, in its toolbar and pageActions(), named `name` (tests find it).
    QAction *addPageAction(const QString &name, const QString &text, const QString &icon, const QString &tip);
    // The list as the page wants it: one row chosen at a time, sortable, `accessibleName`.
    void setUpList(const QString &accessibleName);

    // The key of a row's JSON (the list model's key path).
    virtual QString keyOf(const QJsonObject &row) const = 0;
    // Reads the resource of `key` from the server (null: cannot).
    virtual ApiJob *readRow(const QString &key) = 0;
    // An editor of `resource` (empty: a new one), implementing ListedEditor.
    virtual QWidget *createEditor(const QJsonObject &resource) = 0;
    // After an editor was opened, and after it was closed (the page follows: feeds, tabs).
    virtual void editorOpened() {}
    virtual void editorClosed() {}
    // What the question before leaving unsaved edits adds when they can be saved: what
    // Save, Discard and Cancel do with this page's resource.
    virtual QString leaveHint() const = 0;
    // Enables the page's actions for the chosen row.
    virtual void updateActions() = 0;

    ListedEditor *listedEditor() const;
    QWidget *editorWidget() const { return m_editor; }
    QLabel *placeholder() const { return m_placeholder; }
    QJsonObject currentRow() const;
    // Selects the row of `key` as the page (the editor does not follow); false when not listed.
    bool selectKey(const QString &key);
    // Runs `go` when nothing unsaved would be lost, or once the user saved or dropped it;
    // `stay` otherwise.
    void leaveEditor(const std::function<void()> &go, const std::function<void()> &stay = {});
    // The editor saves because the user is leaving it (leaveEditor's Save): the row chosen
    // meanwhile stays selected, not the one saved.
    bool isSavingToLeave() const { return m_savingToLeave; }
    // Reads `key` and opens it (the editor's first field focused when `focus`).
    void load(const QString &key, bool focus);
    void openEditor(const QJsonObject &resource);
    void closeEditor();
    // New (Ctrl+N): an editor of a new resource, after asking about unsaved edits.
    void openNewEditor();
    // Edit (Enter): the chosen row into the editor, or the focus into it when it is open.
    void editCurrentRow();
    // Another project or list: an editor with unsaved edits of `elsewhere` stays with
    // `notice`; any other editor of `elsewhere` closes.
    void keepOrCloseEditor(bool elsewhere, const QString &notice);

private:
    void rowChosen();

    MessageBox *m_box;
    PageToolBar *m_toolBar;
    QWidget *m_editorPage;
    QLabel *m_placeholder;
    QPointer<QWidget> m_editor;
    QPointer<ApiJob> m_loading;
    bool m_selecting = false; // the page selects a row itself
    bool m_savingToLeave = false;
};

} // namespace sinch::ui
