#include "templatelistmodel.h"

#include "api/apirequest.h"
#include "domain/whatsapptemplateview.h"

#include <QSet>

#include <algorithm>

namespace sinch {

namespace {

constexpr quintptr kNameRow = 0;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

TemplateListModel::TemplateListModel(ApiClient *client, QString projectKey, QObject *parent)
    : PagedListModel(client, std::move(projectKey), ApiRequest(listOperation()), TemplateListCells::keyOf,
                     parent)
{
    setPageSize(100);
    loader().setItemsKey(QStringLiteral("templates"));
    loader().setFreshItems(false); // mergeFreshPage took them
}

QString TemplateListModel::listOperation()
{
    return QStringLiteral("TemplatesController_listTemplates_v1");
}

ApiRequest TemplateListModel::listRequest() const
{
    ApiRequest request(listOperation());
    if (!m_filter.states.isEmpty())
        request.arg(QStringLiteral("filterStates"), m_filter.states.join(QLatin1Char(',')));
    if (!m_filter.statuses.isEmpty())
        request.arg(QStringLiteral("filterStatuses"), m_filter.statuses.join(QLatin1Char(',')));
    if (!m_filter.namePrefix.trimmed().isEmpty())
        request.arg(QStringLiteral("templateName"), m_filter.namePrefix.trimmed());
    if (!m_range.isEmpty())
        request.arg(QStringLiteral("templateAnalyticsDateRange"), m_range);
    return request;
}

// ---- structure

TemplateListModel::Group *TemplateListModel::groupOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kNameRow)
        return nullptr;
    return static_cast<Group *>(index.internalPointer());
}

int TemplateListModel::rowOf(const Group *group) const
{
    return m_rows.value(group, -1);
}

void TemplateListModel::rebuildRows()
{
    m_rows.clear();
    m_byName.clear();
    m_rows.reserve(int(m_groups.size()));
    for (int i = 0; i < int(m_groups.size()); ++i) {
        m_rows.insert(m_groups[i].get(), i);
        m_byName.insert(m_groups[i]->name, m_groups[i].get());
    }
}

QModelIndex TemplateListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, kNameRow) : QModelIndex();
    if (parent.internalId() != kNameRow || parent.row() >= int(m_groups.size()))
        return QModelIndex();
    Group *g = m_groups[parent.row()].get();
    return row < g->languages.size() ? createIndex(row, column, g) : QModelIndex();
}

QModelIndex TemplateListModel::parent(const QModelIndex &child) const
{
    const Group *g = groupOf(child);
    if (!g)
        return QModelIndex();
    const int row = rowOf(g);
    return row >= 0 ? createIndex(row, 0, kNameRow) : QModelIndex();
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kNameRow || parent.column() != 0 || parent.row() >= int(m_groups.size()))
        return 0;
    return int(m_groups[parent.row()]->languages.size());
}

int TemplateListModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool TemplateListModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags TemplateListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (groupOf(index))
        f |= Qt::ItemNeverHasChildren;
    return f;
}

int TemplateListModel::templateCount() const
{
    int n = 0;
    for (const auto &g : m_groups)
        n += int(g->languages.size());
    return n;
}

QStringList TemplateListModel::projectLanguages() const
{
    return m_languages;
}

QModelIndex TemplateListModel::indexOf(const QString &name, const QString &language, int column) const
{
    Group *g = m_byName.value(name);
    if (!g)
        return QModelIndex();
    const QModelIndex parent = createIndex(rowOf(g), 0, kNameRow);
    if (language.isEmpty())
        return column == 0 ? parent : createIndex(parent.row(), column, kNameRow);
    const int i = g->find(language);
    return i >= 0 ? createIndex(i, column, g) : QModelIndex();
}

QJsonObject TemplateListModel::templateAt(const QModelIndex &index) const
{
    const Group *g = groupOf(index);
    return g && index.row() < g->languages.size() ? g->languages.at(index.row()).full() : QJsonObject();
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    QModelRoleData roleData(role);
    multiData(index, roleData);
    return roleData.data();
}

void TemplateListModel::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    // The row looked up once for all the roles a delegate asks at once.
    const Group *g = nullptr;
    const ListedTemplate *listed = nullptr;
    if (index.isValid() && index.column() < ColumnCount) {
        if (index.internalId() == kNameRow) {
            if (index.row() < int(m_groups.size()))
                g = m_groups[index.row()].get();
        } else if ((g = groupOf(index)) && index.row() < g->languages.size()) {
            listed = &g->languages.at(index.row());
        } else {
            g = nullptr;
        }
    }
    for (QModelRoleData &roleData : roleDataSpan) {
        if (!g)
            roleData.clearData();
        else if (listed)
            roleData.setData(cells().templateData(*g, *listed, index.column(), roleData.role()));
        else
            roleData.setData(cells().groupData(*g, index.column(), roleData.role()));
    }
}

QVariant TemplateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Name");
        case LanguageColumn: return tr("Language");
        case CategoryColumn: return tr("Category");
        case StateColumn: return tr("State");
        case QualityColumn: return tr("Quality");
        case RejectionColumn: return tr("Rejection");
        case ModifiedColumn: return tr("Last modified");
        case SentColumn: return tr("Sent");
        case DeliveredColumn: return tr("Delivered");
        case ReadColumn: return tr("Read");
        case ClicksColumn: return tr("Button clicks");
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole && section >= SentColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QHash<int, QByteArray> TemplateListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(JsonRole, "json");
    names.insert(KeyRole, "key");
    names.insert(SortRole, "sortValue");
    names.insert(NameRole, "name");
    names.insert(LanguageRole, "language");
    names.insert(IsNameRowRole, "isNameRow");
    names.insert(LanguagesRole, "languages");
    names.insert(MissingLanguagesRole, "missingLanguages");
    names.insert(HasChangesRole, "hasChanges");
    names.insert(SearchTextRole, "searchText");
    names.insert(CategoryRole, "category");
    names.insert(StateRole, "state");
    return names;
}

// ---- filters

void TemplateListModel::setFilter(const Filter &filter)
{
    if (filter == m_filter && (hasLoadedOnce() || isLoading()))
        return;
    m_filter = filter;
    loader().setRequest(listRequest());
    loader().restart();
    beginResetModel();
    m_groups.clear();
    rebuildRows();
    m_languages.clear();
    endResetModel();
    fetchMore();
}

void TemplateListModel::setAnalyticsRange(const QString &range)
{
    if (range == m_range)
        return;
    m_range = range;
    loader().setRequest(listRequest());
    if (hasLoadedOnce() || isLoading())
        loader().reread(templateCount());
}

// ---- rows from pages and refreshes

void TemplateListModel::updateLanguages()
{
    QSet<QString> set;
    for (const auto &g : m_groups) {
        for (const ListedTemplate &t : g->languages)
            set.insert(str(t.summary, "language"));
    }
    QStringList langs(set.cbegin(), set.cend());
    langs.sort();
    setLanguages(langs);
}

// A page only adds: its new languages join the list without a walk over every row (which,
// a page at a time, made loading a long list quadratic).
void TemplateListModel::addLanguages(const QSet<QString> &seen)
{
    QStringList langs = m_languages;
    for (const QString &l : seen) {
        if (!l.isEmpty() && !langs.contains(l))
            langs << l;
    }
    langs.sort();
    setLanguages(langs);
}

void TemplateListModel::setLanguages(const QStringList &langs)
{
    if (langs == m_languages)
        return;
    m_languages = langs;
    // Every name row's "missing" part may have changed: one range for the column.
    if (!m_groups.empty())
        emit dataChanged(index(0, LanguageColumn), index(int(m_groups.size()) - 1, LanguageColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole, MissingLanguagesRole});
}

int TemplateListModel::addPage(const QJsonArray &items)
{
    // One batch per page: new names in one insertion at the end, new languages of names
    // already shown under their name, repeated templates updated where they are.
    Groups added;
    QHash<QString, Group *> addedByName;
    int newTemplates = 0;
    QSet<QString> languages;
    for (const QJsonValue &v : items) {
        const QJsonObject t = v.toObject();
        const QString name = str(t, "name");
        if (name.isEmpty())
            continue;
        languages.insert(str(t, "language"));
        if (Group *g = m_byName.value(name)) {
            newTemplates += addToShownName(*g, t) ? 1 : 0;
            continue;
        }
        Group *g = addedByName.value(name);
        if (!g) {
            added.push_back(std::make_unique<Group>());
            g = added.back().get();
            g->name = name;
            addedByName.insert(name, g);
        }
        if (g->find(str(t, "language")) >= 0)
            continue;
        g->languages.append(ListedTemplate::from(t));
        g->languages.last().refreshRound = m_refreshRound;
        ++newTemplates;
    }
    appendGroups(std::move(added));
    addLanguages(languages);
    return newTemplates;
}

// A template of a name already shown: a new language goes in under the name, a known one
// is updated where it is. True for a new language.
bool TemplateListModel::addToShownName(Group &g, const QJsonObject &json)
{
    ListedTemplate t = ListedTemplate::from(json);
    t.refreshRound = m_refreshRound;
    const int at = g.find(str(json, "language"));
    if (at >= 0 && g.languages.at(at) == t) {
        g.languages[at].refreshRound = m_refreshRound;
        return false;
    }
    const int row = rowOf(&g);
    const QModelIndex parent = createIndex(row, 0, kNameRow);
    const QStringList before = cells().groupCells(g);
    if (at >= 0) {
        const QStringList templateBefore = cells().templateCells(g.languages.at(at));
        g.languages[at] = t;
        emitCellChanges(parent, at, templateBefore, cells().templateCells(t), true);
    } else {
        beginInsertRows(parent, int(g.languages.size()), int(g.languages.size()));
        g.languages.append(t);
        endInsertRows();
    }
    emitCellChanges(QModelIndex(), row, before, cells().groupCells(g), false);
    return at < 0;
}

bool TemplateListModel::updateTemplate(const QJsonObject &serverTemplate)
{
    Group *g = m_byName.value(str(serverTemplate, "name"));
    const int at = g ? g->find(str(serverTemplate, "language")) : -1;
    if (at < 0)
        return false;
    QJsonObject json = serverTemplate;
    const QJsonObject before = g->languages.at(at).full();
    if (!json.contains(QLatin1String("analytics")) && before.contains(QLatin1String("analytics")))
        json.insert(QStringLiteral("analytics"), before.value(QLatin1String("analytics")));
    ListedTemplate t = ListedTemplate::from(json);
    t.refreshRound = g->languages.at(at).refreshRound; // a refresh under way still decides what stays
    if (g->languages.at(at) == t)
        return true;
    const int row = rowOf(g);
    const QStringList groupBefore = cells().groupCells(*g);
    const QStringList templateBefore = cells().templateCells(g->languages.at(at));
    g->languages[at] = t;
    emitCellChanges(createIndex(row, 0, kNameRow), at, templateBefore, cells().templateCells(t), true);
    emitCellChanges(QModelIndex(), row, groupBefore, cells().groupCells(*g), false);
    return true;
}

// New names, in one insertion at the end.
void TemplateListModel::appendGroups(Groups added)
{
    if (added.empty())
        return;
    const int first = int(m_groups.size());
    beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
    for (auto &g : added) {
        m_rows.insert(g.get(), int(m_groups.size()));
        m_byName.insert(g->name, g.get());
        m_groups.push_back(std::move(g));
    }
    endInsertRows();
}

void TemplateListModel::emitCellChanges(const QModelIndex &parent, int row, const QStringList &before,
                                        const QStringList &after, bool jsonChanged)
{
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, SortRole, JsonRole,
                           HasChangesRole, SearchTextRole};
    bool any = false;
    int c = 0;
    while (c < ColumnCount) {
        if (before.value(c) == after.value(c)) {
            ++c;
            continue;
        }
        int end = c;
        while (end + 1 < ColumnCount && before.value(end + 1) != after.value(end + 1))
            ++end;
        emit dataChanged(index(row, c, parent), index(row, end, parent), roles);
        any = true;
        c = end + 1;
    }
    // The JSON changed where no cell shows it (details): the row's raw-data role only.
    if (!any && jsonChanged)
        emit dataChanged(index(row, 0, parent), index(row, 0, parent), {JsonRole, HasChangesRole});
}

// A refresh page: its templates update the rows where they are and new ones join, as a
// page does, so that re-reading a long list costs a page's work at a time.
void TemplateListModel::mergeFreshPage(const QJsonArray &items)
{
    addPage(items);
}

// Every page of the refresh is in (mergeFreshPage), each template it listed stamped with
// this refresh's round: what is left to do is to remove the names and languages the server
// no longer lists. The stamps, not the fresh list's keys: sets of ten thousand keys built
// and freed at once were the longest stand-still of a refresh.
void TemplateListModel::mergeFresh(const QList<PagedListLoader::Entry> &fresh)
{
    Q_UNUSED(fresh) // the loader's list counts the refresh's pages; the stamps say what it listed
    const auto listed = [this](const Group &g) {
        return std::any_of(g.languages.cbegin(), g.languages.cend(),
                           [this](const ListedTemplate &t) { return t.refreshRound == m_refreshRound; });
    };
    bool removed = false;

    // Names that are gone, in contiguous ranges from the bottom up.
    int i = int(m_groups.size()) - 1;
    while (i >= 0) {
        if (listed(*m_groups[i])) {
            --i;
            continue;
        }
        const int last = i;
        while (i - 1 >= 0 && !listed(*m_groups[i - 1]))
            --i;
        beginRemoveRows(QModelIndex(), i, last);
        m_groups.erase(m_groups.begin() + i, m_groups.begin() + last + 1);
        rebuildRows();
        endRemoveRows();
        removed = true;
        --i;
    }
    for (int row = 0; row < int(m_groups.size()); ++row)
        removed = removeGoneLanguages(row) || removed;
    // Pages only add languages (addLanguages); only a removal can take one away.
    if (removed)
        updateLanguages();
}

// The languages of the name at `row` that the refresh did not list, removed in contiguous
// ranges; true when there were any.
bool TemplateListModel::removeGoneLanguages(int row)
{
    Group &g = *m_groups[row];
    const auto gone = [&](int j) { return g.languages.at(j).refreshRound != m_refreshRound; };
    QStringList before;
    const QModelIndex parent = createIndex(row, 0, kNameRow);
    int j = int(g.languages.size()) - 1;
    while (j >= 0) {
        if (!gone(j)) {
            --j;
            continue;
        }
        if (before.isEmpty())
            before = cells().groupCells(g);
        const int last = j;
        while (j - 1 >= 0 && gone(j - 1))
            --j;
        beginRemoveRows(parent, j, last);
        g.languages.erase(g.languages.begin() + j, g.languages.begin() + last + 1);
        endRemoveRows();
        --j;
    }
    if (before.isEmpty())
        return false;
    emitCellChanges(QModelIndex(), row, before, cells().groupCells(g), false);
    return true;
}

} // namespace sinch
