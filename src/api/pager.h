#pragma once

#include "apirequest.h"
#include "apiresult.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace sinch {

class ApiClient;
class ApiJob;

// Walks a list operation page by page over pageToken / nextPageToken, for every list of
// the contract. The items array is found by name (itemsKey) or, when not given, as the
// one array in the response. Duplicates across pages are the model's business.
class Pager : public QObject
{
    Q_OBJECT
public:
    Pager(ApiClient *client, QString projectKey, ApiRequest firstPage, QObject *parent = nullptr);

    void setPageSize(int n) { m_pageSize = n; }
    void setItemsKey(const QString &key) { m_itemsKey = key; }

    bool hasMore() const { return !m_done; }
    bool isFetching() const { return !m_job.isNull(); }
    int totalSize() const { return m_totalSize; }   // -1 until the server said
    int fetchedCount() const { return m_fetched; }
    int pagesFetched() const { return m_pages; }

    // Fetches the next page (no-op while fetching or when done).
    void fetchNext();
    // Fetches pages until the end (or an error, or cancel()).
    void fetchAll();
    void cancel();
    // The page on its way fails as stopped (failed()), where cancel() says nothing.
    void stopWaiting();
    // Starts again from the first page.
    void reset();

    static QString findItemsKey(const QJsonObject &page);
    // The page size to ask of an operation: `wanted`, capped at the contract's maximum for
    // its pageSize parameter; 0 when the operation takes no pageSize.
    static int pageSizeFor(const QString &operationId, int wanted);

signals:
    void pageReceived(const QJsonArray &items, int totalSize);
    void finished();                       // the last page arrived
    void failed(const sinch::ApiError &error);

private:
    void onResult(const ApiResult &result);

    ApiClient *m_client;
    QString m_projectKey;
    ApiRequest m_first;
    QString m_itemsKey;
    QString m_nextToken;
    QPointer<ApiJob> m_job;
    int m_pageSize = 0;
    int m_totalSize = -1;
    int m_fetched = 0;
    int m_pages = 0;
    bool m_done = false;
    bool m_all = false;
};

} // namespace sinch
