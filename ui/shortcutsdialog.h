#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace sinch::ui {

class ActionCollection;

// Help → Keyboard shortcuts: every registered action of the window with its keys (conflicts
// marked), then under a heading each of `scopes`, the keys of what is on screen (the page
// shown, the document tab shown), read from their actions, and last the keys every editor
// has. Only what works now is listed: a hidden action (a project switch beyond the projects
// there are) is not.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Scope
    {
        QString heading; // "On this page: Templates"
        QWidget *widget = nullptr;
    };
    ShortcutsDialog(ActionCollection *actions, const QList<Scope> &scopes, QWidget *parent = nullptr);

    // What the window shows in `tabs`: `page` (the area's, on the first tab) or the document
    // tab shown.
    static QList<Scope> onScreen(QTabWidget *tabs, QWidget *page);

    QTreeWidget *list() const { return m_list; }
    // The actions with keys of `widget` and every widget in it, each once, in the order met.
    static QList<QAction *> actionsWithKeys(QWidget *widget);

private:
    void addHeading(const QString &text);
    QTreeWidgetItem *addRow(const QString &name, const QList<QKeySequence> &keys);

    QTreeWidget *m_list;
};

} // namespace sinch::ui
