#include "kakaotalkapi.h"

#include "genericapi.h"
#include "listpager.h"
#include "reviewlifecycle.h"
#include "sandboxlogging.h"
#include "sandboxstate.h"
#include "seedcategories.h"

#include "api/operations.h"

#include <QJsonArray>
#include <QSet>

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

// Template details as KakaotalkTemplateDetailsDto requires them (defaults of the input DTO).
QJsonObject templateDetails(QJsonObject d)
{
    const QJsonObject defaults{{QStringLiteral("messageType"), QStringLiteral("BASIC")},
                               {QStringLiteral("emphasizeType"), QStringLiteral("EMPHASIZE_TYPE_NONE")},
                               {QStringLiteral("categoryCode"), QStringLiteral("999999")},
                               {QStringLiteral("securityFlag"), false},
                               {QStringLiteral("buttons"), QJsonArray()}};
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        if (!d.contains(it.key()) || d.value(it.key()).isNull())
            d.insert(it.key(), it.value());
    return d;
}

} // namespace

QStringList KakaotalkApi::reviewerProblems(const QJsonObject &details)
{
    QStringList out;
    const QString messageType = details.value(QLatin1String("messageType")).toString(QStringLiteral("BASIC"));
    if ((messageType == QLatin1String("EXTRA_INFORMATION") || messageType == QLatin1String("MIXED"))
        && details.value(QLatin1String("extra")).toString().trimmed().isEmpty())
        out << QStringLiteral("details.extra is required for messageType %1").arg(messageType);
    const QString emphasize = details.value(QLatin1String("emphasizeType")).toString();
    if (emphasize == QLatin1String("EMPHASIZE_TYPE_TEXT"))
        for (const char *k : {"title", "subtitle"})
            if (details.value(QLatin1String(k)).toString().trimmed().isEmpty())
                out << QStringLiteral("details.%1 is required for EMPHASIZE_TYPE_TEXT").arg(QLatin1String(k));
    if (emphasize == QLatin1String("EMPHASIZE_TYPE_IMAGE"))
        for (const char *k : {"imageName", "imageUrl"})
            if (details.value(QLatin1String(k)).toString().trimmed().isEmpty())
                out << QStringLiteral("details.%1 is required for EMPHASIZE_TYPE_IMAGE").arg(QLatin1String(k));
    QSet<QString> types;
    QSet<int> orderings;
    const QJsonArray buttons = details.value(QLatin1String("buttons")).toArray();
    for (int i = 0; i < buttons.size(); ++i) {
        const QJsonObject b = buttons.at(i).toObject();
        const QString type = b.value(QLatin1String("type")).toString();
        if (types.contains(type))
            out << QStringLiteral("details.buttons.%1.type %2 is used by another button").arg(i).arg(type);
        types.insert(type);
        const int ordering = b.value(QLatin1String("ordering")).toInt();
        if (orderings.contains(ordering))
            out << QStringLiteral("details.buttons.%1.ordering %2 is used by another button").arg(i).arg(ordering);
        orderings.insert(ordering);
        if (type == QLatin1String("WEB_LINK") && b.value(QLatin1String("linkMo")).toString().isEmpty())
            out << QStringLiteral("details.buttons.%1.linkMo is required for WEB_LINK").arg(i);
        if (type == QLatin1String("APP_LINK")) {
            int links = 0;
            for (const char *k : {"linkMo", "schemeIos", "schemeAndroid"})
                links += !b.value(QLatin1String(k)).toString().isEmpty();
            if (links < 2)
                out << QStringLiteral("details.buttons.%1 needs two of linkMo, schemeIos, schemeAndroid for APP_LINK").arg(i);
        }
    }
    return out;
}

namespace {

void submit(SandboxState *state, const Family &f, const QString &storeKey, const QString &id,
            const QJsonObject &input, bool created)
{
    ResourceStore &store = state->store(storeKey);
    QJsonObject item = store.get(id);
    const bool isTemplate = QLatin1String(f.idParam) == QLatin1String("templateCode");
    if (isTemplate && item.contains(QLatin1String("details")))
        item.insert(QStringLiteral("details"), templateDetails(item.value(QLatin1String("details")).toObject()));
    QJsonObject changes = item.value(QLatin1String("changes")).toObject();
    if (item.contains(QLatin1String("details")))
        changes.insert(QStringLiteral("details"), item.value(QLatin1String("details")));
    const bool draft = input.value(QLatin1String("status")).toString() == QLatin1String("DRAFT");
    changes.insert(QStringLiteral("status"), draft ? QStringLiteral("DRAFT") : QStringLiteral("IN_PROGRESS"));
    item.insert(QStringLiteral("changes"), changes);
    if (created)
        item.remove(QStringLiteral("state"));
    item.insert(QStringLiteral("_name"), nameOf(item, input));
    store.put(id, item);
    if (draft) {
        GenericApi::addActivity(state, QLatin1String(f.feedTemplate), storeKey, id, QStringLiteral("DRAFT"));
        return;
    }
    ReviewLifecycle::Target target;
    target.storeKey = storeKey;
    target.id = id;
    target.feedTemplate = QLatin1String(f.feedTemplate);
    target.approvedState = QLatin1String(f.approved);
    ReviewLifecycle::submit(state, target);
}

} // namespace

QString KakaotalkApi::verificationToken()
{
    return QStringLiteral("123456");
}

namespace {

const QString kSenders = QStringLiteral("/kakaotalk/senders");
const QString kSenderFeed = QStringLiteral("/kakaotalk/senders/{plusFriendId}");

void installVerification(SandboxState *state)
{
    state->on(QStringLiteral("SendersController_registerSender_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(kSenders);
        const QString id = ctx.param(QStringLiteral("plusFriendId"));
        if (!store.contains(id))
            return GenericApi::notFound(state, ctx);
        QJsonObject s = store.get(id);
        if (s.value(QLatin1String("_verified")).toBool() && s.value(QLatin1String("state")).toString() == QLatin1String("ACTIVE"))
            return state->error(ctx, 409, QStringLiteral("not_allowed_register"));
        s.insert(QStringLiteral("state"), QStringLiteral("VERIFYING"));
        s.insert(QStringLiteral("_token"), KakaotalkApi::verificationToken());
        s.insert(QStringLiteral("modified"), state->now());
        store.put(id, s);
        GenericApi::addActivity(state, kSenderFeed, kSenders, id, QStringLiteral("EDITED"),
                                QStringLiteral("Verification token sent to the admin phone."));
        return SandboxReply::ok(200, ResourceStore::view(s));
    });
    state->on(QStringLiteral("SendersController_verifySender_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(kSenders);
        const QString id = ctx.param(QStringLiteral("plusFriendId"));
        if (!store.contains(id))
            return GenericApi::notFound(state, ctx);
        QJsonObject s = store.get(id);
        const QJsonValue code = ctx.object().value(QLatin1String("code"));
        const QString token = code.isDouble() ? QString::number(qint64(code.toDouble())) : code.toString();
        if (s.value(QLatin1String("state")).toString() != QLatin1String("VERIFYING")
            || token != s.value(QLatin1String("_token")).toString())
            return state->error(ctx, 409, QStringLiteral("not_allowed_verify"));
        s.remove(QStringLiteral("_token"));
        s.insert(QStringLiteral("_verified"), true);
        s.insert(QStringLiteral("state"), QStringLiteral("ACTIVE"));
        s.insert(QStringLiteral("modified"), state->now());
        store.put(id, s);
        GenericApi::addActivity(state, kSenderFeed, kSenders, id, QStringLiteral("ACTIVE"),
                                QStringLiteral("Sender verified with the token sent to the admin phone."));
        return SandboxReply::ok(200, ResourceStore::view(s));
    });
}

} // namespace

void KakaotalkApi::install(SandboxState *state)
{
    installVerification(state);
    for (const Family &f : kFamilies) {
        state->on(QLatin1String(f.create), [state, f](const RequestContext &ctx) {
            if (QLatin1String(f.idParam) == QLatin1String("plusFriendId")
                && state->store(GenericApi::collectionKey(ctx.op, ctx.params, ctx.op->path.count(QLatin1Char('/'))))
                       .contains(ctx.object().value(QLatin1String("plusFriendId")).toString()))
                return state->error(ctx, 409, QStringLiteral("plus_friend_id_used"));
            // Kakao's validation of a submitted template (drafts are not sent to Kakao).
            if (QLatin1String(f.idParam) == QLatin1String("templateCode")
                && ctx.object().value(QLatin1String("status")).toString() != QLatin1String("DRAFT")
                && state->store(QStringLiteral("/kakaotalk/senders")).contains(ctx.param(QStringLiteral("plusFriendId")))) {
                const QStringList problems = reviewerProblems(ctx.object().value(QLatin1String("details")).toObject());
                if (!problems.isEmpty()) {
                    qCDebug(lcSandbox) << "KakaoTalk validation:" << problems;
                    // Kakao's problems travel as validationErrors, each naming its field.
                    SandboxReply refused = state->error(ctx, 424, QStringLiteral("template_kakaotalk_validation_error"));
                    QJsonObject body = refused.json.toObject();
                    body.insert(QStringLiteral("additionalInformation"),
                                QJsonObject{{QStringLiteral("validationErrors"), QJsonArray::fromStringList(problems)}});
                    refused.json = body;
                    return refused;
                }
            }
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

    // Sender categories: the whole tree (SeedCategories).
    state->on(QStringLiteral("CategoriesController_listSenderCategories_v1"), [](const RequestContext &) {
        return SandboxReply::ok(200, QJsonObject{{QStringLiteral("categories"), SeedCategories::senderCategories()}});
    });
    // Template categories of a sender: every category of the contract (SeedCategories), paged.
    state->on(QStringLiteral("CategoriesController_getTemplateCategories_v1"), [state](const RequestContext &ctx) {
        if (!state->store(QStringLiteral("/kakaotalk/senders")).contains(ctx.param(QStringLiteral("plusFriendId"))))
            return state->error(ctx, 404, QStringLiteral("sender_not_found"));
        QJsonObject body;
        SandboxReply err;
        if (!ListPager::page(ctx.op, ctx.query, SeedCategories::templateCategories(),
                             QStringLiteral("kakao-categories|") + ctx.param(QStringLiteral("plusFriendId")), &body, &err))
            return err;
        return SandboxReply::ok(200, body);
    });
}

} // namespace sinch::sandbox
