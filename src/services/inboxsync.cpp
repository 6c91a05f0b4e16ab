#include "inboxsync.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/apiresult.h"
#include "api/clock.h"
#include "api/clocktimer.h"
#include "services/activityservice.h"
#include "storage/activitystore.h"

namespace sinch {

namespace {

// Pages of one feed a poll reads at most: a feed's first read goes back further.
constexpr int kPagesFirstRead = 50;
constexpr int kPagesLater = 10;

bool isRefusal(const ApiResult &result)
{
    const int status = result.httpStatus ? result.httpStatus : result.error.httpStatus;
    return status == 401 || status == 403 || status == 404;
}

// States a person reached by their own act (saved, submitted): the feed has its own entry
// for those. Every other new state is a review outcome.
bool isOutcome(const QString &state)
{
    return !state.isEmpty() && state != QLatin1String("DRAFT") && state != QLatin1String("IN_PROGRESS");
}

} // namespace

InboxSync::InboxSync(ApiClient *client, ActivityStore *store, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_clock(Clock::orSystem(clock))
    , m_timer(new ClockTimer(m_clock, this))
{
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &ClockTimer::timeout, this, &InboxSync::syncNow);
}

InboxSync::~InboxSync() = default;

void InboxSync::addProject(const QString &projectKey)
{
    if (m_projects.contains(projectKey))
        return;
    m_projects.append(projectKey);
    m_skipped.remove(projectKey); // a project added again may have gained an area
    if (!m_timer->isActive())
        m_timer->start();
}

void InboxSync::removeProject(const QString &projectKey)
{
    m_projects.removeAll(projectKey);
    m_skipped.remove(projectKey);
    m_lastFailure.remove(projectKey);
    // Its queued requests are dropped by pump(); answers of running ones by their handler.
    const bool wasSyncing = isSyncing();
    m_polls.remove(projectKey);
    if (wasSyncing && !isSyncing())
        emit syncingChanged(false);
    if (m_projects.isEmpty())
        m_timer->stop();
}

void InboxSync::setInterval(int ms)
{
    m_intervalMs = qMax(1000, ms);
    m_timer->setInterval(m_intervalMs);
    if (m_timer->isActive())
        m_timer->start(); // the next poll one whole interval from now
}

bool InboxSync::isSyncing() const
{
    return !m_polls.isEmpty();
}

QDateTime InboxSync::lastSync(const QString &projectKey) const
{
    return m_store ? m_store->lastSync(projectKey) : QDateTime();
}

QStringList InboxSync::skippedAreas(const QString &projectKey) const
{
    QStringList areas = m_skipped.value(projectKey).values();
    areas.sort();
    return areas;
}

void InboxSync::touch(const FeedRef &feed)
{
    m_touched.insert(feed.key());
}

void InboxSync::posted(const Activity &own)
{
    touch(own.feed);
    m_own[own.feed.key()].append(own);
}

bool InboxSync::takeOwn(const Activity &entry)
{
    const auto own = m_own.find(entry.feed.key());
    if (own == m_own.end() || !entry.isComment())
        return false;
    // The same text, written about when the answer said: the answer's time and the feed's
    // may differ by the moment between storing the entry and writing the answer.
    constexpr qint64 kSameMomentMs = 60 * 1000;
    for (qsizetype i = 0; i < own->size(); ++i) {
        const Activity &mine = own->at(i);
        if (mine.comment == entry.comment && qAbs(mine.created.msecsTo(entry.created)) <= kSameMomentMs) {
            own->removeAt(i);
            if (own->isEmpty())
                m_own.erase(own);
            return true;
        }
    }
    return false;
}

void InboxSync::syncNow()
{
    if (!m_client || !m_store || m_store->isReadOnly() || !m_store->isOpen())
        return; // a read-only inbox (another console syncs it) asks nothing
    for (const QString &project : std::as_const(m_projects))
        poll(project);
}

void InboxSync::poll(const QString &project)
{
    if (m_polls.contains(project))
        return;
    const bool wasSyncing = isSyncing();
    Poll &p = m_polls[project];
    p.held = m_store->resources(project);
    p.firstEver = !m_store->lastSync(project).isValid() && p.held.isEmpty();
    if (!wasSyncing)
        emit syncingChanged(true);
    const QSet<QString> skipped = m_skipped.value(project);

    for (FeedRef::Kind kind : {FeedRef::Kind::WhatsappAccount, FeedRef::Kind::RcsAccount}) {
        if (skipped.contains(FeedRef::kindName(kind)))
            continue;
        FeedRead read;
        read.feed.projectKey = project;
        read.feed.kind = kind;
        read.feed.title = kind == FeedRef::Kind::WhatsappAccount ? tr("WhatsApp account") : tr("RCS account");
        read.quiet = !m_store->newestHeld(read.feed.key()).isValid();
        readFeed(project, read);
    }
    for (WatchedResources::List list : WatchedResources::topLevelLists()) {
        if (!skipped.contains(WatchedResources::areaName(list)))
            readList(project, list, QString(), QString());
    }
    if (p.pending == 0) { // every area skipped
        ++p.pending;
        taskDone(project);
    }
}

void InboxSync::enqueue(const QString &project, std::function<ApiJob *()> start,
                        std::function<void(const ApiResult &)> done)
{
    ++m_polls[project].pending;
    m_queue.enqueue(Task{project, std::move(start), std::move(done)});
    schedulePump();
}

void InboxSync::schedulePump()
{
    // Requests start on the next event loop turn: from inside a finished handler the client
    // still counts the job that finished, and a request started there would be a third.
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &InboxSync::pump, Qt::QueuedConnection);
}

void InboxSync::pump()
{
    m_pumpScheduled = false;
    const int budget = m_client ? qMin(kMaxInFlight, m_client->maxInFlight()) : 0;
    while (m_inFlight < budget && !m_queue.isEmpty()) {
        const Task task = m_queue.dequeue();
        if (!m_polls.contains(task.project))
            continue; // removed while queued
        ApiJob *job = task.start();
        ++m_inFlight;
        connect(job, &ApiJob::finished, this, [this, task](const ApiResult &result) {
            --m_inFlight;
            if (m_polls.contains(task.project)) {
                task.done(result);
                // The person stopped waiting (the status bar's Stop): the poll asks no more,
                // and ends saying so, once what is on its way is in.
                if (result.error.kind == ApiError::Kind::Stopped)
                    dropQueued(task.project);
                taskDone(task.project);
            }
            schedulePump();
        });
    }
}

void InboxSync::dropQueued(const QString &project)
{
    const qsizetype before = m_queue.size();
    m_queue.removeIf([&project](const Task &t) { return t.project == project; });
    m_polls[project].pending -= int(before - m_queue.size());
}

void InboxSync::taskDone(const QString &project)
{
    auto it = m_polls.find(project);
    if (it == m_polls.end() || --it->pending > 0)
        return;
    const Poll p = *it;
    m_polls.erase(it);
    if (!p.notify.isEmpty())
        emit newActivities(p.notify);
    if (!p.failed) {
        const QDateTime now = m_clock->now();
        m_store->setLastSync(project, now);
        m_lastFailure.remove(project);
        emit synced(project, now);
    } else if (!p.firstFailure.isEmpty()) {
        m_lastFailure.insert(project, p.firstFailure);
        emit failed(project, p.firstFailure);
    }
    if (!isSyncing())
        emit syncingChanged(false);
}

bool InboxSync::accept(const QString &project, const QString &area, const ApiResult &result)
{
    if (result.ok())
        return true;
    if (isRefusal(result) && !area.isEmpty()) {
        // Not this project's (no RCS, no KakaoTalk, a key without the right): not an error.
        m_skipped[project].insert(area);
        emit areaSkipped(project, area, result.error.message);
        return false;
    }
    Poll &p = m_polls[project];
    p.failed = true;
    if (!result.error.isCancelled() && p.firstFailure.isEmpty())
        p.firstFailure = result.error.userText();
    return false;
}

void InboxSync::readList(const QString &project, WatchedResources::List list, const QString &parentId,
                         const QString &token)
{
    enqueue(project, [this, project, list, parentId, token] {
        return WatchedResources(m_client, project).list(list, parentId, token);
    }, [this, project, list, parentId](const ApiResult &result) {
        if (!accept(project, WatchedResources::areaName(list), result))
            return;
        const bool kakaoTemplates = !m_skipped.value(project).contains(
            WatchedResources::areaName(WatchedResources::List::KakaotalkTemplates));
        for (const WatchedResources::Watched &w : WatchedResources::watchedIn(result, list, project, parentId)) {
            compare(project, w);
            if (list == WatchedResources::List::KakaotalkSenders && kakaoTemplates)
                readList(project, WatchedResources::List::KakaotalkTemplates, w.feed.ids.first(), QString());
        }
        const QString next = WatchedResources::nextPageToken(result);
        if (!next.isEmpty())
            readList(project, list, parentId, next);
    });
}

void InboxSync::compare(const QString &project, const WatchedResources::Watched &w)
{
    const Poll &p = m_polls[project];
    const QString key = w.feed.key();
    const auto held = p.held.constFind(key);
    const bool known = held != p.held.cend();
    const bool touched = m_touched.remove(key);
    if (known && held->signature == w.signature && held->feedRead && !touched)
        return; // nothing happened to it that its row can show
    FeedRead read;
    read.feed = w.feed;
    read.resource = w;
    read.quiet = !known || !held->feedRead;
    if (known && !p.firstEver && held->state != w.state && isOutcome(w.state)) {
        Activity outcome;
        outcome.feed = w.feed;
        outcome.type = Activity::kStateChanged;
        outcome.state = w.state;
        // When it happened if the row says (senders' `modified`), else when it was seen.
        outcome.created = w.modified.isValid() ? w.modified : m_clock->now();
        read.outcome = outcome;
    }
    readFeed(project, read);
}

void InboxSync::readFeed(const QString &project, FeedRead read, const QString &token)
{
    enqueue(project, [this, project, feed = read.feed, token] {
        return ActivityService(m_client, project).list(feed, token);
    }, [this, project, read, token](const ApiResult &result) mutable {
        if (!result.ok() && read.resource && isRefusal(result))
            return; // the resource went (or is not ours to read) between its list and its feed
        if (!accept(project, read.resource ? QString() : FeedRef::kindName(read.feed.kind), result))
            return;
        bool reachedHeld = false;
        for (const Activity &a : ActivityService::activitiesIn(result, read.feed)) {
            if (m_store->contains(a.key())) {
                reachedHeld = true; // newest first: everything below is held too
                break;
            }
            read.fresh.append(a);
        }
        ++read.pages;
        const QString next = ActivityService::nextPageToken(result);
        if (!reachedHeld && !next.isEmpty() && read.pages < (read.quiet ? kPagesFirstRead : kPagesLater))
            readFeed(project, read, next);
        else
            feedRead(project, read);
    });
}

void InboxSync::feedRead(const QString &project, const FeedRead &read)
{
    QList<Activity> entries = read.fresh;
    if (read.outcome)
        entries.append(*read.outcome);
    for (Activity &entry : entries) {
        if (!m_own.isEmpty() && takeOwn(entry))
            entry.read = true;
    }
    QList<Activity> added;
    m_store->add(entries, &added);
    Poll &p = m_polls[project];
    if (read.resource) {
        // Recorded only now: a feed that failed to read is read again at the next poll.
        const ActivityResourceState state{read.feed.title, read.resource->state, read.resource->signature, true};
        m_store->setResource(read.feed, state);
        p.held.insert(read.feed.key(), state);
    }
    for (const Activity &a : std::as_const(added)) {
        if (a.type == Activity::kStateChanged || (!read.quiet && a.isComment() && !a.read))
            p.notify.append(a);
    }
}

} // namespace sinch
