#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sinch::sandbox {

// The questions of the RCS launch questionnaire (GET /rcs/questionnaire/{useCase}), section
// by section as RcsSenderDetailsQuestionnaireBaseDto has them: `general` and `verification`
// from the contract's example; the country sections (gb, fr, es, us), for which the
// contract gives no example, from their QuestionsDto: each field's `description` as the
// question, with suggested answers written for the sandbox (optional fields the contract
// marks deprecated or "No longer required" are left out). A SandboxConfig::questionnaire
// replaces sections of this set (tests of a form that follows the API).
class QuestionnaireQuestions
{
public:
    // The sections the contract defines ("general", "verification", "gb", ...).
    static QStringList sections();
    // {"questions": {field: {"question", "suggestedAnswers"}}} of one section; empty for
    // a section the contract does not define. `replacements` wins where it has the section.
    static QJsonObject section(const QString &name, const QJsonObject &replacements = QJsonObject());
};

} // namespace sinch::sandbox
