#include "bundleapi.h"

#include "genericapi.h"
#include "sandboxstate.h"
#include "schemasampler.h"

#include "api/operations.h"

#include <QJsonArray>

namespace sinch::sandbox {

namespace {

const QString kBundleStore = QStringLiteral("/bundles");

} // namespace

void BundleApi::install(SandboxState *state)
{
    state->on(QStringLiteral("BundlesController_create_v1"), [state](const RequestContext &ctx) {
        QJsonObject b = GenericApi::templateFor(state, ctx.op, 201);
        const QJsonObject in = ctx.object();
        const QString id = state->newId(kBundleStore);
        b.insert(QStringLiteral("id"), id);
        b.insert(QStringLiteral("projectId"), state->config().projectId);
        b.insert(QStringLiteral("region"), in.value(QLatin1String("region")));
        if (in.contains(QLatin1String("name")))
            b.insert(QStringLiteral("name"), in.value(QLatin1String("name")));
        b = SchemaSampler::conform(b, ctx.op->responseSchema(201)).toObject();
        state->store(kBundleStore).put(id, b);
        return SandboxReply::ok(201, b);
    });
    state->on(QStringLiteral("BundlesController_get_v1"), [state](const RequestContext &ctx) {
        const QString id = ctx.param(QStringLiteral("bundleId"));
        if (!state->store(kBundleStore).contains(id))
            return state->error(ctx, 404, QStringLiteral("bundle_not_found"));
        return SandboxReply::ok(200, state->store(kBundleStore).get(id));
    });
}

} // namespace sinch::sandbox
