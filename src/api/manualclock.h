#pragma once

#include "clock.h"

#include <QList>
#include <QPointer>

namespace sinch {

// A clock that stands still until advanced: advance(ms) moves "now" and fires every
// ClockTimer on this clock that falls due on the way, in the order of their deadlines
// (a repeating timer as often as it would have). For tests and benchmarks.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    ~ManualClock() override; // its timers stay, stopped for good

    QDateTime now() const override { return m_now; }
    bool isManual() const override { return true; }
    void addTimer(ClockTimer *timer) override;
    void removeTimer(ClockTimer *timer) override;

    void advance(qint64 ms);
    int activeTimers() const;
    // When the first active timer falls due (msecs since epoch); -1 when none is active.
    qint64 nextDeadline() const;

private:
    QDateTime m_now;
    QList<QPointer<ClockTimer>> m_timers;
};

} // namespace sinch
