#include "categoryfilter.h"

#include <QFont>

namespace sinch::ui {

CategoryFilter::CategoryFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void CategoryFilter::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool CategoryFilter::matches(const QModelIndex &sourceIndex) const
{
    if (m_search.isEmpty() || !sourceIndex.isValid())
        return false;
    return sourceIndex.data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive)
        || sourceIndex.data(Qt::UserRole).toString() == m_search;
}

QVariant CategoryFilter::data(const QModelIndex &index, int role) const
{
    if (role == Qt::FontRole && matches(mapToSource(index))) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return QSortFilterProxyModel::data(index, role);
}

bool CategoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    for (QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent); i.isValid(); i = i.parent())
        if (matches(i))
            return true;
    return false;
}

} // namespace sinch::ui
