#pragma once

#include <QTreeView>

namespace sinch::ui {

class NavigationModel;

// The window's left column: the areas under their groups (a NavigationModel), expanded,
// one click or arrow key away from any area. Says which area a person chose; the window
// keeps it in step when an area is shown from elsewhere (the overview, quick open).
class NavigationTree : public QTreeView
{
    Q_OBJECT
public:
    explicit NavigationTree(QWidget *parent = nullptr);

    // Makes `areaId`'s row current without saying so again (nothing for an unknown area).
    void showArea(const QString &areaId);
    // A count beside an area's title ("Inbox (3)"), none for 0.
    void setBadge(const QString &areaId, int count);

signals:
    // The person moved to the row of `areaId` (a group's row: its first area).
    void areaChosen(const QString &areaId);

private:
    NavigationModel *m_model;
};

} // namespace sinch::ui
