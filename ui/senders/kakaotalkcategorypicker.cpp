#include "kakaotalkcategorypicker.h"

#include "categoryfilter.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
        auto *item = new QStandardItem(c.value(QLatin1String("name")).toString());
        item->setData(c.value(QLatin1String("code")).toString(), CodeRole);
        item->setEditable(false);
        item->setToolTip(KakaotalkCategoryPicker::tr("Code %1").arg(c.value(QLatin1String("code")).toString()));
        addBranch(item, c.value(QLatin1String("subcategories")).toArray());
        parent->appendRow(item);
    }
}

} // namespace

KakaotalkCategoryPicker::KakaotalkCategoryPicker(const QJsonArray &categories, const QStringList &current, QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new CategoryFilter(this))
    , m_search(new QLineEdit)
    , m_tree(new QTreeView)
    , m_path(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("kakaotalkCategoryPicker"));
    setWindowTitle(tr("Choose the sender's category"));
    setAccessibleName(tr("Category picker"));
    addBranch(m_model->invisibleRootItem(), categories);
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
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->installEventFilter(this);

    m_path->setObjectName(QStringLiteral("categoryPath"));
    m_path->setAccessibleName(tr("Chosen category"));
    m_path->setWordWrap(true);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("C&hoose"));
    ok->setAccessibleName(tr("Choose category"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KakaotalkCategoryPicker::chooseCurrent);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &KakaotalkCategoryPicker::filter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &KakaotalkCategoryPicker::currentChanged);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (isLeaf(index))
            chooseCurrent();
        else
            m_tree->setExpanded(index, !m_tree->isExpanded(index));
    });

    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    row->addWidget(searchLabel);
    row->addWidget(m_search, 1);
    layout->addLayout(row);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_path);
    layout->addWidget(m_buttons);
    resize(460, 520);

    // The category chosen so far, selected and shown.
    QModelIndex at;
    for (const QString &code : current) {
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
    currentChanged();
    m_search->setFocus();
}

KakaotalkCategoryPicker::~KakaotalkCategoryPicker() = default;

bool KakaotalkCategoryPicker::isLeaf(const QModelIndex &index) const
{
    return index.isValid() && !m_model->hasChildren(m_proxy->mapToSource(index));
}

QModelIndex KakaotalkCategoryPicker::firstLeaf(const QModelIndex &parent) const
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

void KakaotalkCategoryPicker::filter(const QString &text)
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
    currentChanged();
}

QStringList KakaotalkCategoryPicker::codes() const
{
    QStringList out;
    for (QModelIndex i = m_tree->currentIndex(); i.isValid(); i = i.parent())
        out.prepend(i.data(CodeRole).toString());
    return out;
}

QStringList KakaotalkCategoryPicker::names() const
{
    QStringList out;
    for (QModelIndex i = m_tree->currentIndex(); i.isValid(); i = i.parent())
        out.prepend(i.data(Qt::DisplayRole).toString());
    return out;
}

void KakaotalkCategoryPicker::currentChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    const bool leaf = isLeaf(current);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(leaf);
    ok->setToolTip(leaf ? tr("Use this category (Enter)")
                        : tr("Choose a category of the third level: open a branch (→) and pick one of its entries."));
    if (!current.isValid())
        m_path->setText(m_proxy->rowCount() == 0 ? tr("No category matches “%1”.").arg(m_search->text())
                                                 : tr("No category chosen."));
    else
        m_path->setText(leaf ? tr("Chosen: %1").arg(pathText(names())) : tr("%1 › … (choose one of its entries)").arg(pathText(names())));
}

void KakaotalkCategoryPicker::chooseCurrent()
{
    if (isLeaf(m_tree->currentIndex()))
        accept();
}

bool KakaotalkCategoryPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)) {
            m_tree->setFocus(Qt::TabFocusReason);
            if (!m_tree->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_tree->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if (watched == m_search && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            chooseCurrent();
            return true;
        }
        if (watched == m_tree && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            const QModelIndex i = m_tree->currentIndex();
            if (isLeaf(i))
                chooseCurrent();
            else if (i.isValid())
                m_tree->setExpanded(i, !m_tree->isExpanded(i));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QStringList KakaotalkCategoryPicker::pathNames(const QJsonArray &categories, const QStringList &codes)
{
    QStringList out;
    QJsonArray level = categories;
    for (const QString &code : codes) {
        bool found = false;
        for (const QJsonValue &v : std::as_const(level)) {
            const QJsonObject c = v.toObject();
            if (c.value(QLatin1String("code")).toString() == code) {
                out << c.value(QLatin1String("name")).toString();
                level = c.value(QLatin1String("subcategories")).toArray();
                found = true;
                break;
            }
        }
        if (!found)
            return {};
    }
    return out;
}

QString KakaotalkCategoryPicker::pathText(const QStringList &names)
{
    return names.join(QStringLiteral(" › "));
}

} // namespace sinch::ui
