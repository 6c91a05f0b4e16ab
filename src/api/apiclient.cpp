#include "apiclient.h"

#include "clock.h"
#include "operations.h"
#include "requestlog.h"
#include "auth/tokenprovider.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace sinch {

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
    , m_clock(Clock::system())
    , m_log(new RequestLog(this))
{
    m_nam->setParent(this);
    // Connections are reused per host; HTTP/2 where the server offers it.
    m_nam->setAutoDeleteReplies(false);
}

ApiClient::~ApiClient()
{
    // Jobs first, quietly: nobody is listening any more.
    for (ApiJob *job : findChildren<ApiJob *>(QString(), Qt::FindDirectChildrenOnly)) {
        job->disconnect();
        job->detach();
        delete job;
    }
    m_projects.clear();
}

void ApiClient::setEndpoint(const QString &projectKey, const Endpoint &endpoint)
{
    ProjectState &st = m_projects[projectKey];
    const bool authChanged = st.endpoint.keyId != endpoint.keyId || st.endpoint.keySecret != endpoint.keySecret
                          || st.endpoint.tokenUrl != endpoint.tokenUrl;
    st.endpoint = endpoint;
    if (st.tokens && authChanged) {
        st.tokens->deleteLater();
        st.tokens = nullptr;
    }
    if (!st.tokens && endpoint.authMode == AuthMode::OAuth2)
        st.tokens = new TokenProvider(m_nam, endpoint.tokenUrl, endpoint.keyId, endpoint.keySecret, m_clock, this);
}

void ApiClient::removeEndpoint(const QString &projectKey)
{
    if (!m_projects.contains(projectKey))
        return;
    cancelAll(projectKey);
    ProjectState st = m_projects.take(projectKey);
    if (st.tokens)
        st.tokens->deleteLater();
    emitActivity();
}

bool ApiClient::hasEndpoint(const QString &projectKey) const
{
    return m_projects.contains(projectKey);
}

Endpoint ApiClient::endpoint(const QString &projectKey) const
{
    return m_projects.value(projectKey).endpoint;
}

TokenProvider *ApiClient::tokensFor(const QString &projectKey) const
{
    const auto it = m_projects.constFind(projectKey);
    return it == m_projects.constEnd() ? nullptr : it->tokens;
}

void ApiClient::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
}

void ApiClient::setMaxInFlight(int n)
{
    m_maxInFlight = qMax(1, n);
    for (auto it = m_projects.keyBegin(); it != m_projects.keyEnd(); ++it)
        pump(*it);
}

ApiJob *ApiClient::call(const QString &projectKey, const ApiRequest &request)
{
    const Operation *op = Operations::findAny(request.operationId);
    auto *job = new ApiJob(this, projectKey, op, request);
    QString problem;
    if (!op)
        problem = tr("Unknown operation \"%1\".").arg(request.operationId);
    else if (!m_projects.contains(projectKey))
        problem = tr("No project is selected, or its key could not be read.");
    if (!problem.isEmpty()) {
        // Finish on the next turn of the event loop, so callers can connect first.
        QTimer::singleShot(0, job, [job, problem] {
            ApiResult r;
            r.error = ApiError::config(problem);
            job->finish(r);
        });
        return job;
    }
    m_projects[projectKey].queue.enqueue(job);
    // Start on the next turn as well: signals connected after call() see everything.
    QTimer::singleShot(0, this, [this, projectKey] { pump(projectKey); });
    emitActivity();
    return job;
}

void ApiClient::pump(const QString &projectKey)
{
    auto it = m_projects.find(projectKey);
    if (it == m_projects.end())
        return;
    bool started = false;
    while (it->running.size() < m_maxInFlight && !it->queue.isEmpty()) {
        QPointer<ApiJob> job = it->queue.dequeue();
        if (!job || job->state() == ApiJob::State::Finished)
            continue;
        it->running.append(job);
        job->m_runningSinceMs = m_clock->msecsSinceEpoch();
        started = true;
        job->start(); // may finish synchronously and re-enter jobDone
        it = m_projects.find(projectKey);
        if (it == m_projects.end())
            return;
    }
    if (started)
        emitActivity();
}

void ApiClient::jobDone(ApiJob *job)
{
    const QString key = job->projectKey();
    auto it = m_projects.find(key);
    if (it != m_projects.end()) {
        it->running.removeAll(job);
        it->queue.removeAll(job);
        // Clean up pointers to jobs already gone.
        it->running.removeAll(QPointer<ApiJob>());
    }
    emit jobFinished(job);
    if (it != m_projects.end())
        QTimer::singleShot(0, this, [this, key] { pump(key); });
    emitActivity();
}

void ApiClient::cancelAll(const QString &projectKey)
{
    for (const auto &job : jobsOf(projectKey)) {
        if (job)
            job->cancel();
    }
}

void ApiClient::stopWaiting()
{
    for (const auto &job : jobsOf(QString())) {
        if (job)
            job->stop();
    }
}

QList<QPointer<ApiJob>> ApiClient::jobsOf(const QString &projectKey) const
{
    QList<QPointer<ApiJob>> jobs;
    for (auto it = m_projects.cbegin(); it != m_projects.cend(); ++it) {
        if (!projectKey.isEmpty() && it.key() != projectKey)
            continue;
        jobs += it->running;
        jobs += it->queue;
    }
    return jobs;
}

int ApiClient::inFlight() const
{
    int n = 0;
    for (const auto &st : m_projects)
        n += st.running.size();
    return n;
}

int ApiClient::queued() const
{
    int n = 0;
    for (const auto &st : m_projects)
        n += st.queue.size();
    return n;
}

qint64 ApiClient::longestWaitMs() const
{
    qint64 oldest = -1;
    for (const auto &st : m_projects) {
        for (const QPointer<ApiJob> &job : st.running) {
            if (job && job->state() != ApiJob::State::BackingOff)
                oldest = oldest < 0 ? job->m_runningSinceMs : qMin(oldest, job->m_runningSinceMs);
        }
    }
    return oldest < 0 ? 0 : qMax<qint64>(0, m_clock->msecsSinceEpoch() - oldest);
}

void ApiClient::emitActivity()
{
    emit activityChanged(inFlight(), queued());
}

} // namespace sinch
