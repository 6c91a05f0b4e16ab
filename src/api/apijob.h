#pragma once

#include "apirequest.h"
#include "apiresult.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace sinch {

class ClockTimer;

class ApiClient;
struct Operation;

// One request of one operation, from queue to result: owns its reply, retries with
// backoff when the policy allows, refreshes the bearer token once on 401, and deletes
// itself after finished() has been emitted. Cancel at any time; finished() then carries
// an ApiError of kind Cancelled.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    enum class State { Queued, Authorizing, Running, BackingOff, Finished };
    Q_ENUM(State)

    ~ApiJob() override;

    const ApiRequest &request() const { return m_request; }
    QString projectKey() const { return m_projectKey; }
    QString requestId() const { return m_requestId; }
    // The operation's path with this request's arguments in it ("/whatsapp/templates/x/DE");
    // empty for an operation the contract does not have.
    QString path() const;
    State state() const { return m_state; }
    const ApiResult &result() const { return m_result; }

public slots:
    void cancel();
    // The person stopped waiting: finishes with an ApiError::stopped(), which pages show as
    // any failure, with a Retry (cancel() is the application's, and says nothing).
    void stop();

signals:
    void finished(const sinch::ApiResult &result);
    // Emitted before each wait between attempts.
    void backingOff(int delayMs, const sinch::ApiError &reason);
    void stateChanged(sinch::ApiJob::State state);

private:
    friend class ApiClient;
    ApiJob(ApiClient *client, QString projectKey, const Operation *op, ApiRequest request);

    void start();                           // called by the client when a slot is free
    void detach();                          // drops the reply and the timer, emits nothing
    void sendAttempt(const QString &bearer);
    void onReplyFinished();
    void onProgress(qint64 received, qint64 total);  // of the download or the upload
    void onTransferTimeout();
    void finish(ApiResult result);
    // Finishes with `error` and no answer.
    void fail(const ApiError &error);
    void setState(State s);
    QNetworkRequest buildRequest(const QString &bearer, QString *error) const;

    ApiClient *m_client;
    QString m_projectKey;
    const Operation *m_op;
    ApiRequest m_request;
    QString m_requestId;
    State m_state = State::Queued;
    QPointer<QNetworkReply> m_reply;
    ClockTimer *m_backoffTimer = nullptr;
    ClockTimer *m_transferTimer = nullptr;   // no byte moved for transferTimeoutMs
    enum class Abort { None, Timeout, TooLarge };
    Abort m_abort = Abort::None;             // why this job aborted its reply
    QElapsedTimer m_elapsed;
    qint64 m_runningSinceMs = 0;     // on the client's clock, since it left the queue (ApiClient::longestWaitMs)
    QElapsedTimer m_attemptTimer;
    int m_attempts = 0;
    bool m_refreshedToken = false;
    bool m_outcomeUnknown = false;   // the last attempt got no answer: it may have taken effect
    QByteArray m_body;
    ApiResult m_result;
};

} // namespace sinch
