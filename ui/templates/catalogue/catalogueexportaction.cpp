#include "catalogueexportaction.h"

#include "catalogueexportdialog.h"
#include "icons.h"

#include <QMenu>

namespace sinch::ui {

CatalogueExportAction::CatalogueExportAction(ApiClient *client, CurrentProject current, QWidget *window)
    : QAction(Icons::get(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton), tr("Export &catalogue…"), window)
    , m_client(client)
    , m_current(std::move(current))
    , m_window(window)
{
    setObjectName(QStringLiteral("exportCatalogue"));
    setStatusTip(tr("Print the current project's WhatsApp templates as previews on a PDF contact sheet"));
    connect(this, &QAction::triggered, this, &CatalogueExportAction::exportCatalogue);
}

void CatalogueExportAction::followMenu(QMenu *menu)
{
    connect(menu, &QMenu::aboutToShow, this, &CatalogueExportAction::updateEnabled);
}

void CatalogueExportAction::updateEnabled()
{
    const bool ready = !m_current().key.isEmpty();
    setEnabled(ready);
    setToolTip(ready ? QString() : tr("Choose a project that is ready first"));
}

void CatalogueExportAction::exportCatalogue()
{
    const Project project = m_current();
    if (project.key.isEmpty())
        return;
    auto *dialog = new CatalogueExportDialog(m_client, project.key, project.name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace sinch::ui
