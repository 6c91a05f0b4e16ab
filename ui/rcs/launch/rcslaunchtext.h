#pragma once

#include "domain/rcslaunchchecklist.h"

#include <QCoreApplication>
#include <QString>

namespace sinch::ui {

// The launch as a person reads it: a checklist item, an operator's status
// (RcsOperatorStatus, every value of the contract), a sender's state (RcsSenderStates),
// and which statuses ask the user to act.
class RcsLaunchText
{
    Q_DECLARE_TR_FUNCTIONS(RcsLaunchText)
public:
    // "Logo: add the brand's logo URL" — the field's name, then what to do.
    static QString item(const RcsLaunchChecklist::Item &item);
    static QString fieldName(const QString &path);
    static QString operatorStatus(const QString &status);
    static QString senderState(const QString &state);
    // REJECTED, SUSPENDED, INVALID_IN_GOOGLE_MY_BUSINESS: the launch stalls until the user acts.
    static bool needsAction(const QString &status);
    // Still waiting for an operator's decision.
    static bool undecided(const QString &status);
};

} // namespace sinch::ui
