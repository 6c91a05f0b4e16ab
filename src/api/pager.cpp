#include "pager.h"

#include "apiclient.h"
#include "operations.h"

#include <QJsonObject>

namespace sinch {

Pager::Pager(ApiClient *client, QString projectKey, ApiRequest firstPage, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectKey(std::move(projectKey))
    , m_first(std::move(firstPage))
{
}

QString Pager::findItemsKey(const QJsonObject &page)
{
    for (auto it = page.begin(); it != page.end(); ++it) {
        if (it.value().isArray())
            return it.key();
    }
    return QString();
}

int Pager::pageSizeFor(const QString &operationId, int wanted)
{
    const Operation *op = Operations::instance().find(operationId);
    if (wanted <= 0 || !op || !op->queryParams.contains(QLatin1String("pageSize")))
        return 0;
    const QJsonArray params = op->definition().value(QLatin1String("parameters")).toArray();
    for (const QJsonValue &v : params) {
        const QJsonObject param = v.toObject();
        if (param.value(QLatin1String("name")).toString() != QLatin1String("pageSize"))
            continue;
        const QJsonValue max = param.value(QLatin1String("schema")).toObject().value(QLatin1String("maximum"));
        if (max.isDouble() && max.toInt() > 0)
            return qMin(wanted, max.toInt());
    }
    return wanted;
}

void Pager::fetchNext()
{
    if (m_done || m_job)
        return;
    ApiRequest req = m_first;
    if (m_pageSize > 0)
        req.arg(QStringLiteral("pageSize"), QString::number(m_pageSize));
    if (!m_nextToken.isEmpty())
        req.arg(QStringLiteral("pageToken"), m_nextToken);
    m_job = m_client->call(m_projectKey, req);
    connect(m_job, &ApiJob::finished, this, &Pager::onResult);
}

void Pager::fetchAll()
{
    m_all = true;
    fetchNext();
}

void Pager::stopWaiting()
{
    if (m_job)
        m_job->stop();
}

void Pager::cancel()
{
    m_all = false;
    if (m_job) {
        ApiJob *job = m_job;
        m_job = nullptr;
        job->disconnect(this);
        job->cancel();
    }
}

void Pager::reset()
{
    cancel();
    m_nextToken.clear();
    m_totalSize = -1;
    m_fetched = 0;
    m_pages = 0;
    m_done = false;
}

void Pager::onResult(const ApiResult &result)
{
    m_job = nullptr;
    if (!result.ok()) {
        m_all = false;
        if (!result.error.isCancelled())
            emit failed(result.error);
        return;
    }
    const QJsonObject page = result.json.object();
    const QString key = m_itemsKey.isEmpty() ? findItemsKey(page) : m_itemsKey;
    const QJsonArray items = page.value(key).toArray();
    const QJsonValue total = page.value(QLatin1String("totalSize"));
    if (total.isDouble())
        m_totalSize = total.toInt();
    const QString previous = m_nextToken;
    m_nextToken = page.value(QLatin1String("nextPageToken")).toString();
    ++m_pages;
    m_fetched += items.size();
    // The end: no token, the same token again (a server that repeats itself), or an
    // empty page.
    m_done = m_nextToken.isEmpty() || m_nextToken == previous || items.isEmpty()
          || (m_totalSize >= 0 && m_fetched >= m_totalSize);
    emit pageReceived(items, m_totalSize);
    if (m_done) {
        m_all = false;
        emit finished();
    } else if (m_all) {
        fetchNext();
    }
}

} // namespace sinch
