#pragma once

#include "api/apierror.h"
#include "models/listloadstate.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace sinch {

class ApiClient;
class Pager;

// All WhatsApp templates of one project as a tree: one row per template name, a child per
// language. Paged lazily (canFetchMore/fetchMore), filtered on the server (states,
// statuses, name prefix: a new filter starts again from the first page), analytics of a
// chosen date range in their own columns. refresh() re-reads what is loaded and merges it
// in place: dataChanged on the cells that changed, rowsInserted/rowsRemoved for new or
// deleted names and languages, never a reset. A language seen on a later page joins the
// name it belongs to, wherever that row is.
class TemplateListModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool hasError READ hasError NOTIFY errorChanged)
    Q_PROPERTY(bool done READ isDone NOTIFY doneChanged)
    Q_PROPERTY(int totalSize READ totalSize NOTIFY totalSizeChanged)
public:
    enum Column {
        NameColumn,
        LanguageColumn,
        CategoryColumn,
        StateColumn,
        QualityColumn,
        RejectionColumn,
        ModifiedColumn,
        SentColumn,
        DeliveredColumn,
        ReadColumn,
        ClicksColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        JsonRole = Qt::UserRole + 1, // QJsonObject: the template of a language row (empty for a name row)
        KeyRole,                     // "name" or "name/LANG"
        SortRole,                    // a value to sort a column by
        NameRole,                    // the template name
        LanguageRole,                // the language code (language rows)
        IsNameRowRole,               // bool
        LanguagesRole,               // QStringList: the languages of a name row
        MissingLanguagesRole,        // QStringList: the project's languages a name row lacks
        HasChangesRole,              // bool: a language row with pending `changes`
        SearchTextRole               // the text local search looks in
    };
    Q_ENUM(Role)

    struct Filter {
        QStringList states;   // WhatsappTemplateStatesEnum
        QStringList statuses; // WhatsappTemplateStatusesEnum (changes.status)
        QString namePrefix;
        bool operator==(const Filter &o) const
        {
            return states == o.states && statuses == o.statuses && namePrefix == o.namePrefix;
        }
        bool operator!=(const Filter &o) const { return !(*this == o); }
    };

    struct Analytics {
        qint64 sent = 0;
        qint64 delivered = 0;
        qint64 read = 0;
        qint64 clicks = 0;
        bool present = false; // the template carried analytics entries
    };

    TemplateListModel(ApiClient *client, QString projectKey, QObject *parent = nullptr);
    ~TemplateListModel() override;

    static QString listOperation();

    QString projectKey() const { return m_projectKey; }
    void setPageSize(int n) { m_pageSize = n; }
    int pageSize() const { return m_pageSize; }

    Filter filter() const { return m_filter; }
    // A different filter drops the rows (a reset: it is another list) and loads page 1.
    void setFilter(const Filter &filter);
    // "DAY", "WEEK", "MONTH", "QUARTER" or empty (no analytics asked). A change re-reads
    // the loaded rows in place: only the analytics cells change.
    void setAnalyticsRange(const QString &range);
    QString analyticsRange() const { return m_range; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // True only while more pages exist, none is on its way, no refresh runs and the last
    // request did not fail.
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

    bool isLoading() const { return m_load.isLoading(); }
    bool isRefreshing() const { return m_refreshing; }
    bool hasError() const { return m_load.hasError(); }
    const ApiError &lastError() const { return m_load.lastError(); }
    bool isDone() const { return m_load.isDone(); }
    bool hasLoadedOnce() const { return m_loadedOnce; }
    int totalSize() const { return m_load.totalSize(); }
    int templateCount() const; // language rows loaded

    // The languages seen in this project's loaded templates, sorted.
    QStringList projectLanguages() const;
    QModelIndex indexOf(const QString &name, const QString &language = QString(), int column = 0) const;
    QJsonObject templateAt(const QModelIndex &index) const;

    static Analytics analytics(const QJsonObject &tmpl);
    // "Approved · draft changes", "In review", "Rejected" ...
    static QString stateText(const QJsonObject &tmpl);
    static QString qualityText(const QString &qualityScore);
    // A server template as the create request an editor starts from: name, language,
    // category, allowCategoryChange, and the pending changes' details when there are any
    // (else the approved details). Same as TemplateDocument::fromServerTemplate().
    static QJsonObject toCreateRequest(const QJsonObject &tmpl);

public slots:
    // Loads page 1 when nothing is loaded; otherwise re-reads the loaded pages in place.
    void refresh();
    void retry();
    void cancel();

signals:
    void loadingChanged(bool loading);
    void errorChanged();
    void failed(const sinch::ApiError &error);
    void doneChanged(bool done);
    void totalSizeChanged(int totalSize);
    void pageLoaded(int templatesAdded);
    void refreshed();

private:
    struct Group {
        QString name;
        QList<QJsonObject> languages; // one template per language, in arrival order
        int find(const QString &language) const;
    };
    using LoadState = ListLoadState<TemplateListModel>;
    using Failed = LoadState::Failed;

    Group *groupOf(const QModelIndex &index) const; // the group of a language row, else null
    int rowOf(const Group *group) const;
    QVariant groupData(const Group &g, int column, int role) const;
    QVariant templateData(const Group &g, const QJsonObject &t, int column, int role) const;
    QString groupCell(const Group &g, int column) const;
    QString templateCell(const QJsonObject &t, int column) const;

    Pager *makePager();
    void adoptPager(Pager *pager);
    void dropPagers();
    // Logs the failure in this model's own logging category, then records it in m_load.
    void setError(const ApiError &error, Failed what);
    void rebuildRows();
    void updateLanguages(bool notify);

    void onPage(const QJsonArray &items, int totalSize);
    void onRefreshPage(const QJsonArray &items, int totalSize);
    void finishRefresh();
    void merge(const QList<QJsonObject> &fresh);
    void emitCellChanges(const QModelIndex &parent, int row, const QStringList &before, const QStringList &after,
                         bool jsonChanged);

    QPointer<ApiClient> m_client;
    QString m_projectKey;
    Filter m_filter;
    QString m_range;
    int m_pageSize = 100;

    std::vector<std::unique_ptr<Group>> m_groups;
    QHash<QString, Group *> m_byName;
    QHash<const Group *, int> m_rows;
    QStringList m_languages; // sorted

    Pager *m_pager = nullptr;
    Pager *m_refreshPager = nullptr;
    QList<QJsonObject> m_fresh;
    QSet<QString> m_freshKeys;
    int m_refreshTarget = 0;

    LoadState m_load{this}; // loading, error, done, totalSize: emits this model's signals
    bool m_refreshing = false;
    bool m_loadedOnce = false;
};

} // namespace sinch
