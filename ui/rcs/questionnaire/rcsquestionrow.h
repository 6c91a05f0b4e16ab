#pragma once

#include "domain/rcsquestionnaire.h"
#include "rules/finding.h"

#include <QList>
#include <QWidget>

class QAbstractButton;
class QLabel;
class QLineEdit;

namespace sinch::ui {

class EditSession;

// One question of the launch questionnaire: its text (deprecated ones marked), its
// suggested answers as checkable chips (one or, where the contract records a delimiter,
// several may be picked) and a line for the user's own words. Every pick and every typed
// word is written at once to the question's path in the session's request, one undo step
// each (keys into the line merge); the row follows the document after undo and redo.
class RcsQuestionRow : public QWidget
{
    Q_OBJECT
public:
    RcsQuestionRow(const RcsQuestion &question, const QString &sectionTitle, EditSession *session,
                   QWidget *parent = nullptr);

    const RcsQuestion &question() const { return m_question; }
    QLineEdit *freeText() const { return m_free; }
    QList<QAbstractButton *> chips() const { return m_chips; }

    // Reads the answer from the session's document (after any change).
    void refresh();
    // Marks the row with its findings (a frame and the message on the line).
    void setFindings(const QList<rules::Finding> &findings);
    // The answer given breaks its format (an error among its findings).
    bool needsCorrecting() const { return m_needsCorrecting; }

private:
    void chipToggled(int index, bool checked);
    void freeTextEdited(const QString &text);
    // Writes the parts as the answer (and its metadata) in one step.
    void write(const QStringList &parts, bool typing);
    QStringList pickedSuggestions() const;

    RcsQuestion m_question;
    EditSession *m_session;
    QLabel *m_text = nullptr;
    QLineEdit *m_free = nullptr;
    QList<QAbstractButton *> m_chips;
    bool m_refreshing = false;
    bool m_needsCorrecting = false;
};

} // namespace sinch::ui
