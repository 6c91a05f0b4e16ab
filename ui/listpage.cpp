#include "listpage.h"

#include "columnchooser.h"
#include "listloadfeedback.h"
#include "messagebar.h"
#include "plaintextdelegate.h"
#include "models/pagedlistmodel.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace sinch::ui {

ListPage::ListPage(QSortFilterProxyModel *proxy, QWidget *detail, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_errorBar(new MessageBar(this))
    , m_filterRow(new QHBoxLayout)
    , m_layout(new QVBoxLayout(this))
    , m_count(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_listStack(new QStackedWidget(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_columns(new ColumnChooser(m_view))
{
    m_proxy->setParent(this);
    m_errorBar->setObjectName(QStringLiteral("errorBar"));
    m_errorBar->setAccessibleName(tr("Error"));
    m_errorBar->hide();
    connect(m_errorBar, &MessageBar::retryRequested, this, [this]() {
        if (m_model)
            m_model->retry();
    });

    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setAccessibleName(tr("Number of items"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(80, 6);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->setVisible(false);
    m_filterRow->setContentsMargins(0, 0, 0, 0);
    // The page's filters go before these two (QBoxLayout::insertWidget at 0.. by the page).
    m_filterRow->addSpacing(8);
    m_filterRow->addWidget(m_busy);
    m_filterRow->addWidget(m_count);

    m_view->setObjectName(QStringLiteral("listView"));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->setItemDelegate(new PlainTextDelegate(m_view));
    m_view->setModel(m_proxy);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setAccessibleName(tr("Empty list"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    detail->setObjectName(QStringLiteral("detailView"));
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setChildrenCollapsible(false);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_widthChosen = true; });
    connect(m_columns, &ColumnChooser::columnsChosen, this, &ListPage::widenListToColumns);

    m_layout->setContentsMargins(8, 8, 8, 8);
    m_layout->setSpacing(6);
    m_layout->addWidget(m_errorBar);
    m_layout->addLayout(m_filterRow);
    m_layout->addWidget(m_splitter, 1);
}

ListPage::~ListPage() = default;

QWidget *ListPage::busyIndicator() const
{
    return m_busy;
}

void ListPage::setProject(const QString &projectKey)
{
    if (m_model && projectKey == m_projectKey)
        return;
    m_projectKey = projectKey;
    reloadModel();
}

void ListPage::reloadModel()
{
    const QString projectKey = m_projectKey;
    PagedListModel *old = m_model;
    m_model = nullptr;
    m_columnsFitted = false;
    m_errorBar->hide();
    if (!projectKey.isEmpty()) {
        m_model = createModel(projectKey);
        if (m_model) {
            ListLoadFeedback::connect(m_model, this, m_errorBar, [this] { updateState(); });
            connect(m_model, &PagedListModel::pageLoaded, this, [this] {
                if (m_columnsFitted || m_proxy->rowCount() == 0)
                    return;
                m_columnsFitted = true;
                fitColumns();
                widenListToColumns();
            });
        }
    }
    m_proxy->setSourceModel(m_model);
    delete old;
    modelChanged();
    updateState();
}

void ListPage::refresh()
{
    if (m_model)
        m_model->refresh();
}

QString ListPage::itemCountText() const
{
    if (!m_model || !m_model->hasLoadedOnce() || m_model->rowCount() == 0)
        return QString();
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    return shown < loaded ? tr("%1 of %2 shown").arg(shown).arg(loaded) : tr("%n item(s)", nullptr, loaded);
}

bool ListPage::isShowingEmptyState() const
{
    return m_listStack->currentWidget() == m_empty;
}

QString ListPage::emptyStateText() const
{
    return m_empty->text();
}

QString ListPage::loadFailedText() const
{
    return tr("The list could not be loaded. See the message above.");
}

void ListPage::updateState()
{
    const bool loading = m_model && m_model->isLoading();
    m_busy->setVisible(loading);
    if (!m_model) {
        m_empty->setText(noProjectText());
        m_listStack->setCurrentWidget(m_empty);
        m_count->clear();
        return;
    }
    m_count->setText(countText());
    QString empty;
    switch (m_model->emptyState()) {
    case PagedListModel::EmptyState::Loading:
        empty = loadingText();
        break;
    case PagedListModel::EmptyState::Failed:
        empty = loadFailedText();
        break;
    case PagedListModel::EmptyState::Empty:
        empty = noItemsText();
        break;
    case PagedListModel::EmptyState::HasRows:
        if (m_proxy->rowCount() == 0)
            empty = nothingShownText();
        break;
    }
    if (empty.isEmpty()) {
        m_listStack->setCurrentWidget(m_view);
    } else {
        m_empty->setText(empty);
        m_listStack->setCurrentWidget(m_empty);
    }
}

void ListPage::fitColumns()
{
    QHeaderView *header = m_view->header();
    const int last = lastShownColumn();
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        m_view->resizeColumnToContents(c);
        // Room for the sort arrow; a long value (a URL) stops at a third of a wide screen.
        // The last one stretches over what is left, never below this width.
        if (c != last)
            header->resizeSection(c, qBound(80, header->sectionSize(c) + 16, 360));
    }
}

int ListPage::lastShownColumn() const
{
    const QHeaderView *header = m_view->header();
    for (int v = header->count() - 1; v >= 0; --v)
        if (!header->isSectionHidden(header->logicalIndex(v)))
            return header->logicalIndex(v);
    return -1;
}

void ListPage::setDefaultHiddenColumns(const QList<int> &columns)
{
    if (!m_columns->isChosen())
        m_columns->setHiddenColumns(columns, false);
}

void ListPage::widenListToColumns()
{
    const QList<int> sizes = m_splitter->sizes();
    if (m_widthChosen || sizes.size() != 2 || sizes.at(0) <= 0)
        return; // the person's width, or not laid out yet
    const QHeaderView *header = m_view->header();
    const int last = lastShownColumn(); // it stretches over what is left
    int columns = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c == last) // what it asks, not what it stretched to
            columns += std::max({static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(c), header->sectionSizeHint(c),
                             header->minimumSectionSize()});
        else if (!header->isSectionHidden(c))
            columns += header->sectionSize(c);
    }
    const int wanted = columns + 2 * m_view->frameWidth() + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    const int total = sizes.at(0) + sizes.at(1);
    // The details keep the room their form asks for, and a third at least.
    const int detail = qMax(m_splitter->widget(1)->minimumSizeHint().width(), total / 3);
    const int list = qMin(wanted, total - detail);
    if (list > sizes.at(0))
        m_splitter->setSizes({list, total - list});
}

void ListPage::saveLayout(QSettings &settings, const QString &group) const
{
    settings.beginGroup(group);
    if (m_widthChosen)
        settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    else
        settings.remove(QStringLiteral("splitter"));
    if (m_columns->isChosen()) {
        // As text ("2,5"): a list of one or none does not come back as a list from an INI file.
        QStringList hidden;
        for (int c : m_columns->hiddenColumns())
            hidden << QString::number(c);
        settings.setValue(QStringLiteral("hiddenColumns"), hidden.join(QLatin1Char(',')));
    } else {
        settings.remove(QStringLiteral("hiddenColumns"));
    }
    settings.endGroup();
}

void ListPage::restoreLayout(const QSettings &settings, const QString &group)
{
    const QString prefix = group + QLatin1Char('/');
    const QByteArray splitter = settings.value(prefix + QStringLiteral("splitter")).toByteArray();
    if (!splitter.isEmpty() && m_splitter->restoreState(splitter))
        m_widthChosen = true;
    if (settings.contains(prefix + QStringLiteral("hiddenColumns"))) {
        QList<int> hidden;
        for (const QString &c : settings.value(prefix + QStringLiteral("hiddenColumns")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            hidden << c.toInt();
        m_columns->setHiddenColumns(hidden, true);
    }
}

} // namespace sinch::ui
