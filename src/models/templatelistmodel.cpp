#include "templatelistmodel.h"

#include "api/apiclient.h"
#include "api/apirequest.h"
#include "api/pager.h"
#include "domain/templatedocument.h"
#include "models/resourcelistmodel.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTemplateModel, "sinch.models.templates")

namespace sinch {

namespace {

constexpr quintptr kNameRow = 0;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString keyOf(const QJsonObject &t)
{
    return str(t, "name") + QLatin1Char('/') + str(t, "language");
}

QString modifiedOf(const QJsonObject &t)
{
    for (const char *k : {"modified", "updated", "lastModified", "updateTime"}) {
        const QString v = str(t, k);
        if (!v.isEmpty())
            return v;
    }
    return QString();
}

QString modifiedText(const QString &iso)
{
    if (iso.isEmpty())
        return QString();
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

// "A, B ×2" from texts in order of first appearance.
QString summarize(const QStringList &texts)
{
    QStringList order;
    QHash<QString, int> counts;
    for (const QString &t : texts) {
        if (t.isEmpty())
            continue;
        if (!counts.contains(t))
            order << t;
        ++counts[t];
    }
    if (order.size() == 1)
        return order.first();
    QStringList out;
    for (const QString &t : std::as_const(order))
        out << (counts.value(t) > 1 ? QStringLiteral("%1 ×%2").arg(t).arg(counts.value(t)) : t);
    return out.join(QLatin1String(", "));
}

} // namespace

int TemplateListModel::Group::find(const QString &language) const
{
    for (int i = 0; i < languages.size(); ++i) {
        if (languages.at(i).value(QLatin1String("language")).toString() == language)
            return i;
    }
    return -1;
}

TemplateListModel::TemplateListModel(ApiClient *client, QString projectKey, QObject *parent)
    : QAbstractItemModel(parent)
    , m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

TemplateListModel::~TemplateListModel()
{
    if (m_pager)
        m_pager->cancel();
    if (m_refreshPager)
        m_refreshPager->cancel();
}

QString TemplateListModel::listOperation()
{
    return QStringLiteral("TemplatesController_listTemplates_v1");
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
    return g && index.row() < g->languages.size() ? g->languages.at(index.row()) : QJsonObject();
}

// ---- cells

TemplateListModel::Analytics TemplateListModel::analytics(const QJsonObject &tmpl)
{
    Analytics a;
    for (const QJsonValue &v : tmpl.value(QLatin1String("analytics")).toArray()) {
        const QJsonObject o = v.toObject();
        a.present = true;
        a.sent += qint64(o.value(QLatin1String("sent")).toDouble());
        a.delivered += qint64(o.value(QLatin1String("delivered")).toDouble());
        a.read += qint64(o.value(QLatin1String("read")).toDouble());
        for (const QJsonValue &b : o.value(QLatin1String("buttons")).toArray())
            a.clicks += qint64(b.toObject().value(QLatin1String("clicks")).toDouble());
    }
    return a;
}

QString TemplateListModel::stateText(const QJsonObject &t)
{
    const QString state = str(t, "state");
    const QString status = t.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString();
    QString s;
    if (state == QLatin1String("APPROVED"))
        s = tr("Approved");
    else if (state == QLatin1String("DISABLED"))
        s = tr("Disabled");
    else if (state == QLatin1String("PAUSED"))
        s = tr("Paused");
    else if (state == QLatin1String("REJECTED"))
        s = tr("Rejected");
    else if (!state.isEmpty())
        s = state;
    if (s.isEmpty()) {
        // Never approved: the pending changes are all there is.
        if (status == QLatin1String("DRAFT"))
            return tr("Draft");
        if (status == QLatin1String("IN_PROGRESS"))
            return tr("In review");
        if (status == QLatin1String("REJECTED"))
            return tr("Rejected");
        return status;
    }
    if (status == QLatin1String("DRAFT"))
        return tr("%1 · draft changes").arg(s);
    if (status == QLatin1String("IN_PROGRESS"))
        return tr("%1 · changes in review").arg(s);
    if (status == QLatin1String("REJECTED"))
        return tr("%1 · changes rejected").arg(s);
    if (!status.isEmpty())
        return tr("%1 · changes %2").arg(s, status);
    return s;
}

QString TemplateListModel::qualityText(const QString &q)
{
    if (q == QLatin1String("QUALITY_SCORE_GREEN"))
        return tr("High");
    if (q == QLatin1String("QUALITY_SCORE_YELLOW"))
        return tr("Medium");
    if (q == QLatin1String("QUALITY_SCORE_RED"))
        return tr("Low");
    if (q == QLatin1String("QUALITY_SCORE_UNKNOWN") || q == QLatin1String("UNRECOGNIZED"))
        return tr("Unknown");
    return q;
}

QJsonObject TemplateListModel::toCreateRequest(const QJsonObject &t)
{
    return TemplateDocument::fromServerTemplate(t);
}

QString TemplateListModel::templateCell(const QJsonObject &t, int column) const
{
    switch (column) {
    case NameColumn:
        return QString(); // the name is on the parent row
    case LanguageColumn:
        return str(t, "language");
    case CategoryColumn:
        return str(t, "category");
    case StateColumn:
        return stateText(t);
    case QualityColumn:
        return qualityText(str(t, "qualityScore"));
    case RejectionColumn: {
        QString code = str(t, "rejectionCode");
        if (code == QLatin1String("NONE"))
            code.clear();
        return code;
    }
    case ModifiedColumn:
        return modifiedText(modifiedOf(t));
    case SentColumn:
    case DeliveredColumn:
    case ReadColumn:
    case ClicksColumn: {
        const Analytics a = analytics(t);
        if (!a.present)
            return QString();
        const qint64 n = column == SentColumn ? a.sent : column == DeliveredColumn ? a.delivered
                       : column == ReadColumn ? a.read : a.clicks;
        return QString::number(n);
    }
    default:
        return QString();
    }
}

QString TemplateListModel::groupCell(const Group &g, int column) const
{
    switch (column) {
    case NameColumn:
        return g.name;
    case LanguageColumn: {
        QStringList langs;
        for (const QJsonObject &t : g.languages)
            langs << str(t, "language");
        const int missing = int(m_languages.size()) - int(langs.size());
        if (missing > 0)
            return tr("%1 · %n missing", nullptr, missing).arg(langs.join(QLatin1String(", ")));
        return langs.join(QLatin1String(", "));
    }
    case ModifiedColumn: {
        QString latest;
        for (const QJsonObject &t : g.languages)
            latest = qMax(latest, modifiedOf(t));
        return modifiedText(latest);
    }
    case SentColumn:
    case DeliveredColumn:
    case ReadColumn:
    case ClicksColumn: {
        qint64 n = 0;
        bool any = false;
        for (const QJsonObject &t : g.languages) {
            const Analytics a = analytics(t);
            any = any || a.present;
            n += column == SentColumn ? a.sent : column == DeliveredColumn ? a.delivered
               : column == ReadColumn ? a.read : a.clicks;
        }
        return any ? QString::number(n) : QString();
    }
    default: {
        QStringList texts;
        for (const QJsonObject &t : g.languages)
            texts << templateCell(t, column);
        return summarize(texts);
    }
    }
}

QVariant TemplateListModel::groupData(const Group &g, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return groupCell(g, column);
    case Qt::ToolTipRole:
        if (column == LanguageColumn) {
            QStringList missing;
            for (const QString &l : m_languages) {
                if (g.find(l) < 0)
                    missing << l;
            }
            return missing.isEmpty() ? tr("Available in every language of this project.")
                                     : tr("Missing: %1").arg(missing.join(QLatin1String(", ")));
        }
        return groupCell(g, column);
    case Qt::AccessibleTextRole:
        return column == NameColumn ? tr("%1, %n language(s)", nullptr, int(g.languages.size())).arg(g.name)
                                    : groupCell(g, column);
    case SortRole:
        if (column >= SentColumn)
            return groupCell(g, column).toLongLong();
        if (column == LanguageColumn)
            return int(g.languages.size());
        return groupCell(g, column);
    case KeyRole:
    case NameRole:
        return g.name;
    case IsNameRowRole:
        return true;
    case LanguagesRole: {
        QStringList langs;
        for (const QJsonObject &t : g.languages)
            langs << str(t, "language");
        return langs;
    }
    case MissingLanguagesRole: {
        QStringList missing;
        for (const QString &l : m_languages) {
            if (g.find(l) < 0)
                missing << l;
        }
        return missing;
    }
    case HasChangesRole:
        return false;
    case SearchTextRole:
        return g.name;
    case JsonRole:
        return QJsonObject();
    default:
        return QVariant();
    }
}

QVariant TemplateListModel::templateData(const Group &g, const QJsonObject &t, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return templateCell(t, column);
    case Qt::AccessibleTextRole:
        return column == NameColumn ? QStringLiteral("%1 · %2").arg(g.name, str(t, "language")) : templateCell(t, column);
    case SortRole:
        if (column >= SentColumn)
            return templateCell(t, column).toLongLong();
        if (column == NameColumn || column == LanguageColumn)
            return str(t, "language");
        if (column == ModifiedColumn)
            return modifiedOf(t);
        return templateCell(t, column);
    case JsonRole:
        return t;
    case KeyRole:
        return keyOf(t);
    case NameRole:
        return g.name;
    case LanguageRole:
        return str(t, "language");
    case IsNameRowRole:
        return false;
    case LanguagesRole:
        return QStringList{str(t, "language")};
    case MissingLanguagesRole:
        return QStringList();
    case HasChangesRole:
        return t.contains(QLatin1String("changes"));
    case SearchTextRole: {
        QStringList parts{g.name};
        for (int c = LanguageColumn; c <= RejectionColumn; ++c)
            parts << templateCell(t, c);
        parts << str(t, "state") << t.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString();
        return parts.join(QLatin1Char(' '));
    }
    default:
        return QVariant();
    }
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return QVariant();
    if (index.internalId() == kNameRow) {
        if (index.row() >= int(m_groups.size()))
            return QVariant();
        return groupData(*m_groups[index.row()], index.column(), role);
    }
    const Group *g = groupOf(index);
    if (!g || index.row() >= g->languages.size())
        return QVariant();
    return templateData(*g, g->languages.at(index.row()), index.column(), role);
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
    return names;
}

// ---- loading

bool TemplateListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_load.allowsFetch() && !m_refreshing && m_client;
}

void TemplateListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (!m_pager)
        adoptPager(makePager());
    m_load.setLoading(true);
    m_pager->fetchNext();
}

Pager *TemplateListModel::makePager()
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
    auto *pager = new Pager(m_client, m_projectKey, request, this);
    const int size = ResourceListModel::pageSizeFor(listOperation(), m_pageSize);
    if (size > 0)
        pager->setPageSize(size);
    pager->setItemsKey(QStringLiteral("templates"));
    return pager;
}

void TemplateListModel::adoptPager(Pager *pager)
{
    m_pager = pager;
    connect(pager, &Pager::pageReceived, this, &TemplateListModel::onPage);
    connect(pager, &Pager::failed, this, [this](const ApiError &error) {
        m_load.setLoading(false);
        setError(error, Failed::Page);
    });
}

void TemplateListModel::dropPagers()
{
    for (Pager **p : {&m_pager, &m_refreshPager}) {
        if (*p) {
            disconnect(*p, nullptr, this, nullptr);
            (*p)->cancel();
            (*p)->deleteLater();
            *p = nullptr;
        }
    }
    m_fresh.clear();
    m_freshKeys.clear();
    m_refreshing = false;
}

void TemplateListModel::setError(const ApiError &error, Failed what)
{
    qCDebug(lcTemplateModel) << "templates failed:" << error.summary();
    m_load.setError(error, what);
}

void TemplateListModel::updateLanguages(bool notify)
{
    QSet<QString> set;
    for (const auto &g : m_groups) {
        for (const QJsonObject &t : g->languages)
            set.insert(str(t, "language"));
    }
    QStringList langs(set.cbegin(), set.cend());
    langs.sort();
    if (langs == m_languages)
        return;
    m_languages = langs;
    // Every name row's "missing" part may have changed: one range for the column.
    if (notify && !m_groups.empty())
        emit dataChanged(index(0, LanguageColumn), index(int(m_groups.size()) - 1, LanguageColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole, MissingLanguagesRole});
}

void TemplateListModel::onPage(const QJsonArray &items, int totalSize)
{
    // One batch per page: new names in one insertion at the end, new languages of names
    // already shown under their name, repeated templates updated where they are.
    std::vector<std::unique_ptr<Group>> added;
    QHash<QString, Group *> addedByName;
    int newTemplates = 0;
    for (const QJsonValue &v : items) {
        const QJsonObject t = v.toObject();
        const QString name = str(t, "name");
        const QString lang = str(t, "language");
        if (name.isEmpty())
            continue;
        if (Group *g = m_byName.value(name)) {
            const int at = g->find(lang);
            const int row = rowOf(g);
            if (at >= 0) {
                if (g->languages.at(at) != t) {
                    QStringList before, after;
                    for (int c = 0; c < ColumnCount; ++c)
                        before << templateCell(g->languages.at(at), c);
                    QStringList pbefore;
                    for (int c = 0; c < ColumnCount; ++c)
                        pbefore << groupCell(*g, c);
                    g->languages[at] = t;
                    for (int c = 0; c < ColumnCount; ++c)
                        after << templateCell(t, c);
                    QStringList pafter;
                    for (int c = 0; c < ColumnCount; ++c)
                        pafter << groupCell(*g, c);
                    emitCellChanges(createIndex(row, 0, kNameRow), at, before, after, true);
                    emitCellChanges(QModelIndex(), row, pbefore, pafter, false);
                }
                continue;
            }
            const QModelIndex parent = createIndex(row, 0, kNameRow);
            QStringList pbefore, pafter;
            for (int c = 0; c < ColumnCount; ++c)
                pbefore << groupCell(*g, c);
            beginInsertRows(parent, int(g->languages.size()), int(g->languages.size()));
            g->languages.append(t);
            endInsertRows();
            for (int c = 0; c < ColumnCount; ++c)
                pafter << groupCell(*g, c);
            emitCellChanges(QModelIndex(), row, pbefore, pafter, false);
            ++newTemplates;
            continue;
        }
        Group *g = addedByName.value(name);
        if (!g) {
            added.push_back(std::make_unique<Group>());
            g = added.back().get();
            g->name = name;
            addedByName.insert(name, g);
        }
        if (g->find(lang) >= 0)
            continue;
        g->languages.append(t);
        ++newTemplates;
    }
    if (!added.empty()) {
        const int first = int(m_groups.size());
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        for (auto &g : added)
            m_groups.push_back(std::move(g));
        rebuildRows();
        endInsertRows();
    }
    updateLanguages(true);
    m_loadedOnce = true;
    m_load.setTotal(totalSize);
    m_load.setDone(!m_pager->hasMore());
    m_load.setLoading(false);
    emit pageLoaded(newTemplates);
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

void TemplateListModel::setFilter(const Filter &filter)
{
    if (filter == m_filter && (m_loadedOnce || m_load.isLoading()))
        return;
    m_filter = filter;
    dropPagers();
    m_load.clearError();
    beginResetModel();
    m_groups.clear();
    rebuildRows();
    m_languages.clear();
    endResetModel();
    m_load.setLoading(false);
    m_load.setDone(false);
    m_load.setTotal(-1);
    m_loadedOnce = false;
    fetchMore();
}

void TemplateListModel::setAnalyticsRange(const QString &range)
{
    if (range == m_range)
        return;
    m_range = range;
    if (!m_loadedOnce && !m_load.isLoading())
        return;
    // The pages on their way carry the old range: read the loaded ones again in place.
    if (m_refreshing) {
        m_refreshPager->cancel();
        m_refreshPager->deleteLater();
        m_refreshPager = nullptr;
        m_refreshing = false;
    }
    if (m_pager) {
        m_pager->cancel();
        disconnect(m_pager, nullptr, this, nullptr);
        m_pager->deleteLater();
        m_pager = nullptr;
    }
    m_load.setLoading(false);
    refresh();
}

void TemplateListModel::refresh()
{
    if (!m_client || m_refreshing)
        return;
    m_load.clearError();
    if (m_groups.empty()) {
        if (m_pager) {
            disconnect(m_pager, nullptr, this, nullptr);
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
        m_pager->cancel();
    m_refreshing = true;
    m_refreshTarget = templateCount();
    m_fresh.clear();
    m_freshKeys.clear();
    m_refreshPager = makePager();
    connect(m_refreshPager, &Pager::pageReceived, this, &TemplateListModel::onRefreshPage);
    connect(m_refreshPager, &Pager::failed, this, [this](const ApiError &error) {
        m_refreshPager->deleteLater();
        m_refreshPager = nullptr;
        m_fresh.clear();
        m_freshKeys.clear();
        m_refreshing = false;
        m_load.setLoading(false);
        setError(error, Failed::Refresh);
    });
    m_load.setLoading(true);
    m_refreshPager->fetchNext();
}

void TemplateListModel::onRefreshPage(const QJsonArray &items, int totalSize)
{
    for (const QJsonValue &v : items) {
        const QJsonObject t = v.toObject();
        const QString key = keyOf(t);
        if (m_freshKeys.contains(key)) {
            for (QJsonObject &f : m_fresh) {
                if (keyOf(f) == key)
                    f = t;
            }
            continue;
        }
        m_freshKeys.insert(key);
        m_fresh.append(t);
    }
    m_load.setTotal(totalSize);
    if (m_refreshPager->hasMore() && m_fresh.size() < m_refreshTarget)
        m_refreshPager->fetchNext();
    else
        finishRefresh();
}

void TemplateListModel::finishRefresh()
{
    const QList<QJsonObject> fresh = std::exchange(m_fresh, {});
    m_freshKeys.clear();
    merge(fresh);

    if (m_pager) {
        disconnect(m_pager, nullptr, this, nullptr);
        m_pager->deleteLater();
    }
    Pager *pager = std::exchange(m_refreshPager, nullptr);
    disconnect(pager, nullptr, this, nullptr);
    adoptPager(pager);
    m_refreshing = false;
    m_loadedOnce = true;
    m_load.setDone(!m_pager->hasMore());
    m_load.setLoading(false);
    emit refreshed();
}

void TemplateListModel::merge(const QList<QJsonObject> &fresh)
{
    // The fresh list grouped by name, in the server's order.
    QStringList names;
    QHash<QString, QList<QJsonObject>> byName;
    for (const QJsonObject &t : fresh) {
        const QString name = str(t, "name");
        if (!byName.contains(name))
            names << name;
        byName[name].append(t);
    }

    // 1. Names that are gone, in contiguous ranges from the bottom up.
    int i = int(m_groups.size()) - 1;
    while (i >= 0) {
        if (byName.contains(m_groups[i]->name)) {
            --i;
            continue;
        }
        const int last = i;
        while (i - 1 >= 0 && !byName.contains(m_groups[i - 1]->name))
            --i;
        beginRemoveRows(QModelIndex(), i, last);
        m_groups.erase(m_groups.begin() + i, m_groups.begin() + last + 1);
        rebuildRows();
        endRemoveRows();
        --i;
    }

    // 2. Names that stay: their languages removed, updated or added.
    for (int row = 0; row < int(m_groups.size()); ++row) {
        Group &g = *m_groups[row];
        const QList<QJsonObject> &now = byName[g.name];
        const QModelIndex parent = createIndex(row, 0, kNameRow);
        QStringList pbefore;
        for (int c = 0; c < ColumnCount; ++c)
            pbefore << groupCell(g, c);

        QSet<QString> nowLangs;
        for (const QJsonObject &t : now)
            nowLangs.insert(str(t, "language"));
        int j = int(g.languages.size()) - 1;
        while (j >= 0) {
            if (nowLangs.contains(str(g.languages.at(j), "language"))) {
                --j;
                continue;
            }
            const int last = j;
            while (j - 1 >= 0 && !nowLangs.contains(str(g.languages.at(j - 1), "language")))
                --j;
            beginRemoveRows(parent, j, last);
            g.languages.erase(g.languages.begin() + j, g.languages.begin() + last + 1);
            endRemoveRows();
            --j;
        }
        QList<QJsonObject> newOnes;
        for (const QJsonObject &t : now) {
            const int at = g.find(str(t, "language"));
            if (at < 0) {
                newOnes << t;
                continue;
            }
            if (g.languages.at(at) == t)
                continue;
            QStringList before, after;
            for (int c = 0; c < ColumnCount; ++c) {
                before << templateCell(g.languages.at(at), c);
                after << templateCell(t, c);
            }
            g.languages[at] = t;
            emitCellChanges(parent, at, before, after, true);
        }
        if (!newOnes.isEmpty()) {
            const int first = int(g.languages.size());
            beginInsertRows(parent, first, first + int(newOnes.size()) - 1);
            g.languages.append(newOnes);
            endInsertRows();
        }
        QStringList pafter;
        for (int c = 0; c < ColumnCount; ++c)
            pafter << groupCell(g, c);
        emitCellChanges(QModelIndex(), row, pbefore, pafter, false);
    }

    // 3. New names, in one insertion at the end.
    std::vector<std::unique_ptr<Group>> added;
    for (const QString &name : std::as_const(names)) {
        if (m_byName.contains(name))
            continue;
        auto g = std::make_unique<Group>();
        g->name = name;
        g->languages = byName.value(name);
        added.push_back(std::move(g));
    }
    if (!added.empty()) {
        const int first = int(m_groups.size());
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        for (auto &g : added)
            m_groups.push_back(std::move(g));
        rebuildRows();
        endInsertRows();
    }
    updateLanguages(true);
}

void TemplateListModel::retry()
{
    const Failed what = m_load.failedAt();
    m_load.clearError();
    if (what == Failed::Refresh || (m_groups.empty() && !m_pager))
        refresh();
    else
        fetchMore();
}

void TemplateListModel::cancel()
{
    if (m_pager)
        m_pager->cancel();
    if (m_refreshPager) {
        m_refreshPager->cancel();
        m_refreshPager->deleteLater();
        m_refreshPager = nullptr;
        m_fresh.clear();
        m_freshKeys.clear();
        m_refreshing = false;
    }
    m_load.setLoading(false);
}

} // namespace sinch
