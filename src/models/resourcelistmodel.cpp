#include "resourcelistmodel.h"

#include "api/apiclient.h"
#include "api/operations.h"
#include "api/pager.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcModels, "sinch.models", QtInfoMsg)

namespace sinch {

ResourceListModel::ResourceListModel(ApiClient *client, QString projectKey, ApiRequest listRequest,
                                     QList<Column> columns, QStringList keyPaths, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_projectKey(std::move(projectKey))
    , m_request(std::move(listRequest))
    , m_columns(std::move(columns))
    , m_keyPaths(std::move(keyPaths))
{
}

ResourceListModel::~ResourceListModel()
{
    // Pagers are children; cancel their jobs so nothing calls back into a dead model.
    if (m_pager)
        m_pager->cancel();
    if (m_refreshPager)
        m_refreshPager->cancel();
}

int ResourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QJsonValue ResourceListModel::valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue current = object;
    const auto parts = QStringView(path).split(u'.');
    for (const QStringView part : parts) {
        if (current.isObject()) {
            current = current.toObject().value(part);
        } else if (current.isArray()) {
            bool ok = false;
            const int i = part.toInt(&ok);
            if (!ok)
                return QJsonValue(QJsonValue::Undefined);
            current = current.toArray().at(i);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

QString ResourceListModel::displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << displayText(v);
        return parts.join(QLatin1String(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

QVariant ResourceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(valueAt(row.json, m_columns.at(index.column()).path));
    case SortRole:
        return valueAt(row.json, m_columns.at(index.column()).path).toVariant();
    case JsonRole:
        return row.json;
    case KeyRole:
        return row.key;
    default:
        return QVariant();
    }
}

QVariant ResourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return m_columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> ResourceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(JsonRole, "json");
    names.insert(KeyRole, "key");
    names.insert(SortRole, "sortValue");
    return names;
}

bool ResourceListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_load.allowsFetch() && !m_refreshing && m_client;
}

void ResourceListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (!m_pager)
        adoptPager(makePager());
    m_load.setLoading(true);
    m_pager->fetchNext();
}

QJsonObject ResourceListModel::item(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).json : QJsonObject();
}

QString ResourceListModel::keyOf(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

int ResourceListModel::rowOfKey(const QString &key) const
{
    return m_index.value(key, -1);
}

Pager *ResourceListModel::makePager()
{
    auto *pager = new Pager(m_client, m_projectKey, m_request, this);
    const int size = pageSizeFor(m_request.operationId, m_pageSize);
    if (size > 0)
        pager->setPageSize(size);
    if (!m_itemsKey.isEmpty())
        pager->setItemsKey(m_itemsKey);
    return pager;
}

void ResourceListModel::adoptPager(Pager *pager)
{
    m_pager = pager;
    connect(pager, &Pager::pageReceived, this, &ResourceListModel::onPage);
    connect(pager, &Pager::failed, this, [this](const ApiError &error) {
        m_load.setLoading(false);
        setError(error, Failed::Page);
    });
}

int ResourceListModel::pageSizeFor(const QString &operationId, int wanted)
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

QString ResourceListModel::keyFor(const QJsonObject &object) const
{
    QStringList parts;
    for (const QString &path : m_keyPaths) {
        const QString part = displayText(valueAt(object, path));
        if (part.isEmpty())
            return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        parts << part;
    }
    if (parts.isEmpty())
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return parts.join(QChar(0x1f));
}

void ResourceListModel::setError(const ApiError &error, Failed what)
{
    qCDebug(lcModels) << m_request.operationId << "failed:" << error.summary();
    m_load.setError(error, what);
}

void ResourceListModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).key, i);
}

void ResourceListModel::emitChangedRows(QList<int> rows)
{
    if (rows.isEmpty() || m_columns.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, SortRole, JsonRole};
    const int lastColumn = int(m_columns.size()) - 1;
    // Most rows changed: one range is cheaper for the views than many.
    if (rows.size() > m_rows.size() / 2 && rows.size() > 16) {
        emit dataChanged(index(rows.first(), 0), index(rows.last(), lastColumn), roles);
        return;
    }
    int start = rows.first();
    int prev = start;
    for (int i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == prev + 1) {
            prev = rows.at(i);
            continue;
        }
        emit dataChanged(index(start, 0), index(prev, lastColumn), roles);
        if (i < rows.size())
            start = prev = rows.at(i);
    }
}

void ResourceListModel::onPage(const QJsonArray &items, int totalSize)
{
    QList<Row> added;
    QHash<QString, int> addedIndex;
    QList<int> changed;
    for (const QJsonValue &v : items) {
        const QJsonObject obj = v.toObject();
        const QString key = keyFor(obj);
        const int existing = m_index.value(key, -1);
        if (existing >= 0) {
            // A row that moved to a later page while we paged: update it where it is.
            if (m_rows[existing].json != obj) {
                m_rows[existing].json = obj;
                changed << existing;
            }
            continue;
        }
        if (addedIndex.contains(key))
            continue; // the same row twice in one page
        addedIndex.insert(key, int(added.size()));
        added.append({key, obj});
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        m_rows.append(added);
        for (int i = first; i < m_rows.size(); ++i)
            m_index.insert(m_rows.at(i).key, i);
        endInsertRows();
    }
    emitChangedRows(changed);
    m_loadedOnce = true;
    m_load.setTotal(totalSize);
    m_load.setDone(!m_pager->hasMore());
    m_load.setLoading(false);
    emit pageLoaded(int(added.size()));
}

void ResourceListModel::refresh()
{
    if (!m_client || m_refreshing)
        return;
    m_load.clearError();
    if (m_rows.isEmpty()) {
        // Nothing to keep: start over from the first page.
        if (m_pager) {
            m_pager->cancel();
            m_pager->deleteLater();
            m_pager = nullptr;
        }
        m_load.setLoading(false);
        m_load.setDone(false);
        fetchMore();
        return;
    }
    if (m_pager)
        m_pager->cancel(); // the refresh re-reads what that page would have brought
    m_refreshing = true;
    m_refreshTarget = int(m_rows.size());
    m_fresh.clear();
    m_freshIndex.clear();
    m_refreshPager = makePager();
    connect(m_refreshPager, &Pager::pageReceived, this, &ResourceListModel::onRefreshPage);
    connect(m_refreshPager, &Pager::failed, this, [this](const ApiError &error) {
        m_refreshPager->deleteLater();
        m_refreshPager = nullptr;
        m_fresh.clear();
        m_freshIndex.clear();
        m_refreshing = false;
        m_load.setLoading(false);
        setError(error, Failed::Refresh);
    });
    m_load.setLoading(true);
    m_refreshPager->fetchNext();
}

void ResourceListModel::onRefreshPage(const QJsonArray &items, int totalSize)
{
    for (const QJsonValue &v : items) {
        const QJsonObject obj = v.toObject();
        const QString key = keyFor(obj);
        const auto it = m_freshIndex.constFind(key);
        if (it != m_freshIndex.constEnd()) {
            m_fresh[*it].json = obj;
            continue;
        }
        m_freshIndex.insert(key, int(m_fresh.size()));
        m_fresh.append({key, obj});
    }
    m_load.setTotal(totalSize);
    if (m_refreshPager->hasMore() && m_fresh.size() < m_refreshTarget)
        m_refreshPager->fetchNext();
    else
        finishRefresh();
}

void ResourceListModel::finishRefresh()
{
    const QList<Row> fresh = std::exchange(m_fresh, {});
    m_freshIndex.clear();
    mergeFresh(fresh);

    // The refresh's pager knows where the list goes on from here.
    if (m_pager)
        m_pager->deleteLater();
    Pager *pager = std::exchange(m_refreshPager, nullptr);
    disconnect(pager, nullptr, this, nullptr);
    adoptPager(pager);
    m_refreshing = false;
    m_loadedOnce = true;
    m_load.setDone(!m_pager->hasMore());
    m_load.setLoading(false);
    emit refreshed();
}

void ResourceListModel::mergeFresh(const QList<Row> &fresh)
{
    QSet<QString> freshKeys;
    freshKeys.reserve(fresh.size());
    for (const Row &r : fresh)
        freshKeys.insert(r.key);

    // 1. Rows that are gone, removed in contiguous ranges from the bottom up.
    int i = int(m_rows.size()) - 1;
    while (i >= 0) {
        if (freshKeys.contains(m_rows.at(i).key)) {
            --i;
            continue;
        }
        const int last = i;
        while (i - 1 >= 0 && !freshKeys.contains(m_rows.at(i - 1).key))
            --i;
        beginRemoveRows(QModelIndex(), i, last);
        m_rows.remove(i, last - i + 1);
        endRemoveRows();
        --i;
    }
    rebuildIndex();

    // 2. Walk the fresh order: keep, move or insert; collect changed rows.
    QList<int> changed;
    for (int j = 0; j < fresh.size(); ++j) {
        const Row &f = fresh.at(j);
        if (j < m_rows.size() && m_rows.at(j).key == f.key) {
            if (m_rows.at(j).json != f.json) {
                m_rows[j].json = f.json;
                changed << j;
            }
            continue;
        }
        const int at = m_index.value(f.key, -1);
        if (at > j) {
            beginMoveRows(QModelIndex(), at, at, QModelIndex(), j);
            m_rows.move(at, j);
            endMoveRows();
            // Rows already marked changed at or after j shifted by one.
            for (int &c : changed) {
                if (c >= j && c < at)
                    ++c;
            }
            if (m_rows.at(j).json != f.json) {
                m_rows[j].json = f.json;
                changed << j;
            }
            rebuildIndex();
            continue;
        }
        // A run of new rows: one insertion.
        int end = j;
        while (end + 1 < fresh.size() && !m_index.contains(fresh.at(end + 1).key))
            ++end;
        beginInsertRows(QModelIndex(), j, end);
        for (int k = j; k <= end; ++k)
            m_rows.insert(k, fresh.at(k));
        endInsertRows();
        for (int &c : changed) {
            if (c >= j)
                c += end - j + 1;
        }
        rebuildIndex();
        j = end;
    }
    emitChangedRows(changed);
}

void ResourceListModel::retry()
{
    const Failed what = m_load.failedAt();
    m_load.clearError();
    if (what == Failed::Refresh)
        refresh();
    else if (m_rows.isEmpty() && !m_pager)
        refresh();
    else
        fetchMore();
}

void ResourceListModel::cancel()
{
    if (m_pager)
        m_pager->cancel();
    if (m_refreshPager) {
        m_refreshPager->cancel();
        m_refreshPager->deleteLater();
        m_refreshPager = nullptr;
        m_fresh.clear();
        m_freshIndex.clear();
        m_refreshing = false;
    }
    m_load.setLoading(false);
}

} // namespace sinch
