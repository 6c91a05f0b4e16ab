// What does the template list cost over just reading the templates? Loads every template
// of the multilingual sandbox seed (284 templates, 81 names, pages of 100) through
// TemplateListModel, and as the baseline reads the same pages with a bare Pager over the
// same client and sandbox in the same process. Then a refresh (the pages re-read and
// merged into the rows in place), against the same baseline. The same again after 1,716
// drafts more (2,000 templates in 653 names: a large business). Prints ratios and the
// absolute figures; never fails on timing.
#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/pager.h"
#include "models/templatelistmodel.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <vector>

using namespace sinch;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

// Bytes of heap in use (glibc).
qint64 heapInUse()
{
    return qint64(mallinfo2().uordblks);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

bool measure(ApiClient &client, const QString &key, int rounds)
{
    std::vector<double> bare, load, refresh;
    int templates = 0, names = 0;
    qint64 rawBytes = 0, modelBytes = 0;
    for (int round = 0; round < rounds + 2; ++round) { // the first two warm up
        QElapsedTimer t;

        // Memory baseline: the pages as parsed JSON, kept.
        QList<QJsonArray> kept;
        const qint64 heapBeforePages = heapInUse();
        auto pager = std::make_unique<Pager>(&client, key, ApiRequest(TemplateListModel::listOperation()));
        pager->setPageSize(100);
        int read = 0;
        bool finished = false;
        QObject::connect(pager.get(), &Pager::pageReceived, [&](const QJsonArray &items, int) {
            read += int(items.size());
            kept.append(items);
        });
        QObject::connect(pager.get(), &Pager::finished, [&] { finished = true; });
        t.start();
        pager->fetchAll();
        if (!waitFor([&] { return finished; })) {
            std::fprintf(stderr, "bare paging did not finish\n");
            return false;
        }
        const double bareMs = t.nsecsElapsed() / 1e6;
        pager.reset();
        QCoreApplication::processEvents();
        rawBytes = heapInUse() - heapBeforePages;
        kept.clear();

        const qint64 heapBeforeModel = heapInUse();
        TemplateListModel model(&client, key);
        model.setPageSize(100);
        t.start();
        model.refresh();
        if (!waitFor([&] {
                if (model.canFetchMore())
                    model.fetchMore();
                return model.isDone() && !model.isLoading();
            })) {
            std::fprintf(stderr, "model load did not finish\n");
            return false;
        }
        const double loadMs = t.nsecsElapsed() / 1e6;
        QCoreApplication::processEvents();
        modelBytes = heapInUse() - heapBeforeModel;

        bool refreshed = false;
        QObject::connect(&model, &TemplateListModel::refreshed, [&] { refreshed = true; });
        t.start();
        model.refresh();
        if (!waitFor([&] { return refreshed && !model.isRefreshing(); })) {
            std::fprintf(stderr, "model refresh did not finish\n");
            return false;
        }
        const double refreshMs = t.nsecsElapsed() / 1e6;
        if (read != model.templateCount()) {
            std::fprintf(stderr, "bare read %d templates, the model holds %d\n", read, model.templateCount());
            return false;
        }
        templates = model.templateCount();
        names = model.rowCount();
        if (round >= 2) {
            bare.push_back(bareMs);
            load.push_back(loadMs);
            refresh.push_back(refreshMs);
        }
    }
    const double b = median(bare), l = median(load), r = median(refresh);
    std::printf("template list, %d templates in %d names, pages of 100, median of %d rounds\n", templates, names, rounds);
    std::printf("  bare paging (baseline)   %7.1f ms\n", b);
    std::printf("  model load               %7.1f ms   ratio %.2fx\n", l, l / b);
    std::printf("  model refresh in place   %7.1f ms   ratio %.2fx\n", r, r / b);
    std::printf("  heap: pages as JSON %.0f KiB, the loaded model %.0f KiB   ratio %.2fx (last round)\n",
                rawBytes / 1024.0, modelBytes / 1024.0, double(modelBytes) / double(rawBytes));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sinch.*.debug=false"));
    sandbox::SandboxConfig config;
    config.seedShape = sandbox::SeedShape::Multilingual;
    sandbox::SandboxServer server(config);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    ApiClient client;
    Endpoint ep;
    ep.projectId = config.projectId;
    ep.keyId = config.keyId;
    ep.keySecret = config.keySecret;
    ep.authMode = AuthMode::Basic;
    ep.baseUrl = server.baseUrl();
    ep.tokenUrl = server.tokenUrl();
    const QString key = QStringLiteral("bench");
    client.setEndpoint(key, ep);

    if (!measure(client, key, 15))
        return 1;

    // A large business: drafts added (drafts are not limited), 572 new names of three languages.
    int created = 0, failedCreates = 0;
    const int extra = 1716;
    for (int i = 0; i < extra; ++i) {
        const char *languages[] = {"EN_US", "DE", "FR"};
        const QJsonObject body{
            {"name", QString("bench_name_%1").arg(i / 3, 4, 10, QLatin1Char('0'))},
            {"language", QString::fromLatin1(languages[i % 3])},
            {"category", "UTILITY"},
            {"status", "DRAFT"},
            {"details", QJsonObject{{"components", QJsonArray{QJsonObject{{"type", "BODY"}, {"text", QString("Draft number %1.").arg(i)}}}}}}};
        ApiJob *job = client.call(key, ApiRequest(QStringLiteral("TemplatesController_createTemplate_v1")).json(body));
        QObject::connect(job, &ApiJob::finished, [&](const ApiResult &r) { r.ok() ? ++created : ++failedCreates; });
    }
    if (!waitFor([&] { return created + failedCreates == extra; }, 120000) || failedCreates) {
        std::fprintf(stderr, "creating drafts: %d created, %d failed\n", created, failedCreates);
        return 1;
    }
    if (!measure(client, key, 7))
        return 1;
    return 0;
}
