#pragma once

#include "domain/rcsquestionnaire.h"
#include "finding.h"

#include <QJsonObject>

namespace sinch::rules {

// The format checks of the launch questionnaire's answers, on the sender's create/update
// request, every one from the contract: the answer's schema (`fr.siren`: pattern ^\d+$,
// exactly 9 characters; `verification.email`: format email; the URL lists' items) and the
// formats its descriptions state in prose (`us.ein`: "following format: XX-XXXXXXX").
// Deprecated questions answered are a warning. Unanswered questions are no finding here:
// the form counts them, and the launch checklist says which sections must be answered.
class RcsQuestionnaireRules
{
    Q_DECLARE_TR_FUNCTIONS(RcsQuestionnaireRules)

public:
    static QList<Finding> check(const QJsonObject &request, const QList<RcsQuestion> &questions);
    static QList<Finding> check(const QJsonObject &request, const RcsQuestion &question);

    // The pattern a description's "format: XX-XXXXXXX" stands for (X a digit), or empty.
    static QString describedPattern(const QString &description);
};

} // namespace sinch::rules
