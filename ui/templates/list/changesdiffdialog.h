#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>

class QPlainTextEdit;
class QLabel;

namespace sinch::ui {

class ChangeList;

// "Compare with approved": the approved `details` and the pending `changes.details` of a
// template side by side, as indented JSON, with the lines that differ marked on both sides
// and the changed fields by JSON path below (the diff logic is JsonDiff's, shared with the
// template editor's own "Compare with approved").
class ChangesDiffDialog : public QDialog
{
    Q_OBJECT
public:
    ChangesDiffDialog(const QJsonObject &tmpl, QWidget *parent = nullptr);

    QPlainTextEdit *approvedView() const { return m_left; }
    QPlainTextEdit *pendingView() const { return m_right; }
    // Line numbers (0-based) marked as removed on the left and added on the right.
    const QList<int> &removedLines() const { return m_removed; }
    const QList<int> &addedLines() const { return m_added; }
    ChangeList *changeList() const { return m_changes; }

    // Marks `lines` (0-based) of `view` as only on the newer (`added`) or the older side.
    static void markLines(QPlainTextEdit *view, const QList<int> &lines, bool added, const QString &tip);

private:

    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    QLabel *m_summary;
    ChangeList *m_changes;
    QList<int> m_removed;
    QList<int> m_added;
};

} // namespace sinch::ui
