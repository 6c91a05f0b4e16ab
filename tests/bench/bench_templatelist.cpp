// A large business's template list, against the emulator as a separate process
// (serve-sandbox --seed-templates 10000), in a view as the templates page shows it (the
// filter proxy sorted by name in a tree view set up as a ListPage sets up its view, with its
// PlainTextDelegate). Figures:
//  - list_load: every page into TemplateListModel, against curl fetching the same pages one
//    after another (one curl process, one connection): ratio <= 1.3;
//  - list_stall: the longest stall of the main thread (an event-loop latency probe: a 1 ms
//    timer's longest gap) while the pages load, refresh in place and the view scrolls top
//    to bottom a page at a time: <= 16 ms;
//  - list_memory: resident memory with the templates loaded and shown, less the idle
//    console's (first round, before anything was loaded): <= 60 MB.
// Medians of the rounds; --tiny: 300 templates, one round (the test command).
#include "benchfigures.h"
#include "sandboxprocess.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/operations.h"
#include "models/templatelistmodel.h"
#include "plaintextdelegate.h"
#include "templates/list/templatefilterproxy.h"

#include <QApplication>
#include <algorithm>
#include <functional>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTemporaryFile>
#include <QTimer>
#include <QTreeView>

using namespace sinch;

namespace {

// Waits in the event loop as the console's own loop does. processEvents() with a time limit
// never blocks (it drops WaitForMoreEvents): a loop on it spins a core, which on a small
// machine is taken from the emulator process the figures are measured against (and curl,
// the baseline, waits without spinning). The timer bounds each wait for the timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 300000)
{
    QTimer wake;
    wake.start(20);
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// The longest gap between two ticks of a 1 ms timer: how long the event loop was kept from
// running (input, paint) while it is armed; also the longest in each phase (load, refresh,
// scroll), to say where to look.
class StallProbe
{
public:
    enum Phase { Load, Refresh, Scroll, PhaseCount };
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = qMax(m_longest, now - m_last);
            m_longestIn[m_phase] = qMax(m_longestIn[m_phase], now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_phase = Load;
        std::fill(std::begin(m_longestIn), std::end(m_longestIn), 0);
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void enter(Phase phase) { m_phase = phase; }
    // Not armed while the benchmark itself holds the loop (its own measurements).
    void pause() { m_timer.stop(); }
    void resume()
    {
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return double(m_longest) / 1e6;
    }
    double longestIn(Phase phase) const { return double(m_longestIn[phase]) / 1e6; }

private:
    Phase m_phase = Load;
    qint64 m_longestIn[PhaseCount] = {};
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// The main thread's CPU time for one repaint of the view's screen, a median of several: what
// each page's arrival and each scroll step costs the event loop, whatever else the machine does.
// Either the same screen again, or each time a screen not shown before (scrolled to first).
double repaintCpuMs(QTreeView &view, bool newScreens)
{
    std::vector<double> times;
    QScrollBar *bar = view.verticalScrollBar();
    for (int i = 0; i < 15; ++i) {
        if (newScreens)
            bar->setValue(bar->value() + 3 * bar->pageStep()); // not painted before the repaint
        const double start = bench::threadCpuMs();
        view.viewport()->repaint();
        times.push_back(bench::threadCpuMs() - start);
    }
    bar->setValue(0);
    return bench::median(times);
}

// An application that times each event it delivers from the event loop (nested deliveries count
// in the outer one) in the main thread's CPU time, and remembers the longest: which receiver,
// which event. A stall in wall time on a busy machine may be another process's turn; this says
// what our own thread spent.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || !m_timing) {
            ++m_depth;
            const bool done = QApplication::notify(receiver, event);
            --m_depth;
            return done;
        }
        // The class name is static data: still there if the event deletes its receiver.
        const char *receiverClass = receiver->metaObject()->className();
        const int type = int(event->type());
        ++m_depth;
        const double start = bench::threadCpuMs();
        const bool done = QApplication::notify(receiver, event);
        const double spent = bench::threadCpuMs() - start;
        --m_depth;
        if (spent > m_longest) {
            m_longest = spent;
            // Described only when it is the longest so far: the context counts the model's
            // templates, and counting them at every event was 8% of the main thread's time,
            // on the console's side of list_load.
            m_what = QByteArray(receiverClass) + " event " + QByteArray::number(type);
            if (m_context)
                m_what += ", " + m_context();
        }
        return done;
    }
    void startTiming()
    {
        m_timing = true;
        m_longest = 0;
        m_what.clear();
    }
    double longest() const { return m_longest; }
    QByteArray longestWhat() const { return m_what; }
    // Said of the longest event: where the benchmark was when it ended (how many templates
    // were loaded).
    void setContext(std::function<QByteArray()> context) { m_context = std::move(context); }

private:
    int m_depth = 0;
    bool m_timing = false;
    double m_longest = 0;
    QByteArray m_what;
    std::function<QByteArray()> m_context;
};

// The URL of every page of the list, as the server hands out its page tokens.
QStringList pageUrls(ApiClient &client, const QString &key, const Endpoint &ep)
{
    const Operation *op = Operations::findAny(TemplateListModel::listOperation());
    QString server = ep.baseUrl.toString();
    while (server.endsWith(QLatin1Char('/')))
        server.chop(1);
    const QString base = server + QStringLiteral("/v1/projects/") + ep.projectId + op->path + QStringLiteral("?pageSize=100");
    QStringList urls{base};
    QString token;
    for (;;) {
        ApiRequest request(TemplateListModel::listOperation());
        request.arg(QStringLiteral("pageSize"), QStringLiteral("100"));
        if (!token.isEmpty())
            request.arg(QStringLiteral("pageToken"), token);
        QJsonObject page;
        bool done = false;
        ApiJob *job = client.call(key, request);
        QObject::connect(job, &ApiJob::finished, [&](const ApiResult &r) {
            page = r.json.object();
            done = true;
        });
        waitFor([&] { return done; });
        token = page.value(QLatin1String("nextPageToken")).toString();
        if (token.isEmpty())
            return urls;
        urls << base + QStringLiteral("&pageToken=") + QString::fromLatin1(QUrl::toPercentEncoding(token));
    }
}

// curl over the pages one after another, in one process; its wall time in ms, -1 if it failed.
double curlPages(const QStringList &urls, const Endpoint &ep)
{
    QTemporaryFile config;
    if (!config.open())
        return -1;
    QByteArray text = "silent\nfail\nuser = \"" + ep.keyId.toUtf8() + ':' + ep.keySecret.toUtf8() + "\"\n";
    for (const QString &u : urls)
        text += "url = \"" + u.toUtf8() + "\"\noutput = \"/dev/null\"\n";
    config.write(text);
    config.flush();
    QElapsedTimer t;
    t.start();
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("-K"), config.fileName()});
    if (!curl.waitForFinished(300000) || curl.exitCode() != 0) {
        std::fprintf(stderr, "curl failed: %s\n", curl.readAllStandardError().constData());
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sinch.*.debug=false"));
    const bool tiny = bench::isTiny(argc, argv);
    const int count = tiny ? 300 : 10000;
    const int rounds = bench::rounds(tiny, 3);

    bench::SandboxProcess sandbox(count);
    if (!sandbox.start())
        return 1;
    ApiClient client;
    const QString key = QStringLiteral("bench");
    client.setEndpoint(key, sandbox.endpoint());
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setAllColumnsShowFocus(true);
    view.setItemDelegate(new ui::PlainTextDelegate(&view));
    view.setSortingEnabled(true);
    view.resize(1000, 700);
    view.show();
    const QStringList urls = pageUrls(client, key, sandbox.endpoint());
    QCoreApplication::processEvents();
    const qint64 idleRss = bench::residentBytes();
    qint64 loadedRss = 0;

    std::vector<double> curlMs, loadMs, stallMs;
    StallProbe probe;
    for (int round = 0; round < rounds; ++round) {
        const double curl = curlPages(urls, sandbox.endpoint());
        if (curl < 0)
            return 1;

        auto model = std::make_unique<TemplateListModel>(&client, key);
        ui::TemplateFilterProxy proxy;
        proxy.setSourceModel(model.get());
        view.setModel(&proxy);
        view.sortByColumn(TemplateListModel::NameColumn, Qt::AscendingOrder);
        QElapsedTimer t;
        probe.start();
        app.setContext([&model] { return QByteArray::number(model->templateCount()) + " templates in"; });
        app.startTiming();
        t.start();
        model->refresh();
        if (!waitFor([&] {
                if (model->canFetchMore())
                    model->fetchMore();
                return model->isDone() && !model->isLoading();
            })) {
            std::fprintf(stderr, "the model did not load\n");
            return 1;
        }
        const double load = double(t.nsecsElapsed()) / 1e6;
        if (model->templateCount() != count) {
            std::fprintf(stderr, "the model holds %d templates of %d\n", model->templateCount(), count);
            return 1;
        }
        QCoreApplication::processEvents();
        std::fprintf(stderr, "  loading: longest event %.1f ms CPU (%s)\n", app.longest(), app.longestWhat().constData());
        if (round == 0) {
            probe.pause();
            loadedRss = bench::residentBytes();
            QAbstractItemDelegate *delegate = view.itemDelegate();
            const double same = repaintCpuMs(view, false);
            const double fresh = repaintCpuMs(view, true);
            QStyledItemDelegate styled;
            view.setItemDelegate(&styled);
            const double styledSame = repaintCpuMs(view, false);
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2); // screens not seen before
            const double styledFresh = repaintCpuMs(view, true);
            view.setItemDelegate(delegate);
            std::fprintf(stderr, "a screen's repaint, CPU: %.2f ms the same screen again, %.2f ms a new one "
                                 "(with QStyledItemDelegate: %.2f, %.2f ms)\n", same, fresh, styledSame, styledFresh);
            QCoreApplication::processEvents(); // the layout and paint that the delegate's return asked for
            probe.resume();
        }

        bool refreshed = false;
        QObject::connect(model.get(), &TemplateListModel::refreshed, [&] { refreshed = true; });
        app.startTiming();
        probe.enter(StallProbe::Refresh);
        model->refresh();
        if (!waitFor([&] { return refreshed && !model->isRefreshing(); })) {
            std::fprintf(stderr, "the refresh did not finish\n");
            return 1;
        }
        QScrollBar *bar = view.verticalScrollBar();
        std::fprintf(stderr, "  refresh: longest event %.1f ms CPU (%s)\n", app.longest(), app.longestWhat().constData());
        app.startTiming();
        probe.enter(StallProbe::Scroll);
        for (int at = 0; at <= bar->maximum(); at += qMax(1, bar->pageStep())) {
            bar->setValue(at);
            QCoreApplication::processEvents();
        }
        const double stall = probe.stop();
        std::fprintf(stderr, "  scrolling: longest event %.1f ms CPU (%s)\n", app.longest(), app.longestWhat().constData());
        view.setModel(nullptr);
        app.setContext({}); // the model goes with the round
        curlMs.push_back(curl);
        loadMs.push_back(load);
        stallMs.push_back(stall);
        std::fprintf(stderr, "round %d: curl %.0f ms, load %.0f ms, longest stall %.1f ms (loading %.1f, refresh %.1f, scrolling %.1f)\n",
                     round, curl, load, stall, probe.longestIn(StallProbe::Load), probe.longestIn(StallProbe::Refresh),
                     probe.longestIn(StallProbe::Scroll));
    }
    bench::ratio("list_load", bench::median(loadMs) / bench::median(curlMs), "<=1.3");
    bench::figure("list_stall", bench::median(stallMs), "ms", "<=16");
    bench::figure("list_memory", double(loadedRss - idleRss) / (1024.0 * 1024.0), "MB", "<=60");
    return 0;
}
