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

protected:
    // A row whose tooltip alone changed is neither laid out nor painted again: the tooltip
    // is read from the model when it shows.
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) override;
};

} // namespace sinch::ui
