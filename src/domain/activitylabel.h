#pragma once

#include <QCoreApplication>
#include <QString>

namespace sinch {

struct Activity;

// What an activity was, in words of the UI's language: "Comment", "Created", "In review",
// "Approved (now Active)"; a review outcome by the state it reached. One wording for the
// resource feeds (ActivityText), the inbox's rows (InboxModel) and notifications. States are
// said through EnumText; a type the console does not know yet is said as EnumText says any
// contract value.
class ActivityLabel
{
    Q_DECLARE_TR_FUNCTIONS(ActivityLabel)

public:
    static QString of(const Activity &activity);
    // The state a review outcome or a review step stands for: a state change's state, else
    // the type (APPROVED, REJECTED, IN_REVIEW ... arrive as types too).
    static QString stateOf(const Activity &activity);
};

} // namespace sinch
