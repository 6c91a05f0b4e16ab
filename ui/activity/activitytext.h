#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QIcon>
#include <QString>

namespace sinch {
struct Activity;
}

namespace sinch::ui {

// How an activity reads and looks, the same in a resource's feed, the inbox and a
// notification: an icon for its type (a review outcome by the state it reached; its words
// are ActivityLabel's), and its time relative to now ("5 min ago") and exact.
class ActivityText
{
    Q_DECLARE_TR_FUNCTIONS(ActivityText)
public:
    static QIcon icon(const Activity &activity);
    // "just now", "12 min ago", "3 h ago", "yesterday", "4 days ago", then the date.
    static QString relativeTime(const QDateTime &then, const QDateTime &now);
    // The local date and time in the user's locale, with seconds.
    static QString exactTime(const QDateTime &then);
    // One line: "Comment added by Ana · 5 min ago".
    static QString summary(const Activity &activity, const QDateTime &now);
};

} // namespace sinch::ui
