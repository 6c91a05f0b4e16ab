#pragma once

#include "domain/activity.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class QSettings;

namespace sinch {

// One desktop notification: what it says and the resource it opens.
struct Notification
{
    QString title;
    QString text;
    FeedRef feed;   // invalid for a summary of several resources (opens the inbox)
};

// Which of the newly synced activities a person is told about: review outcomes (a new
// state) and comments, of the projects they chose (off by default), never their own
// comments. Many at once become one summary per project, so a first sync after a week
// away is one line, not fifty.
class NotificationPolicy
{
    Q_DECLARE_TR_FUNCTIONS(sinch::NotificationPolicy)
public:
    // `settings` keeps the per-project choice (not owned; nullptr: kept in memory).
    explicit NotificationPolicy(QSettings *settings = nullptr);

    bool isEnabled(const QString &projectKey) const;
    void setEnabled(const QString &projectKey, bool enabled);
    // The author the console posts as ("You"): their own comments are not news to them.
    void setOwnAuthors(const QSet<QString> &authors) { m_ownAuthors = authors; }
    // The project's name as the user knows it, for the titles.
    void setProjectName(const QString &projectKey, const QString &name) { m_names.insert(projectKey, name); }

    static bool isNews(const Activity &activity);
    // The notifications for `fresh` (new to the inbox), at most `perProject` single ones a
    // project before they become a summary.
    QList<Notification> notificationsFor(const QList<Activity> &fresh, int perProject = 3) const;

private:
    QString projectName(const QString &projectKey) const;

    QSettings *m_settings;
    QHash<QString, bool> m_enabled;   // when there are no settings
    QHash<QString, QString> m_names;
    QSet<QString> m_ownAuthors;
};

} // namespace sinch
