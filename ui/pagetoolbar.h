#pragma once

#include <QList>
#include <QToolBar>

class QAction;
class QToolButton;

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
    // The same action without a button: it is shown in a menu button (addMenuButton).
    QAction *createPageAction(const QString &name, const QString &text, const QString &icon, const QString &tip);
    // One button for related actions (made by createPageAction), which opens their menu:
    // a page with a dozen actions keeps its toolbar within the room a list leaves it, in
    // every language. Enabled while one of them is.
    QToolButton *addMenuButton(const QString &name, const QString &text, const QString &icon,
                               const QList<QAction *> &actions);
    // One more action in the menu of such a button, after a separator.
    void addToMenuButton(QToolButton *button, QAction *action);
    // Makes `action` its page's New (Ctrl+N), which works anywhere in the window while the
    // page shows: after a click on the page's area the navigation has the focus, and the
    // page says "create one (Ctrl+N)". Only the shown page is visible, and Qt offers the
    // shortcut of visible widgets' actions alone, so one page's New answers at a time.
    static void makeNewAction(QAction *action);
    // An action made elsewhere (the bulk jobs on a selection) as a button of its own.
    void addButton(QAction *action);
    QList<QAction *> pageActions() const { return m_pageActions; }

private:
    // A button's words as a screen reader says them: no mnemonic, no ellipsis.
    static QString spoken(QString text);
    // Enables a menu button while one of its menu's actions is enabled.
    static void followMenu(QToolButton *button);

    QWidget *m_page;
    QList<QAction *> m_pageActions;
};

} // namespace sinch::ui
