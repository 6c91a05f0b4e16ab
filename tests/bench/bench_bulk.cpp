// What do the catalogue and a bulk clone cost? Against the multilingual sandbox seed in the
// same process: reading every template in full (TemplateCollection), then the PDF of the
// first 50, 100 and all 284 (TemplateCatalogueWriter: one preview image each at 300 dpi),
// with the preview rendering alone as the baseline (the writer's overhead is the
// difference); then bulk clones of 100 templates into the sandbox's second project,
// without faults and with a third of the requests refused with 429 (Retry-After waited
// on a manual clock: the figure is the work, not the wait). Prints the figures; never
// fails on timing.
#include "api/apiclient.h"
#include "api/manualclock.h"
#include "sandbox/sandboxserver.h"
#include "services/bulkcloneplan.h"
#include "services/bulkjob.h"
#include "services/templatebulkjobs.h"
#include "services/templatecollection.h"
#include "templates/catalogue/templatecataloguewriter.h"
#include "templates/whatsapppreviewrenderer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace sinch;

namespace {

bool waitFor(const std::function<bool()> &done, const std::function<void()> &idle = {}, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (idle)
            idle();
    }
    return true;
}

Endpoint endpointOf(const sandbox::SandboxServer &server, const QString &projectId)
{
    Endpoint e;
    e.projectId = projectId;
    e.keyId = server.config().keyId;
    e.keySecret = server.config().keySecret;
    e.authMode = AuthMode::Basic;
    e.baseUrl = server.baseUrl();
    return e;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    sandbox::SandboxConfig config;
    config.seedShape = sandbox::SeedShape::Multilingual;
    config.limits.trialTemplateLimit = 1000;
    config.limits.trialCreateBurst = 1000;
    sandbox::SandboxServer server(config);
    if (!server.start())
        return 1;
    ApiClient client;
    ManualClock clock;
    client.setClock(&clock);
    client.setEndpoint(QStringLiteral("main"), endpointOf(server, config.projectId));

    QElapsedTimer t;
    t.start();
    TemplateCollection collection(&client, QStringLiteral("main"));
    bool loaded = false;
    QObject::connect(&collection, &TemplateCollection::loaded, [&] { loaded = true; });
    collection.load();
    if (!waitFor([&] { return loaded; }))
        return 1;
    const QList<QJsonObject> all = collection.templates();
    std::printf("read %lld templates in full: %lld ms\n", qlonglong(all.size()), qlonglong(t.elapsed()));

    QTemporaryDir dir;
    for (const int n : {50, 100, int(all.size())}) {
        const QList<QJsonObject> some = all.mid(0, n);
        ui::TemplateCatalogueWriter::Options options;
        t.restart();
        for (const QJsonObject &tpl : some) {
            ui::PreviewOptions p;
            p.devicePixelRatio = 1.9; // what a 300 dpi A4 cell asks
            ui::WhatsappPreviewRenderer::render(ui::TemplateCatalogueWriter::previewDocument(tpl), p);
        }
        const qint64 renderMs = t.restart();
        const QString file = dir.filePath(QStringLiteral("c%1.pdf").arg(n));
        if (!ui::TemplateCatalogueWriter::write(file, some, options))
            return 1;
        const qint64 writeMs = t.elapsed();
        std::printf("catalogue of %3d templates: %5lld ms (%.1f ms a template; previews alone %lld ms), %d pages, %.1f MB\n",
                    n, qlonglong(writeMs), double(writeMs) / n, qlonglong(renderMs),
                    ui::TemplateCatalogueWriter::pageCount(some, options), QFileInfo(file).size() / 1e6);
    }

    client.setEndpoint(QStringLiteral("trial"), endpointOf(server, config.limits.otherProjectId));
    for (const double share : {0.0, 0.33}) {
        // Each run its own hundred: every name + language pair is free in the target.
        const QList<QJsonObject> sources = all.mid(share == 0 ? 0 : 100, 100);
        sandbox::FaultSettings faults;
        faults.share429 = share;
        faults.retryAfterSeconds = 2;
        server.setFaults(faults);
        const BulkClonePlan plan(sources, {}, false);
        BulkJob *job = TemplateBulkJobs::clone(&client, QStringLiteral("trial"), QStringLiteral("Trial"), plan, false, nullptr);
        job->setClock(&clock);
        const qint64 clockBefore = clock.msecsSinceEpoch();
        t.restart();
        job->start();
        if (!waitFor([&] { return job->isFinished(); },
                     [&] {
                         if (client.inFlight() == 0 && client.queued() == 0 && clock.activeTimers() > 0)
                             clock.advance(500);
                     }))
            return 1;
        std::printf("bulk clone of %lld (429 share %.2f): %lld ms, done %d, resends %d, waited %lld s on the clock\n",
                    qlonglong(plan.clones().size()), share, qlonglong(t.elapsed()), job->countOf(BulkJob::Outcome::Done),
                    job->resends(), qlonglong((clock.msecsSinceEpoch() - clockBefore) / 1000));
        delete job;
    }
    return 0;
}
