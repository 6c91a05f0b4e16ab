#pragma once

#include <QDateTime>

namespace sinch {

class ClockTimer;

// Time as the console sees it. The system clock is the wall clock and its timers run on
// the event loop; tests inject a ManualClock they advance, so token expiry, backoff,
// autosave, look-ups and review polling happen when the test says, not after a sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    virtual qint64 msecsSinceEpoch() const { return now().toMSecsSinceEpoch(); }

    // A manual clock fires its timers from advance(); the system clock lets QTimer do it.
    virtual bool isManual() const { return false; }
    virtual void addTimer(ClockTimer *) {}
    virtual void removeTimer(ClockTimer *) {}

    static Clock *system();
    // `clock`, or the system clock for nullptr.
    static Clock *orSystem(Clock *clock) { return clock ? clock : system(); }
};

} // namespace sinch
