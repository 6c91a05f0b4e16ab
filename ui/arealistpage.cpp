#include "arealistpage.h"

#include "filteredit.h"
#include "models/resourcelistmodel.h"

#include <QHBoxLayout>

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>

namespace sinch::ui {

namespace {

// The cells of some columns in words; everything else as the model has it.
class WordsProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QHash<int, AreaListPage::Words> words;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant v = QSortFilterProxyModel::data(index, role);
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && words.contains(index.column()))
            return words.value(index.column())(QSortFilterProxyModel::data(index, Qt::DisplayRole).toString());
        return v;
    }
};

} // namespace

AreaListPage::AreaListPage(const Area &area, ApiClient *client, QWidget *detail, QWidget *parent)
    : ListPage(new WordsProxy, detail, parent)
    , m_area(area)
    , m_client(client)
{
    setObjectName(QStringLiteral("page.") + area.id);
    setAccessibleName(area.group.isEmpty() ? area.title : area.group + QLatin1Char(' ') + area.title);
    proxyModel()->setSortRole(ResourceListModel::SortRole);
    proxyModel()->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxyModel()->setFilterKeyColumn(-1);
    m_filter = new FilterEdit(tr("Filter %1 (Ctrl+F)").arg(area.noun), tr("Filter the list"), this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        proxyModel()->setFilterFixedString(text);
        updateState();
    });
    filterRow()->insertWidget(0, m_filter, 1);
    QTreeView *list = view();
    list->setAccessibleName(tr("%1 list").arg(area.title));
    list->setRootIsDecorated(false);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setSortingEnabled(true);
    list->header()->setSortIndicator(-1, Qt::AscendingOrder);
    list->header()->setStretchLastSection(true);
    setDefaultHiddenColumns(area.hiddenColumnsAtFirst());
    connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { currentChanged(currentItem()); });
    splitter()->setStretchFactor(0, 3);
    splitter()->setStretchFactor(1, 2);
}

void AreaListPage::setWords(const QString &path, const Words &words)
{
    for (int i = 0; i < m_area.columns.size(); ++i)
        if (m_area.columns.at(i).path == path)
            static_cast<WordsProxy *>(proxyModel())->words.insert(i, words);
}

ApiClient *AreaListPage::client() const
{
    return m_client;
}

ResourceListModel *AreaListPage::model() const
{
    return static_cast<ResourceListModel *>(pagedModel());
}

QJsonObject AreaListPage::currentItem() const
{
    const QModelIndex index = view()->currentIndex();
    return index.isValid() ? index.data(ResourceListModel::JsonRole).toJsonObject() : QJsonObject();
}

bool AreaListPage::selectId(const QString &id)
{
    if (!model())
        return false;
    const int row = model()->rowOfKey(id);
    if (row < 0)
        return false;
    const QModelIndex index = proxyModel()->mapFromSource(model()->index(row, 0));
    view()->setCurrentIndex(index);
    view()->scrollTo(index);
    return true;
}

PagedListModel *AreaListPage::createModel(const QString &projectKey)
{
    if (!m_client)
        return nullptr;
    auto *model = new ResourceListModel(m_client, projectKey, ApiRequest(m_area.operationId), m_area.columns, m_area.keyPaths, this);
    model->setObjectName(QStringLiteral("model.") + m_area.id);
    // A refreshed row that is shown is shown again (its state may have changed).
    connect(model, &ResourceListModel::dataChanged, this, [this] { currentChanged(currentItem()); });
    return model;
}

QString AreaListPage::countText() const
{
    return itemCountText();
}

QString AreaListPage::noItemsText() const { return m_area.emptyText; }
QString AreaListPage::nothingShownText() const
{
    return tr("Nothing matches “%1”. Clear the filter (Esc) to see all %2.").arg(m_filter->text(), m_area.noun);
}

void AreaListPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}
QString AreaListPage::noProjectText() const { return tr("Choose a project to see its %1.").arg(m_area.noun); }
QString AreaListPage::loadingText() const { return tr("Loading %1…").arg(m_area.noun); }

} // namespace sinch::ui
