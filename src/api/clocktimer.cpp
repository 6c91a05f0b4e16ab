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
    }
}

ClockTimer::~ClockTimer()
{
    if (m_clock->isManual())
        m_clock->removeTimer(this);
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
    m_deadline = m_clock->msecsSinceEpoch() + m_interval;
    m_clock->addTimer(this);
}

void ClockTimer::stop()
{
    if (m_timer) {
        m_timer->stop();
        return;
    }
    m_deadline = -1;
    m_clock->removeTimer(this);
}

void ClockTimer::fire()
{
    if (m_singleShot) {
        m_deadline = -1;
        m_clock->removeTimer(this);
    } else {
        m_deadline += qMax(1, m_interval);
    }
    emit timeout();
}

} // namespace sinch
