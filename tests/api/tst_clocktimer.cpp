// Timers on an injected clock: on a ManualClock they fire only when the test advances the
// clock past their deadline, in deadline order, a repeating one as often as it would have.
#include "api/clocktimer.h"
#include "api/manualclock.h"

#include <QSignalSpy>
#include <memory>
#include <QTest>

using namespace sinch;

class TstClockTimer : public QObject
{
    Q_OBJECT

private slots:
    void singleShotFiresOnceAtItsDeadline()
    {
        ManualClock clock;
        ClockTimer timer(&clock);
        timer.setSingleShot(true);
        timer.setInterval(400);
        QSignalSpy fired(&timer, &ClockTimer::timeout);
        timer.start();
        QVERIFY(timer.isActive());
        clock.advance(399);
        QCOMPARE(fired.count(), 0);
        clock.advance(1);
        QCOMPARE(fired.count(), 1);
        QVERIFY(!timer.isActive());
        clock.advance(10000);
        QCOMPARE(fired.count(), 1);
    }

    void restartMovesTheDeadline()
    {
        ManualClock clock;
        ClockTimer timer(&clock);
        timer.setSingleShot(true);
        timer.setInterval(400);
        QSignalSpy fired(&timer, &ClockTimer::timeout);
        timer.start();
        clock.advance(300);
        timer.start(); // typing goes on: the look-up waits for rest again
        clock.advance(300);
        QCOMPARE(fired.count(), 0);
        clock.advance(100);
        QCOMPARE(fired.count(), 1);
    }

    void repeatingFiresAsOftenAsItWould()
    {
        ManualClock clock;
        ClockTimer timer(&clock);
        timer.setInterval(5000);
        QSignalSpy fired(&timer, &ClockTimer::timeout);
        timer.start();
        clock.advance(15000);
        QCOMPARE(fired.count(), 3);
        timer.stop();
        clock.advance(15000);
        QCOMPARE(fired.count(), 3);
        QCOMPARE(clock.activeTimers(), 0);
    }

    void timersFireInDeadlineOrderWithTheClockAtTheirTime()
    {
        ManualClock clock;
        const qint64 start = clock.msecsSinceEpoch();
        ClockTimer late(&clock);
        ClockTimer early(&clock);
        late.setSingleShot(true);
        early.setSingleShot(true);
        late.setInterval(300);
        early.setInterval(100);
        QList<qint64> seen;
        connect(&late, &ClockTimer::timeout, this, [&] { seen << clock.msecsSinceEpoch() - start; });
        connect(&early, &ClockTimer::timeout, this, [&] { seen << clock.msecsSinceEpoch() - start; });
        late.start();
        early.start();
        clock.advance(1000);
        QCOMPARE(seen, (QList<qint64>{100, 300}));
        QCOMPARE(clock.msecsSinceEpoch() - start, 1000);
    }

    void aDeletedTimerIsForgotten()
    {
        ManualClock clock;
        auto *timer = new ClockTimer(&clock);
        timer->setInterval(10);
        timer->start();
        delete timer;
        clock.advance(100); // nothing to fire, nothing dangling
        QCOMPARE(clock.activeTimers(), 0);
    }

    void aClockGoneFirstLeavesItsTimersStopped()
    {
        auto clock = std::make_unique<ManualClock>();
        ClockTimer timer(clock.get());
        timer.setInterval(10);
        timer.start();
        clock.reset(); // a test's clock may go before the widgets that hold timers on it
        QVERIFY(!timer.isActive());
        timer.start(); // nothing to run on: stays stopped
        QVERIFY(!timer.isActive());
    }

    void systemClockTimerRunsOnTheEventLoop()
    {
        ClockTimer timer; // the system clock
        timer.setSingleShot(true);
        timer.setInterval(1);
        QSignalSpy fired(&timer, &ClockTimer::timeout);
        timer.start();
        QVERIFY(fired.wait(2000));
    }
};

QTEST_GUILESS_MAIN(TstClockTimer)
#include "tst_clocktimer.moc"
