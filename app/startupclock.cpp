#include "startupclock.h"

#include "readyprobe.h"

#include <QElapsedTimer>
#include <QStringList>

#include <mutex>
#include <vector>

namespace sinch::app {

namespace {

struct Marks {
    std::mutex mutex;
    QElapsedTimer clock;
    bool wanted = false;
    std::vector<std::pair<const char *, qint64>> steps;
};

Marks &marks()
{
    static Marks m;
    return m;
}

} // namespace

void StartupClock::start()
{
    Marks &m = marks();
    m.clock.start();
    m.wanted = ReadyProbe::wanted();
}

qint64 StartupClock::elapsed()
{
    return marks().clock.isValid() ? marks().clock.elapsed() : 0;
}

void StartupClock::mark(const char *step)
{
    Marks &m = marks();
    if (!m.wanted)
        return;
    const std::lock_guard<std::mutex> lock(m.mutex);
    m.steps.emplace_back(step, m.clock.elapsed());
}

QString StartupClock::steps()
{
    Marks &m = marks();
    const std::lock_guard<std::mutex> lock(m.mutex);
    QStringList out;
    for (const auto &[step, ms] : m.steps)
        out << QStringLiteral("%1 %2").arg(QLatin1String(step)).arg(ms);
    return out.join(QLatin1String(", "));
}

} // namespace sinch::app
