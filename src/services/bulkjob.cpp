#include "bulkjob.h"

#include "api/apijob.h"
#include "api/apiresult.h"
#include "api/clock.h"
#include "api/clocktimer.h"

namespace sinch {

BulkJob::BulkJob(QString title, QObject *parent)
    : QObject(parent)
    , m_title(std::move(title))
{
}

BulkJob::~BulkJob() = default;

void BulkJob::setClock(Clock *clock)
{
    m_clock = clock;
}

void BulkJob::add(Item item)
{
    if (isStarted())
        return;
    m_items.append(std::move(item));
    m_results.append(Result());
}

void BulkJob::start()
{
    if (isStarted())
        return;
    m_started = Clock::orSystem(m_clock)->now();
    m_wait = new ClockTimer(m_clock, this);
    m_wait->setSingleShot(true);
    connect(m_wait, &ClockTimer::timeout, this, &BulkJob::pump);
    emit progress(0, count());
    pump();
    checkFinished(); // an empty job
}

bool BulkJob::isPaused() const
{
    return m_wait && m_wait->isActive();
}

void BulkJob::cancel()
{
    if (!isRunning() || m_cancelled)
        return;
    m_cancelled = true;
    if (m_wait)
        m_wait->stop();
    for (int index : std::exchange(m_resendQueue, {}))
        settle(index, Outcome::NotDone,
               tr("Cancelled while waiting to send it again: the server had refused it with 429 (too many requests), so "
                  "nothing was changed."));
    for (; m_next < count(); ++m_next)
        settle(m_next, Outcome::NotDone, tr("Cancelled before it was sent."));
    checkFinished();
}

void BulkJob::pump()
{
    if (m_cancelled || isPaused())
        return;
    while (m_running < m_concurrency && !m_resendQueue.isEmpty())
        launch(m_resendQueue.takeFirst());
    while (m_running < m_concurrency && m_next < count())
        launch(m_next++);
}

void BulkJob::launch(int index)
{
    Result &r = m_results[index];
    r.outcome = Outcome::Running;
    r.detail = r.attempts > 0 ? tr("Sending again (attempt %1)…").arg(r.attempts + 1) : tr("Sending…");
    ++r.attempts;
    ++m_running;
    ApiJob *job = m_items.at(index).start();
    m_inFlight.append(job);
    emit itemChanged(index);
    connect(job, &ApiJob::finished, this, [this, index, job](const ApiResult &result) {
        m_inFlight.removeAll(job);
        --m_running;
        onResult(index, result);
    });
}

void BulkJob::onResult(int index, const ApiResult &result)
{
    const Item &item = m_items.at(index);
    if (result.ok()) {
        m_results[index].answer = result.json.object();
        const QString failed = item.onDone ? item.onDone(m_results.at(index).answer) : QString();
        settle(index, failed.isEmpty() ? Outcome::Done : Outcome::Failed, failed);
    } else if (result.error.httpStatus == 429 && item.resendOnRateLimit) {
        // Not processed: the one failure after which a POST may go again.
        if (m_cancelled) {
            settle(index, Outcome::NotDone,
                   tr("Refused with 429 (too many requests) and not sent again because the job was cancelled: nothing "
                      "was changed."));
        } else if (m_results.at(index).attempts > m_maxResends) {
            settle(index, Outcome::Failed,
                   tr("Still refused with 429 (too many requests) after %1 attempts: nothing was changed. Run it again "
                      "later.").arg(m_results.at(index).attempts));
        } else {
            const int waitMs = result.error.retryAfterSeconds >= 0 ? result.error.retryAfterSeconds * 1000 : m_defaultWaitMs;
            Result &r = m_results[index];
            r.outcome = Outcome::Waiting;
            r.detail = tr("Refused with 429 (too many requests): waiting %1 s to send it again.").arg(waitMs / 1000.0);
            ++m_resends;
            m_resendQueue.append(index);
            emit itemChanged(index);
            pause(waitMs);
        }
    } else if (result.error.kind == ApiError::Kind::Http) {
        settle(index, Outcome::Failed, result.error.userText());
    } else if (item.resendOnRateLimit) {
        settle(index, Outcome::Unknown,
               tr("The answer was lost (%1): it may have been done. Check the target before running it again.")
                   .arg(result.error.summary()));
    } else {
        settle(index, Outcome::Failed, result.error.userText());
    }
    pump();
    checkFinished();
}

void BulkJob::pause(int ms)
{
    const qint64 until = Clock::orSystem(m_clock)->msecsSinceEpoch() + ms;
    if (m_wait->isActive() && m_wait->deadline() >= until)
        return;
    m_wait->stop();
    m_wait->setInterval(ms);
    m_wait->start();
    emit paused(ms, tr("The server asked to slow down: waiting %1 s.").arg(ms / 1000.0));
}

void BulkJob::settle(int index, Outcome outcome, const QString &detail)
{
    Result &r = m_results[index];
    r.outcome = outcome;
    r.detail = detail;
    emit itemChanged(index);
    emit progress(finishedCount(), count());
}

void BulkJob::checkFinished()
{
    if (m_finished || !isStarted() || m_running > 0 || !m_resendQueue.isEmpty())
        return;
    if (!m_cancelled && m_next < count())
        return;
    m_finished = true;
    m_ended = Clock::orSystem(m_clock)->now();
    if (m_wait)
        m_wait->stop();
    emit finished();
}

int BulkJob::countOf(Outcome outcome) const
{
    int n = 0;
    for (const Result &r : m_results)
        n += r.outcome == outcome ? 1 : 0;
    return n;
}

int BulkJob::finishedCount() const
{
    return countOf(Outcome::Done) + countOf(Outcome::Failed) + countOf(Outcome::NotDone) + countOf(Outcome::Unknown);
}

QString BulkJob::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Waiting: return tr("Waiting");
    case Outcome::Running: return tr("Running");
    case Outcome::Done: return tr("Done");
    case Outcome::Failed: return tr("Failed");
    case Outcome::NotDone: return tr("Not done");
    case Outcome::Unknown: return tr("Unknown");
    }
    return QString();
}

QString BulkJob::summary() const
{
    QStringList parts{tr("done %1").arg(countOf(Outcome::Done))};
    if (const int n = countOf(Outcome::Failed))
        parts << tr("failed %1").arg(n);
    if (const int n = countOf(Outcome::NotDone))
        parts << tr("not done %1").arg(n);
    if (const int n = countOf(Outcome::Unknown))
        parts << tr("unknown %1").arg(n);
    if (const int n = count() - finishedCount())
        parts << tr("to do %1").arg(n);
    return tr("%1 of %2: %3").arg(m_title).arg(count()).arg(parts.join(QStringLiteral(" · ")));
}

QString BulkJob::report() const
{
    QStringList lines{summary()};
    const QString end = m_finished ? (m_cancelled ? tr("cancelled %1").arg(m_ended.toLocalTime().toString(Qt::ISODate))
                                                  : tr("finished %1").arg(m_ended.toLocalTime().toString(Qt::ISODate)))
                                   : tr("still running");
    lines << tr("Started %1, %2.").arg(m_started.toLocalTime().toString(Qt::ISODate), end);
    if (m_resends > 0)
        lines << tr("%n request(s) sent again after the server answered 429 (too many requests, not processed).", nullptr,
                    m_resends);
    for (const Outcome o : {Outcome::Unknown, Outcome::Failed, Outcome::NotDone, Outcome::Done, Outcome::Running,
                            Outcome::Waiting}) {
        if (countOf(o) == 0)
            continue;
        lines << QString() << tr("%1 (%2):").arg(outcomeText(o)).arg(countOf(o));
        for (int i = 0; i < count(); ++i) {
            if (m_results.at(i).outcome != o)
                continue;
            const QString &detail = m_results.at(i).detail;
            lines << (detail.isEmpty() ? QStringLiteral("  %1").arg(m_items.at(i).label)
                                       : QStringLiteral("  %1: %2").arg(m_items.at(i).label, detail));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sinch
