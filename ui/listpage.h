#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QVBoxLayout;

namespace sinch {
class PagedListModel;
}

namespace sinch::ui {

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

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

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
    // What the empty state says when the model has no rows once loaded, and when the
    // page's own filters hide every row.
    virtual QString noItemsText() const = 0;
    virtual QString nothingShownText() const = 0;
    virtual QString noProjectText() const = 0;
    virtual QString loadingText() const = 0;
    virtual QString loadFailedText() const;

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

private:
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
};

} // namespace sinch::ui
