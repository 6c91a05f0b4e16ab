#include "readyprobe.h"

#include "overviewpage.h"
#include "startupclock.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace sinch::app {

ReadyProbe::ReadyProbe(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

bool ReadyProbe::wanted()
{
    return qEnvironmentVariableIsSet("SINCH_EXIT_WHEN_READY");
}

bool ReadyProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_done || event->type() != QEvent::Paint || !watched->isWidgetType())
        return false;
    if (!m_painted && watched == m_window) {
        m_painted = true;
        StartupClock::mark("first paint");
    }
    const auto *overview = m_window->findChild<ui::OverviewPage *>();
    auto *widget = static_cast<QWidget *>(watched);
    if (!overview || !overview->isVisible() || (widget != overview && !overview->isAncestorOf(widget))
        || !overview->showsCounts())
        return false;
    m_done = true;
    // After this paint is done.
    QTimer::singleShot(0, this, [] {
        std::printf("READY %lld (%s)\n", qlonglong(StartupClock::elapsed()), qPrintable(StartupClock::steps()));
        std::fflush(stdout);
        QApplication::quit();
    });
    return false;
}

} // namespace sinch::app
