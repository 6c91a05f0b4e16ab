#include "bundleapi.h"

#include "conversationapi.h"
#include "genericapi.h"
#include "resourcestore.h"
#include "sandboxstate.h"
#include "schemasampler.h"

#include "api/operations.h"

#include <QJsonArray>
#include <QUuid>

namespace sinch::sandbox {

namespace {

const QString kBundleStore = QStringLiteral("/bundles");

QString hexId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

// A part asked for with `true` (the defaults) or with an object of its settings.
bool asked(const QJsonValue &part)
{
    return part.isObject() || part.toBool();
}

QString nameOf(const QJsonValue &part, const QString &bundleName)
{
    return part.toObject().value(QLatin1String("name")).toString(bundleName);
}

// Registered webhooks as the bundle shows them: an ID and the project they belong to, no
// secret.
QJsonArray webhooks(const QJsonValue &input, const QString &projectId)
{
    QJsonArray out;
    for (const QJsonValue &v : input.toArray()) {
        const QJsonObject w = v.toObject();
        out << QJsonObject{{QStringLiteral("id"), hexId()}, {QStringLiteral("projectId"), projectId},
                           {QStringLiteral("target"), w.value(QLatin1String("target"))},
                           {QStringLiteral("triggers"), w.value(QLatin1String("triggers"))}};
    }
    return out;
}

// What the request asked for, and nothing else: a subproject, an SMS app, a Conversation
// app with its processing mode and webhooks, the bundle's own webhooks. The parts start
// pending, as the contract's "notReady" example.
QJsonObject bundleFor(const QJsonObject &in, const QString &id, const QString &projectId)
{
    const QString name = in.value(QLatin1String("name")).toString(id);
    QJsonObject b{{QStringLiteral("id"), id}, {QStringLiteral("region"), in.value(QLatin1String("region"))},
                  {QStringLiteral("state"), QStringLiteral("IN_PROGRESS")}};
    if (in.contains(QLatin1String("name")))
        b.insert(QStringLiteral("name"), name);
    QString where = projectId; // the resources' project: the subproject when one is made
    if (const QJsonValue sub = in.value(QLatin1String("subproject")); asked(sub)) {
        where = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject s{{QStringLiteral("id"), where}, {QStringLiteral("name"), nameOf(sub, name)},
                      {QStringLiteral("parentProjectId"), projectId}, {QStringLiteral("status"), QStringLiteral("PENDING")}};
        if (sub.toObject().contains(QLatin1String("labels")))
            s.insert(QStringLiteral("labels"), sub.toObject().value(QLatin1String("labels")));
        b.insert(QStringLiteral("subproject"), s);
    }
    b.insert(QStringLiteral("projectId"), where);
    if (const QJsonValue sms = in.value(QLatin1String("smsApp")); asked(sms))
        b.insert(QStringLiteral("smsApp"), QJsonObject{{QStringLiteral("id"), hexId()}, {QStringLiteral("smsServiceId"), hexId()},
                                                      {QStringLiteral("name"), nameOf(sms, name)},
                                                      {QStringLiteral("status"), QStringLiteral("PENDING_ADD")}});
    if (const QJsonValue conv = in.value(QLatin1String("convApp")); asked(conv)) {
        const QJsonObject c = conv.toObject();
        QJsonObject app{{QStringLiteral("id"), hexId()}, {QStringLiteral("name"), nameOf(conv, name)},
                        {QStringLiteral("processingMode"), c.value(QLatin1String("processingMode")).toString(QStringLiteral("CONVERSATION"))}};
        if (c.contains(QLatin1String("retentionPolicy")))
            app.insert(QStringLiteral("retentionPolicy"), c.value(QLatin1String("retentionPolicy")));
        if (c.contains(QLatin1String("webhooks")))
            app.insert(QStringLiteral("webhooks"), webhooks(c.value(QLatin1String("webhooks")), where));
        b.insert(QStringLiteral("convApp"), app);
    }
    if (in.contains(QLatin1String("webhooks")))
        b.insert(QStringLiteral("webhooks"), webhooks(in.value(QLatin1String("webhooks")), where));
    return b;
}

// The parts are made: the subproject ready, the SMS app active with its token, and each
// BUNDLE_DONE webhook told (the "ready" example).
void finish(SandboxState *state, const QString &id)
{
    ResourceStore &store = state->store(kBundleStore);
    if (!store.contains(id))
        return;
    QJsonObject b = store.get(id);
    b.insert(QStringLiteral("state"), QStringLiteral("DONE"));
    if (b.contains(QLatin1String("subproject"))) {
        QJsonObject s = b.value(QLatin1String("subproject")).toObject();
        s.insert(QStringLiteral("status"), QStringLiteral("READY"));
        b.insert(QStringLiteral("subproject"), s);
    }
    if (b.contains(QLatin1String("smsApp"))) {
        QJsonObject s = b.value(QLatin1String("smsApp")).toObject();
        s.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
        s.insert(QStringLiteral("accessTokens"), QJsonArray{hexId()});
        b.insert(QStringLiteral("smsApp"), s);
    }
    QJsonArray delivered;
    for (const QJsonValue &v : b.value(QLatin1String("webhooks")).toArray()) {
        const QJsonObject w = v.toObject();
        const QJsonArray triggers = w.value(QLatin1String("triggers")).toArray();
        if (triggers.contains(QStringLiteral("BUNDLE_DONE")) || triggers.contains(QStringLiteral("ALL")))
            delivered << QJsonObject{{QStringLiteral("webhookId"), w.value(QLatin1String("id"))},
                                     {QStringLiteral("date"), state->now()}, {QStringLiteral("httpStatusCode"), 200}};
    }
    if (!delivered.isEmpty())
        b.insert(QStringLiteral("webhookDeliveryStatuses"), delivered);
    store.put(id, b);
    // The Conversation app is the project's now (a subproject's is another project's).
    const QJsonObject app = b.value(QLatin1String("convApp")).toObject();
    if (!app.isEmpty() && b.value(QLatin1String("projectId")).toString() == state->config().projectId)
        ConversationApi::addApp(state, app.value(QLatin1String("id")).toString(), app.value(QLatin1String("name")).toString(),
                                app.value(QLatin1String("processingMode")).toString());
}

} // namespace

void BundleApi::install(SandboxState *state)
{
    state->on(QStringLiteral("BundlesController_create_v1"), [state](const RequestContext &ctx) {
        const QString id = state->newId(kBundleStore);
        const QJsonObject b = SchemaSampler::conform(bundleFor(ctx.object(), id, state->config().projectId),
                                                     ctx.op->responseSchema(201)).toObject();
        state->store(kBundleStore).put(id, b);
        // Made on the lifecycle clock, as reviews are decided (at once with a delay of 0).
        state->schedule([state, id] { finish(state, id); });
        return SandboxReply::ok(201, state->store(kBundleStore).get(id));
    });
    state->on(QStringLiteral("BundlesController_get_v1"), [state](const RequestContext &ctx) {
        const QString id = ctx.param(QStringLiteral("bundleId"));
        if (!state->store(kBundleStore).contains(id))
            return state->error(ctx, 404, QStringLiteral("bundle_not_found"));
        return SandboxReply::ok(200, state->store(kBundleStore).get(id));
    });
}

} // namespace sinch::sandbox
