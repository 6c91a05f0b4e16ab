#pragma once

#include "transfer/projectexporter.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace sinch {
class ApiClient;
}

namespace sinch::ui {

class FolderField;

// File › Export project…: every resource of the current project into a folder, in the
// background (ProjectExporter), with its progress, a Cancel that stops it, and what failed
// listed while the rest is written. Exporting into the same folder again rewrites only
// what changed; the dialog says how many files were written and left alone.
class ExportProjectDialog : public QDialog
{
    Q_OBJECT
public:
    ExportProjectDialog(ApiClient *client, const QString &projectKey, const ExportSource &source, QWidget *parent = nullptr);

    bool isRunning() const;
    void setFolder(const QString &folder);

protected:
    void reject() override;

private:
    void start();
    void finished(const ExportSummary &summary);
    void updateButtons();

    QPointer<ApiClient> m_client;
    QString m_projectKey;
    ExportSource m_source;
    QPointer<ProjectExporter> m_exporter;
    FolderField *m_folder;
    QProgressBar *m_progress;
    QLabel *m_status;
    QListWidget *m_failures;
    QPushButton *m_export;
    QPushButton *m_close;
};

} // namespace sinch::ui
