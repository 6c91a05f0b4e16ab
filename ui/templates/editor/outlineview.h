#pragma once

#include <QTreeView>

namespace sinch::ui {

class OutlineModel;

// The template editor's outline column: the parts of the template as a tree, all expanded,
// whose buttons and cards are reordered by dragging (the model turns a drop into a move).
class OutlineView : public QTreeView
{
    Q_OBJECT
public:
    explicit OutlineView(OutlineModel *model, QWidget *parent = nullptr);
};

} // namespace sinch::ui
