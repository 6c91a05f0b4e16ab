// What do export and import cost? The multilingual sandbox seed (284 WhatsApp templates,
// senders, KakaoTalk templates, RCS senders, webhooks, every resource's activity feed)
// exported into a fresh folder, then again into the same folder (nothing changed: nothing
// written), then planned and imported into the sandbox's empty second project, and that
// project planned again (everything identical). Prints the figures; never fails on timing.
#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "transfer/importapplier.h"
#include "transfer/importplanner.h"
#include "transfer/projectexporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <cstdio>

using namespace sinch;

namespace {

const QString kEmpty = QStringLiteral("5d1c9b7e-2f4a-4c3b-9e8d-7a6b5c4d3e2f");

ExportSummary exportOnce(ApiClient &client, const QString &dir)
{
    ProjectExporter exporter(&client, QStringLiteral("source"), ExportSource{QStringLiteral("bench"), QUrl(), QString()}, dir);
    QEventLoop loop;
    QObject::connect(&exporter, &ProjectExporter::finished, &loop, &QEventLoop::quit);
    exporter.start();
    loop.exec();
    return exporter.summary();
}

QList<ImportItem> planOnce(ApiClient &client, const QString &dir, qint64 *ms)
{
    QElapsedTimer t;
    t.start();
    ImportPlanner planner(&client, QStringLiteral("target"), dir);
    QList<ImportItem> items;
    QEventLoop loop;
    QObject::connect(&planner, &ImportPlanner::finished, &loop, [&](const QList<ImportItem> &i, const QList<TransferFailure> &) {
        items = i;
        loop.quit();
    });
    planner.start();
    loop.exec();
    *ms = t.elapsed();
    return items;
}

int count(const QList<ImportItem> &items, ImportItem::Action action)
{
    int n = 0;
    for (const ImportItem &i : items)
        n += i.action == action;
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sinch.*=false\nqt.*=false"));
    sandbox::SandboxConfig config;
    config.seedShape = sandbox::SeedShape::Multilingual;
    config.emptyProjects << sandbox::SandboxProject{kEmpty, QStringLiteral("empty-key"), QStringLiteral("empty-secret")};
    sandbox::SandboxServer server(config);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    ApiClient client;
    auto endpoint = [&](const QString &project, const QString &key, const QString &secret) {
        Endpoint e;
        e.projectId = project;
        e.keyId = key;
        e.keySecret = secret;
        e.authMode = AuthMode::Basic;
        e.baseUrl = server.baseUrl();
        e.tokenUrl = server.tokenUrl();
        return e;
    };
    client.setEndpoint(QStringLiteral("source"), endpoint(config.projectId, config.keyId, config.keySecret));
    client.setEndpoint(QStringLiteral("target"), endpoint(kEmpty, QStringLiteral("empty-key"), QStringLiteral("empty-secret")));
    QTemporaryDir dir;

    const ExportSummary first = exportOnce(client, dir.path());
    std::printf("export, fresh folder:   %6lld ms  %5lld files, %4d reads, %d written, %d failed\n", first.elapsedMs,
                qlonglong(first.manifest.files.size()), first.requests, first.written, int(first.manifest.failures.size()));
    const ExportSummary again = exportOnce(client, dir.path());
    std::printf("export, unchanged:      %6lld ms  %5lld files, %4d reads, %d written, %d unchanged\n", again.elapsedMs,
                qlonglong(again.manifest.files.size()), again.requests, again.written, again.unchanged);
    std::printf("  per read: %.2f ms (fresh), %.2f ms (unchanged); ApiClient in flight: %d\n",
                double(first.elapsedMs) / qMax(1, first.requests), double(again.elapsedMs) / qMax(1, again.requests),
                client.maxInFlight());

    qint64 planMs = 0;
    const QList<ImportItem> plan = planOnce(client, dir.path(), &planMs);
    std::printf("import plan, empty:     %6lld ms  %d create, %d unavailable\n", planMs,
                count(plan, ImportItem::Action::Create), count(plan, ImportItem::Action::Unavailable));
    QList<ImportItem> chosen;
    for (const ImportItem &i : plan)
        if (i.action == ImportItem::Action::Create)
            chosen << i;
    ImportApplier applier(&client, QStringLiteral("target"), chosen, ImportOptions());
    ImportResult result;
    QEventLoop loop;
    QObject::connect(&applier, &ImportApplier::finished, &loop, [&](const ImportResult &r) {
        result = r;
        loop.quit();
    });
    applier.start();
    loop.exec();
    std::printf("import apply:           %6lld ms  %d created, %d failed (%.2f ms each)\n", result.elapsedMs, result.created,
                int(result.failures.size()), double(result.elapsedMs) / qMax(1, result.created));
    const QList<ImportItem> replan = planOnce(client, dir.path(), &planMs);
    std::printf("import plan, after:     %6lld ms  %d create, %d identical, %d conflict\n", planMs,
                count(replan, ImportItem::Action::Create), count(replan, ImportItem::Action::Identical),
                count(replan, ImportItem::Action::Conflict));
    return first.manifest.failures.isEmpty() && result.failures.isEmpty() ? 0 : 1;
}
