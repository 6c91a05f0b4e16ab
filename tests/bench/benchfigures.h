#pragma once
// What every benchmark shares: the tiny mode of the test command, medians, and the one-line
// figures scripts/bench reads and checks against their targets:
//   RATIO <name> <value> <target>          e.g. RATIO list_load 1.12 <=1.3
//   BENCH <name> <value> <unit> <target>   e.g. BENCH inbox_merge 182.4 ms <=200
// A benchmark never fails on a figure (scripts/bench does); it fails when the work it
// measures goes wrong, so the tiny run of the test command still catches rot.
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QtGlobal>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <vector>

namespace bench {

// `--tiny` (the test command passes it) or SINCH_BENCH_TINY: tiny inputs, one round.
inline bool isTiny(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--tiny") == 0)
            return true;
    return qEnvironmentVariableIsSet("SINCH_BENCH_TINY");
}

// Rounds of a figure (the median is printed): SINCH_BENCH_ROUNDS, else `normal`; 1 when tiny.
inline int rounds(bool tiny, int normal = 5)
{
    if (tiny)
        return 1;
    const int asked = qEnvironmentVariableIntValue("SINCH_BENCH_ROUNDS");
    return asked > 0 ? asked : normal;
}

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t at = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[at];
}

inline double median(std::vector<double> v)
{
    return percentile(std::move(v), 0.5);
}

inline void ratio(const char *name, double value, const char *target)
{
    std::printf("RATIO %s %.3f %s\n", name, value, target);
    std::fflush(stdout);
}

inline void figure(const char *name, double value, const char *unit, const char *target)
{
    std::printf("BENCH %s %.2f %s %s\n", name, value, unit, target);
    std::fflush(stdout);
}

// This process's resident memory in bytes (VmRSS of /proc/self/status; 0 elsewhere).
inline qint64 residentBytes()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return 0;
}

// The CPU time this thread has used, in ms: on a loaded machine the wall time is mostly
// waiting for a core, this is the work done.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The wall time of one run of `program` in ms, its start and its files' reading included;
// -1 when it failed (an exit code above `worstOk`), said on stderr.
inline double processMs(const QString &program, const QStringList &arguments, int worstOk)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() > worstOk) {
        std::fprintf(stderr, "%s failed (%d): %s\n", qPrintable(program), p.exitCode(), p.readAllStandardError().constData());
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace bench
