#pragma once

#include "domain/activity.h"
#include "services/watchedresources.h"
#include "storage/activitystore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>

#include <functional>
#include <optional>

namespace sinch {

class ApiClient;
class Clock;
class ClockTimer;
struct ApiResult;

// Keeps the ActivityStore current by polling, every interval (5 minutes by default, on the
// injected Clock), each project added. There is no project-wide feed of templates, so a
// poll reads:
//   - the WhatsApp and RCS account feeds, newest first, up to the first entry held;
//   - the lists whose rows show what changed (WatchedResources: WhatsApp templates and
//     senders, KakaoTalk senders and their templates, RCS senders), every page, compared
//     with the state and signature the store holds;
//   - the feeds of the resources that changed (or were never read), up to the first entry
//     held; a review outcome (a new state, which has no feed entry) is recorded as an
//     Activity::kStateChanged with the state reached.
// The first poll of a project records every state without outcomes and reads every feed
// once, quietly. A second poll with nothing new costs the account feeds' first pages and
// the lists' pages, nothing else. At most two of its requests are in flight at once (the
// rest wait here, not in ApiClient's queue), so what a person does goes first.
// An area that answers 401, 403 or 404 (a project without RCS) is skipped, and not asked
// again until the project is added again; areaSkipped() says so.
class InboxSync : public QObject
{
    Q_OBJECT
public:
    InboxSync(ApiClient *client, ActivityStore *store, Clock *clock = nullptr, QObject *parent = nullptr);
    ~InboxSync() override;

    static constexpr int kDefaultIntervalMs = 5 * 60 * 1000;
    static constexpr int kMaxInFlight = 2;

    void addProject(const QString &projectKey);
    void removeProject(const QString &projectKey);
    QStringList projects() const { return m_projects; }
    void setInterval(int ms);
    int interval() const { return m_intervalMs; }

    bool isSyncing() const;
    QDateTime lastSync(const QString &projectKey) const;
    // The areas skipped for a project ("rcs.senders", "rcs.account" ...).
    QStringList skippedAreas(const QString &projectKey) const;
    // Why the project's last poll failed (as failed() said it: the first failure's text and
    // advice), until a poll of it succeeds; empty otherwise. For a view opened after it.
    QString lastFailure(const QString &projectKey) const { return m_lastFailure.value(projectKey); }
    // Reads this feed at the next poll whatever its list row shows (the console commented on
    // it: a comment changes nothing in a list row).
    void touch(const FeedRef &feed);
    // The console posted `own` (the comment's answer: its feed, text and time). The poll that
    // reads it from its feed (touched) stores it as read and tells no one: a person's own
    // comment is not news to them, whatever author the server gives it.
    void posted(const Activity &own);

public slots:
    // Polls every project not being polled now.
    void syncNow();

signals:
    void syncingChanged(bool syncing);
    void synced(const QString &projectKey, const QDateTime &when);
    // Entries new to the store that a person should hear of: comments and review outcomes
    // (never those of a feed's first read).
    void newActivities(const QList<sinch::Activity> &activities);
    // Once a poll ends with feeds it could not read (what it did read is kept; those are
    // read again at the next poll): the first failure, in words for people.
    void failed(const QString &projectKey, const QString &message);
    void areaSkipped(const QString &projectKey, const QString &area, const QString &message);

private:
    struct Task
    {
        QString project;
        std::function<ApiJob *()> start;
        std::function<void(const ApiResult &)> done;
    };
    struct Poll
    {
        int pending = 0;
        bool failed = false;
        QString firstFailure; // said when the poll ends, not once a feed: one message, after "Syncing"
        bool firstEver = false;
        QHash<QString, ActivityResourceState> held;
        QList<Activity> notify;
    };
    // A feed being read page by page.
    struct FeedRead
    {
        FeedRef feed;
        bool quiet = false;          // its first read: nothing to notify
        int pages = 0;
        QList<Activity> fresh;
        std::optional<WatchedResources::Watched> resource; // recorded once read
        std::optional<Activity> outcome;
    };

    void poll(const QString &project);
    void enqueue(const QString &project, std::function<ApiJob *()> start, std::function<void(const ApiResult &)> done);
    void schedulePump();
    void pump();
    void taskDone(const QString &project);
    // Forgets the requests of `project` not yet started.
    void dropQueued(const QString &project);
    // False when the result is an error (reported); `area` is skipped on 401/403/404.
    bool accept(const QString &project, const QString &area, const ApiResult &result);
    void readList(const QString &project, WatchedResources::List list, const QString &parentId, const QString &token);
    void compare(const QString &project, const WatchedResources::Watched &w);
    void readFeed(const QString &project, FeedRead read, const QString &token = QString());
    void feedRead(const QString &project, const FeedRead &read);
    // Whether `entry` is one of the console's own comments (it is then forgotten).
    bool takeOwn(const Activity &entry);

    QPointer<ApiClient> m_client;
    QPointer<ActivityStore> m_store;
    Clock *m_clock;
    ClockTimer *m_timer;
    int m_intervalMs = kDefaultIntervalMs;
    QStringList m_projects;
    QHash<QString, Poll> m_polls;
    QHash<QString, QSet<QString>> m_skipped;  // project → areas
    QHash<QString, QString> m_lastFailure;    // project → why its last poll failed
    QSet<QString> m_touched;                  // feed keys
    QHash<QString, QList<Activity>> m_own;    // feed key → the console's comments not yet read back
    QQueue<Task> m_queue;
    int m_inFlight = 0;
    bool m_pumpScheduled = false;
};

} // namespace sinch
