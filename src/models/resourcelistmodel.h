#pragma once

#include "api/apiclient.h"

#include "api/apierror.h"
#include "api/apirequest.h"
#include "models/listloadstate.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace sinch {

class ApiClient;
class Pager;

// A table over one list operation of one project, loaded page by page as a view asks
// (canFetchMore/fetchMore). Rows are keyed (by one or more JSON fields), so a page that
// repeats a row updates it instead of adding it twice, and refresh() merges the fresh
// list into the rows in place: dataChanged for rows whose JSON changed, batched
// rowsRemoved/rowsInserted for the rest, never a reset. Loading and error are state of
// the model (properties and signals), never placeholder rows.
class ResourceListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool hasError READ hasError NOTIFY errorChanged)
    Q_PROPERTY(bool done READ isDone NOTIFY doneChanged)
    Q_PROPERTY(int totalSize READ totalSize NOTIFY totalSizeChanged)
public:
    struct Column {
        QString header;  // shown in the header (already translated by the caller)
        QString path;    // dotted JSON path, e.g. "details.name" or "state"
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
    ~ResourceListModel() override;

    // Items per page asked from the server; 0 leaves it to the server. Only sent to
    // operations that take a pageSize.
    void setPageSize(int n) { m_pageSize = n; }
    int pageSize() const { return m_pageSize; }
    // The name of the items array in a page; empty = the one array of the page.
    void setItemsKey(const QString &key) { m_itemsKey = key; }

    QString projectKey() const { return m_projectKey; }
    QString operationId() const { return m_request.operationId; }
    const QList<Column> &columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // True only while more pages exist, none is on its way, no refresh runs and the
    // last request did not fail (retry() clears that).
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

    bool isLoading() const { return m_load.isLoading(); }
    bool isRefreshing() const { return m_refreshing; }
    bool hasError() const { return m_load.hasError(); }
    const ApiError &lastError() const { return m_load.lastError(); }
    bool isDone() const { return m_load.isDone(); }
    bool hasLoadedOnce() const { return m_loadedOnce; }
    int totalSize() const { return m_load.totalSize(); } // -1 until the server said

    QJsonObject item(int row) const;
    QString keyOf(int row) const;
    int rowOfKey(const QString &key) const;

    // Reads a dotted path ("details.name", "changes.status", "triggers") from an object.
    static QJsonValue valueAt(const QJsonObject &object, const QString &path);
    // The text of a JSON value in a cell: strings as they are, arrays joined with ", ",
    // objects as compact JSON, null/undefined as empty.
    static QString displayText(const QJsonValue &value);
    // The page size to ask of an operation: `wanted`, capped at the contract's maximum for
    // its pageSize parameter; 0 when the operation takes no pageSize.
    static int pageSizeFor(const QString &operationId, int wanted);

public slots:
    // Loads the first page when nothing was loaded yet; otherwise re-reads as many pages
    // as are loaded and merges them in place (selection and scroll position survive).
    void refresh();
    // Repeats what failed: the page fetch or the refresh.
    void retry();
    // Cancels what is on its way.
    void cancel();

signals:
    void loadingChanged(bool loading);
    void errorChanged();                 // hasError() / lastError() changed
    void failed(const sinch::ApiError &error);
    void doneChanged(bool done);
    void totalSizeChanged(int totalSize);
    void pageLoaded(int rowsAdded);
    void refreshed();

private:
    struct Row {
        QString key;
        QJsonObject json;
    };
    using LoadState = ListLoadState<ResourceListModel>;
    using Failed = LoadState::Failed;

    Pager *makePager();
    void adoptPager(Pager *pager);
    QString keyFor(const QJsonObject &object) const;
    // Logs the failure in this model's own logging category, then records it in m_load.
    void setError(const ApiError &error, Failed what);

    void onPage(const QJsonArray &items, int totalSize);
    void onRefreshPage(const QJsonArray &items, int totalSize);
    void finishRefresh();
    void mergeFresh(const QList<Row> &fresh);
    void emitChangedRows(QList<int> rows);
    void rebuildIndex();

    QPointer<ApiClient> m_client;
    QString m_projectKey;
    ApiRequest m_request;
    QList<Column> m_columns;
    QStringList m_keyPaths;
    QString m_itemsKey;
    int m_pageSize = 50;

    QList<Row> m_rows;
    QHash<QString, int> m_index; // key -> row

    Pager *m_pager = nullptr;        // pages for fetchMore
    Pager *m_refreshPager = nullptr; // pages of a refresh in progress
    QList<Row> m_fresh;              // rows collected by the refresh
    QHash<QString, int> m_freshIndex;
    int m_refreshTarget = 0;         // rows the refresh re-reads at least

    LoadState m_load{this}; // loading, error, done, totalSize: emits this model's signals
    bool m_refreshing = false;
    bool m_loadedOnce = false;
};

} // namespace sinch
