#pragma once

#include <QDialog>

class QTreeWidget;

namespace sinch::ui {

class ActionCollection;

// Help → Keyboard shortcuts: every registered action with its keys, conflicts marked.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(ActionCollection *actions, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace sinch::ui
