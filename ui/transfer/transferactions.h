#pragma once

#include "transfer/exportprojectdialog.h"
#include "transfer/importprojectdialog.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace sinch {
class ApiClient;
class DraftStore;
}

namespace sinch::ui {

class MainWindow;
class MessageBox;

// File › Export project… and File › Import into project…: the two actions, enabled while
// the window's current project is ready (the tooltip says why not), and their dialogs
// (one of each at a time, for the project current when it opened).
class TransferActions : public QObject
{
    Q_OBJECT
public:
    TransferActions(MainWindow *window, ApiClient *client, DraftStore *drafts, MessageBox *box);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    ExportProjectDialog *exportDialog() const { return m_exportDialog; }
    ImportProjectDialog *importDialog() const { return m_importDialog; }

    void openExport();
    void openImport();

private:
    void update();

    MainWindow *m_window;
    QPointer<ApiClient> m_client;
    DraftStore *m_drafts;
    MessageBox *m_box;
    QAction *m_export;
    QAction *m_import;
    QPointer<ExportProjectDialog> m_exportDialog;
    QPointer<ImportProjectDialog> m_importDialog;
};

} // namespace sinch::ui
