#include "resourcelistpage.h"

#include "listloadfeedback.h"

#include "messagebar.h"
#include "models/resourcelistmodel.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace sinch::ui {

ResourceListPage::ResourceListPage(const Area &area, ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_area(area)
    , m_client(client)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_errorBar(new MessageBar(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_listStack(new QStackedWidget(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_detail(new QPlainTextEdit(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("page.") + area.id);
    setAccessibleName(area.group.isEmpty() ? area.title : area.group + QLatin1Char(' ') + area.title);

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(ResourceListModel::SortRole);

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter %1 (Ctrl+F)").arg(area.noun.isEmpty() ? tr("the list") : area.noun));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the list"));
    m_filter->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    auto *clearFilter = new QAction(m_filter);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    m_filter->addAction(clearFilter);
    connect(clearFilter, &QAction::triggered, m_filter, &QLineEdit::clear);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateState();
    });

    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setAccessibleName(tr("Number of items"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(80, 6);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->setVisible(false);

    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_filter, 1);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_busy);
    filterRow->addWidget(m_count);

    m_view->setObjectName(QStringLiteral("listView"));
    m_view->setAccessibleName(tr("%1 list").arg(area.title));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setModel(m_proxy);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setAccessibleName(tr("Empty list"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    m_detail->setObjectName(QStringLiteral("detailView"));
    m_detail->setReadOnly(true);
    m_detail->setAccessibleName(tr("Selected item as JSON"));
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select an item to see all its fields."));
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_splitter->setObjectName(QStringLiteral("listSplitter"));
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_errorBar);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_filter, m_view);
    setTabOrder(m_view, m_detail);

    connect(m_errorBar, &MessageBar::retryRequested, this, [this]() {
        if (m_model)
            m_model->retry();
    });
    updateState();
}

ResourceListPage::~ResourceListPage() = default;

bool ResourceListPage::selectItem(const QJsonObject &item)
{
    m_pendingSelection = item;
    if (!m_filter->text().isEmpty())
        m_filter->clear();
    return selectPending();
}

bool ResourceListPage::selectPending()
{
    if (m_pendingSelection.isEmpty() || !m_model)
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QJsonObject candidate = m_model->item(row);
        bool same = !m_area.keyPaths.isEmpty();
        for (const QString &path : std::as_const(m_area.keyPaths))
            same = same && ResourceListModel::valueAt(candidate, path) == ResourceListModel::valueAt(m_pendingSelection, path);
        if (same) {
            m_pendingSelection = QJsonObject();
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    if (m_model->canFetchMore())
        m_model->fetchMore();
    else if (m_model->isDone())
        m_pendingSelection = QJsonObject(); // gone since the index read it
    return false;
}

void ResourceListPage::setProject(const QString &projectKey)
{
    if (m_model && projectKey == m_projectKey)
        return;
    m_projectKey = projectKey;
    ResourceListModel *old = m_model;
    m_model = nullptr;
    m_columnsFitted = false;
    m_errorBar->hide();
    m_detail->clear();
    if (!projectKey.isEmpty() && m_client) {
        m_model = new ResourceListModel(m_client, projectKey, ApiRequest(m_area.operationId), m_area.columns,
                                        m_area.keyPaths, this);
        m_model->setObjectName(QStringLiteral("model.") + m_area.id);
        ListLoadFeedback::connect(m_model, this, m_errorBar, [this] { updateState(); });
        connect(m_model, &ResourceListModel::pageLoaded, this, &ResourceListPage::selectPending);
        connect(m_model, &ResourceListModel::doneChanged, this, &ResourceListPage::selectPending);
        connect(m_model, &ResourceListModel::pageLoaded, this, &ResourceListPage::fitColumns);
        connect(m_model, &ResourceListModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
            const QModelIndex cur = m_proxy->mapToSource(m_view->currentIndex());
            if (cur.isValid() && cur.row() >= tl.row() && cur.row() <= br.row())
                showCurrent();
        });
    }
    m_proxy->setSourceModel(m_model);
    delete old;
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ResourceListPage::showCurrent,
            Qt::UniqueConnection);
    if (m_model)
        m_model->refresh();
    updateState();
}

void ResourceListPage::refresh()
{
    if (m_model)
        m_model->refresh();
}

void ResourceListPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ResourceListPage::showCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        m_detail->clear();
        return;
    }
    const QJsonObject json = index.data(ResourceListModel::JsonRole).toJsonObject();
    const QString text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (m_detail->toPlainText() != text)
        m_detail->setPlainText(text);
}

void ResourceListPage::fitColumns()
{
    if (m_columnsFitted || !m_model || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    QHeaderView *header = m_view->header();
    const int last = header->count() - 1;
    for (int i = 0; i < last; ++i) {
        m_view->resizeColumnToContents(i);
        header->resizeSection(i, qBound(80, header->sectionSize(i) + 16, 360));
    }
}

QString ResourceListPage::emptyStateText() const
{
    return m_empty->text();
}

bool ResourceListPage::isShowingEmptyState() const
{
    return m_listStack->currentWidget() == m_empty;
}

void ResourceListPage::updateState()
{
    const bool loading = m_model && m_model->isLoading();
    m_busy->setVisible(loading);
    if (!m_model) {
        m_empty->setText(tr("Choose a project to see its %1.").arg(m_area.noun));
        m_listStack->setCurrentWidget(m_empty);
        m_count->clear();
        return;
    }
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const int total = m_model->totalSize();
    QString count;
    if (!m_filter->text().isEmpty())
        count = tr("%1 of %2 shown").arg(shown).arg(loaded);
    else if (total > loaded)
        count = tr("%1 of %2 loaded").arg(loaded).arg(total);
    else if (m_model->hasLoadedOnce() && loaded > 0)
        count = tr("%n item(s)", nullptr, loaded);
    m_count->setText(count);

    if (loaded == 0) {
        if (loading || !m_model->hasLoadedOnce())
            m_empty->setText(tr("Loading %1…").arg(m_area.noun));
        else if (m_model->hasError())
            m_empty->setText(tr("The list could not be loaded. See the message above."));
        else
            m_empty->setText(m_area.emptyText);
        m_listStack->setCurrentWidget(m_empty);
    } else if (shown == 0) {
        m_empty->setText(tr("Nothing matches “%1”. Clear the filter (Esc) to see all %2.")
                             .arg(m_filter->text(), m_area.noun));
        m_listStack->setCurrentWidget(m_empty);
    } else {
        m_listStack->setCurrentWidget(m_view);
    }
}

QByteArray ResourceListPage::saveState() const
{
    return m_splitter->saveState();
}

void ResourceListPage::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

} // namespace sinch::ui
