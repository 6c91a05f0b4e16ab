#include "resourcelistmodel.h"

#include "domain/enumtext.h"
#include "domain/jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace sinch {

ResourceListModel::ResourceListModel(ApiClient *client, QString projectKey, ApiRequest listRequest,
                                     QList<Column> columns, QStringList keyPaths, QObject *parent)
    : PagedListModel(client, std::move(projectKey), listRequest,
                     [this](const QJsonObject &object) { return keyFor(object); }, parent)
    , m_operationId(listRequest.operationId)
    , m_columns(std::move(columns))
    , m_keyPaths(std::move(keyPaths))
{
    setPageSize(50);
}

// A flat table, as QAbstractTableModel would do it.
QModelIndex ResourceListModel::index(int row, int column, const QModelIndex &parent) const
{
    return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
}

QModelIndex ResourceListModel::parent(const QModelIndex &) const
{
    return QModelIndex();
}

QModelIndex ResourceListModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

Qt::ItemFlags ResourceListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = PagedListModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemNeverHasChildren;
    return f;
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
    return JsonPath::value(object, path);
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
        return EnumText::yesNo(value.toBool()); // what a person reads, not JSON
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
    case Qt::ToolTipRole: {
        const Column &column = m_columns.at(index.column());
        if (column.itemText)
            return column.itemText(row.json);
        const QString text = displayText(valueAt(row.json, column.path));
        return column.words ? column.words(text) : text;
    }
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
    return PagedListModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> ResourceListModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedListModel::roleNames();
    names.insert(JsonRole, "json");
    names.insert(KeyRole, "key");
    names.insert(SortRole, "sortValue");
    return names;
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

int ResourceListModel::addPage(const QJsonArray &items)
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
    return int(added.size());
}

bool ResourceListModel::updateItem(const QJsonObject &item)
{
    const int row = m_index.value(keyFor(item), -1);
    if (row < 0)
        return false;
    if (m_rows.at(row).json != item) {
        m_rows[row].json = item;
        emitChangedRows({row});
    }
    return true;
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

} // namespace sinch
