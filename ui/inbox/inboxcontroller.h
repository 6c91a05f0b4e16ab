#pragma once

#include "domain/activity.h"
#include "notify/notifier.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <memory>

class QIcon;
class QSettings;

namespace sinch {
class ActivityStore;
class ApiClient;
class Clock;
class InboxSync;
class NotificationPolicy;
}

namespace sinch::ui {

class MessageBar;
class ProjectManager;

// The unified inbox behind the window: the local store (given, or an in-memory one), the
// sync that keeps it current for every project whose key is ready, what the person is
// told (NotificationPolicy through a Notifier), and the unread count for the badge. It
// asks the project manager to read every project's key, since the inbox covers them all.
class InboxController : public QObject
{
    Q_OBJECT
public:
    // `store` may be nullptr: the inbox then lives in memory for this run only.
    InboxController(ApiClient *client, ProjectManager *projects, ActivityStore *store, QSettings *settings,
                    Clock *clock = nullptr, QObject *parent = nullptr);
    ~InboxController() override;

    // The store, opened (the window's own one is opened when first asked for, or when the
    // event loop is first idle).
    ActivityStore *store();
    InboxSync *sync() const { return m_sync.get(); }
    NotificationPolicy *policy() const { return m_policy.get(); }
    Notifier *notifier() const { return m_notifier; }
    // Replaces the notifier (a test double).
    void setNotifier(Notifier *notifier);
    // Desktop notifications through the tray where the desktop has one, else in `fallback`
    // (a bar of the window).
    void notifyIn(const QIcon &trayIcon, MessageBar *fallback);

    int unreadCount() const { return m_unread; }
    // A sync waits for the window's own requests to be in (it starts once they are).
    bool syncWaiting() const { return m_syncWhenIdle; }
    // The project's name as the switcher shows it.
    QString projectName(const QString &projectKey) const;
    // The projects by name.
    QStringList projectKeys() const;
    // Minutes between polls, kept in the settings.
    int intervalMinutes() const;
    void setIntervalMinutes(int minutes);

signals:
    void unreadCountChanged(int count);
    // Open what an entry or a notification is about (an invalid feed: the inbox itself).
    void openRequested(const sinch::FeedRef &feed);
    void openInboxRequested();
    void quitRequested();

private:
    void followProjects();
    void follow(const QString &projectKey);
    // Syncs every followed project once the client has nothing in flight or queued.
    void syncWhenIdle();
    void syncNow(); // the first sync: its own store opened, the projects read
    void updateUnread();

    QPointer<ProjectManager> m_projects;
    QSettings *m_settings;
    void openOwnStore();

    std::unique_ptr<ActivityStore> m_ownStore;
    ActivityStore *m_store;
    QPointer<ApiClient> m_client;
    bool m_syncWhenIdle = false; // a sync waits for the client to be idle
    std::unique_ptr<InboxSync> m_sync;
    std::unique_ptr<NotificationPolicy> m_policy;
    QPointer<Notifier> m_notifier;
    QHash<QString, QString> m_names; // project key → name
    int m_unread = -1;
};

} // namespace sinch::ui
