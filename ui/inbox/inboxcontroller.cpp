#include "inboxcontroller.h"

#include "afterrepaints.h"

#include "notify/notifier.h"
#include "projects/projectmanager.h"
#include "notify/bannernotifier.h"
#include "notify/traynotifier.h"
#include "api/apiclient.h"
#include "api/apijob.h"
#include "services/activityservice.h"
#include "services/inboxsync.h"
#include "services/notificationpolicy.h"
#include "storage/activitystore.h"

#include <QSettings>

namespace sinch::ui {

namespace {
const QString kInterval = QStringLiteral("inbox/intervalMinutes");
}

InboxController::InboxController(ApiClient *client, ProjectManager *projects, ActivityStore *store,
                                 QSettings *settings, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_projects(projects)
    , m_settings(settings)
    , m_store(store)
    , m_client(client)
{
    if (!m_store) {
        // The window's own store, in memory (the sandbox's inbox, a test's). A fresh database
        // replays every migration, some milliseconds of the main thread that the window's
        // first requests need not wait for, and it starts empty: it is opened when the sync,
        // a comment or a page first needs it.
        m_ownStore = std::make_unique<ActivityStore>();
        m_store = m_ownStore.get();
    }
    m_sync = std::make_unique<InboxSync>(client, m_store, clock);
    m_sync->setInterval(intervalMinutes() * 60 * 1000);
    m_policy = std::make_unique<NotificationPolicy>(settings);
    m_policy->setOwnAuthors({tr("You")});
    connect(m_sync.get(), &InboxSync::newActivities, this, [this](const QList<Activity> &fresh) {
        if (!m_notifier)
            return;
        for (const Notification &n : m_policy->notificationsFor(fresh))
            m_notifier->notify(n);
    });
    connect(m_store, &ActivityStore::changed, this, &InboxController::updateUnread);
    // A comment changes no list row, so the sync would not read its feed: whatever posts
    // one (a feed view, an editor), the next poll reads that feed, and keeps the comment
    // read there.
    if (client)
        connect(client, &ApiClient::jobStarted, this, [this](ApiJob *job) {
            if (!ActivityService::isComment(job->request()))
                return;
            connect(job, &ApiJob::finished, this, [this, job](const ApiResult &result) {
                if (result.ok()) {
                    openOwnStore();
                    m_sync->posted(Activity::fromJson(result.json.object(),
                                                      ActivityService::feedOf(job->projectKey(), job->request())));
                }
            });
        });
    if (m_projects) {
        connect(m_projects, &ProjectManager::projectsChanged, this, &InboxController::followProjects);
        connect(m_projects, &ProjectManager::projectReady, this, [this](const QUuid &id) { follow(ProjectManager::keyFor(id)); });
        followProjects();
    }
    updateUnread();
}

InboxController::~InboxController() = default;

ActivityStore *InboxController::store()
{
    openOwnStore();
    return m_store;
}

void InboxController::openOwnStore()
{
    if (!m_ownStore || m_ownStore->isOpen())
        return;
    m_ownStore->open(QStringLiteral(":memory:"));
    updateUnread();
}

void InboxController::setNotifier(Notifier *notifier)
{
    if (m_notifier)
        m_notifier->disconnect(this);
    m_notifier = notifier;
    if (!notifier)
        return;
    connect(notifier, &Notifier::activated, this, &InboxController::openRequested);
    connect(notifier, &Notifier::openInboxRequested, this, &InboxController::openInboxRequested);
    connect(notifier, &Notifier::markAllReadRequested, this, [this] { m_store->markAllRead(); });
    connect(notifier, &Notifier::quitRequested, this, &InboxController::quitRequested);
    notifier->setUnreadCount(qMax(0, m_unread));
}

void InboxController::notifyIn(const QIcon &trayIcon, MessageBar *fallback)
{
    if (TrayNotifier::isAvailable())
        setNotifier(new TrayNotifier(trayIcon, this));
    else
        setNotifier(new BannerNotifier(fallback, this));
}

QString InboxController::projectName(const QString &projectKey) const
{
    return m_names.value(projectKey, projectKey);
}

QStringList InboxController::projectKeys() const
{
    QStringList keys = m_names.keys();
    std::sort(keys.begin(), keys.end(), [this](const QString &a, const QString &b) {
        return QString::localeAwareCompare(m_names.value(a), m_names.value(b)) < 0;
    });
    return keys;
}

int InboxController::intervalMinutes() const
{
    return m_settings ? qBound(1, m_settings->value(kInterval, 5).toInt(), 24 * 60) : 5;
}

void InboxController::setIntervalMinutes(int minutes)
{
    if (m_settings)
        m_settings->setValue(kInterval, minutes);
    m_sync->setInterval(qBound(1, minutes, 24 * 60) * 60 * 1000);
}

void InboxController::followProjects()
{
    QHash<QString, QString> names;
    for (const Project &p : m_projects->projects()) {
        const QString key = ProjectManager::keyFor(p.id);
        names.insert(key, p.displayName);
        m_policy->setProjectName(key, p.displayName);
        if (m_projects->isReady(p.id))
            follow(key);
        else
            m_projects->prepare(p.id); // its key from the keychain: the inbox covers every project
    }
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
        if (!names.contains(it.key())) {
            m_sync->removeProject(it.key());
            m_store->forgetProject(it.key());
        }
    }
    m_names = names;
}

void InboxController::follow(const QString &projectKey)
{
    if (m_sync->projects().contains(projectKey))
        return;
    m_sync->addProject(projectKey);
    // What happened while the console was closed, now rather than in five minutes: once
    // what the window asked for is in (at startup the overview's counts), for the inbox is
    // background work and would share the connection and the main thread with them.
    syncWhenIdle();
}

void InboxController::syncWhenIdle()
{
    if (m_syncWhenIdle)
        return;
    m_syncWhenIdle = true;
    // After what the window does at the same moment and its repaint: the pages projectReady
    // shows make their requests, and what the last reply brought (at startup the overview's
    // counts) is on the screen before the inbox's work (opening the sandbox's inbox is some
    // milliseconds of the main thread) and its requests.
    callAfterRepaints(this, [this] {
        if (!m_client || (m_client->inFlight() == 0 && m_client->queued() == 0)) {
            syncNow();
            return;
        }
        auto *wait = new QObject(this);
        connect(m_client, &ApiClient::activityChanged, wait, [this, wait](int inFlight, int queued) {
            if (inFlight > 0 || queued > 0)
                return;
            wait->deleteLater();
            callAfterRepaints(this, [this] { syncNow(); }); // the last reply is still being handed round
        });
    });
}

void InboxController::syncNow()
{
    m_syncWhenIdle = false;
    openOwnStore();
    m_sync->syncNow();
}

void InboxController::updateUnread()
{
    const int unread = m_store->unreadCount();
    if (unread == m_unread)
        return;
    m_unread = unread;
    if (m_notifier)
        m_notifier->setUnreadCount(unread);
    emit unreadCountChanged(unread);
}

} // namespace sinch::ui
