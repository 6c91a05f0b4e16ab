// Startup: `sinch-console --sandbox` from its start until the main window has painted the
// overview with the sandbox project's numbers (SINCH_EXIT_WHEN_READY makes it print READY
// and quit then), against bench_bare_window (a bare QMainWindow, quitting after its first
// paint) started the same way: both as processes, wall time from the start until the READY
// line is read (the painted window; how long each takes to quit is no part of starting, and
// is checked only for a clean exit), alternating, in a fresh home each (no settings, no
// drafts). Figure: startup, the ratio of the medians, <= 1.5. --tiny: one run each (the
// test command). Also printed: the CPU time each process had used when its READY line came,
// all its threads together (Linux's per-thread schedstat): on a machine of N cores no start
// can take less wall time than its CPU time / N, which bounds the ratio from below; and the
// console's main thread's alone, which bounds it too.
#include "benchfigures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <numeric>

namespace {

// The READY line of each console run: its milliseconds since main() and its steps.
QStringList readyLines;
// The CPU time of the last run when it said READY: every thread of it, and its main thread.
double lastCpuMs = 0;
double lastMainCpuMs = 0;

// The CPU time process `pid` has used so far, every thread of it, in ms, and in `mainMs` its
// main thread's (whose thread ID is the process's); 0 where /proc has no schedstat.
double cpuMsOf(qint64 pid, double *mainMs)
{
    double ns = 0;
    *mainMs = 0;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const double onCpu = stat.readAll().split(' ').value(0).toDouble(); // time on a CPU, in ns
        ns += onCpu;
        if (tid == QString::number(pid))
            *mainMs = onCpu / 1e6;
    }
    return ns / 1e6;
}

double run(const QString &program, const QStringList &arguments)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("SINCH_EXIT_WHEN_READY"), QStringLiteral("1"));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    QByteArray out;
    qint64 readyNs = -1;
    while (readyNs < 0 && p.waitForReadyRead(120000)) {
        out += p.readAllStandardOutput();
        if (out.contains("READY")) {
            readyNs = t.nsecsElapsed();
            lastCpuMs = cpuMsOf(p.processId(), &lastMainCpuMs);
        }
    }
    const qsizetype at = out.indexOf("READY");
    readyLines << QString::fromUtf8(out.mid(at, out.indexOf('\n', at) - at));
    if (readyNs < 0 || !p.waitForFinished(120000) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s did not get ready: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return -1;
    }
    return double(readyNs) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool tiny = bench::isTiny(argc, argv);
    std::vector<double> console, bare, consoleCpu, bareCpu, consoleMainCpu;
    for (int round = 0; round < bench::rounds(tiny, 7); ++round) {
        const double c = run(QStringLiteral(SINCH_CONSOLE_PATH), {QStringLiteral("--sandbox")});
        consoleCpu.push_back(lastCpuMs);
        consoleMainCpu.push_back(lastMainCpuMs);
        const double b = run(QStringLiteral(BARE_WINDOW_PATH), {});
        bareCpu.push_back(lastCpuMs);
        if (c < 0 || b < 0)
            return 1;
        console.push_back(c);
        bare.push_back(b);
    }
    std::fprintf(stderr, "console %.0f ms, bare window %.0f ms\n", bench::median(console), bench::median(bare));
    const int cores = qMax(1, QThread::idealThreadCount());
    std::fprintf(stderr, "CPU time until READY, every thread: console %.0f ms, bare window %.0f ms; on %d cores the console's "
                         "start takes at least %.0f ms, %.2f times the bare window's wall time\n",
                 bench::median(consoleCpu), bench::median(bareCpu), cores, bench::median(consoleCpu) / cores,
                 bench::median(consoleCpu) / cores / bench::median(bare));
    // The window's own thread alone, whatever the emulator and the contract's reading cost on
    // the other core: no start can be faster than its main thread's CPU time.
    std::fprintf(stderr, "CPU time until READY of the console's main thread alone: %.0f ms, %.2f times the bare window's "
                         "whole CPU time\n",
                 bench::median(consoleMainCpu), bench::median(consoleMainCpu) / bench::median(bareCpu));
    // The console run nearest the median: from the process's start to main() (the wall time
    // less the READY line's ms since main()), then its steps.
    std::vector<size_t> order(console.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return console[a] < console[b]; });
    const size_t mid = order[order.size() / 2];
    const QString line = readyLines.value(int(2 * mid)); // console and bare runs alternate
    const double sinceMain = line.section(QLatin1Char(' '), 1, 1).toDouble();
    std::fprintf(stderr, "median console run: %.0f ms to main(), then %s\n", console[mid] - sinceMain, qPrintable(line));
    bench::ratio("startup", bench::median(console) / bench::median(bare), "<=1.5");
    return 0;
}
