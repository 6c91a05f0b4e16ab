#pragma once

#include "storage/project.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

namespace sinch {
class ApiClient;
struct SecretResult;
}

namespace sinch::ui {

class MessageBox;
class ProjectManager;

// Adding, editing and removing a project from the window: the dialog (which tests the
// key), the confirmation before a removal, and what a user must be told afterwards (a
// secret kept only until quitting, a keychain that would not forget one). The window
// follows with projectSaved() / projectRemoved().
class ProjectActions : public QObject
{
    Q_OBJECT
public:
    ProjectActions(ProjectManager *projects, ApiClient *client, MessageBox *box, QWidget *window);

    void add();
    void edit(const QUuid &id);
    void remove(const QUuid &id);

signals:
    void projectSaved(const sinch::Project &project);
    void projectRemoved(const sinch::Project &project);
    // Something the user should know, for the window's banner (a warning).
    void warning(const QString &text);
    // A short confirmation for the status bar.
    void done(const QString &text);

private:
    void onSaved(const Project &project, const SecretResult &result);

    ProjectManager *m_projects;
    QPointer<ApiClient> m_client;
    MessageBox *m_box;
    QWidget *m_window;
};

} // namespace sinch::ui
