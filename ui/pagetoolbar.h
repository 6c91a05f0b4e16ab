#pragma once

#include <QList>
#include <QToolBar>

class QAction;

namespace sinch::ui {

// The toolbar of a list page and the page's actions in it. Each action belongs to the
// page (its key works anywhere in the page: WidgetWithChildrenShortcut; New anywhere in
// the window while the page shows, makeNewAction), shows as a button
// beside its words, which a screen reader reads without the mnemonic and the ellipsis, and
// is listed in pageActions() (the window lists their keys in Help › Keyboard shortcuts).
class PageToolBar : public QToolBar
{
    Q_OBJECT
public:
    explicit PageToolBar(QWidget *page);

    // A new action of the page, named `name` (tests and the shortcut settings find it by it).
    QAction *addPageAction(const QString &name, const QString &text, const QString &icon, const QString &tip);
    // Makes `action` its page's New (Ctrl+N), which works anywhere in the window while the
    // page shows: after a click on the page's area the navigation has the focus, and the
    // page says "create one (Ctrl+N)". Only the shown page is visible, and Qt offers the
    // shortcut of visible widgets' actions alone, so one page's New answers at a time.
    static void makeNewAction(QAction *action);
    // An action made elsewhere (the bulk jobs on a selection) as a button of its own.
    void addButton(QAction *action);
    QList<QAction *> pageActions() const { return m_pageActions; }

private:
    QWidget *m_page;
    QList<QAction *> m_pageActions;
};

} // namespace sinch::ui
