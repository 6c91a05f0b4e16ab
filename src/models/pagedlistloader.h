#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace sinch {

class ApiClient;
class Pager;

// Loads one list operation of one project for a list model: the pages a view asks for
// (fetchMore), a refresh that re-reads as many items as the model holds, retry after an
// error, cancel, and the load state (loading, the last error and what it interrupted,
// done, the total the server announced). It holds no rows: it emits each page
// (pageReceived) and each refresh's fresh list (refreshReceived) for the model to add or
// merge, and only then says where the list stands (state signals, then pageLoaded or
// refreshed), so that a view that asks for more while rows go in is told "loading".
//
// Two pagers at most: the one that pages on, and the one of a refresh in progress, which
// takes over when the refresh is done (it knows where the list goes on from there).
// Every state setter emits only when the state changed, except for errors: each failure
// is news, even the same error twice.
class PagedListLoader : public QObject
{
    Q_OBJECT
public:
    // One item of a refresh's fresh list with its identity.
    struct Entry {
        QString key;
        QJsonObject json;
    };
    // The identity of an item: a refresh keeps the last of items with the same key.
    using KeyFunction = std::function<QString(const QJsonObject &)>;

    PagedListLoader(ApiClient *client, QString projectKey, ApiRequest firstPage, KeyFunction keyOf,
                    QObject *parent = nullptr);
    ~PagedListLoader() override;

    QString projectKey() const { return m_projectKey; }
    // The first page's request (filters included, no page token). A new one is used by
    // the pagers made from then on; restart() or reread() make them.
    const ApiRequest &request() const { return m_request; }
    void setRequest(const ApiRequest &firstPage) { m_request = firstPage; }
    // Items per page asked from the server, capped at the contract's maximum
    // (Pager::pageSizeFor); 0 leaves it to the server.
    void setPageSize(int n) { m_pageSize = n; }
    int pageSize() const { return m_pageSize; }
    // The name of the items array in a page; empty = the one array of the page.
    void setItemsKey(const QString &key) { m_itemsKey = key; }
    // False for a model that merged each refresh page as it came (refreshPageReceived):
    // the fresh list then carries the keys only, and a long refresh holds no second copy
    // of every item until its end.
    void setFreshItems(bool items) { m_freshItems = items; }

    // More pages exist, none is on its way, no refresh runs, the last request did not
    // fail (retry() clears that) and there is a client to ask.
    bool canFetchMore() const;
    bool isLoading() const { return m_loading; }
    bool isRefreshing() const { return m_refreshPager != nullptr; }
    bool hasError() const { return m_error.isError(); }
    const ApiError &lastError() const { return m_error; }
    bool isDone() const { return m_done; }
    bool hasLoadedOnce() const { return m_loadedOnce; }
    int totalSize() const { return m_totalSize; } // -1 until the server said

    // The next page, when canFetchMore().
    void fetchMore();
    // `loaded` is how many items the model holds. None: starts from the first page.
    // Otherwise re-reads pages until at least that many items (or the end) came, and
    // emits them in one refreshReceived.
    void refresh(int loaded);
    // Repeats what failed: the refresh, or the page.
    void retry(int loaded);
    // Cancels what is on its way; the pages loaded so far stay the model's.
    void cancel();
    // The request changed in a way that keeps the rows (another analytics range): drops
    // what is on its way and re-reads the loaded items in place.
    void reread(int loaded);
    // The request changed in a way that makes it another list (another filter): drops
    // everything and starts again with nothing loaded. The model resets its rows and
    // calls fetchMore() when it wants the first page.
    void restart();

signals:
    // A page to add; the loader still says loading while the model adds it.
    void pageReceived(const QJsonArray &items);
    // The page is in and the state updated.
    void pageLoaded();
    // A refresh of loaded items begins: its pages (refreshPageReceived) follow.
    void refreshStarted();
    // A page of a refresh as it comes (the loader still says loading, and the refresh may
    // yet fail); refreshReceived follows with the whole list.
    void refreshPageReceived(const QJsonArray &items);
    // A refresh's fresh list, in the server's order, each key once (without the items
    // when setFreshItems(false)).
    void refreshReceived(const QList<sinch::PagedListLoader::Entry> &fresh);
    // The fresh list is merged and the state updated.
    void refreshed();

    void loadingChanged(bool loading);
    void errorChanged(); // hasError() / lastError() changed
    void failed(const sinch::ApiError &error);
    void doneChanged(bool done);
    void totalSizeChanged(int totalSize);

private:
    // What the last error interrupted, so that retry() can repeat it.
    enum class Failed { Nothing, Page, Refresh };

    Pager *makePager();
    void adoptPager(Pager *pager);
    void dropPager(Pager *&pager);
    void dropRefresh();
    void onPage(const QJsonArray &items, int totalSize);
    void onRefreshPage(const QJsonArray &items, int totalSize);
    void finishRefresh();

    void setLoading(bool loading);
    void setError(const ApiError &error, Failed what);
    void clearError();
    void setDone(bool done);
    void setTotal(int total);

    QPointer<ApiClient> m_client;
    QString m_projectKey;
    ApiRequest m_request;
    KeyFunction m_keyOf;
    QString m_itemsKey;
    int m_pageSize = 0;
    bool m_freshItems = true;

    Pager *m_pager = nullptr;        // pages for fetchMore
    Pager *m_refreshPager = nullptr; // pages of a refresh in progress
    QList<Entry> m_fresh;            // what the refresh collected
    QHash<QString, qsizetype> m_freshIndex;
    int m_refreshTarget = 0;         // items the refresh re-reads at least

    ApiError m_error;
    Failed m_failed = Failed::Nothing;
    bool m_loading = false;
    bool m_done = false;
    bool m_loadedOnce = false;
    int m_totalSize = -1;
};

} // namespace sinch
