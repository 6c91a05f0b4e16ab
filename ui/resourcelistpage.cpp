#include "resourcelistpage.h"

#include "shrinkablecombobox.h"

#include "domain/credentialfields.h"
#include "activity/activityfeedview.h"
#include "filteredit.h"
#include "icons.h"
#include "domain/jsonpath.h"
#include "domain/enumtext.h"
#include "models/resourcelistmodel.h"
#include "services/areacatalog.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>

namespace sinch::ui {

namespace {
// The detail pane: the item's JSON, and beside it (in tabs) its activity when it has a feed.
QWidget *makeDetail(const Area &area, ApiClient *client)
{
    auto *json = new QPlainTextEdit;
    if (!area.hasFeed)
        return json;
    auto *tabs = new QTabWidget;
    tabs->setDocumentMode(true);
    tabs->addTab(json, ResourceListPage::tr("Fields"));
    tabs->addTab(new ActivityFeedView(client, nullptr), ResourceListPage::tr("Activity"));
    return tabs;
}
} // namespace

ResourceListPage::ResourceListPage(const Area &area, ApiClient *client, QWidget *parent)
    : ListPage(new QSortFilterProxyModel, makeDetail(area, client), parent)
    , m_area(area)
    , m_client(client)
    , m_filter(new FilterEdit(tr("Filter %1 (Ctrl+F)").arg(area.noun.isEmpty() ? tr("the list") : area.noun),
                              tr("Filter the list"), this))
{
    QWidget *detail = splitter()->widget(1);
    m_tabs = qobject_cast<QTabWidget *>(detail);
    m_detail = m_tabs ? static_cast<QPlainTextEdit *>(m_tabs->widget(0)) : static_cast<QPlainTextEdit *>(detail);
    m_feed = m_tabs ? static_cast<ActivityFeedView *>(m_tabs->widget(1)) : nullptr;
    if (m_tabs) {
        m_tabs->setObjectName(QStringLiteral("detailTabs"));
        m_detail->setObjectName(QStringLiteral("detailView"));
        // The feed is read when it is looked at, not on every row the keyboard passes.
        connect(m_tabs, &QTabWidget::currentChanged, this, &ResourceListPage::showFeed);
    }
    setObjectName(QStringLiteral("page.") + area.id);
    setAccessibleName(area.group.isEmpty() ? area.title : area.group + QLatin1Char(' ') + area.title);

    QSortFilterProxyModel *proxy = proxyModel();
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    proxy->setSortRole(ResourceListModel::SortRole);

    m_filter->addAction(Icons::get(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        proxyModel()->setFilterFixedString(text);
        updateState();
    });
    filterRow()->insertWidget(0, m_filter, 1);

    QTreeView *list = view();
    list->setAccessibleName(tr("%1 list").arg(area.title));
    list->setRootIsDecorated(false);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setSortIndicator(-1, Qt::AscendingOrder);
    list->setSortingEnabled(true);
    list->header()->setStretchLastSection(true);
    setDefaultHiddenColumns(area.hiddenColumnsAtFirst());
    connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ResourceListPage::showCurrent);

    m_detail->setReadOnly(true);
    m_detail->setAccessibleName(tr("Selected item as JSON"));
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select an item to see all its fields."));
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);

    // The area's server-side filters (state, status ...): the contract's values, in words.
    for (const Area::Filter &f : area.filters) {
        auto *combo = new ShrinkableComboBox(this);
        combo->setObjectName(QStringLiteral("filter.") + f.parameter);
        // The label as it is (a translated noun is not lower-cased: German writes it capitalised).
        combo->setAccessibleName(tr("Filter by %1").arg(f.label));
        combo->setToolTip(tr("%1: show only the %2 with the value chosen here").arg(f.label, area.noun));
        combo->addItem(f.anyText, QString());
        for (const QString &v : AreaCatalog::filterValues(area, f.parameter))
            combo->addItem(EnumText::words(v), v);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { reloadModel(); });
        filterRow()->insertWidget(int(m_filterCombos.size()) + 1, combo);
        m_filterCombos << combo;
    }

    splitter()->setObjectName(QStringLiteral("listSplitter"));
    splitter()->setStretchFactor(1, 2);

    setTabOrder(m_filter, list);
    setTabOrder(list, m_detail);
    updateState();
}

ResourceListPage::~ResourceListPage() = default;

bool ResourceListPage::selectItem(const QJsonObject &item)
{
    return selectBy(item, m_area.keyPaths);
}

bool ResourceListPage::selectBy(const QJsonObject &item, const QStringList &paths)
{
    m_pendingSelection = item;
    m_pendingPaths = paths;
    m_pendingReread = false;
    if (!m_filter->text().isEmpty())
        m_filter->clear();
    // Until it is found nothing is chosen: the details and the activity of the row chosen
    // before must not pass for the wanted item's.
    view()->setCurrentIndex(QModelIndex());
    return selectPending();
}

bool ResourceListPage::selectPending()
{
    if (m_pendingSelection.isEmpty() || !model())
        return false;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QJsonObject candidate = model()->item(row);
        bool same = !m_pendingPaths.isEmpty();
        for (const QString &path : std::as_const(m_pendingPaths))
            same = same && ResourceListModel::valueAt(candidate, path) == ResourceListModel::valueAt(m_pendingSelection, path);
        if (same) {
            m_pendingSelection = QJsonObject();
            const QModelIndex index = proxyModel()->mapFromSource(model()->index(row, 0));
            view()->setCurrentIndex(index);
            view()->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    if (model()->canFetchMore()) {
        model()->fetchMore();
    } else if (model()->isDone() && !m_pendingReread) {
        // Made after the list was read (an inbox entry of a sender just created): read it again.
        m_pendingReread = true;
        model()->refresh();
    } else if (model()->isDone()) {
        m_pendingSelection = QJsonObject(); // gone since the index or the inbox read it
    }
    return false;
}

void ResourceListPage::showActivityOf(const FeedRef &feed)
{
    if (!m_tabs || feed.ids.size() != m_area.feedIdPaths.size())
        return;
    QJsonValue item = QJsonObject();
    for (int i = 0; i < feed.ids.size(); ++i)
        JsonPath::set(item, JsonPath::split(m_area.feedIdPaths.at(i)), feed.ids.at(i));
    m_tabs->setCurrentWidget(m_feed);
    selectBy(item.toObject(), m_area.feedIdPaths);
}

ResourceListModel *ResourceListPage::model() const
{
    return static_cast<ResourceListModel *>(pagedModel());
}

PagedListModel *ResourceListPage::createModel(const QString &projectKey)
{
    if (!m_client)
        return nullptr;
    ApiRequest request(m_area.operationId);
    for (int i = 0; i < m_filterCombos.size(); ++i)
        if (const QString v = m_filterCombos.at(i)->currentData().toString(); !v.isEmpty())
            request.arg(m_area.filters.at(i).parameter, v);
    addQuery(request);
    auto *model = new ResourceListModel(m_client, projectKey, request, m_area.columns, m_area.keyPaths, this);
    model->setObjectName(QStringLiteral("model.") + m_area.id);
    connect(model, &ResourceListModel::pageLoaded, this, &ResourceListPage::selectPending);
    connect(model, &ResourceListModel::doneChanged, this, &ResourceListPage::selectPending);
    connect(model, &ResourceListModel::refreshed, this, &ResourceListPage::selectPending);
    connect(model, &ResourceListModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
        const QModelIndex cur = proxyModel()->mapToSource(view()->currentIndex());
        if (cur.isValid() && cur.row() >= tl.row() && cur.row() <= br.row())
            showCurrent();
    });
    return model;
}

void ResourceListPage::modelChanged()
{
    m_detail->clear();
    showFeed();
    if (model())
        model()->refresh();
}

void ResourceListPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool ResourceListPage::showOnlyState(const QString &state)
{
    int stateFilter = -1;
    for (int i = 0; i < m_area.filters.size(); ++i) {
        if (m_area.filters.at(i).parameter == QLatin1String("filterStates"))
            stateFilter = i;
    }
    const int choice = stateFilter < 0 ? -1 : m_filterCombos.at(stateFilter)->findData(state);
    if (choice < 0)
        return false;
    // Every other filter back to all: the list shows what the number counted, no fewer.
    for (int i = 0; i < m_filterCombos.size(); ++i) {
        const QSignalBlocker quiet(m_filterCombos.at(i));
        m_filterCombos.at(i)->setCurrentIndex(i == stateFilter ? choice : 0);
    }
    clearOwnFilters();
    m_filter->clear();
    reloadModel();
    return true;
}

void ResourceListPage::showCurrent()
{
    const QModelIndex index = view()->currentIndex();
    showFeed();
    if (!index.isValid()) {
        m_detail->clear();
        itemShown(QJsonObject());
        return;
    }
    const QJsonObject json = index.data(ResourceListModel::JsonRole).toJsonObject();
    itemShown(json);
    const QString text = CredentialFields::maskedJsonText(QJsonDocument(json));
    if (m_detail->toPlainText() != text)
        m_detail->setPlainText(text);
}

void ResourceListPage::showFeed()
{
    if (!m_feed || m_tabs->currentWidget() != m_feed)
        return;
    const QModelIndex index = view()->currentIndex();
    const QJsonObject item = index.isValid() ? index.data(ResourceListModel::JsonRole).toJsonObject() : QJsonObject();
    m_feed->setFeed(AreaCatalog::feedOf(m_area, projectKey(), item),
                    tr("Choose one of the %1 to see its activity and comment on it.").arg(m_area.noun));
}

QString ResourceListPage::countText() const
{
    const int loaded = model()->rowCount();
    const int total = model()->totalSize();
    if (m_filter->text().isEmpty() && total > loaded)
        return tr("%1 of %2 loaded").arg(loaded).arg(total);
    return itemCountText();
}

QString ResourceListPage::noItemsText() const
{
    for (const QComboBox *combo : m_filterCombos)
        if (!combo->currentData().toString().isEmpty())
            return tr("No %1 match the chosen filters: choose “%2” to see all.").arg(m_area.noun, combo->itemText(0));
    return m_area.emptyText;
}

QString ResourceListPage::nothingShownText() const
{
    return tr("Nothing matches “%1”. Clear the filter (Esc) to see all %2.").arg(m_filter->text(), m_area.noun);
}

QString ResourceListPage::noProjectText() const
{
    return tr("Choose a project to see its %1.").arg(m_area.noun);
}

QString ResourceListPage::loadingText() const
{
    return tr("Loading %1…").arg(m_area.noun);
}

} // namespace sinch::ui
