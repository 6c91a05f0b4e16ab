#include "bulkjobdialog.h"

#include "theme.h"
#include "services/bulkjob.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sinch::ui {

BulkJobDialog::BulkJobDialog(BulkJob *job, QWidget *parent)
    : QDialog(parent)
    , m_job(job)
{
    setWindowTitle(job->title());
    setObjectName(QStringLiteral("bulkJobDialog"));
    m_title = new QLabel(job->title(), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, job->count());
    m_progress->setFormat(tr("%v of %m"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_results = new QTreeWidget(this);
    m_results->setAccessibleName(tr("Results"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setHeaderLabels({tr("Item"), tr("Result"), tr("Why")});
    m_results->header()->setStretchLastSection(true);
    for (int i = 0; i < job->count(); ++i)
        new QTreeWidgetItem(m_results, {job->label(i), BulkJob::outcomeText(job->result(i).outcome), QString()});
    m_results->resizeColumnToContents(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_cancel = buttons->addButton(tr("C&ancel job"), QDialogButtonBox::ActionRole);
    m_cancel->setAccessibleName(tr("Cancel job"));
    m_copy = buttons->addButton(tr("Copy &report"), QDialogButtonBox::ActionRole);
    m_copy->setAccessibleName(tr("Copy report"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    connect(m_cancel, &QPushButton::clicked, job, &BulkJob::cancel);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_job)
            QApplication::clipboard()->setText(m_job->report());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(760, 480);

    connect(job, &BulkJob::itemChanged, this, &BulkJobDialog::updateItem);
    connect(job, &BulkJob::progress, this, &BulkJobDialog::updateStatus);
    connect(job, &BulkJob::paused, this, &BulkJobDialog::updateStatus);
    connect(job, &BulkJob::finished, this, &BulkJobDialog::updateStatus);
    updateStatus();
}

QString BulkJobDialog::statusText() const
{
    return m_status->text();
}

void BulkJobDialog::updateItem(int index)
{
    QTreeWidgetItem *row = m_results->topLevelItem(index);
    if (!row || !m_job)
        return;
    const BulkJob::Result r = m_job->result(index);
    row->setText(1, BulkJob::outcomeText(r.outcome));
    row->setText(2, r.detail);
    row->setToolTip(2, r.detail);
    const bool bad = r.outcome == BulkJob::Outcome::Failed || r.outcome == BulkJob::Outcome::Unknown;
    // Red that reads on light and dark themes alike.
    row->setForeground(1, bad ? QColor(Theme::isDark() ? 0xF1 : 0xC6, Theme::isDark() ? 0x5C : 0x28, Theme::isDark() ? 0x6D : 0x28)
                              : palette().color(QPalette::Text));
    if (r.outcome == BulkJob::Outcome::Running)
        m_results->scrollToItem(row);
}

void BulkJobDialog::updateStatus()
{
    if (!m_job)
        return;
    m_progress->setValue(m_job->finishedCount());
    QString text;
    if (m_job->isFinished()) {
        text = m_job->isCancelled() ? tr("Cancelled. %1").arg(m_job->summary()) : tr("Finished. %1").arg(m_job->summary());
        if (m_job->countOf(BulkJob::Outcome::Unknown) > 0)
            text += QLatin1Char(' ') + tr("Check the items marked Unknown on the server before running them again.");
    } else if (m_job->isCancelled()) {
        text = tr("Cancelling: waiting for the requests already sent to be answered…");
    } else if (m_job->isPaused()) {
        text = tr("The server asked to slow down (429): waiting before sending again. %1").arg(m_job->summary());
    } else {
        text = tr("Running… %1").arg(m_job->summary());
    }
    m_status->setText(text);
    const bool running = m_job->isRunning() && !m_job->isCancelled();
    m_cancel->setEnabled(running);
    m_cancel->setToolTip(running ? tr("Start nothing new; what is already sent finishes and is reported")
                                 : tr("The job is not running"));
}

} // namespace sinch::ui
