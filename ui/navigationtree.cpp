#include "navigationtree.h"

#include "navigationmodel.h"

namespace sinch::ui {

NavigationTree::NavigationTree(QWidget *parent)
    : QTreeView(parent)
    , m_model(new NavigationModel(this))
{
    setObjectName(QStringLiteral("navigation"));
    setAccessibleName(tr("Navigation"));
    setModel(m_model);
    setHeaderHidden(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformRowHeights(true);
    setIndentation(14);
    expandAll();
    setMinimumWidth(180);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const QString id = m_model->areaAt(index);
        if (!id.isEmpty())
            emit areaChosen(id);
    });
}

void NavigationTree::showArea(const QString &areaId)
{
    // Its row's currentChanged says areaChosen, which shows the same area again: harmless,
    // as showing the shown area changes nothing, but not done when the row is current.
    if (const QModelIndex row = m_model->indexOf(areaId); row.isValid() && currentIndex() != row)
        setCurrentIndex(row);
}

void NavigationTree::setBadge(const QString &areaId, int count)
{
    m_model->setBadge(areaId, count);
}

} // namespace sinch::ui
