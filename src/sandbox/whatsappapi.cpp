#include "whatsappapi.h"

#include "conversationapi.h"
#include "genericapi.h"
#include "listpager.h"
#include "reviewlifecycle.h"
#include "sandboxstate.h"
#include "schemasampler.h"
#include "whatsapptemplateapi.h"

#include "api/operations.h"

#include <QJsonArray>
#include <QPointer>
#include <QUuid>

namespace sinch::sandbox {

namespace {

const QString kAccountStore = QStringLiteral("/whatsapp/account");
const QString kAccountId = QStringLiteral("account");
const QString kSolutionStore = QStringLiteral("/whatsapp/solutions");
const QString kFlowStore = QStringLiteral("/whatsapp/flows");

const Operation *op(const char *id)
{
    return Operations::instance().find(QString::fromLatin1(id));
}

QJsonObject defaultSenderDetails()
{
    return QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Sandbox sender")},
                       {QStringLiteral("vertical"), QStringLiteral("OTHER")}};
}

// The sender's details as they will be once the pending changes are applied.
QJsonObject pendingDetails(const QJsonObject &sender)
{
    QJsonObject d = sender.value(QLatin1String("details")).toObject();
    const QJsonObject changed = sender.value(QLatin1String("changes")).toObject().value(QLatin1String("details")).toObject();
    for (auto it = changed.begin(); it != changed.end(); ++it)
        d.insert(it.key(), it.value());
    const QJsonObject defaults = defaultSenderDetails();
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        if (!d.contains(it.key()))
            d.insert(it.key(), it.value());
    return d;
}

QJsonObject mergedDetails(QJsonObject base, const QJsonObject &in)
{
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (it.value().isNull())
            base.remove(it.key());
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

// A solution made of the contract's example with `details` over it, not yet assigned: the
// create handler's and the seed's.
void addSolution(SandboxState *state, const QJsonObject &details)
{
    QJsonObject s = GenericApi::templateFor(state, op("SolutionsController_getSolution_v1"), 200);
    const QString id = state->newId(kSolutionStore);
    s.insert(QStringLiteral("id"), id);
    s.insert(QStringLiteral("details"), mergedDetails(s.value(QLatin1String("details")).toObject(), details));
    s.insert(QStringLiteral("assigned"), false); // until the project is onboarded through it
    state->store(kSolutionStore).put(id, s);
}

} // namespace

const QString &WhatsappApi::senderStoreKey()
{
    static const QString k = QStringLiteral("/whatsapp/senders");
    return k;
}

const QString &WhatsappApi::senderFeed()
{
    static const QString k = QStringLiteral("/whatsapp/senders/{senderId}");
    return k;
}

void WhatsappApi::submitSender(SandboxState *state, const QString &id)
{
    ResourceStore &store = state->store(senderStoreKey());
    QJsonObject s = store.get(id);
    QJsonObject changes{{QStringLiteral("status"), QStringLiteral("IN_PROGRESS")},
                        {QStringLiteral("details"), pendingDetails(s)}};
    s.insert(QStringLiteral("changes"), changes);
    s.insert(QStringLiteral("modified"), state->now());
    store.put(id, s);
    GenericApi::addActivity(state, senderFeed(), senderStoreKey(), id, QStringLiteral("IN_PROGRESS"));
    QPointer<SandboxState> guard(state);
    state->schedule([guard, id] {
        if (!guard || !guard->store(senderStoreKey()).contains(id))
            return;
        ResourceStore &st = guard->store(senderStoreKey());
        QJsonObject cur = st.get(id);
        QJsonObject ch = cur.value(QLatin1String("changes")).toObject();
        if (ch.value(QLatin1String("status")).toString() != QLatin1String("IN_PROGRESS"))
            return;
        const QString name = ch.value(QLatin1String("details")).toObject().value(QLatin1String("displayName")).toString();
        if (ReviewLifecycle::forcesRejection(name)) {
            ch.insert(QStringLiteral("status"), QStringLiteral("REJECTED"));
            ch.insert(QStringLiteral("errorReason"), QStringLiteral("The display name does not follow Meta's display name guidelines."));
            cur.insert(QStringLiteral("changes"), ch);
            if (cur.value(QLatin1String("state")).toString() != QLatin1String("ACTIVE"))
                cur.insert(QStringLiteral("state"), QStringLiteral("INACTIVE"));
            cur.insert(QStringLiteral("modified"), guard->now());
            st.put(id, cur);
            GenericApi::addActivity(guard, senderFeed(), senderStoreKey(), id, QStringLiteral("REJECTED"),
                                    QStringLiteral("Rejected by Meta: display name."), QStringLiteral("Reviewer"));
            return;
        }
        cur.insert(QStringLiteral("details"), ch.value(QLatin1String("details")));
        cur.remove(QStringLiteral("changes"));
        cur.insert(QStringLiteral("state"), QStringLiteral("ACTIVE"));
        cur.insert(QStringLiteral("modified"), guard->now());
        st.put(id, cur);
        GenericApi::addActivity(guard, senderFeed(), senderStoreKey(), id, QStringLiteral("ACTIVE"),
                                QString(), QStringLiteral("Reviewer"));
    });
}

void WhatsappApi::reviewAccount(SandboxState *state)
{
    QPointer<SandboxState> guard(state);
    state->schedule([guard] {
        if (!guard || !guard->store(kAccountStore).contains(kAccountId))
            return;
        ResourceStore &store = guard->store(kAccountStore);
        QJsonObject a = store.get(kAccountId);
        QJsonObject changes = a.value(QLatin1String("changes")).toObject();
        if (changes.value(QLatin1String("status")).toString() != QLatin1String("IN_PROGRESS"))
            return;
        const QJsonObject pending = changes.value(QLatin1String("details")).toObject();
        if (ReviewLifecycle::forcesRejection(pending.value(QLatin1String("companyLegalName")).toString())) {
            changes.insert(QStringLiteral("status"), QStringLiteral("REJECTED"));
            a.insert(QStringLiteral("changes"), changes);
            if (a.value(QLatin1String("state")).toString() != QLatin1String("ONBOARDED"))
                a.insert(QStringLiteral("state"), QStringLiteral("REJECTED"));
        } else {
            QJsonObject details = a.value(QLatin1String("details")).toObject();
            for (auto it = pending.begin(); it != pending.end(); ++it)
                details.insert(it.key(), it.value());
            a.insert(QStringLiteral("details"), details);
            a.remove(QStringLiteral("changes"));
            a.insert(QStringLiteral("state"), QStringLiteral("ONBOARDED"));
        }
        store.put(kAccountId, a);
    });
}

void WhatsappApi::seed(SandboxState *state)
{
    // The business the seeded senders and templates belong to: onboarded, in the shape of
    // the contract's example of GET /whatsapp, with its own WABA ID.
    QJsonObject account = SchemaSampler::responseExample(op("AccountsController_getAccount_v1")->definition(), 200).toObject();
    account.insert(QStringLiteral("state"), QStringLiteral("ONBOARDED"));
    account.insert(QStringLiteral("wabaId"), QString::number(102290129340398LL));
    account.insert(QStringLiteral("details"), QJsonObject{{QStringLiteral("companyLegalName"), QStringLiteral("Acme Retail Ltd")},
                                                          {QStringLiteral("clientBusinessManagerId"), QStringLiteral("104857600123456")}});
    account.insert(QStringLiteral("wabaEnabledForInsights"), true);
    state->store(kAccountStore).put(kAccountId, account);

    ResourceStore &flows = state->store(kFlowStore);
    static const struct { const char *id; const char *name; const char *status; const char *screens; } kFlows[] = {
        {"1160352411931022", "Appointment booking", "FLOW_STATUS_PUBLISHED", "APPOINTMENT,DETAILS,SUMMARY"},
        {"1160352411931023", "Delivery feedback", "FLOW_STATUS_PUBLISHED", "RATING,COMMENTS"},
        {"1160352411931024", "Loyalty sign-up", "FLOW_STATUS_DRAFT", "SIGN_UP"}};
    for (const auto &f : kFlows)
        flows.put(QLatin1String(f.id), QJsonObject{{QStringLiteral("id"), QLatin1String(f.id)},
                                                   {QStringLiteral("name"), QLatin1String(f.name)},
                                                   {QStringLiteral("status"), QLatin1String(f.status)},
                                                   {QStringLiteral("_screens"),
                                                    QJsonArray::fromStringList(QString::fromLatin1(f.screens).split(QLatin1Char(',')))}});

    // What a newcomer clicks through (--sandbox) has a partner's solution shared with the
    // project, what the Solutions page is for; the tests' shapes start without one.
    if (state->config().seedShape == SeedShape::Multilingual)
        addSolution(state, QJsonObject{{QStringLiteral("name"), QStringLiteral("Acme Partner Onboarding")}});
}

void WhatsappApi::install(SandboxState *state)
{
    // ---- account
    state->on(QStringLiteral("AccountsController_getAccount_v1"), [state](const RequestContext &ctx) {
        if (!state->store(kAccountStore).contains(kAccountId))
            return state->error(ctx, 404, QStringLiteral("account_not_found"));
        return SandboxReply::ok(200, ResourceStore::view(state->store(kAccountStore).get(kAccountId)));
    });
    state->on(QStringLiteral("AccountsController_createAccount_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(kAccountStore);
        if (store.contains(kAccountId))
            return state->error(ctx, 409, QStringLiteral("account_exists"));
        QJsonObject a = GenericApi::templateFor(state, ctx.op, 201);
        const QJsonObject in = ctx.object();
        QJsonObject details{{QStringLiteral("companyLegalName"), in.value(QLatin1String("companyLegalName"))},
                            {QStringLiteral("clientBusinessManagerId"), in.value(QLatin1String("clientBusinessManagerId"))}};
        if (in.contains(QLatin1String("businessManager")))
            a.insert(QStringLiteral("businessManager"), in.value(QLatin1String("businessManager")));
        a.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("IN_PROGRESS")},
                                                        {QStringLiteral("details"), details}});
        a.insert(QStringLiteral("state"), QStringLiteral("PENDING_FACEBOOK_VERIFICATION"));
        a.insert(QStringLiteral("wabaEnabledForInsights"), false);
        store.put(kAccountId, a);
        GenericApi::addActivity(state, QStringLiteral("/whatsapp"), QStringLiteral("areas"), QStringLiteral("/whatsapp"),
                                QStringLiteral("CREATED"));
        const QJsonObject answer = ResourceStore::view(a);
        reviewAccount(state);
        return SandboxReply::ok(201, answer);
    });
    state->on(QStringLiteral("AccountsController_updateAccount_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(kAccountStore);
        if (!store.contains(kAccountId))
            return state->error(ctx, 404, QStringLiteral("account_not_found"));
        QJsonObject a = store.get(kAccountId);
        QJsonObject changes = a.value(QLatin1String("changes")).toObject();
        // The contract: "It is only possible to update an account that has been rejected."
        if (a.value(QLatin1String("state")).toString() != QLatin1String("REJECTED")
            && changes.value(QLatin1String("status")).toString() != QLatin1String("REJECTED"))
            return state->error(ctx, 409, QStringLiteral("account_not_updatable"));
        QJsonObject details = changes.value(QLatin1String("details")).toObject();
        if (details.isEmpty())
            details = a.value(QLatin1String("details")).toObject();
        const QJsonObject in = ctx.object();
        for (const char *k : {"companyLegalName", "clientBusinessManagerId"})
            if (in.contains(QLatin1String(k)))
                details.insert(QLatin1String(k), in.value(QLatin1String(k)));
        changes.insert(QStringLiteral("status"), QStringLiteral("IN_PROGRESS"));
        changes.insert(QStringLiteral("details"), details);
        a.insert(QStringLiteral("changes"), changes);
        store.put(kAccountId, a);
        GenericApi::addActivity(state, QStringLiteral("/whatsapp"), QStringLiteral("areas"), QStringLiteral("/whatsapp"),
                                QStringLiteral("EDITED"));
        const QJsonObject answer = ResourceStore::view(a);
        reviewAccount(state);
        return SandboxReply::ok(200, answer);
    });
    // Meta's template insights: only for an onboarded business account.
    state->on(QStringLiteral("TemplateAnalyticsHelpersController_enableTemplateAnalytics_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(kAccountStore);
        if (!store.contains(kAccountId)
            || store.get(kAccountId).value(QLatin1String("state")).toString() != QLatin1String("ONBOARDED"))
            return state->error(ctx, 424, QStringLiteral("template_insights_not_yet_available"));
        QJsonObject a = store.get(kAccountId);
        a.insert(QStringLiteral("wabaEnabledForInsights"), true);
        store.put(kAccountId, a);
        return SandboxReply::ok(200, QJsonObject());
    });

    // ---- embedded signup helpers
    // A fresh long-lived token for each exchange (the contract's example is one fixed
    // word, which would hide a client that shows a stale token).
    state->on(QStringLiteral("EmbeddedSignupHelperController_createLongLivedAccessToken_v1"), [state](const RequestContext &ctx) {
        const QJsonObject in = ctx.object();
        if (in.value(QLatin1String("facebookToken")).toString().isEmpty() && in.value(QLatin1String("facebookCode")).toString().isEmpty())
            return state->error(ctx, 400, QStringLiteral("invalid_input"));
        const QString token = QStringLiteral("EAAG") + QUuid::createUuid().toString(QUuid::Id128)
            + QUuid::createUuid().toString(QUuid::Id128).left(24);
        return SandboxReply::ok(201, QJsonObject{{QStringLiteral("longLivedAccessToken"), token}});
    });
    // The WABAs a token reaches: the project's own, with the numbers of its senders.
    state->on(QStringLiteral("EmbeddedSignupHelperController_listWabaDetailsForToken_v1"), [state](const RequestContext &) {
        QJsonArray wabas;
        const ResourceStore &accounts = state->store(kAccountStore);
        if (accounts.contains(kAccountId)) {
            const QJsonObject a = accounts.get(kAccountId);
            QJsonArray numbers;
            for (const QJsonObject &s : state->store(senderStoreKey()).values()) {
                const QString number = s.value(QLatin1String("phoneNumber")).toString();
                if (number.isEmpty())
                    continue;
                numbers << QJsonObject{{QStringLiteral("id"), s.value(QLatin1String("id")).toString()},
                                       {QStringLiteral("displayPhoneNumber"), number},
                                       {QStringLiteral("provisioned"), s.value(QLatin1String("state")).toString() == QLatin1String("ACTIVE")}};
            }
            const QJsonObject details = a.value(QLatin1String("details")).toObject();
            const QJsonObject pending = a.value(QLatin1String("changes")).toObject().value(QLatin1String("details")).toObject();
            wabas << QJsonObject{{QStringLiteral("id"), a.value(QLatin1String("wabaId")).toString()},
                                 {QStringLiteral("name"), details.value(QLatin1String("companyLegalName"))
                                                              .toString(pending.value(QLatin1String("companyLegalName")).toString())},
                                 {QStringLiteral("numbers"), numbers}};
        }
        return SandboxReply::ok(200, QJsonObject{{QStringLiteral("wabas"), wabas}});
    });

    // ---- flows: the screens of a seeded flow
    state->on(QStringLiteral("FlowsController_listFlowScreens_v1"), [state](const RequestContext &ctx) {
        const QString id = ctx.param(QStringLiteral("flowId"));
        if (!state->store(kFlowStore).contains(id))
            return state->error(ctx, 404, QStringLiteral("flow_not_found"));
        QJsonArray screens;
        for (const QJsonValue &v : state->store(kFlowStore).get(id).value(QLatin1String("_screens")).toArray())
            screens << QJsonObject{{QStringLiteral("id"), v.toString()}};
        if (screens.isEmpty())
            return state->error(ctx, 404, QStringLiteral("flow_screens_not_found"));
        return SandboxReply::ok(200, QJsonObject{{QStringLiteral("screens"), screens}});
    });

    // ---- senders
    state->on(QStringLiteral("SendersController_createSender_v1"), [state](const RequestContext &ctx) {
        const QJsonObject in = ctx.object();
        QJsonObject s = GenericApi::templateFor(state, ctx.op, 201);
        if (in.contains(QLatin1String("region")))
            s.insert(QStringLiteral("region"), in.value(QLatin1String("region")));
        // Stored in a country only when asked for (the example's is Germany).
        if (in.contains(QLatin1String("metaLocalStorage")))
            s.insert(QStringLiteral("metaLocalStorage"), in.value(QLatin1String("metaLocalStorage")));
        else
            s.remove(QStringLiteral("metaLocalStorage"));
        if (in.contains(QLatin1String("phoneNumberProvider")))
            s.insert(QStringLiteral("numberProvider"), in.value(QLatin1String("phoneNumberProvider")));
        // What was sent, not the contract example's details beside it: a field left out
        // stays unset (the example would fill it with "Test address" and the like).
        QJsonObject details = mergedDetails(QJsonObject(), in.value(QLatin1String("details")).toObject());
        for (const char *k : {"countryCode", "phoneNumber"}) {
            if (details.contains(QLatin1String(k))) {
                s.insert(QLatin1String(k), details.value(QLatin1String(k)));
                details.remove(QLatin1String(k));
            }
        }
        if (!in.value(QLatin1String("name")).toString().isEmpty())
            details.insert(QStringLiteral("displayName"), in.value(QLatin1String("name")));
        const QJsonObject defaults = defaultSenderDetails();
        for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it)
            if (!details.contains(it.key()))
                details.insert(it.key(), it.value());
        const QString id = state->newId(senderStoreKey());
        s.insert(QStringLiteral("id"), id);
        ConversationApi::disconnect(&s);   // the example's app is another project's
        s.remove(QStringLiteral("details"));
        s.insert(QStringLiteral("state"), QStringLiteral("PENDING_VERIFICATION"));
        s.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("DRAFT")},
                                                        {QStringLiteral("details"), details}});
        s.insert(QStringLiteral("created"), state->now());
        s.insert(QStringLiteral("modified"), state->now());
        state->store(senderStoreKey()).put(id, s);
        GenericApi::addActivity(state, senderFeed(), senderStoreKey(), id, QStringLiteral("CREATED"));
        return SandboxReply::ok(201, ResourceStore::view(s));
    });
    state->on(QStringLiteral("SendersController_update_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(senderStoreKey());
        const QString id = ctx.param(QStringLiteral("senderId"));
        if (!store.contains(id))
            return GenericApi::notFound(state, ctx);
        QJsonObject s = store.get(id);
        QJsonObject changes = s.value(QLatin1String("changes")).toObject();
        if (changes.value(QLatin1String("status")).toString() == QLatin1String("IN_PROGRESS"))
            return state->error(ctx, 409);
        const QJsonObject details = mergedDetails(pendingDetails(s), ctx.object().value(QLatin1String("details")).toObject());
        s.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("DRAFT")},
                                                        {QStringLiteral("details"), details}});
        s.insert(QStringLiteral("modified"), state->now());
        store.put(id, s);
        GenericApi::addActivity(state, senderFeed(), senderStoreKey(), id, QStringLiteral("EDITED"));
        // WhatsappUpdateSenderInputDto.status (default DRAFT): only SUBMIT sends the changes.
        if (ctx.object().value(QLatin1String("status")).toString() == QLatin1String("SUBMIT")
            && s.value(QLatin1String("state")).toString() == QLatin1String("ACTIVE"))
            submitSender(state, id);
        else
            GenericApi::addActivity(state, senderFeed(), senderStoreKey(), id, QStringLiteral("DRAFT"));
        return SandboxReply::ok(200, ResourceStore::view(store.get(id)));
    });
    state->on(QStringLiteral("SendersController_register_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(senderStoreKey());
        const QString id = ctx.param(QStringLiteral("senderId"));
        if (!store.contains(id))
            return GenericApi::notFound(state, ctx);
        QJsonObject s = store.get(id);
        const SandboxLimits &limits = state->limits();
        const qint64 now = state->clock();
        const QString st = s.value(QLatin1String("state")).toString();
        if (s.value(QLatin1String("_verified")).toBool() && st != QLatin1String("INACTIVE"))
            return state->error(ctx, 429, QStringLiteral("sender-already-registered"));
        if (st != QLatin1String("PENDING_VERIFICATION") && st != QLatin1String("INACTIVE"))
            return state->error(ctx, 409, QStringLiteral("not_allowed_register"));
        if (now < qint64(s.value(QLatin1String("_lockedUntil")).toDouble()))
            return state->error(ctx, 429, QStringLiteral("too_many_invalid_verification_codes"));
        if (s.contains(QLatin1String("_registeredAt"))
            && now - qint64(s.value(QLatin1String("_registeredAt")).toDouble()) < qint64(limits.registerRetrySeconds) * 1000)
            return state->error(ctx, 429, QStringLiteral("sender-register-too-many-requests"));
        const QString method = ctx.object().value(QLatin1String("method")).toString();
        s.insert(QStringLiteral("_registered"), method);
        s.insert(QStringLiteral("_registeredAt"), double(now));
        s.insert(QStringLiteral("_wrongCodes"), 0);
        store.put(id, s);
        GenericApi::addActivity(state, senderFeed(), senderStoreKey(), id, QStringLiteral("REGISTERED"),
                                QStringLiteral("Verification code sent by %1.").arg(method));
        return SandboxReply::ok(200, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("method"), method},
                                                 {QStringLiteral("accepted"), state->now()}});
    });
    state->on(QStringLiteral("SendersController_verify_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(senderStoreKey());
        const QString id = ctx.param(QStringLiteral("senderId"));
        if (!store.contains(id))
            return GenericApi::notFound(state, ctx);
        QJsonObject s = store.get(id);
        if (s.value(QLatin1String("_registered")).toString().isEmpty())
            return state->error(ctx, 409, QStringLiteral("not_allowed_verify"));
        if (ctx.object().value(QLatin1String("code")).toString() == QLatin1String("000000")) {
            const int wrong = s.value(QLatin1String("_wrongCodes")).toInt() + 1;
            s.insert(QStringLiteral("_wrongCodes"), wrong);
            if (wrong >= state->limits().wrongCodeLimit) {
                // The code is void; register refuses a new one for the lockout.
                s.remove(QStringLiteral("_registered"));
                s.remove(QStringLiteral("_registeredAt"));
                s.insert(QStringLiteral("_lockedUntil"),
                         double(state->clock() + qint64(state->limits().verificationLockoutSeconds) * 1000));
            }
            store.put(id, s);
            return state->error(ctx, 409, QStringLiteral("wrong_otp"));
        }
        s.remove(QStringLiteral("_registered"));
        s.remove(QStringLiteral("_registeredAt"));
        s.insert(QStringLiteral("_verified"), true);
        s.insert(QStringLiteral("state"), QStringLiteral("IN_PROGRESS"));
        store.put(id, s);
        GenericApi::addActivity(state, senderFeed(), senderStoreKey(), id, QStringLiteral("VERIFIED"));
        submitSender(state, id);
        return SandboxReply::noContent();
    });
    state->on(QStringLiteral("SendersController_deleteChanges_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(senderStoreKey());
        const QString id = ctx.param(QStringLiteral("senderId"));
        if (!store.contains(id))
            return GenericApi::notFound(state, ctx);
        QJsonObject s = store.get(id);
        const QString status = s.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString();
        if (status.isEmpty() || status == QLatin1String("IN_PROGRESS"))
            return state->error(ctx, 409);
        s.remove(QStringLiteral("changes"));
        store.put(id, s);
        return SandboxReply::noContent();
    });

    // ---- solutions
    state->on(QStringLiteral("SolutionsController_listSolutions_v1"), [state](const RequestContext &) {
        QJsonArray items;
        for (const QJsonObject &o : state->store(kSolutionStore).values())
            items << ResourceStore::view(o);
        return SandboxReply::ok(200, QJsonObject{{QStringLiteral("solutions"), items}});
    });
    state->on(QStringLiteral("SolutionsController_createSolution_v1"), [state](const RequestContext &ctx) {
        addSolution(state, ctx.object().value(QLatin1String("details")).toObject());
        // The contract's answer is every solution of the project, the new one among them.
        QJsonArray all;
        for (const QJsonObject &o : state->store(kSolutionStore).values())
            all << ResourceStore::view(o);
        return SandboxReply::ok(201, QJsonObject{{QStringLiteral("solutions"), all}});
    });
    state->on(QStringLiteral("SolutionsController_getSolution_v1"), [state](const RequestContext &ctx) {
        const QString id = ctx.param(QStringLiteral("solutionId"));
        if (!state->store(kSolutionStore).contains(id))
            return state->error(ctx, 404, QStringLiteral("solution_not_found"));
        return SandboxReply::ok(200, ResourceStore::view(state->store(kSolutionStore).get(id)));
    });
    state->on(QStringLiteral("SolutionsController_assignSolution_v1"), [state](const RequestContext &ctx) {
        const QString id = ctx.param(QStringLiteral("solutionId"));
        ResourceStore &store = state->store(kSolutionStore);
        if (!store.contains(id))
            return state->error(ctx, 404, QStringLiteral("solution_not_found"));
        QJsonObject s = store.get(id);
        s.insert(QStringLiteral("assigned"), true);
        store.put(id, s);
        return SandboxReply::noContent();
    });

    // ---- comparison of templates
    state->on(QStringLiteral("TemplatesController_compareTemplates_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(WhatsappTemplateApi::storeKey());
        const QString name = ctx.param(QStringLiteral("templateName"));
        const QString language = ctx.param(QStringLiteral("languageCode"));
        if (!store.contains(WhatsappTemplateApi::key(name, language)))
            return state->error(ctx, 404, QStringLiteral("template_not_found"));
        QJsonArray out;
        out << QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("language"), language},
                           {QStringLiteral("blockOrder"), 1}, {QStringLiteral("messageSends"), 1200},
                           {QStringLiteral("topBlockReason"), QStringLiteral("NO_REASON")}};
        int order = 2;
        for (const QJsonValue &v : ctx.object().value(QLatin1String("templates")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString other = o.value(QLatin1String("templateName")).toString();
            const QString otherLanguage = o.value(QLatin1String("templateLanguage")).toString();
            if (!store.contains(WhatsappTemplateApi::key(other, otherLanguage)))
                return state->error(ctx, 404, QStringLiteral("templates_compare_not_found"));
            if (other == name && otherLanguage == language)
                return state->error(ctx, 409, QStringLiteral("templates_compare_not_unique"));
            out << QJsonObject{{QStringLiteral("name"), other}, {QStringLiteral("language"), otherLanguage},
                               {QStringLiteral("blockOrder"), order}, {QStringLiteral("messageSends"), 800 * order},
                               {QStringLiteral("topBlockReason"), QStringLiteral("NO_REASON_GIVEN")}};
            ++order;
        }
        return SandboxReply::ok(200, QJsonObject{{QStringLiteral("templates"), out}});
    });
}

} // namespace sinch::sandbox
