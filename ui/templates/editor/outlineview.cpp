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
    setMinimumWidth(160);
}

} // namespace sinch::ui
