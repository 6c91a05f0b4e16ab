#pragma once

#include <QList>
#include <QObject>
#include <QUuid>

class QAction;
class QComboBox;
class QToolBar;
class QWidget;

namespace sinch {
struct Project;
}

namespace sinch::ui {

class ActionCollection;

// How a person changes project: the toolbar's "Project:" chooser and Ctrl+1 … Ctrl+9 (in the
// Project menu), the projects in their stored order and a sandbox marked as one. It says which
// project was chosen; the window decides what that changes.
class ProjectSwitcher : public QObject
{
    Q_OBJECT
public:
    // The switch actions are the window's (its shortcuts) and registered in `actions`.
    ProjectSwitcher(ActionCollection *actions, QWidget *window);

    // The label and the chooser, at the end of `bar`.
    void addTo(QToolBar *bar);
    QComboBox *comboBox() const { return m_combo; }
    QList<QAction *> switchActions() const { return m_switchActions; }

    // The projects to choose from; none is current until setCurrent() says which.
    void setProjects(const QList<Project> &projects);
    void setCurrent(const QUuid &id);

signals:
    void chosen(const QUuid &id);

private:
    QComboBox *m_combo = nullptr;
    QList<QAction *> m_switchActions;
    QList<QUuid> m_order; // the projects Ctrl+1 … Ctrl+9 switch to
};

} // namespace sinch::ui
