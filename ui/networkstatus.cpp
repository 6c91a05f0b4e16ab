#include "networkstatus.h"

#include "icons.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/clock.h"
#include "api/clocktimer.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace sinch::ui {

NetworkStatus::NetworkStatus(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_activity(new QLabel(this))
    , m_backoff(new QLabel(this))
    , m_stop(new QToolButton(this))
    , m_error(new QToolButton(this))
    , m_timer(new QTimer(this))
    , m_waitTimer(new ClockTimer(client ? client->clock() : nullptr, this))
{
    setObjectName(QStringLiteral("networkStatus"));
    m_activity->setObjectName(QStringLiteral("activityLabel"));
    m_activity->setAccessibleName(tr("Network activity"));
    m_backoff->setObjectName(QStringLiteral("backoffLabel"));
    m_backoff->setAccessibleName(tr("Retry wait"));
    m_stop->setObjectName(QStringLiteral("stopWaitingButton"));
    m_stop->setText(tr("Stop waiting"));
    m_stop->setAutoRaise(true);
    m_stop->setToolTip(tr("Stop every request the console is waiting for; each page then offers to try again"));
    m_stop->setVisible(false);
    connect(m_stop, &QToolButton::clicked, this, [this] {
        if (m_client)
            m_client->stopWaiting();
    });
    m_error->setObjectName(QStringLiteral("lastErrorButton"));
    m_error->setAccessibleName(tr("Last error, click for details"));
    m_error->setAutoRaise(true);
    m_error->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_error->setIcon(Icons::standard(QStyle::SP_MessageBoxWarning));
    m_error->setToolTip(tr("Show the details of the last error"));
    m_error->setVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_activity);
    layout->addWidget(m_backoff);
    layout->addWidget(m_stop);
    layout->addStretch(1); // Stop beside the wait it ends; the last error at the end
    layout->addWidget(m_error);

    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &NetworkStatus::tick);
    m_waitTimer->setInterval(1000);
    connect(m_waitTimer, &ClockTimer::timeout, this, &NetworkStatus::showActivity);
    connect(m_error, &QToolButton::clicked, this, [this]() { emit lastErrorClicked(m_lastError); });
    if (client) {
        connect(client, &ApiClient::activityChanged, this, &NetworkStatus::onActivity);
        connect(client, &ApiClient::backingOff, this, &NetworkStatus::onBackoff);
        connect(client, &ApiClient::jobStarted, this, &NetworkStatus::onStarted);
        connect(client, &ApiClient::jobFinished, this, &NetworkStatus::onFinished);
        onActivity(client->inFlight(), client->queued());
    }
    m_backoff->setVisible(false);
}

void NetworkStatus::onActivity(int inFlight, int queued)
{
    m_inFlight = inFlight;
    m_queued = queued;
    if (inFlight > 0 && !m_waitTimer->isActive())
        m_waitTimer->start();
    else if (inFlight == 0)
        m_waitTimer->stop();
    showActivity();
}

void NetworkStatus::showActivity()
{
    QString text;
    if (m_inFlight == 0 && m_queued == 0)
        text = tr("● Idle");
    else if (m_queued == 0)
        text = tr("● %n request(s)", nullptr, m_inFlight);
    else
        text = tr("● %n request(s), %1 queued", nullptr, m_inFlight).arg(m_queued);
    QString tip = tr("Requests in flight: %1, waiting: %2").arg(m_inFlight).arg(m_queued);
    const qint64 waited = m_client && m_inFlight > 0 ? m_client->longestWaitMs() : 0;
    if (waited >= kLongWaitMs) {
        const qint64 seconds = waited / 1000;
        text += QLatin1Char(' ') + tr("(waiting %1 s for the server)").arg(seconds);
        tip += QLatin1Char('\n')
            + tr("The server has not answered for %1 s. A request with no answer is given up after %2 s without "
                 "data and tried again when that is safe.").arg(seconds).arg(m_client->transferTimeoutMs() / 1000);
    }
    m_activity->setText(text);
    m_activity->setToolTip(tip);
    updateStop(waited);
}

void NetworkStatus::updateStop(qint64 waitedMs)
{
    const bool waiting = m_client && (m_inFlight > 0 || m_queued > 0) && (waitedMs >= kLongWaitMs || !m_backoff->isHidden());
    m_stop->setVisible(waiting);
}

qint64 NetworkStatus::nowMs() const
{
    // On the client's clock, as the backoff itself: a test's ManualClock runs both.
    return m_client ? m_client->clock()->msecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

void NetworkStatus::onBackoff(const QString &, int delayMs, const ApiError &reason)
{
    m_backoffUntil = nowMs() + delayMs;
    m_backoffReason = reason.httpStatus ? QString::number(reason.httpStatus) : reason.message;
    m_timer->start();
    tick();
}

void NetworkStatus::tick()
{
    const qint64 left = m_backoffUntil - nowMs();
    if (left <= 0) {
        m_timer->stop();
        m_backoff->setVisible(false);
        m_backoff->clear();
        showActivity(); // the retry's attempt is waited for from its start
        return;
    }
    const int seconds = int((left + 999) / 1000);
    m_backoff->setText(tr("%1, retrying in %2 s").arg(m_backoffReason).arg(seconds));
    m_backoff->setVisible(true);
    updateStop(0); // a retry waited for offers Stop by itself
}

void NetworkStatus::onStarted(const ApiJob *job)
{
    // Only while an error shows, and only its request's: each other start costs nothing.
    if (!m_error->isHidden() && requestKey(job) == m_lastErrorRequest)
        m_retries.insert(job);
}

void NetworkStatus::onFinished(const ApiJob *job)
{
    const bool retry = m_retries.remove(job);
    const ApiResult &result = job->result();
    if (result.ok()) {
        if (retry) {
            m_error->setVisible(false);
            m_lastError = ApiError();
            m_retries.clear();
        }
        return;
    }
    // A stop is the person's own act, no error of the server's: the page says it.
    if (result.error.isCancelled() || result.error.kind == ApiError::Kind::Stopped || result.errorExpected)
        return;
    m_lastError = result.error;
    m_lastErrorRequest = requestKey(job);
    m_retries.clear(); // made again for another error
    m_error->setText(tr("Last error: %1").arg(result.error.summary()));
    m_error->setVisible(true);
}

QString NetworkStatus::requestKey(const ApiJob *job)
{
    QStringList parts{job->projectKey(), job->request().operationId, job->path()};
    for (const auto &[name, value] : job->request().query)
        parts << name + QLatin1Char('=') + value;
    return parts.join(QChar(0x1f)); // a separator no argument has
}

QString NetworkStatus::activityText() const
{
    return m_activity->text();
}

QString NetworkStatus::backoffText() const
{
    return m_backoff->text();
}

QString NetworkStatus::lastErrorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace sinch::ui
