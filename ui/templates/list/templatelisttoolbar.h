#pragma once

#include "pagetoolbar.h"

class QMenu;
class QTreeView;

namespace sinch::ui {

// The template list's toolbar and its actions, in groups: make and open, compare, delete,
// copy; each compare and each delete in its group's menu (the toolbar shares its row with
// the details pane). Open and the deletes also answer their keys in `view` (Enter, Del,
// Shift+Del). The page connects each action and enables it by its selection.
class TemplateListToolBar : public PageToolBar
{
    Q_OBJECT
public:
    TemplateListToolBar(QWidget *page, QTreeView *view);

    // The list's context menu: these actions, the bulk jobs on a selection, New.
    void fillContextMenu(QMenu *menu, const QList<QAction *> &selectionActions) const;
    // The bulk jobs on a selection as buttons, their deletions in the Delete menu.
    void addSelectionActions(const QList<QAction *> &actions, const QList<QAction *> &deletions);

    QAction *newTemplate = nullptr;
    QAction *open = nullptr;
    QAction *compareApproved = nullptr;
    QAction *compareAnalytics = nullptr;
    QAction *deleteChanges = nullptr;
    QAction *deleteLanguage = nullptr;
    QAction *deleteAll = nullptr;
    QToolButton *deleteMenu = nullptr;
    QAction *copyJson = nullptr;
};

} // namespace sinch::ui
