#include "pagedlistmodel.h"

namespace sinch {

PagedListModel::PagedListModel(ApiClient *client, QString projectKey, ApiRequest firstPage,
                               PagedListLoader::KeyFunction keyOf, QObject *parent)
    : QAbstractItemModel(parent)
    , m_loader(client, std::move(projectKey), std::move(firstPage), std::move(keyOf))
{
    using L = PagedListLoader;
    // The rows go in while the loader still says "loading"; pageLoaded and refreshed come
    // after the state says where the list stands.
    connect(&m_loader, &L::pageReceived, this, [this](const QJsonArray &items) { m_pageAdded = addPage(items); });
    connect(&m_loader, &L::pageLoaded, this, [this] { emit pageLoaded(m_pageAdded); });
    connect(&m_loader, &L::refreshStarted, this, [this] { beginRefresh(); });
    connect(&m_loader, &L::refreshPageReceived, this, [this](const QJsonArray &items) { mergeFreshPage(items); });
    connect(&m_loader, &L::refreshReceived, this, [this](const QList<L::Entry> &fresh) { mergeFresh(fresh); });
    connect(&m_loader, &L::refreshed, this, &PagedListModel::refreshed);
    connect(&m_loader, &L::loadingChanged, this, &PagedListModel::loadingChanged);
    connect(&m_loader, &L::errorChanged, this, &PagedListModel::errorChanged);
    connect(&m_loader, &L::failed, this, &PagedListModel::failed);
    connect(&m_loader, &L::doneChanged, this, &PagedListModel::doneChanged);
    connect(&m_loader, &L::totalSizeChanged, this, &PagedListModel::totalSizeChanged);
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loader.canFetchMore();
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_loader.fetchMore();
}

void PagedListModel::refresh()
{
    m_loader.refresh(loadedCount());
}

void PagedListModel::retry()
{
    m_loader.retry(loadedCount());
}

void PagedListModel::cancel()
{
    m_loader.cancel();
}

PagedListModel::EmptyState PagedListModel::emptyState() const
{
    if (rowCount() > 0)
        return EmptyState::HasRows;
    if (isLoading())
        return EmptyState::Loading;
    if (hasError())
        return EmptyState::Failed;
    return hasLoadedOnce() ? EmptyState::Empty : EmptyState::Loading;
}

} // namespace sinch
