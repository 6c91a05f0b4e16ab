#pragma once

#include "api/apirequest.h"
#include "models/pagedlistmodel.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sinch {

class ApiClient;

// A table over one list operation of one project, loaded page by page as a view asks
// (canFetchMore/fetchMore, through the PagedListModel base and its loader). Rows are keyed
// (by one or more JSON fields), so a page that repeats a row updates it instead of adding
// it twice, and refresh() merges the fresh list into the rows in place: dataChanged for
// rows whose JSON changed, batched rowsRemoved/rowsInserted for the rest, never a reset.
class ResourceListModel : public PagedListModel
{
    Q_OBJECT
public:
    struct Column {
        QString header;  // shown in the header (already translated by the caller)
        QString path;    // dotted JSON path, e.g. "details.name" or "state"
        // A contract enum shown as words ("Pending verification"): &EnumText::words, or words
        // of its own (KakaoTalk's message types); nullptr shows the value as it is.
        QString (*words)(const QString &value) = nullptr;
        // What the cell shows when the value at `path` is not all of it (a phone number and
        // its country code); the value at `path` still sorts the column.
        QString (*itemText)(const QJsonObject &item) = nullptr;
    };

    enum Role {
        JsonRole = Qt::UserRole + 1, // QJsonObject of the row, as the server sent it
        KeyRole,                     // QString, the row's identity
        SortRole                     // the raw JSON value of the cell, for sorting
    };
    Q_ENUM(Role)

    // `listRequest` is the first page's request (filters included, no page token).
    // `keyPaths` name the fields that identify a row ("id", or "name"+"language");
    // a row lacking them is keyed by its whole JSON.
    ResourceListModel(ApiClient *client, QString projectKey, ApiRequest listRequest,
                      QList<Column> columns, QStringList keyPaths = {QStringLiteral("id")},
                      QObject *parent = nullptr);

    // The name of the items array in a page; empty = the one array of the page.
    void setItemsKey(const QString &key) { loader().setItemsKey(key); }
    QString operationId() const { return m_operationId; }
    const QList<Column> &columns() const { return m_columns; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QJsonObject item(int row) const;
    // Puts `item` (as an action's answer gave it) in the place of its row, which repaints;
    // false when no row has its key. The next refresh reads it from the list again.
    bool updateItem(const QJsonObject &item);
    QString keyOf(int row) const;
    int rowOfKey(const QString &key) const;

    // Reads a dotted path ("details.name", "changes.status", "triggers") from an object.
    static QJsonValue valueAt(const QJsonObject &object, const QString &path);
    // The text of a JSON value in a cell: strings as they are, booleans as Yes or No (in the
    // UI's language), arrays joined with ", ", objects as compact JSON, null/undefined as empty.
    static QString displayText(const QJsonValue &value);

private:
    using Row = PagedListLoader::Entry;

    QString keyFor(const QJsonObject &object) const;
    int addPage(const QJsonArray &items) override;
    void mergeFresh(const QList<Row> &fresh) override;
    int loadedCount() const override { return int(m_rows.size()); }
    void emitChangedRows(QList<int> rows);
    void rebuildIndex();

    QString m_operationId;
    QList<Column> m_columns;
    QStringList m_keyPaths;

    QList<Row> m_rows;
    QHash<QString, int> m_index; // key -> row
};

} // namespace sinch
