#pragma once

#include "transfer/importapplier.h"
#include "transfer/importplanner.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sinch {
class ApiClient;
class DraftStore;
}

namespace sinch::ui {

class FolderField;
class MessageBox;

// File › Import into project…: the templates and webhooks of a project export recreated
// in the current project. Plan reads the export and the project (ImportPlanner) and lists
// every resource with a check box: new ones checked, identical ones skipped, conflicts
// unchecked with their differences beside. Import applies the checked ones in the
// background (ImportApplier). A new webhook takes the secret typed for it, or gets one made
// and shown once when the import ends (webhook secrets are never exported).
class ImportProjectDialog : public QDialog
{
    Q_OBJECT
public:
    ImportProjectDialog(ApiClient *client, const QString &projectKey, const QString &projectName, DraftStore *drafts,
                        MessageBox *box, QWidget *parent = nullptr);

    bool isRunning() const;
    void setFolder(const QString &folder);

protected:
    void reject() override;

private:
    void plan();
    void planned(const QList<ImportItem> &items, const QList<TransferFailure> &failures);
    void apply();
    void applied(const ImportResult &result);
    void showCurrent();
    void setFailures(const QList<TransferFailure> &failures);
    QList<ImportItem> chosen() const;
    void updateButtons();

    QPointer<ApiClient> m_client;
    QString m_projectKey;
    DraftStore *m_drafts;
    MessageBox *m_box;
    QList<ImportItem> m_items;
    QHash<QString, QString> m_secrets; // webhook item key -> the secret typed for it
    QString m_applied; // what the last import did, said again above the plan that follows it
    QPointer<ImportPlanner> m_planner;
    QPointer<ImportApplier> m_applier;
    FolderField *m_folder;
    QPushButton *m_planButton;
    QTreeWidget *m_plan;
    QPlainTextEdit *m_details;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QCheckBox *m_asDrafts;
    QProgressBar *m_progress;
    QLabel *m_status;
    QListWidget *m_failures;
    QPushButton *m_import;
    QPushButton *m_close;
};

} // namespace sinch::ui
