#include "transfer/exportprojectdialog.h"

#include "api/apiclient.h"
#include "transfer/folderfield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sinch::ui {

ExportProjectDialog::ExportProjectDialog(ApiClient *client, const QString &projectKey, const ExportSource &source,
                                         QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_projectKey(projectKey)
    , m_source(source)
    , m_folder(new FolderField(tr("Export folder"), tr("Export into folder"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_failures(new QListWidget(this))
{
    setWindowTitle(tr("Export project"));
    setAccessibleName(windowTitle());
    auto *intro = new QLabel(tr("Writes every resource of <b>%1</b> (%2) as JSON files with a manifest: account, senders, "
                                "templates, flows, KakaoTalk and RCS senders, webhooks and activities. No secret or token "
                                "is written. Exporting into the same folder again rewrites only what changed.")
                                 .arg(source.displayName.toHtmlEscaped(), source.projectId.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder->lineEdit());
    form->addRow(folderLabel, m_folder);

    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_status->setAccessibleName(tr("Export status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failures->setAccessibleName(tr("What could not be exported"));
    m_failures->setVisible(false);
    m_failures->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_export->setAccessibleName(tr("Export"));
    m_export->setDefault(true);
    m_close->setAccessibleName(tr("Close"));
    connect(m_export, &QPushButton::clicked, this, &ExportProjectDialog::start);
    connect(m_close, &QPushButton::clicked, this, &ExportProjectDialog::reject);
    connect(m_folder, &FolderField::folderChanged, this, &ExportProjectDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_failures, 1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateButtons();
}

bool ExportProjectDialog::isRunning() const
{
    return m_exporter && m_exporter->isRunning();
}

void ExportProjectDialog::setFolder(const QString &folder)
{
    m_folder->setFolder(folder);
}

void ExportProjectDialog::reject()
{
    // Cancel stops a running export first; the dialog stays to say what was written.
    if (isRunning()) {
        m_status->setText(tr("Cancelling…"));
        m_exporter->cancel();
        return;
    }
    QDialog::reject();
}

void ExportProjectDialog::start()
{
    if (isRunning() || m_folder->folder().isEmpty())
        return;
    m_failures->clear();
    m_failures->setVisible(false);
    m_progress->setRange(0, 0); // busy until the first answer says how much there is
    m_status->setText(tr("Reading the project…"));
    m_exporter = new ProjectExporter(m_client, m_projectKey, m_source, m_folder->folder(), this);
    connect(m_exporter, &ProjectExporter::progress, this, [this](int done, int total, const QString &what) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("Read %1 of %2: %3").arg(done).arg(total).arg(what));
    });
    connect(m_exporter, &ProjectExporter::finished, this, &ExportProjectDialog::finished);
    m_exporter->start();
    updateButtons();
}

void ExportProjectDialog::finished(const ExportSummary &summary)
{
    const ExportManifest &m = summary.manifest;
    m_progress->setRange(0, 1);
    m_progress->setValue(summary.cancelled ? 0 : 1);
    const QString seconds = QLocale().toString(double(summary.elapsedMs) / 1000.0, 'f', 1);
    QString text = summary.cancelled
        ? tr("Cancelled. Files written before it stopped: %1. The folder's manifest says the export is incomplete.")
              .arg(summary.written)
        : tr("Done in %1 s. Files: %2 (%3 written, %4 unchanged, %5 removed).")
              .arg(seconds)
              .arg(m.files.size())
              .arg(summary.written)
              .arg(summary.unchanged)
              .arg(summary.removed);
    if (!m.failures.isEmpty())
        text += QLatin1Char(' ')
            + tr("Parts that could not be read: %1 (below); the rest was written. Export again to retry them.")
                  .arg(m.failures.size());
    m_status->setText(text);
    for (const TransferFailure &f : m.failures)
        m_failures->addItem(tr("%1: %2").arg(f.what, f.error));
    m_failures->setVisible(!m.failures.isEmpty());
    m_exporter->deleteLater();
    updateButtons();
}

void ExportProjectDialog::updateButtons()
{
    const bool running = isRunning();
    const bool folder = !m_folder->folder().isEmpty();
    m_export->setEnabled(!running && folder && m_client);
    m_export->setToolTip(running ? tr("The export is running")
                                 : !folder ? tr("Type or choose the folder to export into first") : QString());
    m_folder->setEnabled(!running);
    m_close->setText(running ? tr("&Cancel") : tr("&Close"));
    m_close->setAccessibleName(running ? tr("Cancel") : tr("Close"));
}

} // namespace sinch::ui
