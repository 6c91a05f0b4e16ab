#include "projectactions.h"

#include "addprojectdialog.h"
#include "messagebox.h"
#include "projectmanager.h"
#include "api/apiclient.h"
#include "auth/credentialstore.h"

namespace sinch::ui {

ProjectActions::ProjectActions(ProjectManager *projects, ApiClient *client, MessageBox *box, QWidget *window)
    : QObject(window)
    , m_projects(projects)
    , m_client(client)
    , m_box(box)
    , m_window(window)
{
}

void ProjectActions::add()
{
    auto *dialog = new AddProjectDialog(m_projects, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMessageBox(m_box);
    connect(dialog, &AddProjectDialog::saved, this, &ProjectActions::onSaved);
    dialog->open();
}

void ProjectActions::edit(const QUuid &id)
{
    const auto p = m_projects->project(id);
    if (!p || m_projects->isTransient(p->id))
        return;
    auto *dialog = new AddProjectDialog(m_projects, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMessageBox(m_box);
    const QString key = ProjectManager::keyFor(p->id);
    dialog->setProject(*p, m_client && m_client->hasEndpoint(key) ? m_client->endpoint(key).keySecret : QString());
    connect(dialog, &AddProjectDialog::saved, this, &ProjectActions::onSaved);
    dialog->open();
}

void ProjectActions::onSaved(const Project &project, const SecretResult &result)
{
    emit projectSaved(project);
    if (!result.ok || !result.persisted)
        emit warning(result.error.isEmpty() ? tr("The key secret of “%1” is kept only until you quit.").arg(project.displayName)
                                            : result.error);
    emit done(tr("Project “%1” saved.").arg(project.displayName));
}

void ProjectActions::remove(const QUuid &id)
{
    const auto p = m_projects->project(id);
    if (!p || m_projects->isTransient(p->id))
        return;
    const Project project = *p;
    m_box->confirm(m_window, tr("Remove project"),
                   tr("Remove the project “%1” from this computer? Its settings and the key secret in the keychain "
                      "are deleted; nothing changes on the Sinch side.").arg(project.displayName),
                   tr("Remove"), this, [this, project]() {
                       emit projectRemoved(project);
                       m_projects->remove(project.id, this, [this, project](const SecretResult &r) {
                           if (!r.ok)
                               emit warning(tr("“%1” was removed, but its key secret could not be deleted from the "
                                               "keychain: %2").arg(project.displayName, r.error));
                       });
                       emit done(tr("Project “%1” removed.").arg(project.displayName));
                   });
}

} // namespace sinch::ui
