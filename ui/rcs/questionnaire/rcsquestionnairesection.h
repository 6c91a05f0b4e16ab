#pragma once

#include "domain/rcsquestionnaire.h"

#include <QList>
#include <QWidget>

class QLabel;
class QToolButton;

namespace sinch::ui {

class EditSession;
class RcsQuestionRow;

// One block of the questionnaire as the API returned it (General, Verification, a
// country): a header that folds it (its title and how many of its questions are still
// unanswered) over one RcsQuestionRow per question. A country taken off the sender keeps
// its section "kept until saved": folded, its answers still in the request.
class RcsQuestionnaireSection : public QWidget
{
    Q_OBJECT
public:
    RcsQuestionnaireSection(const RcsQuestionnaireSectionData &section, EditSession *session, QWidget *parent = nullptr);

    const RcsQuestionnaireSectionData &data() const { return m_data; }
    QString key() const { return m_data.key; }
    QString title() const { return m_title; }
    QList<RcsQuestionRow *> rows() const { return m_rows; }
    // Questions asked and not answered (deprecated ones are not asked).
    int unansweredCount() const;
    // Questions answered in a form their answer may not take (their rows' findings): an
    // answer to correct is no answer yet as far as the launch goes.
    int toCorrectCount() const;

    bool isExpanded() const;
    void setExpanded(bool expanded);
    bool isKept() const { return m_kept; }
    // The country was taken off the sender: its answers stay until the sender is saved.
    void setKept(bool kept);

    void refresh();

    // "General", "Verification", a country's name ("France (FR)").
    static QString titleOf(const RcsQuestionnaireSectionData &section);

private:
    void updateHeader();

    RcsQuestionnaireSectionData m_data;
    EditSession *m_session;
    QString m_title;
    QToolButton *m_header = nullptr;
    QLabel *m_keptNote = nullptr;
    QWidget *m_body = nullptr;
    QList<RcsQuestionRow *> m_rows;
    bool m_kept = false;
};

} // namespace sinch::ui
