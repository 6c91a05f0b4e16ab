#include "listpage.h"

#include "listloadfeedback.h"
#include "messagebar.h"
#include "plaintextdelegate.h"
#include "models/pagedlistmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
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
    m_errorBar->hide();
    if (!projectKey.isEmpty()) {
        m_model = createModel(projectKey);
        if (m_model)
            ListLoadFeedback::connect(m_model, this, m_errorBar, [this] { updateState(); });
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

QByteArray ListPage::saveState() const
{
    return m_splitter->saveState();
}

void ListPage::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

} // namespace sinch::ui
