#pragma once

#include "bulkclonedialog.h"
#include "bulkjobdialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;

namespace sinch {
class ApiClient;
class BulkJob;
class Clock;
}

namespace sinch::ui {

class MessageBox;
class TemplatesPage;

// The bulk jobs of the WhatsApp template list on its selected rows: Clone… (to a project
// and languages, BulkCloneDialog), Delete… (confirmed), Export… (JSON files in a folder)
// and the last job's report. One
// job at a time; it runs in the background with its BulkJobDialog, which stays with its
// report after the job until the next one. The list is refreshed after a job that changed
// the page's project.
class TemplateBulkActions : public QObject
{
    Q_OBJECT
public:
    using Targets = std::function<QList<CloneTarget>()>;

    TemplateBulkActions(TemplatesPage *page, ApiClient *client, MessageBox *box, Targets targets);
    void setClock(Clock *clock) { m_clock = clock; }
    // Where Export selected… asks for its folder (a QFileDialog unless a test says otherwise);
    // an empty answer cancels.
    using FolderChooser = std::function<QString(QWidget *parent)>;
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }

    QAction *cloneAction() const { return m_clone; }
    QAction *deleteAction() const { return m_delete; }
    QAction *exportAction() const { return m_export; }
    QAction *reportAction() const { return m_report; }
    BulkJobDialog *jobDialog() const { return m_dialog; }
    BulkCloneDialog *cloneDialog() const { return m_cloneDialog; }

signals:
    void jobStarted(sinch::BulkJob *job);

private:
    void update();
    void cloneSelected();
    void deleteSelected();
    void exportSelected();
    void run(BulkJob *job, bool changesThisProject);
    bool jobRunning() const;

    TemplatesPage *m_page;
    QPointer<ApiClient> m_client;
    MessageBox *m_box;
    Targets m_targets;
    Clock *m_clock = nullptr;
    QAction *m_clone;
    QAction *m_delete;
    QAction *m_export;
    FolderChooser m_chooseFolder;
    QAction *m_report;
    QPointer<BulkJobDialog> m_dialog;
    QPointer<BulkCloneDialog> m_cloneDialog;
};

} // namespace sinch::ui
