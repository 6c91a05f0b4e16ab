#include "templatelisttoolbar.h"

#include <QAction>
#include <QMenu>
#include <QTreeView>

namespace sinch::ui {

TemplateListToolBar::TemplateListToolBar(QWidget *page, QTreeView *view)
    : PageToolBar(page)
{
    setObjectName(QStringLiteral("templatesToolBar"));
    setAccessibleName(tr("Template actions"));
    setIconSize(QSize(16, 16));
    newTemplate = addPageAction(QStringLiteral("templates.new"), tr("&New template"), QStringLiteral("add"),
                                tr("Create a WhatsApp template (Ctrl+N)"));
    PageToolBar::makeNewAction(newTemplate);

    open = addPageAction(QStringLiteral("templates.open"), tr("&Open"), QStringLiteral("document-open"),
                         tr("Open the selected language in a tab (Enter)"));
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(open);
    addSeparator();

    compareApproved = createPageAction(QStringLiteral("templates.compareApproved"), tr("Compare with &approved"),
                                       QStringLiteral("document-compare"),
                                       tr("Show the pending changes next to the approved version (Ctrl+D)"));
    compareApproved->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    compareAnalytics =
        createPageAction(QStringLiteral("templates.compareAnalytics"), tr("Compare a&nalytics"),
                         QStringLiteral("view-statistics"), tr("Compare the analytics of two selected templates"));
    addMenuButton(QStringLiteral("templates.compareMenu"), tr("Co&mpare"), QStringLiteral("document-compare"),
                  {compareApproved, compareAnalytics});
    addSeparator();

    deleteChanges = createPageAction(QStringLiteral("templates.deleteChanges"), tr("Delete &pending changes…"),
                                     QStringLiteral("edit-undo"), tr("Drop the pending changes and keep the approved version"));

    deleteLanguage = createPageAction(QStringLiteral("templates.deleteLanguage"), tr("&Delete this language…"),
                                      QStringLiteral("edit-delete"), tr("Delete the selected language of the template (Del)"));
    deleteLanguage->setShortcut(QKeySequence::Delete);
    deleteLanguage->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(deleteLanguage);

    deleteAll = createPageAction(QStringLiteral("templates.deleteAll"), tr("Delete &all languages…"),
                                 QStringLiteral("edit-delete"), tr("Delete the template in every language (Shift+Del)"));
    deleteAll->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    deleteAll->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(deleteAll);
    deleteMenu = addMenuButton(QStringLiteral("templates.deleteMenu"), tr("&Delete"), QStringLiteral("edit-delete"),
                               {deleteChanges, deleteLanguage, deleteAll});
    addSeparator();

    copyJson = addPageAction(QStringLiteral("templates.copyJson"), tr("&Copy as JSON"), QStringLiteral("edit-copy"),
                             tr("Copy the selected templates as JSON (Ctrl+Shift+C)"));
    copyJson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
}

void TemplateListToolBar::fillContextMenu(QMenu *menu, const QList<QAction *> &selectionActions) const
{
    menu->setAccessibleName(tr("Template actions"));
    menu->addActions({open, compareApproved, compareAnalytics});
    menu->addSeparator();
    menu->addActions({deleteChanges, deleteLanguage, deleteAll});
    menu->addSeparator();
    menu->addAction(copyJson);
    menu->addSeparator();
    if (!selectionActions.isEmpty()) {
        menu->addActions(selectionActions);
        menu->addSeparator();
    }
    menu->addAction(newTemplate);
}

void TemplateListToolBar::addSelectionActions(const QList<QAction *> &actions, const QList<QAction *> &deletions)
{
    addSeparator();
    for (QAction *a : actions)
        addButton(a);
    for (QAction *a : deletions)
        addToMenuButton(deleteMenu, a);
}

} // namespace sinch::ui
