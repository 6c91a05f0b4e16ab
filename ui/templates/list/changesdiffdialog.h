#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>

class QPlainTextEdit;
class QLabel;

namespace sinch::ui {

// "Compare with approved": the approved `details` and the pending `changes.details` of a
// template side by side, as indented JSON, with the lines that differ marked on both sides.
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

    // A line diff (longest common subsequence): which lines of `a` are not in the common
    // part, and which of `b`.
    static void diffLines(const QStringList &a, const QStringList &b, QList<int> *onlyA, QList<int> *onlyB);

private:
    void mark(QPlainTextEdit *view, const QList<int> &lines, bool added);

    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    QLabel *m_summary;
    QList<int> m_removed;
    QList<int> m_added;
};

} // namespace sinch::ui
