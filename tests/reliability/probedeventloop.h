#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTest>
#include <QTimer>

namespace sinch::test {

// Runs the event loop in steps of `stepMs` until `done()` or `limitMs` have passed, calling
// `between()` after each step (where a test moves its ManualClock). Returns the longest gap
// between two beats of a 10 ms probe timer: how long the event loop stood still, which a
// view that waits in a callback keeps near the step.
template<typename Done, typename Between>
qint64 runProbed(Done done, Between between, int stepMs, int limitMs)
{
    QElapsedTimer sinceBeat;
    sinceBeat.start();
    qint64 longest = 0;
    QTimer probe;
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] { longest = qMax(longest, sinceBeat.restart()); });
    probe.start();
    QElapsedTimer wall;
    wall.start();
    while (!done() && wall.elapsed() < limitMs) {
        QTest::qWait(stepMs);
        between();
    }
    return qMax(longest, sinceBeat.elapsed());
}

} // namespace sinch::test
