#include "kakaotalkapi.h"

#include "genericapi.h"
#include "reviewlifecycle.h"
#include "sandboxstate.h"

#include "api/operations.h"

namespace sinch::sandbox {

namespace {

struct Family
{
    const char *create;
    const char *update;
    const char *idParam;     // path parameter of the item
    const char *feedTemplate;
    const char *approved;
};

const Family kFamilies[] = {
    {"KakaotalkSendersController_createSender_v1", "SendersController_updateSender_v1", "plusFriendId",
     "/kakaotalk/senders/{plusFriendId}", "ACTIVE"},
    {"KakaotalkTemplatesController_createTemplate_v1", "KakaotalkTemplatesController_updateTemplate_v1", "templateCode",
     "/kakaotalk/senders/{plusFriendId}/templates/{templateCode}", "APPROVED"},
};

QString nameOf(const QJsonObject &item, const QJsonObject &input)
{
    const QJsonObject d = input.value(QLatin1String("details")).toObject();
    for (const QJsonObject &o : {input, d, item, item.value(QLatin1String("details")).toObject()})
        for (const char *k : {"name", "templateName", "searchId", "plusFriendId"})
            if (!o.value(QLatin1String(k)).toString().isEmpty())
                return o.value(QLatin1String(k)).toString();
    return QString();
}

void submit(SandboxState *state, const Family &f, const QString &storeKey, const QString &id,
            const QJsonObject &input, bool created)
{
    ResourceStore &store = state->store(storeKey);
    QJsonObject item = store.get(id);
    QJsonObject changes = item.value(QLatin1String("changes")).toObject();
    if (item.contains(QLatin1String("details")))
        changes.insert(QStringLiteral("details"), item.value(QLatin1String("details")));
    changes.insert(QStringLiteral("status"), QStringLiteral("IN_PROGRESS"));
    item.insert(QStringLiteral("changes"), changes);
    if (created)
        item.remove(QStringLiteral("state"));
    item.insert(QStringLiteral("_name"), nameOf(item, input));
    store.put(id, item);
    ReviewLifecycle::submit(state, ReviewLifecycle::Target{storeKey, id, QLatin1String(f.feedTemplate),
                                                           QLatin1String(f.approved), false});
}

} // namespace

void KakaotalkApi::install(SandboxState *state)
{
    for (const Family &f : kFamilies) {
        state->on(QLatin1String(f.create), [state, f](const RequestContext &ctx) {
            SandboxReply r = GenericApi::handle(state, ctx);
            if (r.status != ctx.op->successStatus)
                return r;
            const QString storeKey = GenericApi::collectionKey(ctx.op, ctx.params, ctx.op->path.count(QLatin1Char('/')));
            const QString field = GenericApi::idField(ctx.op->path, QLatin1String(f.idParam));
            const QString id = r.json.toObject().value(field).toString();
            submit(state, f, storeKey, id, ctx.object(), true);
            return SandboxReply::ok(r.status, ResourceStore::view(state->store(storeKey).get(id)));
        });
        state->on(QLatin1String(f.update), [state, f](const RequestContext &ctx) {
            SandboxReply r = GenericApi::handle(state, ctx);
            if (r.status != ctx.op->successStatus)
                return r;
            const QString storeKey = GenericApi::collectionKey(ctx.op, ctx.params, ctx.op->path.count(QLatin1Char('/')) - 1);
            const QString id = ctx.param(QLatin1String(f.idParam));
            submit(state, f, storeKey, id, ctx.object(), false);
            return SandboxReply::ok(r.status, ResourceStore::view(state->store(storeKey).get(id)));
        });
    }
}

} // namespace sinch::sandbox
