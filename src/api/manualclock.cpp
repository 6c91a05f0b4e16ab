#include "manualclock.h"

#include "clocktimer.h"

namespace sinch {

ManualClock::ManualClock(const QDateTime &start) : m_now(start) {}

ManualClock::~ManualClock()
{
    for (const QPointer<ClockTimer> &t : std::as_const(m_timers))
        if (t)
            t->detachFromClock();
}

void ManualClock::addTimer(ClockTimer *timer)
{
    if (!m_timers.contains(timer))
        m_timers.append(timer);
}

void ManualClock::removeTimer(ClockTimer *timer)
{
    m_timers.removeAll(timer);
}

int ManualClock::activeTimers() const
{
    int n = 0;
    for (const QPointer<ClockTimer> &t : m_timers)
        n += t && t->deadline() >= 0;
    return n;
}

qint64 ManualClock::nextDeadline() const
{
    qint64 next = -1;
    for (const QPointer<ClockTimer> &t : m_timers)
        if (t && t->deadline() >= 0 && (next < 0 || t->deadline() < next))
            next = t->deadline();
    return next;
}

void ManualClock::advance(qint64 ms)
{
    const qint64 end = m_now.toMSecsSinceEpoch() + ms;
    // Fire what falls due in deadline order; a handler may start or stop timers.
    for (int guard = 0; guard < 100000; ++guard) {
        ClockTimer *next = nullptr;
        for (const QPointer<ClockTimer> &t : std::as_const(m_timers))
            if (t && t->deadline() >= 0 && t->deadline() <= end && (!next || t->deadline() < next->deadline()))
                next = t;
        if (!next)
            break;
        m_now = QDateTime::fromMSecsSinceEpoch(next->deadline(), Qt::UTC);
        next->fire();
    }
    m_now = QDateTime::fromMSecsSinceEpoch(end, Qt::UTC);
}

} // namespace sinch
