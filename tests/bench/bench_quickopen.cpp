// Quick open (Ctrl+K) over a large business: the index reads every searchable list of a
// project served by the emulator as a separate process (serve-sandbox --seed-templates
// 10000: 10,000 templates, the seed's senders and the rest), then queries are typed key by
// key and each keystroke's match() (every entry scored, the best ranked) is timed.
// Figure: quickopen_keystroke, the median keystroke, <= 5 ms (the p99 is printed too).
// --tiny: 300 templates, one round (the test command).
#include "benchfigures.h"
#include "sandboxprocess.h"

#include "api/apiclient.h"
#include "quickopen/quickopenindex.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace sinch;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sinch.*.debug=false\nsinch.ui.quickopen.info=false"));
    const bool tiny = bench::isTiny(argc, argv);
    const int count = tiny ? 300 : 10000;
    bench::SandboxProcess sandbox(count);
    if (!sandbox.start())
        return 1;
    ApiClient client;
    const QString key = QStringLiteral("bench");
    client.setEndpoint(key, sandbox.endpoint());
    ui::QuickOpenIndex index(&client);
    index.setProjects({{key, QStringLiteral("Bench")}});
    index.load();
    QElapsedTimer wait;
    wait.start();
    while (index.isLoading() && wait.elapsed() < 300000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    int templates = 0;
    for (const ui::QuickOpenEntry &e : index.entries())
        templates += e.areaId == QLatin1String("whatsapp.templates") ? 1 : 0;
    if (index.isLoading() || templates != count) {
        std::fprintf(stderr, "the index holds %d templates of %d (%d lists failed)\n", templates, count,
                     index.listsFailed());
        return 1;
    }

    // What people type: a name's words, an abbreviation, a sender, a number.
    const QStringList queries{QStringLiteral("order upd"), QStringLiteral("delivery_rem 004"),
                              QStringLiteral("payconf"), QStringLiteral("acme"), QStringLiteral("subscription offer 12"),
                              QStringLiteral("invoice welc DE")};
    std::vector<double> keystrokes;
    const int rounds = bench::rounds(tiny, 5);
    int found = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &query : queries) {
            for (int n = 1; n <= query.size(); ++n) {
                QElapsedTimer t;
                t.start();
                const QList<int> hits = index.match(query.left(n));
                keystrokes.push_back(double(t.nsecsElapsed()) / 1e6);
                found += int(hits.size());
            }
        }
    }
    if (found == 0) {
        std::fprintf(stderr, "no query found anything\n");
        return 1;
    }
    std::fprintf(stderr, "%lld entries, %zu keystrokes, p99 %.2f ms\n", qlonglong(index.entries().size()),
                 keystrokes.size(), bench::percentile(keystrokes, 0.99));
    bench::figure("quickopen_keystroke", bench::median(keystrokes), "ms", "<=5");
    return 0;
}
