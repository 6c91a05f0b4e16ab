#include "notificationpolicy.h"

#include <QSettings>

namespace sinch {

namespace {
QString settingsKey(const QString &projectKey)
{
    return QStringLiteral("notifications/") + projectKey;
}
} // namespace

NotificationPolicy::NotificationPolicy(QSettings *settings)
    : m_settings(settings)
{
}

bool NotificationPolicy::isEnabled(const QString &projectKey) const
{
    if (m_settings)
        return m_settings->value(settingsKey(projectKey), false).toBool();
    return m_enabled.value(projectKey, false);
}

void NotificationPolicy::setEnabled(const QString &projectKey, bool enabled)
{
    if (m_settings)
        m_settings->setValue(settingsKey(projectKey), enabled);
    else
        m_enabled.insert(projectKey, enabled);
}

bool NotificationPolicy::isNews(const Activity &a)
{
    return a.type == Activity::kStateChanged || a.isComment();
}

QString NotificationPolicy::projectName(const QString &projectKey) const
{
    const QString name = m_names.value(projectKey);
    return name.isEmpty() ? projectKey : name;
}

QList<Notification> NotificationPolicy::notificationsFor(const QList<Activity> &fresh, int perProject) const
{
    // Per project, in the order the projects first appear.
    QList<QString> order;
    QHash<QString, QList<Activity>> byProject;
    for (const Activity &a : fresh) {
        if (!isNews(a) || m_ownAuthors.contains(a.author) || !isEnabled(a.feed.projectKey))
            continue;
        if (!byProject.contains(a.feed.projectKey))
            order << a.feed.projectKey;
        byProject[a.feed.projectKey] << a;
    }
    QList<Notification> out;
    for (const QString &project : std::as_const(order)) {
        const QList<Activity> &news = byProject.value(project);
        if (news.size() > perProject) {
            int outcomes = 0;
            for (const Activity &a : news)
                outcomes += a.type == Activity::kStateChanged ? 1 : 0;
            out << Notification{projectName(project),
                                tr("%n review outcome(s)", nullptr, outcomes) + QStringLiteral(", ")
                                    + tr("%n new comment(s)", nullptr, int(news.size()) - outcomes),
                                FeedRef()};
            continue;
        }
        for (const Activity &a : news) {
            const QString what = a.feed.title.isEmpty() ? FeedRef::kindName(a.feed.kind) : a.feed.title;
            Notification n;
            n.feed = a.feed;
            n.title = tr("%1 · %2").arg(projectName(project), what);
            if (a.type == Activity::kStateChanged)
                n.text = tr("Review outcome: %1").arg(a.state);
            else
                n.text = a.author.isEmpty() ? a.comment : tr("%1: %2").arg(a.author, a.comment);
            out << n;
        }
    }
    return out;
}

} // namespace sinch
