#include "pagedlistloader.h"

#include "api/apiclient.h"
#include "api/pager.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcListLoader, "sinch.models", QtInfoMsg)

namespace sinch {

PagedListLoader::PagedListLoader(ApiClient *client, QString projectKey, ApiRequest firstPage, KeyFunction keyOf,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectKey(std::move(projectKey))
    , m_request(std::move(firstPage))
    , m_keyOf(std::move(keyOf))
{
}

PagedListLoader::~PagedListLoader()
{
    // The pagers are children; cancel their jobs so that nothing calls back while the
    // model that owns this loader goes away.
    if (m_pager)
        m_pager->cancel();
    if (m_refreshPager)
        m_refreshPager->cancel();
}

bool PagedListLoader::canFetchMore() const
{
    return !m_done && !m_loading && !m_error.isError() && !isRefreshing() && m_client;
}

void PagedListLoader::fetchMore()
{
    if (!canFetchMore())
        return;
    if (!m_pager)
        adoptPager(makePager());
    setLoading(true);
    m_pager->fetchNext();
}

Pager *PagedListLoader::makePager()
{
    auto *pager = new Pager(m_client, m_projectKey, m_request, this);
    const int size = Pager::pageSizeFor(m_request.operationId, m_pageSize);
    if (size > 0)
        pager->setPageSize(size);
    if (!m_itemsKey.isEmpty())
        pager->setItemsKey(m_itemsKey);
    return pager;
}

void PagedListLoader::adoptPager(Pager *pager)
{
    m_pager = pager;
    connect(pager, &Pager::pageReceived, this, &PagedListLoader::onPage);
    connect(pager, &Pager::failed, this, [this](const ApiError &error) {
        setLoading(false);
        setError(error, Failed::Page);
    });
}

void PagedListLoader::dropPager(Pager *&pager)
{
    if (!pager)
        return;
    disconnect(pager, nullptr, this, nullptr);
    pager->cancel();
    pager->deleteLater();
    pager = nullptr;
}

void PagedListLoader::dropRefresh()
{
    dropPager(m_refreshPager);
    m_fresh.clear();
    m_freshIndex.clear();
}

void PagedListLoader::onPage(const QJsonArray &items, int totalSize)
{
    const Pager *pager = m_pager;
    emit pageReceived(items);
    if (m_pager != pager)
        return; // the model restarted or re-read the list while it took the page
    m_loadedOnce = true;
    setTotal(totalSize);
    setDone(!m_pager->hasMore());
    setLoading(false);
    emit pageLoaded();
}

void PagedListLoader::refresh(int loaded)
{
    if (!m_client || isRefreshing())
        return;
    clearError();
    if (loaded == 0) {
        // Nothing to keep: start over from the first page.
        dropPager(m_pager);
        setLoading(false);
        setDone(false);
        fetchMore();
        return;
    }
    if (m_pager)
        m_pager->cancel(); // the refresh re-reads what that page would have brought
    m_refreshTarget = loaded;
    m_fresh.clear();
    m_freshIndex.clear();
    m_refreshPager = makePager();
    connect(m_refreshPager, &Pager::pageReceived, this, &PagedListLoader::onRefreshPage);
    connect(m_refreshPager, &Pager::failed, this, [this](const ApiError &error) {
        dropRefresh();
        setLoading(false);
        setError(error, Failed::Refresh);
    });
    setLoading(true);
    emit refreshStarted();
    m_refreshPager->fetchNext();
}

void PagedListLoader::onRefreshPage(const QJsonArray &items, int totalSize)
{
    const Pager *refreshPager = m_refreshPager;
    emit refreshPageReceived(items);
    if (m_refreshPager != refreshPager)
        return; // the model restarted or re-read the list while it merged the page
    for (const QJsonValue &v : items) {
        const QJsonObject json = v.toObject();
        QString key = m_keyOf(json);
        const auto it = m_freshIndex.constFind(key);
        if (it != m_freshIndex.constEnd()) {
            if (m_freshItems)
                m_fresh[*it].json = json; // a row that moved to a later page while we read
            continue;
        }
        m_freshIndex.insert(key, m_fresh.size());
        m_fresh.append({std::move(key), m_freshItems ? json : QJsonObject()});
    }
    setTotal(totalSize);
    if (m_refreshPager->hasMore() && m_fresh.size() < m_refreshTarget)
        m_refreshPager->fetchNext();
    else
        finishRefresh();
}

void PagedListLoader::finishRefresh()
{
    const QList<Entry> fresh = std::exchange(m_fresh, {});
    m_freshIndex.clear();
    const Pager *refreshPager = m_refreshPager;
    emit refreshReceived(fresh);
    if (m_refreshPager != refreshPager)
        return; // the model restarted or re-read the list while it merged

    // The refresh's pager knows where the list goes on from here.
    dropPager(m_pager);
    Pager *pager = std::exchange(m_refreshPager, nullptr);
    disconnect(pager, nullptr, this, nullptr);
    adoptPager(pager);
    m_loadedOnce = true;
    setDone(!m_pager->hasMore());
    setLoading(false);
    emit refreshed();
}

void PagedListLoader::retry(int loaded)
{
    const Failed what = m_failed;
    clearError();
    if (what == Failed::Refresh || (loaded == 0 && !m_pager))
        refresh(loaded);
    else
        fetchMore();
}

void PagedListLoader::cancel()
{
    if (m_pager)
        m_pager->cancel();
    dropRefresh();
    setLoading(false);
}

void PagedListLoader::reread(int loaded)
{
    // The pages on their way carry the old request: read the loaded ones again.
    dropRefresh();
    dropPager(m_pager);
    setLoading(false);
    refresh(loaded);
}

void PagedListLoader::restart()
{
    dropRefresh();
    dropPager(m_pager);
    clearError();
    setLoading(false);
    setDone(false);
    setTotal(-1);
    m_loadedOnce = false;
}

void PagedListLoader::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void PagedListLoader::setError(const ApiError &error, Failed what)
{
    qCDebug(lcListLoader) << m_request.operationId << "failed:" << error.summary();
    m_error = error;
    m_failed = what;
    emit errorChanged();
    emit failed(error);
}

void PagedListLoader::clearError()
{
    if (!m_error.isError())
        return;
    m_error = ApiError();
    m_failed = Failed::Nothing;
    emit errorChanged();
}

void PagedListLoader::setDone(bool done)
{
    if (m_done == done)
        return;
    m_done = done;
    emit doneChanged(done);
}

void PagedListLoader::setTotal(int total)
{
    if (m_totalSize == total)
        return;
    m_totalSize = total;
    emit totalSizeChanged(total);
}

} // namespace sinch
