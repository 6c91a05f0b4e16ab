#pragma once

#include "api/apiclient.h"

#include "api/apierror.h"

#include <QSet>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;

namespace sinch {
class ClockTimer;
}
class QToolButton;

namespace sinch {
class ApiClient;
struct ApiResult;
}

namespace sinch::ui {

// The status bar's view of the network: requests in flight and queued, how long the oldest
// has waited once that is long ("waiting 12 s": a list still loading says only "Loading"),
// the current backoff wait ("503, retrying in 2 s") and the last error, which opens its
// details. The last error goes when the request that failed is made again and succeeds (a
// page's Retry, a refresh): the same operation, project and arguments, started after the
// failure (the same request already on its way when it failed proves nothing).
// While the wait is long, or a retry is waited for, "Stop waiting" stops every request
// (ApiClient::stopWaiting): each page then says so, with its Retry.
class NetworkStatus : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkStatus(ApiClient *client, QWidget *parent = nullptr);

    // A request is long in coming from this many seconds (said, and Stop offered): a list
    // saying "Loading" for a minute told nobody that the server was what everyone waited for.
    static constexpr qint64 kLongWaitMs = 10000;

    QString activityText() const;
    QString backoffText() const;
    QString lastErrorText() const;
    QToolButton *stopButton() const { return m_stop; }
    const ApiError &lastError() const { return m_lastError; }

signals:
    void lastErrorClicked(const sinch::ApiError &error);

private:
    void onActivity(int inFlight, int queued);
    void onBackoff(const QString &projectKey, int delayMs, const ApiError &reason);
    void onStarted(const ApiJob *job);
    void onFinished(const ApiJob *job);
    // What makes two requests the same: project, operation, path and query.
    static QString requestKey(const ApiJob *job);
    void tick();
    void showActivity();
    // Stop shown while the longest wait (`waitedMs`, longestWaitMs()) is long or a retry is
    // waited for.
    void updateStop(qint64 waitedMs);
    qint64 nowMs() const;

    QPointer<ApiClient> m_client;
    QLabel *m_activity;
    QLabel *m_backoff;
    QToolButton *m_stop;
    QToolButton *m_error;
    QTimer *m_timer;
    ClockTimer *m_waitTimer; // on the client's clock, while requests run
    int m_inFlight = 0;
    int m_queued = 0;
    qint64 m_backoffUntil = 0;
    QString m_backoffReason;
    ApiError m_lastError;
    QString m_lastErrorRequest;          // requestKey() of the request that failed
    QSet<const ApiJob *> m_retries;      // that request made again since it failed, on its way
};

} // namespace sinch::ui
