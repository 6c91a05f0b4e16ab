#pragma once

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace sinch {
class ApiClient;
class TemplateCollection;
}

namespace sinch::ui {

// File → Export catalogue…: the current project's WhatsApp templates, filtered by state,
// category and language, as a PDF contact sheet (TemplateCatalogueWriter), light or dark.
// Reads the templates, then draws the pages on a worker thread with a progress bar;
// Cancel stops either step and leaves no file behind.
class CatalogueExportDialog : public QDialog
{
    Q_OBJECT
public:
    CatalogueExportDialog(ApiClient *client, const QString &projectKey, const QString &projectName,
                          QWidget *parent = nullptr);
    ~CatalogueExportDialog() override;

    QLineEdit *fileEdit() const { return m_file; }
    QString statusText() const;
    bool isRunning() const;

signals:
    void exported(const QString &fileName, int templates, int pages);

private:
    void browse();
    void start();
    void draw();
    void finish(bool ok, const QString &error);
    void stop();
    void updateButtons();

    QPointer<ApiClient> m_client;
    QString m_projectKey;
    QString m_projectName;
    QComboBox *m_state;
    QComboBox *m_category;
    QComboBox *m_language;
    QComboBox *m_theme;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    TemplateCollection *m_collection = nullptr;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace sinch::ui
