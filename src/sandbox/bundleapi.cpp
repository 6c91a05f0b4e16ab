#include "bundleapi.h"

#include "genericapi.h"
#include "sandboxstate.h"
#include "schemasampler.h"

#include "api/operations.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sinch::sandbox {

namespace {

const QString kBundleStore = QStringLiteral("/bundles");

// Replaces string values that break an enum of the schema with its first allowed value,
// so that answers built from the contract's examples keep to its own enums.
QJsonValue conform(const QJsonValue &value, const QJsonObject &schemaIn, int depth = 0)
{
    const QJsonObject schema = SchemaSampler::resolved(schemaIn);
    if (depth > 12 || schema.isEmpty())
        return value;
    if (value.isString()) {
        QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
        for (const QJsonValue &sub : schema.value(QLatin1String("allOf")).toArray())
            if (allowed.isEmpty())
                allowed = SchemaSampler::resolved(sub.toObject()).value(QLatin1String("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(value))
            return allowed.first();
        return value;
    }
    if (value.isArray()) {
        QJsonObject items = schema.value(QLatin1String("items")).toObject();
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out << conform(v, items, depth + 1);
        return out;
    }
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QJsonObject ps = SchemaSampler::propertySchema(schema, it.key());
            if (ps.isEmpty()) {
                // oneOf / anyOf: the first object branch that names the property.
                for (const char *k : {"oneOf", "anyOf"})
                    for (const QJsonValue &b : schema.value(QLatin1String(k)).toArray())
                        if (ps.isEmpty())
                            ps = SchemaSampler::propertySchema(SchemaSampler::resolved(b.toObject()), it.key());
            }
            it.value() = conform(it.value(), ps, depth + 1);
        }
        return o;
    }
    return value;
}

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
        b = conform(b, ctx.op->responseSchema(201)).toObject();
        state->store(kBundleStore).put(id, b);
        return SandboxReply::ok(201, b);
    });
    state->on(QStringLiteral("BundlesController_get_v1"), [state](const RequestContext &ctx) {
        const QString id = ctx.param(QStringLiteral("bundleId"));
        if (!state->store(kBundleStore).contains(id))
            return state->error(ctx, 404, QStringLiteral("bundle_not_found"));
        return SandboxReply::ok(200, state->store(kBundleStore).get(id));
    });

    for (const char *opId : {"InstagramController_get_v1", "MessengerController_get_v1", "TelegramController_get_v1",
                             "ViberController_get_v1"}) {
        state->on(QLatin1String(opId), [state](const RequestContext &ctx) {
            static const QRegularExpression ulid(QStringLiteral("^[0-9A-Za-z]{26}$"));
            if (!ulid.match(ctx.param(QStringLiteral("conversationAppId"))).hasMatch())
                return state->error(ctx, 404, QStringLiteral("conversation_app_not_found"));
            QJsonObject o = GenericApi::templateFor(state, ctx.op, 200);
            return SandboxReply::ok(200, conform(o, ctx.op->responseSchema(200)));
        });
    }
}

} // namespace sinch::sandbox
