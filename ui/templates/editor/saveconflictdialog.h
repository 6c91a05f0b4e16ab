#pragma once

#include <QDialog>
#include <QJsonObject>

class QPlainTextEdit;

namespace sinch::ui {

class ChangeList;

// A save that would overwrite someone else's: the template as the server has it now
// (theirs) beside the editor's (mine), as indented JSON with the lines that differ marked
// and the changed fields listed below. "Overwrite theirs" saves mine over it, "Load
// theirs" replaces mine in the editor (one undoable step), Cancel goes back to editing
// with mine kept. Opened window-modal; the choice arrives in finished().
class SaveConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Cancel = QDialog::Rejected, Overwrite = 10, LoadTheirs = 11 };

    SaveConflictDialog(const QString &title, const QJsonObject &theirs, const QJsonObject &mine, QWidget *parent = nullptr);

    QPlainTextEdit *theirsView() const { return m_theirs; }
    QPlainTextEdit *mineView() const { return m_mine; }
    ChangeList *changeList() const { return m_changes; }

private:
    QPlainTextEdit *m_theirs;
    QPlainTextEdit *m_mine;
    ChangeList *m_changes;
};

} // namespace sinch::ui
