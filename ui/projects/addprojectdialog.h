#pragma once

#include "auth/credentialstore.h"
#include "storage/project.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QWidget;

namespace sinch {
class ApiClient;
class ApiJob;
struct ApiResult;
}

namespace sinch::ui {

class ProjectManager;

// Add project (and Edit project): the fields of a Project plus the key secret, checked as
// the user types with Project::errors()/warnings(). "Test and save" asks the API for one
// webhook with the entered key (a temporary endpoint, nothing saved yet); only when that
// works are the project and its secret saved. Cancel works while testing.
class MessageBox;

class AddProjectDialog : public QDialog
{
    Q_OBJECT
public:
    AddProjectDialog(ProjectManager *projects, QWidget *parent = nullptr);
    ~AddProjectDialog() override;

    // Asks through `box` before Cancel or Escape drops what the person typed.
    void setMessageBox(MessageBox *box) { m_box = box; }
    // Edit mode: fields filled, secret optional (empty keeps `currentSecret`).
    void setProject(const Project &project, const QString &currentSecret);

    Project project() const;       // what the fields say now
    QString secret() const;
    QStringList errors() const;    // what blocks saving
    QStringList warnings() const;
    bool isTesting() const { return !m_job.isNull(); }
    QString statusText() const;

    QLineEdit *displayNameEdit() const { return m_name; }
    QLineEdit *projectIdEdit() const { return m_projectId; }
    QLineEdit *keyIdEdit() const { return m_keyId; }
    QLineEdit *secretEdit() const { return m_secret; }
    QComboBox *authModeBox() const { return m_authMode; }
    QComboBox *regionBox() const { return m_region; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *tokenUrlEdit() const { return m_tokenUrl; }
    QPushButton *saveButton() const { return m_save; }

signals:
    // The project and its secret are saved; `secretResult` is the keychain's answer
    // (persisted=false: kept for this run only, with the store's sentence in error).
    void saved(const sinch::Project &project, const sinch::SecretResult &secretResult);

public slots:
    void testAndSave();
    void reject() override;

private:
    void validate();
    // The region that holds `url`, or an "Other" entry for another host.
    void setConversationUrl(const QUrl &url);
    void setTesting(bool testing);
    void onTestResult(const ApiResult &result);
    void finishTest();

    QPointer<ProjectManager> m_projects;
    Project m_base;            // id and sandbox flag of the edited project
    QString m_currentSecret;
    bool m_editing = false;
    bool m_touched = false;
    bool m_discardConfirmed = false;
    MessageBox *m_box = nullptr;
    QPointer<QWidget> m_refocus; // where the keyboard was when the test started
    QString m_testKey;
    QPointer<ApiJob> m_job;

    QLineEdit *m_name;
    QLineEdit *m_projectId;
    QLineEdit *m_keyId;
    QLineEdit *m_secret;
    QComboBox *m_authMode;
    QComboBox *m_region;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    QLineEdit *m_baseUrl;
    QLineEdit *m_tokenUrl;
    QLabel *m_problems;
    QLabel *m_status;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
};

} // namespace sinch::ui
