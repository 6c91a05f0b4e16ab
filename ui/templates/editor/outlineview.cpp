#include "outlineview.h"

#include "outlinemodel.h"

namespace sinch::ui {

OutlineView::OutlineView(OutlineModel *model, QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("outline"));
    setAccessibleName(tr("Template outline"));
    setModel(model);
    setHeaderHidden(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    expandAll();
    // A new structure (a button or card added, removed or moved) shows whole again; an
    // edit that keeps the structure leaves the rows as the person left them.
    connect(model, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    setMinimumWidth(160);
}

void OutlineView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (roles == QList<int>{Qt::ToolTipRole})
        return;
    QTreeView::dataChanged(topLeft, bottomRight, roles);
}

} // namespace sinch::ui
