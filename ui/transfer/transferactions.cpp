#include "transfer/transferactions.h"

#include "api/apiclient.h"
#include "icons.h"
#include "mainwindow.h"
#include "projects/projectmanager.h"
#include "transfer/exportprojectdialog.h"
#include "transfer/importprojectdialog.h"

#include <QAction>

namespace sinch::ui {

TransferActions::TransferActions(MainWindow *window, ApiClient *client, DraftStore *drafts, MessageBox *box)
    : QObject(window)
    , m_window(window)
    , m_client(client)
    , m_drafts(drafts)
    , m_box(box)
    , m_export(new QAction(Icons::get(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton), tr("&Export project…"), window))
    , m_import(new QAction(Icons::get(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton), tr("&Import into project…"), window))
{
    m_export->setObjectName(QStringLiteral("exportProject"));
    m_import->setObjectName(QStringLiteral("importProject"));
    window->addAction(m_export);
    window->addAction(m_import);
    connect(m_export, &QAction::triggered, this, &TransferActions::openExport);
    connect(m_import, &QAction::triggered, this, &TransferActions::openImport);
    connect(window, &MainWindow::currentProjectChanged, this, &TransferActions::update);
    connect(window->projectManager(), &ProjectManager::projectReady, this, &TransferActions::update);
    connect(window->projectManager(), &ProjectManager::projectNotReady, this, &TransferActions::update);
    connect(window->projectManager(), &ProjectManager::projectsChanged, this, &TransferActions::update);
    update();
}

void TransferActions::update()
{
    const QUuid id = m_window->currentProject();
    const bool ready = !id.isNull() && m_window->projectManager()->isReady(id);
    const QString why = id.isNull() ? tr("Choose a project first") : tr("The project is not connected yet");
    m_export->setEnabled(ready);
    m_import->setEnabled(ready);
    m_export->setToolTip(ready ? tr("Write every resource of the project as JSON files") : why);
    m_import->setToolTip(ready ? tr("Recreate the templates and webhooks of an export in this project") : why);
}

void TransferActions::openExport()
{
    const std::optional<Project> project = m_window->projectManager()->project(m_window->currentProject());
    if (!project || !m_export->isEnabled())
        return;
    if (!m_exportDialog) {
        m_exportDialog = new ExportProjectDialog(m_client, ProjectManager::keyFor(project->id),
                                                 ExportSource{project->projectId, project->baseUrl, project->displayName},
                                                 m_window);
        m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_exportDialog->show();
    m_exportDialog->raise();
    m_exportDialog->activateWindow();
}

void TransferActions::openImport()
{
    const std::optional<Project> project = m_window->projectManager()->project(m_window->currentProject());
    if (!project || !m_import->isEnabled())
        return;
    if (!m_importDialog) {
        m_importDialog = new ImportProjectDialog(m_client, ProjectManager::keyFor(project->id), project->displayName, m_drafts,
                                                 m_box, m_window);
        m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_importDialog->show();
    m_importDialog->raise();
    m_importDialog->activateWindow();
}

} // namespace sinch::ui
