#include "webhookapi.h"

#include "listpager.h"
#include "sandboxstate.h"

#include "api/operations.h"

#include <QJsonArray>

namespace sinch::sandbox {

namespace {

const QString kFamily = QStringLiteral("webhooks");

bool targetTaken(ResourceStore &store, const QString &target, const QString &exceptId)
{
    for (const QJsonObject &w : store.values())
        if (w.value(QLatin1String("target")).toString() == target
            && w.value(QLatin1String("id")).toString() != exceptId)
            return true;
    return false;
}

QJsonObject shown(const QJsonObject &w)
{
    return ResourceStore::view(w);
}

} // namespace

void WebhookApi::install(SandboxState *state)
{
    state->on(QStringLiteral("WebhookController_listWebhooks_v1"), [state](const RequestContext &ctx) {
        // In creation order: ListPager sorts them as the operation's text says (alphabetical).
        QJsonArray items;
        for (const QJsonObject &w : state->store(kFamily).values())
            items << shown(w);
        QJsonObject body;
        SandboxReply err;
        if (!ListPager::page(ctx.op, ctx.query, items, QStringLiteral("webhooks"), &body, &err))
            return err;
        return SandboxReply::ok(200, body);
    });

    state->on(QStringLiteral("WebhookController_createWebhook_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(kFamily);
        const QJsonObject in = ctx.object();
        const QString target = in.value(QLatin1String("target")).toString();
        if (targetTaken(store, target, QString()))
            return state->error(ctx, 409, QStringLiteral("webhook_exists"));
        if (store.size() >= kLimit)
            return state->error(ctx, 424, QStringLiteral("webhook_limit_reached"));
        const QString id = state->newId(kFamily);
        QJsonObject w{{QStringLiteral("id"), id},
                      {QStringLiteral("projectId"), state->config().projectId},
                      {QStringLiteral("target"), target},
                      {QStringLiteral("triggers"), in.value(QLatin1String("triggers"))},
                      {QStringLiteral("_secret"), in.value(QLatin1String("secret"))}};
        store.put(id, w);
        return SandboxReply::ok(201, shown(w));
    });

    state->on(QStringLiteral("WebhookController_getWebhook_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(kFamily);
        const QString id = ctx.param(QStringLiteral("webhookId"));
        if (!store.contains(id))
            return state->error(ctx, 404, QStringLiteral("webhook_not_found"));
        return SandboxReply::ok(200, shown(store.get(id)));
    });

    state->on(QStringLiteral("WebhookController_deleteWebhook_v1"), [state](const RequestContext &ctx) {
        if (!state->store(kFamily).remove(ctx.param(QStringLiteral("webhookId"))))
            return state->error(ctx, 404, QStringLiteral("webhook_not_found"));
        return SandboxReply::noContent();
    });

    const auto update = [state](const RequestContext &ctx, bool replace) {
        ResourceStore &store = state->store(kFamily);
        const QString id = ctx.param(QStringLiteral("webhookId"));
        if (!store.contains(id))
            return state->error(ctx, 404, QStringLiteral("webhook_not_found"));
        const QJsonObject in = ctx.object();
        QJsonObject w = store.get(id);
        if (in.contains(QLatin1String("target"))) {
            const QString target = in.value(QLatin1String("target")).toString();
            if (targetTaken(store, target, id))
                return state->error(ctx, 409, QStringLiteral("webhook_exists"));
            w.insert(QStringLiteral("target"), target);
        }
        if (in.contains(QLatin1String("triggers")) || replace)
            w.insert(QStringLiteral("triggers"), in.value(QLatin1String("triggers")));
        if (in.contains(QLatin1String("secret")))
            w.insert(QStringLiteral("_secret"), in.value(QLatin1String("secret")));
        store.put(id, w);
        return SandboxReply::ok(200, shown(w));
    };
    state->on(QStringLiteral("WebhookController_replaceWebhook_v1"),
              [update](const RequestContext &ctx) { return update(ctx, true); });
    state->on(QStringLiteral("WebhookController_updateWebhook_v1"),
              [update](const RequestContext &ctx) { return update(ctx, false); });
}

} // namespace sinch::sandbox
