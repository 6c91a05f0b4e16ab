#include "kakaotalkcategorytree.h"

#include "categoryfilter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {

constexpr int CodeRole = Qt::UserRole;

void addBranch(QStandardItem *parent, const QJsonArray &categories)
{
    for (const QJsonValue &v : categories) {
        const QJsonObject c = v.toObject();
        const QString code = c.value(QLatin1String("code")).toString();
        auto *item = new QStandardItem(c.value(QLatin1String("name")).toString());
        item->setData(code, CodeRole);
        item->setEditable(false);
        item->setToolTip(KakaotalkCategoryTree::tr("Code %1").arg(code));
        auto *codeItem = new QStandardItem(code);
        codeItem->setEditable(false);
        addBranch(item, c.value(QLatin1String("subcategories")).toArray());
        parent->appendRow({item, codeItem});
    }
}

} // namespace

KakaotalkCategoryTree::KakaotalkCategoryTree(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new CategoryFilter(this))
    , m_search(new QLineEdit)
    , m_tree(new QTreeView)
{
    m_model->setHorizontalHeaderLabels({tr("Category"), tr("Code")});
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("categorySearch"));
    m_search->setAccessibleName(tr("Search categories"));
    m_search->setPlaceholderText(tr("Search all three levels (↓ goes to the list)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    auto *searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);

    m_tree->setObjectName(QStringLiteral("categoryTree"));
    m_tree->setAccessibleName(tr("Categories"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->installEventFilter(this);
    setCodesShown(false);

    connect(m_search, &QLineEdit::textChanged, this, &KakaotalkCategoryTree::filter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &KakaotalkCategoryTree::currentChanged);
    connect(m_tree, &QTreeView::activated, this, &KakaotalkCategoryTree::activate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(searchLabel);
    row->addWidget(m_search, 1);
    layout->addLayout(row);
    layout->addWidget(m_tree, 1);
    setFocusProxy(m_search);
}

KakaotalkCategoryTree::~KakaotalkCategoryTree() = default;

void KakaotalkCategoryTree::setCategories(const QJsonArray &categories)
{
    const QStringList current = codes();
    m_model->removeRows(0, m_model->rowCount());
    addBranch(m_model->invisibleRootItem(), categories);
    select(current); // a refresh keeps the place
    emit currentChanged();
}

void KakaotalkCategoryTree::setCodesShown(bool shown)
{
    m_tree->setHeaderHidden(!shown);
    m_tree->setColumnHidden(1, !shown);
    if (shown)
        m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

void KakaotalkCategoryTree::select(const QStringList &codes)
{
    QModelIndex at;
    for (const QString &code : codes) {
        QModelIndex found;
        for (int r = 0; r < m_proxy->rowCount(at) && !found.isValid(); ++r)
            if (m_proxy->index(r, 0, at).data(CodeRole).toString() == code)
                found = m_proxy->index(r, 0, at);
        if (!found.isValid())
            break;
        at = found;
    }
    if (at.isValid()) {
        m_tree->setCurrentIndex(at);
        m_tree->scrollTo(at);
    }
}

bool KakaotalkCategoryTree::isLeaf(const QModelIndex &index) const
{
    return index.isValid() && !m_model->hasChildren(m_proxy->mapToSource(index.siblingAtColumn(0)));
}

bool KakaotalkCategoryTree::currentIsLeaf() const
{
    return isLeaf(m_tree->currentIndex());
}

bool KakaotalkCategoryTree::isEmpty() const
{
    return m_model->rowCount() == 0;
}

QString KakaotalkCategoryTree::search() const
{
    return m_search->text();
}

bool KakaotalkCategoryTree::matchesNothing() const
{
    return m_proxy->rowCount() == 0;
}

QModelIndex KakaotalkCategoryTree::firstLeaf(const QModelIndex &parent) const
{
    for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
        const QModelIndex i = m_proxy->index(r, 0, parent);
        if (isLeaf(i) && (m_proxy->matches(m_proxy->mapToSource(i)) || m_proxy->search().isEmpty()))
            return i;
        if (const QModelIndex leaf = firstLeaf(i); leaf.isValid())
            return leaf;
    }
    return QModelIndex();
}

void KakaotalkCategoryTree::filter(const QString &text)
{
    m_proxy->setSearch(text);
    if (text.trimmed().isEmpty()) {
        m_tree->collapseAll();
    } else {
        m_tree->expandAll();
        // The first matching category is ready for Enter (or ↓ into the list).
        QModelIndex leaf = firstLeaf(QModelIndex());
        if (!leaf.isValid() && m_proxy->rowCount() > 0)
            leaf = m_proxy->index(0, 0);
        if (leaf.isValid())
            m_tree->setCurrentIndex(leaf);
    }
    emit currentChanged();
}

QStringList KakaotalkCategoryTree::codes() const
{
    QStringList out;
    for (QModelIndex i = m_tree->currentIndex().siblingAtColumn(0); i.isValid(); i = i.parent())
        out.prepend(i.data(CodeRole).toString());
    return out;
}

QStringList KakaotalkCategoryTree::names() const
{
    QStringList out;
    for (QModelIndex i = m_tree->currentIndex().siblingAtColumn(0); i.isValid(); i = i.parent())
        out.prepend(i.data(Qt::DisplayRole).toString());
    return out;
}

void KakaotalkCategoryTree::activate(const QModelIndex &index)
{
    if (isLeaf(index))
        emit leafChosen();
    else if (index.isValid())
        m_tree->setExpanded(index.siblingAtColumn(0), !m_tree->isExpanded(index.siblingAtColumn(0)));
}

bool KakaotalkCategoryTree::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)) {
            m_tree->setFocus(Qt::TabFocusReason);
            if (!m_tree->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_tree->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if (watched == m_search && enter) {
            if (currentIsLeaf())
                emit leafChosen();
            return true;
        }
        if (watched == m_tree && enter) {
            activate(m_tree->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sinch::ui
