#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QVBoxLayout;

namespace sinch {
class PagedListModel;
}

namespace sinch::ui {

class ColumnChooser;
class MessageBar;

// What every list page of a project has, once: an error bar with Retry, a filter row that
// ends in a busy bar and a count, the list (a tree view over a filter proxy) or the empty
// state in its place, a detail pane beside it in a splitter, and the change of project
// that swaps the model. A page adds its filters to filterRow(), makes its model in
// createModel() and says what its count and empty state read.
class ListPage : public QWidget
{
    Q_OBJECT
public:
    ~ListPage() override;

    QString projectKey() const { return m_projectKey; }
    // Shows the list of this project (a new model when the project changed).
    void setProject(const QString &projectKey);
    // The list read again (a page whose list depends on something read first, a sender,
    // reads that again when it failed).
    virtual void refresh();

    QTreeView *view() const { return m_view; }
    MessageBar *errorBar() const { return m_errorBar; }
    bool isShowingEmptyState() const;
    QString emptyStateText() const;

    // What the person chose on this page, kept in `group`: the list's width beside the
    // details (once the splitter was dragged) and the columns shown (once chosen from the
    // header's menu). What was never chosen is not kept, so it follows the page's defaults.
    void saveLayout(QSettings &settings, const QString &group) const;
    void restoreLayout(const QSettings &settings, const QString &group);

protected:
    // `proxy` filters the model for the view; `detail` shows the current item.
    ListPage(QSortFilterProxyModel *proxy, QWidget *detail, QWidget *parent = nullptr);

    // The model of a project, parented to the page; the old one is deleted once the proxy
    // has let it go.
    virtual PagedListModel *createModel(const QString &projectKey) = 0;
    // After the model changed (also to none, when no project is chosen).
    virtual void modelChanged() {}
    // The count beside the busy bar ("12 items", "3 of 40 shown").
    virtual QString countText() const = 0;
    // The rows loaded ("3 items"), or those shown of them while the page's filter hides some
    // ("1 of 3 shown"); empty until the list has loaded a row.
    QString itemCountText() const;
    // What the empty state says when the model has no rows once loaded, and when the
    // page's own filters hide every row.
    virtual QString noItemsText() const = 0;
    virtual QString nothingShownText() const = 0;
    virtual QString noProjectText() const = 0;
    virtual QString loadingText() const = 0;
    virtual QString loadFailedText() const;
    // Once a model's first rows arrived: each column as wide as its words, within bounds
    // (the last one takes what is left). A page whose view cannot measure its rows yet sets
    // widths of its own.
    virtual void fitColumns();

    // A new model of the same project (the page's server-side filters changed).
    void reloadModel();
    // Shows the count and either the list or the empty state, from the model's state.
    void updateState();

    PagedListModel *pagedModel() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QHBoxLayout *filterRow() const { return m_filterRow; }
    QVBoxLayout *pageLayout() const { return m_layout; }
    QSplitter *splitter() const { return m_splitter; }
    QLabel *countLabel() const { return m_count; }
    QWidget *busyIndicator() const;
    // Columns hidden until the person shows them from the header's menu.
    void setDefaultHiddenColumns(const QList<int> &columns);
    // The list's pane as wide as its shown columns (the details keeping the room they need),
    // until the person drags the splitter: German words and IDs are not cut off at 1280 px.
    void widenListToColumns();

private:
    int lastShownColumn() const;

    QString m_projectKey;
    PagedListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
    MessageBar *m_errorBar;
    QHBoxLayout *m_filterRow;
    QVBoxLayout *m_layout;
    QLabel *m_count;
    QProgressBar *m_busy;
    QStackedWidget *m_listStack;
    QTreeView *m_view;
    QLabel *m_empty;
    QSplitter *m_splitter;
    ColumnChooser *m_columns;
    bool m_columnsFitted = false; // for the current model
    bool m_widthChosen = false;   // the splitter was dragged (now or before a restart)
};

} // namespace sinch::ui
