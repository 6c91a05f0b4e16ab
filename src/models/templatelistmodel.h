#pragma once

#include "models/pagedlistmodel.h"
#include "models/templatelistcells.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace sinch {

class ApiClient;

// All WhatsApp templates of one project as a tree: one row per template name, a child per
// language. Paged lazily (canFetchMore/fetchMore, through the PagedListModel base and its
// loader), filtered on the server (states, statuses, name prefix: a new filter starts
// again from the first page), analytics of a chosen date range in their own columns.
// refresh() re-reads what is loaded and merges it in place, a page at a time as it comes:
// dataChanged on the cells that changed, rowsInserted for new names and languages, and at
// the end rowsRemoved for the ones gone; never a reset.
// A language seen on a later page joins the name it belongs to, wherever that row is.
// What a cell says about a template (state, quality, analytics, last modified) is
// WhatsappTemplateView's.
class TemplateListModel : public PagedListModel
{
    Q_OBJECT
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
        SearchTextRole,              // the text local search looks in
        CategoryRole,                // the category code (language rows)
        StateRole                    // the state code (language rows); empty: never approved
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

    TemplateListModel(ApiClient *client, QString projectKey, QObject *parent = nullptr);

    static QString listOperation();

    Filter filter() const { return m_filter; }
    // A different filter drops the rows (a reset: it is another list) and loads page 1.
    void setFilter(const Filter &filter);
    // Puts a template as the server answered a save of it in its row (its analytics kept
    // when the answer has none), so the list is not stale while it is read again (or when
    // that read fails). False when the list has no row of its name and language.
    bool updateTemplate(const QJsonObject &serverTemplate);
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
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    int templateCount() const; // language rows loaded

    // The languages seen in this project's loaded templates, sorted.
    QStringList projectLanguages() const;
    QModelIndex indexOf(const QString &name, const QString &language = QString(), int column = 0) const;
    QJsonObject templateAt(const QModelIndex &index) const;

private:
    using Group = TemplateNameGroup;
    using Groups = std::vector<std::unique_ptr<Group>>;

    ApiRequest listRequest() const; // the filter and the analytics range as arguments

    Group *groupOf(const QModelIndex &index) const; // the group of a language row, else null
    int rowOf(const Group *group) const;
    TemplateListCells cells() const { return TemplateListCells(m_languages); }

    int addPage(const QJsonArray &items) override;
    void beginRefresh() override { ++m_refreshRound; }
    void mergeFresh(const QList<PagedListLoader::Entry> &fresh) override;
    int loadedCount() const override { return templateCount(); }
    bool addToShownName(Group &g, const QJsonObject &json);
    void mergeFreshPage(const QJsonArray &items) override;
    bool removeGoneLanguages(int row);
    void appendGroups(Groups added);
    void rebuildRows();
    void updateLanguages();
    void addLanguages(const QSet<QString> &seen);
    void setLanguages(const QStringList &langs);
    void emitCellChanges(const QModelIndex &parent, int row, const QStringList &before, const QStringList &after,
                         bool jsonChanged);

    Filter m_filter;
    QString m_range;

    Groups m_groups;
    QHash<QString, Group *> m_byName;
    QHash<const Group *, int> m_rows;
    QStringList m_languages; // sorted
    // Counts the refreshes begun: each template a page brings is stamped with it, so that
    // the end of a refresh finds what it did not list without a set of every key.
    int m_refreshRound = 0;
};

} // namespace sinch
