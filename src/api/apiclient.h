#pragma once

#include "apijob.h"
#include "apirequest.h"
#include "endpoint.h"
#include "retrypolicy.h"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QPointer>

class QNetworkAccessManager;

namespace sinch {

class Clock;
class RequestLog;
class TokenProvider;

// The one way to the API. Owns one QNetworkAccessManager (injectable for tests), holds
// one Endpoint per project key, and runs ApiJobs: at most maxInFlight() per project at
// once, the rest queued in order. Every operation of the contract goes through call();
// nothing else in the application builds a URL.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of `nam` when given (reparents it); creates one otherwise.
    explicit ApiClient(QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~ApiClient() override;

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    void setEndpoint(const QString &projectKey, const Endpoint &endpoint);
    void removeEndpoint(const QString &projectKey); // cancels its jobs
    bool hasEndpoint(const QString &projectKey) const;
    Endpoint endpoint(const QString &projectKey) const;

    // Queues a request of the operation named in `request`. Never returns null; an unknown
    // operation or project finishes the job with a Config error on the next event loop turn.
    ApiJob *call(const QString &projectKey, const ApiRequest &request);

    void cancelAll(const QString &projectKey = QString());
    // The person stops waiting for every request in flight or queued (ApiJob::stop).
    void stopWaiting();

    int maxInFlight() const { return m_maxInFlight; }
    void setMaxInFlight(int n);
    RetryPolicy &retryPolicy() { return m_retry; }
    void setRetryPolicy(const RetryPolicy &p) { m_retry = p; }
    // How long an attempt may go without a byte moving (sent or received), on the client's
    // clock: a ManualClock in a test, so an answer that never ends times out when the test
    // advances it. The attempt then fails as a Timeout (retried only when idempotent).
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    // The largest answer read (kDefaultMaxResponseBytes): a longer one is aborted as soon as
    // its Content-Length or its bytes pass this, instead of being buffered whole.
    static constexpr qint64 kDefaultMaxResponseBytes = 16LL * 1024 * 1024;
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    void setClock(Clock *clock);            // not owned; nullptr = system clock
    Clock *clock() const { return m_clock; }
    RequestLog *requestLog() const { return m_log; }

    int inFlight() const;
    int queued() const;
    // How long the request running longest has been waiting for its answer, on the client's
    // clock: its current attempt's, not the retries before it, nor a backoff (a wait of the
    // console's, said apart); 0 when none runs.
    qint64 longestWaitMs() const;

    // The OAuth2 token source of a project (null for Basic), for status displays and tests.
    TokenProvider *tokensFor(const QString &projectKey) const;

signals:
    void activityChanged(int inFlight, int queued);
    void jobStarted(sinch::ApiJob *job);
    void jobFinished(sinch::ApiJob *job); // its result(), request() and projectKey() are set
    void backingOff(const QString &projectKey, int delayMs, const sinch::ApiError &reason);

private:
    friend class ApiJob;
    // Every job running or queued for `projectKey` (empty: for every project).
    QList<QPointer<ApiJob>> jobsOf(const QString &projectKey) const;
    struct ProjectState {
        Endpoint endpoint;
        TokenProvider *tokens = nullptr;
        QQueue<QPointer<ApiJob>> queue;
        QList<QPointer<ApiJob>> running;
    };
    void pump(const QString &projectKey);
    void jobDone(ApiJob *job);
    void emitActivity();

    QNetworkAccessManager *m_nam;
    QHash<QString, ProjectState> m_projects;
    RetryPolicy m_retry;
    Clock *m_clock;
    RequestLog *m_log;
    // As many as QNetworkAccessManager opens connections to one host (six): the overview's
    // six lists go out in one round, not two.
    int m_maxInFlight = 6;
    int m_transferTimeoutMs = 30000;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
};

} // namespace sinch
