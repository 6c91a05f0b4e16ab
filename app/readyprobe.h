#pragma once

#include <QObject>

class QWidget;

namespace sinch::app {

// SINCH_EXIT_WHEN_READY (the startup benchmark): once the main window has painted the
// overview with every project's numbers, prints "READY <ms since main()> (<steps>)" on
// stdout (StartupClock) and quits. Paint events of the overview and its cards are watched
// application-wide; the quit comes after the paint that showed the numbers.
class ReadyProbe : public QObject
{
    Q_OBJECT
public:
    explicit ReadyProbe(QWidget *window);
    static bool wanted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    bool m_painted = false;
    bool m_done = false;
};

} // namespace sinch::app
