#pragma once

#include <QObject>

class QTimer;

namespace sinch {

class Clock;

// A timer on a Clock: on the system clock a QTimer, on a ManualClock one that fires when
// the test advances the clock past its deadline. The API of QTimer that the console uses.
class ClockTimer : public QObject
{
    Q_OBJECT
public:
    explicit ClockTimer(Clock *clock = nullptr, QObject *parent = nullptr);
    ~ClockTimer() override;

    void setInterval(int ms);
    int interval() const { return m_interval; }
    void setSingleShot(bool singleShot);
    bool isSingleShot() const { return m_singleShot; }
    bool isActive() const;
    // When it fires next on the clock's time (msecs since epoch); -1 when inactive.
    qint64 deadline() const { return m_deadline; }

public slots:
    void start();
    void stop();

signals:
    void timeout();

private:
    friend class ManualClock;
    void fire();            // by the manual clock
    void detachFromClock(); // the manual clock is going away first

    Clock *m_clock;
    QTimer *m_timer = nullptr; // on the system clock
    int m_interval = 0;
    bool m_singleShot = false;
    qint64 m_deadline = -1;
};

} // namespace sinch
