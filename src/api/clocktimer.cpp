#include "clocktimer.h"

#include "clock.h"

#include <QTimer>

namespace sinch {

ClockTimer::ClockTimer(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(Clock::orSystem(clock))
{
    if (!m_clock->isManual()) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &ClockTimer::timeout);
    } else {
        m_clock->addTimer(this); // known to its clock from the start, so either may go first
    }
}

ClockTimer::~ClockTimer()
{
    if (!m_timer && m_clock)
        m_clock->removeTimer(this);
}

void ClockTimer::detachFromClock()
{
    m_clock = nullptr;
    m_deadline = -1;
}

void ClockTimer::setInterval(int ms)
{
    m_interval = ms;
    if (m_timer)
        m_timer->setInterval(ms);
}

void ClockTimer::setSingleShot(bool singleShot)
{
    m_singleShot = singleShot;
    if (m_timer)
        m_timer->setSingleShot(singleShot);
}

bool ClockTimer::isActive() const
{
    return m_timer ? m_timer->isActive() : m_deadline >= 0;
}

void ClockTimer::start()
{
    if (m_timer) {
        m_timer->start();
        return;
    }
    if (!m_clock)
        return; // its manual clock is gone: it never fires again
    m_deadline = m_clock->msecsSinceEpoch() + m_interval;
}

void ClockTimer::stop()
{
    if (m_timer) {
        m_timer->stop();
        return;
    }
    m_deadline = -1;
}

void ClockTimer::fire()
{
    if (m_singleShot) {
        m_deadline = -1;
    } else {
        m_deadline += qMax(1, m_interval);
    }
    emit timeout();
}

} // namespace sinch
