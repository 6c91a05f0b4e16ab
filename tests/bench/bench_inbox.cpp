// What does the inbox cost? (a) 50 feeds × 1,000 activities merged into an empty store and
// shown by the InboxModel (its first 50 rows' data read), against the baseline of sorting
// the same 50,000 Activity objects newest first in a QList. (b) Opening a store that holds
// 50,000 activities and building the model to its first 50 rows ("first paint"), against
// the baseline of reading the same file's first 50 rows with one plain SQL query. Prints
// medians and ratios; never fails on timing. Targets: (a) ≤ 200 ms, (b) ≤ 100 ms.
// BENCH_INBOX_SPLIT=1 also prints the store's add() alone; BENCH_INBOX_ROUNDS=1 runs each
// part once (for a profiler). The merge's thread CPU time is printed too: on a loaded machine
// it tells the work from the waiting. --tiny: 5 feeds × 100, one round (the test command).
#include "benchfigures.h"

#include "models/inboxmodel.h"
#include "storage/activitystore.h"
#include "../support/syntheticfeeds.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace sinch;

namespace {

int g_feeds = 50;
int g_perFeed = 1000;
constexpr int kShown = 50;

QList<Activity> makeActivities()
{
    // An hour apart within a feed, the feeds a minute apart, seven reviewers.
    return test::syntheticFeeds(g_feeds, g_perFeed, {QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), 3600, 61, 7});
}

// Reads every role of the first rows, as a delegate painting them would.
int show(const InboxModel &model)
{
    int chars = 0;
    for (int r = 0; r < qMin(kShown, model.rowCount()); ++r) {
        const QModelIndex i = model.index(r);
        chars += i.data().toString().size();
        for (int role = InboxModel::ActivityRole; role <= InboxModel::ReadRole; ++role)
            chars += i.data(role).isValid() ? 1 : 0;
    }
    return chars;
}

using bench::median;
using bench::threadCpuMs;

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool tiny = bench::isTiny(argc, argv);
    if (tiny) {
        g_feeds = 5;
        g_perFeed = 100;
    }
    const QList<Activity> activities = makeActivities();
    // BENCH_INBOX_ROUNDS=1 for a profiler (callgrind).
    const int rounds = qEnvironmentVariableIntValue("BENCH_INBOX_ROUNDS") ?: bench::rounds(tiny, 5);

    // (a) merge and show.
    std::vector<double> sortMs, mergeMs, mergeCpuMs, checkpointMs;
    QString keptPath;
    QTemporaryDir dir;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer t;
        t.start();
        QList<Activity> sorted = activities;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Activity &a, const Activity &b) { return a.created > b.created; });
        sortMs.push_back(ms(t));

        const QString path = dir.filePath(QStringLiteral("merge%1.sqlite").arg(round));
        ActivityStore store;
        if (store.open(path) != ActivityStore::OpenOutcome::Opened) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
            return 1;
        }
        InboxModel model(&store);
        const double cpu0 = threadCpuMs();
        t.start();
        const int added = store.add(activities);
        if (qEnvironmentVariableIsSet("BENCH_INBOX_SPLIT"))
            std::printf("    add alone: %.1f ms\n", ms(t));
        const int shown = show(model);
        mergeMs.push_back(ms(t));
        mergeCpuMs.push_back(threadCpuMs() - cpu0);
        // What the event loop does next (the WAL copied into the file), off the figure.
        t.start();
        store.checkpoint();
        checkpointMs.push_back(ms(t));
        if (added != g_feeds * g_perFeed || model.rowCount() < kShown || shown == 0) {
            std::fprintf(stderr, "merge went wrong: %d added, %d rows\n", added, model.rowCount());
            return 1;
        }
        keptPath = path;
    }
    const double a = median(mergeMs), aBase = median(sortMs);
    std::printf("(a) merge 50 feeds x 1,000 into store + model, first %d rows shown: %.1f ms (target <= 200 ms)\n",
                kShown, a);
    std::printf("    baseline: the same 50,000 Activity objects sorted in a QList: %.1f ms; ratio %.1fx\n", aBase,
                a / aBase);
    bench::figure("inbox_merge", a, "ms", "<=200");
    std::printf("    the merge's CPU time (this thread): %.1f ms; then the checkpoint after it: %.1f ms\n",
                median(mergeCpuMs), median(checkpointMs));

    // (b) open with 50,000 stored, first paint.
    std::vector<double> openMs, rawMs;
    for (int round = 0; round < rounds + 1; ++round) { // the first warms the file cache
        QElapsedTimer t;
        t.start();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(keptPath);
            db.open();
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT * FROM activities ORDER BY created DESC, id DESC LIMIT %1").arg(kShown));
            int n = 0;
            while (q.next())
                n += q.value(0).isValid() ? 1 : 0;
            if (n != kShown)
                return 1;
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const double raw = ms(t);

        t.start();
        ActivityStore store;
        if (store.open(keptPath) != ActivityStore::OpenOutcome::Opened)
            return 1;
        InboxModel model(&store);
        const int shown = show(model);
        const double open = ms(t);
        if (shown == 0 || model.totalCount() != g_feeds * g_perFeed)
            return 1;
        if (round > 0) {
            openMs.push_back(open);
            rawMs.push_back(raw);
        }
    }
    const double b = median(openMs), bBase = median(rawMs);
    std::printf("(b) open a store of 50,000 and build the model to its first %d rows: %.1f ms (target <= 100 ms)\n",
                kShown, b);
    std::printf("    baseline: open the file and read its first %d rows with one SQL query: %.1f ms; ratio %.1fx\n",
                kShown, bBase, b / bBase);
    bench::figure("inbox_open", b, "ms", "<=100");
    return 0;
}
