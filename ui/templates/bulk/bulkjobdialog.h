#pragma once

#include "services/bulkjob.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace sinch::ui {

// A bulk job as it runs and after: its progress, a Cancel that starts nothing new (the
// requests in flight finish and are reported), why it is waiting (a 429's Retry-After),
// one row per item with its result and reason, and the report to copy. Closing it while
// the job runs only hides it: the job goes on in the background and the dialog (with its
// report) is there to show again.
class BulkJobDialog : public QDialog
{
    Q_OBJECT
public:
    BulkJobDialog(BulkJob *job, QWidget *parent = nullptr);

    BulkJob *job() const { return m_job; }
    QTreeWidget *results() const { return m_results; }
    QString statusText() const;

private:
    void updateItem(int index);
    void updateStatus();

    QPointer<BulkJob> m_job;
    QLabel *m_title;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeWidget *m_results;
    QPushButton *m_cancel;
    QPushButton *m_copy;
};

} // namespace sinch::ui
