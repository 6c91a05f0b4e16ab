#pragma once

#include "api/apierror.h"
#include "models/pagedlistloader.h"

#include <QAbstractItemModel>

namespace sinch {

// The base of the list models that page lazily over one list operation
// (ResourceListModel, TemplateListModel). It owns a PagedListLoader and shows its load
// state as the model's own properties and signals (loading and error are state of the
// model, never placeholder rows); canFetchMore/fetchMore, refresh, retry and cancel go to
// the loader. A subclass owns the rows and roles: it adds each page (addPage), merges each
// refresh's fresh list in place (mergeFresh) and says how many items it holds
// (loadedCount).
class PagedListModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool hasError READ hasError NOTIFY errorChanged)
    Q_PROPERTY(bool done READ isDone NOTIFY doneChanged)
    Q_PROPERTY(int totalSize READ totalSize NOTIFY totalSizeChanged)
public:
    // True only while more pages exist, none is on its way, no refresh runs and the last
    // request did not fail (retry() clears that).
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

    QString projectKey() const { return m_loader.projectKey(); }
    // Items per page asked from the server, capped at the contract's maximum; 0 leaves it
    // to the server.
    void setPageSize(int n) { m_loader.setPageSize(n); }
    int pageSize() const { return m_loader.pageSize(); }

    bool isLoading() const { return m_loader.isLoading(); }
    bool isRefreshing() const { return m_loader.isRefreshing(); }
    bool hasError() const { return m_loader.hasError(); }
    const ApiError &lastError() const { return m_loader.lastError(); }
    bool isDone() const { return m_loader.isDone(); }
    bool hasLoadedOnce() const { return m_loader.hasLoadedOnce(); }
    int totalSize() const { return m_loader.totalSize(); } // -1 until the server said

    // What a view without rows says: still loading (or about to), the load failed (a first
    // load that failed is not loading any more), or the list is empty; HasRows otherwise.
    enum class EmptyState { HasRows, Loading, Failed, Empty };
    EmptyState emptyState() const;

public slots:
    // Loads the first page when nothing was loaded yet; otherwise re-reads as many items
    // as are loaded and merges them in place (selection and scroll position survive).
    void refresh();
    // Repeats what failed: the page fetch or the refresh.
    void retry();
    // Cancels what is on its way.
    void cancel();

signals:
    void loadingChanged(bool loading);
    void errorChanged(); // hasError() / lastError() changed
    void failed(const sinch::ApiError &error);
    void doneChanged(bool done);
    void totalSizeChanged(int totalSize);
    void pageLoaded(int itemsAdded);
    void refreshed();

protected:
    // `firstPage` is the first page's request (filters included, no page token); `keyOf`
    // the identity of an item, by which a refresh's fresh list is collected.
    PagedListModel(ApiClient *client, QString projectKey, ApiRequest firstPage,
                   PagedListLoader::KeyFunction keyOf, QObject *parent);

    // Adds a page's items to the rows (rows already there are updated where they are) and
    // returns how many items were new.
    virtual int addPage(const QJsonArray &items) = 0;
    // A refresh of the loaded items begins (its pages come through mergeFreshPage). By
    // default nothing.
    virtual void beginRefresh() {}
    // A page of a refresh as it comes, for a model that merges it right away (updates
    // where the rows are, new items added) so that the end of a long refresh is cheap;
    // mergeFresh then has the whole list still. A refresh that fails keeps what its pages
    // merged. By default nothing: mergeFresh does it all.
    virtual void mergeFreshPage(const QJsonArray &items) { Q_UNUSED(items) }
    // Merges a refresh's fresh list into the rows in place: dataChanged where an item
    // changed, rows removed and inserted for the rest, never a reset.
    virtual void mergeFresh(const QList<PagedListLoader::Entry> &fresh) = 0;
    // The items held, which a refresh reads again at least.
    virtual int loadedCount() const = 0;

    PagedListLoader &loader() { return m_loader; }

private:
    PagedListLoader m_loader;
    int m_pageAdded = 0; // what the last page added, for pageLoaded()
};

} // namespace sinch
