#include "editorlistpage.h"

#include "api/apijob.h"
#include "messagebar.h"
#include "messagebox.h"
#include "models/resourcelistmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace sinch::ui {

EditorListPage::EditorListPage(MessageBox *box, const QString &placeholder, QWidget *parent)
    : ListPage(new QSortFilterProxyModel, new QWidget, parent)
    , m_box(box)
    , m_toolBar(new PageToolBar(this))
    , m_editorPage(new QWidget)
    , m_placeholder(new QLabel(placeholder))
{
    proxyModel()->setSortRole(ResourceListModel::SortRole);
    filterRow()->insertWidget(0, m_toolBar);

    auto *layout = new QVBoxLayout(m_editorPage);
    layout->setContentsMargins(0, 0, 0, 0);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_placeholder);
}

EditorListPage::~EditorListPage() = default;

QAction *EditorListPage::addPageAction(const QString &name, const QString &text, const QString &icon, const QString &tip)
{
    return m_toolBar->addPageAction(name, text, icon, tip);
}

void EditorListPage::setUpList(const QString &accessibleName)
{
    QTreeView *list = view();
    list->setAccessibleName(accessibleName);
    list->setRootIsDecorated(false);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setSortingEnabled(true);
    list->header()->setSortIndicator(-1, Qt::AscendingOrder);
    list->header()->setStretchLastSection(true);
    // The selection, not the current index, says which row the user chose: focus entering
    // the list makes its first row current without anyone choosing it.
    connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EditorListPage::rowChosen);
}

ListedEditor *EditorListPage::listedEditor() const
{
    return dynamic_cast<ListedEditor *>(m_editor.data());
}

QJsonObject EditorListPage::currentRow() const
{
    const QModelIndexList rows = view()->selectionModel()->selectedRows();
    return rows.isEmpty() ? QJsonObject() : rows.first().data(ResourceListModel::JsonRole).toJsonObject();
}

bool EditorListPage::selectKey(const QString &key)
{
    const QScopedValueRollback<bool> quiet(m_selecting, true); // chosen by the page, not the user
    auto *model = qobject_cast<ResourceListModel *>(pagedModel());
    const int row = model && !key.isEmpty() ? model->rowOfKey(key) : -1;
    if (row < 0) {
        view()->selectionModel()->clear();
        return false;
    }
    view()->setCurrentIndex(proxyModel()->mapFromSource(model->index(row, 0)));
    return true;
}

void EditorListPage::rowChosen()
{
    updateActions();
    const QString key = keyOf(currentRow());
    if (m_selecting || key.isEmpty() || (listedEditor() && listedEditor()->listKey() == key))
        return;
    leaveEditor([this, key] { load(key, false); },
                [this] {
                    // Back to the row being edited (none for a new resource).
                    selectKey(listedEditor() ? listedEditor()->listKey() : QString());
                    updateActions();
                });
}

void EditorListPage::leaveEditor(const std::function<void()> &go, const std::function<void()> &stay)
{
    ListedEditor *editor = listedEditor();
    if (!editor || !editor->isDirty() || !m_box) {
        go();
        return;
    }
    // Saved first when it can be: go on once the server has the edits, stay where they
    // are (the editor says why) when it refused them.
    std::function<void()> save;
    if (editor->canSave()) {
        save = [this, go, stay] {
            if (ListedEditor *e = listedEditor()) {
                m_savingToLeave = true;
                e->save([this, go, stay](bool saved) {
                    m_savingToLeave = false;
                    if (saved)
                        go();
                    else if (stay)
                        stay();
                });
            }
        };
    }
    m_box->askToLeave(this, editor->title(), save ? leaveHint() : tr("Cancel goes back to the editor, where they are kept."),
                      this, save,
                      [this, go] {
                          if (ListedEditor *e = listedEditor())
                              e->discard(); // its draft is not offered again
                          go();
                      },
                      stay);
}

void EditorListPage::load(const QString &key, bool focus)
{
    if (m_loading)
        m_loading->cancel();
    m_loading = readRow(key);
    if (!m_loading)
        return;
    connect(m_loading, &ApiJob::finished, this, [this, key, focus](const ApiResult &result) {
        if (result.error.isCancelled())
            return;
        m_loading = nullptr;
        if (!result.ok()) {
            if (result.httpStatus == 404) {
                errorBar()->showError(result.error);
                refresh(); // deleted elsewhere
            } else {
                errorBar()->showErrorWithRetry(result.error, [this, key, focus] { load(key, focus); }); // the row again
            }
            return;
        }
        openEditor(result.json.object());
        if (focus && listedEditor())
            listedEditor()->focusFirstField();
    });
}

void EditorListPage::openEditor(const QJsonObject &resource)
{
    // What the user opened last wins over a resource still being read.
    if (m_loading)
        m_loading->cancel();
    closeEditor();
    m_placeholder->hide();
    m_editor = createEditor(resource);
    Q_ASSERT(listedEditor());
    m_editorPage->layout()->addWidget(m_editor);
    m_editor->show(); // now, not on the next turn of the event loop as the layout would
    editorOpened();
}

void EditorListPage::closeEditor()
{
    m_savingToLeave = false; // a save this editor was making to leave is no one's now
    if (!m_editor)
        return;
    // Its draft is settled now, before another editor looks for one; the widget is never
    // deleted inside one of its own signals: hidden now, deleted by the event loop.
    listedEditor()->finish();
    m_editor->hide();
    m_editor->deleteLater();
    m_editor = nullptr;
    m_placeholder->show();
    editorClosed();
}

void EditorListPage::openNewEditor()
{
    if (!pagedModel())
        return;
    leaveEditor([this] {
        selectKey(QString());
        updateActions();
        openEditor(QJsonObject());
        listedEditor()->focusFirstField();
    });
}

void EditorListPage::editCurrentRow()
{
    const QString key = keyOf(currentRow());
    if (key.isEmpty())
        return;
    if (listedEditor() && listedEditor()->listKey() == key)
        listedEditor()->focusFirstField();
    else
        leaveEditor([this, key] { load(key, true); });
}

void EditorListPage::keepOrCloseEditor(bool elsewhere, const QString &notice)
{
    ListedEditor *editor = listedEditor();
    if (!editor || !elsewhere)
        return;
    if (editor->isDirty())
        editor->showNotice(notice);
    else
        closeEditor();
}

} // namespace sinch::ui
