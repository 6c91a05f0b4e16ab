#include "rcsupscaleapi.h"

#include "genericapi.h"
#include "listpager.h"
#include "questionnairequestions.h"
#include "rcssenderapi.h"
#include "sandboxstate.h"
#include "schemasampler.h"

#include "api/operations.h"
#include "domain/jsonpath.h"

#include <QHash>
#include <QJsonArray>
#include <QPointer>

namespace sinch::sandbox {

namespace {

const QString kQuestionnaireOp = QStringLiteral("QuestionnaireController_getQuestions_v1");

bool isUpscaled(SandboxState *state, const QString &senderId)
{
    for (const QJsonObject &u : state->store(RcsUpscaleApi::storeKey()).values())
        if (u.value(QLatin1String("details")).toObject().value(QLatin1String("rcs")).toObject()
                .value(QLatin1String("senderId")).toString() == senderId)
            return true;
    return false;
}

QJsonObject upscaleSenderView(SandboxState *state, const QJsonObject &sender)
{
    QJsonObject v = ResourceStore::view(sender);
    v.insert(QStringLiteral("isUpscaled"), isUpscaled(state, sender.value(QLatin1String("id")).toString()));
    return v;
}

void decideLater(SandboxState *state, const QString &id)
{
    QPointer<SandboxState> guard(state);
    state->schedule([guard, id] {
        if (!guard || !guard->store(RcsUpscaleApi::storeKey()).contains(id))
            return;
        ResourceStore &store = guard->store(RcsUpscaleApi::storeKey());
        QJsonObject u = store.get(id);
        if (u.value(QLatin1String("state")).toString() != QLatin1String("UPSCALING"))
            return;
        const QString numberId = u.value(QLatin1String("details")).toObject().value(QLatin1String("sms")).toObject()
                                     .value(QLatin1String("numberId")).toString();
        const bool fail = numberId.startsWith(QLatin1String("fa11")) && u.value(QLatin1String("_attempts")).toInt() <= 1;
        u.insert(QStringLiteral("state"), fail ? QStringLiteral("UPSCALING_FAILED") : QStringLiteral("UPSCALED"));
        u.insert(QStringLiteral("updated"), guard->now());
        store.put(id, u);
    });
}

// Deleting an upscale detaches the SMS number first (DOWNSCALING), then the upscale is gone;
// an SMS number ID starting dead fails its first downscale (DOWNSCALING_FAILED, retried).
void downscaleLater(SandboxState *state, const QString &id)
{
    ResourceStore &store = state->store(RcsUpscaleApi::storeKey());
    QJsonObject u = store.get(id);
    u.insert(QStringLiteral("state"), QStringLiteral("DOWNSCALING"));
    u.insert(QStringLiteral("_downscales"), u.value(QLatin1String("_downscales")).toInt() + 1);
    u.insert(QStringLiteral("updated"), state->now());
    store.put(id, u);
    QPointer<SandboxState> guard(state);
    state->schedule([guard, id] {
        if (!guard || !guard->store(RcsUpscaleApi::storeKey()).contains(id))
            return;
        ResourceStore &store = guard->store(RcsUpscaleApi::storeKey());
        QJsonObject u = store.get(id);
        if (u.value(QLatin1String("state")).toString() != QLatin1String("DOWNSCALING"))
            return;
        const QString numberId = JsonPath::value(u, QStringLiteral("details.sms.numberId")).toString();
        if (numberId.startsWith(QLatin1String("dead")) && u.value(QLatin1String("_downscales")).toInt() <= 1) {
            u.insert(QStringLiteral("state"), QStringLiteral("DOWNSCALING_FAILED"));
            u.insert(QStringLiteral("updated"), guard->now());
            store.put(id, u);
        } else {
            store.remove(id);
        }
    });
}

} // namespace

const QString &RcsUpscaleApi::storeKey()
{
    static const QString k = QStringLiteral("/rcs/upscales");
    return k;
}

QJsonObject RcsUpscaleApi::questionnaireView(const QJsonObject &questionnaire, const QString &useCase)
{
    Q_UNUSED(useCase);
    QJsonObject out;
    for (const QString &section : {QStringLiteral("general"), QStringLiteral("verification"), QStringLiteral("gb"),
                                   QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("us")}) {
        const bool required = section == QLatin1String("general") || section == QLatin1String("verification");
        if (!required && !questionnaire.contains(section))
            continue;
        QJsonObject s = questionnaire.value(section).toObject();
        s.insert(QStringLiteral("questions"), QuestionnaireQuestions::section(section).value(QLatin1String("questions")));
        if (!s.value(QLatin1String("answers")).isObject())
            s.insert(QStringLiteral("answers"), QJsonObject());
        out.insert(section, s);
    }
    return out;
}

QJsonObject RcsUpscaleApi::newUpscale(SandboxState *state, const QJsonObject &in)
{
    const Operation *create = Operations::instance().find(QStringLiteral("UpscalesController_createUpscale_v1"));
    QJsonObject u = GenericApi::templateFor(state, create, 201);
    const QJsonObject inDetails = in.value(QLatin1String("details")).toObject();
    QJsonObject details = u.value(QLatin1String("details")).toObject();
    details.insert(QStringLiteral("rcs"), inDetails.value(QLatin1String("rcs")));
    QJsonObject sms = details.value(QLatin1String("sms")).toObject();
    const QJsonObject inSms = inDetails.value(QLatin1String("sms")).toObject();
    for (auto it = inSms.begin(); it != inSms.end(); ++it)
        sms.insert(it.key(), it.value());
    if (!sms.contains(QLatin1String("type")))
        sms.insert(QStringLiteral("type"), QStringLiteral("NUMERIC"));
    QJsonObject smsDetails = sms.value(QLatin1String("details")).toObject();
    smsDetails.insert(QStringLiteral("countryCode"), in.value(QLatin1String("countryCode")));
    sms.insert(QStringLiteral("details"), smsDetails);
    details.insert(QStringLiteral("sms"), sms);
    u.insert(QStringLiteral("details"), details);
    u.insert(QStringLiteral("countryCode"), in.value(QLatin1String("countryCode")));
    const QString id = state->newId(storeKey()).remove(QLatin1Char('-')).left(24);
    u.insert(QStringLiteral("id"), id);
    u.insert(QStringLiteral("state"), QStringLiteral("UPSCALING"));
    u.insert(QStringLiteral("created"), state->now());
    u.insert(QStringLiteral("updated"), state->now());
    u.remove(QStringLiteral("terminated"));
    u.insert(QStringLiteral("_attempts"), 1);
    state->store(storeKey()).put(id, u);
    decideLater(state, id);
    return u;
}

void RcsUpscaleApi::install(SandboxState *state)
{
    state->on(QStringLiteral("UpscalesController_createUpscale_v1"), [state](const RequestContext &ctx) {
        const QJsonObject in = ctx.object();
        const QString senderId = in.value(QLatin1String("details")).toObject().value(QLatin1String("rcs")).toObject()
                                     .value(QLatin1String("senderId")).toString();
        ResourceStore &senders = state->store(RcsSenderApi::storeKey());
        if (!senders.contains(senderId))
            return state->error(ctx, 404, QStringLiteral("sender_not_found"));
        if (senders.get(senderId).value(QLatin1String("state")).toString() != QLatin1String("LAUNCHED"))
            return state->error(ctx, 403, QStringLiteral("incorrect_rcs_sender_state"));
        const QString numberId = in.value(QLatin1String("details")).toObject().value(QLatin1String("sms")).toObject()
                                     .value(QLatin1String("numberId")).toString();
        for (const QJsonObject &u : state->store(storeKey()).values())
            if (!numberId.isEmpty() && u.value(QLatin1String("details")).toObject().value(QLatin1String("sms")).toObject()
                                           .value(QLatin1String("numberId")).toString() == numberId)
                return state->error(ctx, 403, QStringLiteral("sms_number_is_already_upscaled"));
        if (isUpscaled(state, senderId))
            return state->error(ctx, 403, QStringLiteral("rcs_sender_is_already_upscaled"));
        const QJsonObject u = newUpscale(state, in);
        return SandboxReply::ok(201, ResourceStore::view(state->store(storeKey()).get(u.value(QLatin1String("id")).toString())));
    });
    state->on(QStringLiteral("UpscalesController_retryUpscale_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(storeKey());
        const QString id = ctx.param(QStringLiteral("upscaleId"));
        if (!store.contains(id))
            return state->error(ctx, 404, QStringLiteral("upscale_not_found"));
        QJsonObject u = store.get(id);
        if (u.value(QLatin1String("state")).toString() == QLatin1String("DOWNSCALING_FAILED")) {
            downscaleLater(state, id);
            return SandboxReply::noContent();
        }
        if (u.value(QLatin1String("state")).toString() != QLatin1String("UPSCALING_FAILED"))
            return state->error(ctx, 409, QStringLiteral("upscale_not_retryable"));
        u.insert(QStringLiteral("state"), QStringLiteral("UPSCALING"));
        u.insert(QStringLiteral("_attempts"), u.value(QLatin1String("_attempts")).toInt() + 1);
        u.insert(QStringLiteral("updated"), state->now());
        store.put(id, u);
        decideLater(state, id);
        return SandboxReply::noContent();
    });
    state->on(QStringLiteral("UpscalesController_deleteUpscale_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(storeKey());
        const QString id = ctx.param(QStringLiteral("upscaleId"));
        if (!store.contains(id))
            return state->error(ctx, 404, QStringLiteral("upscale_not_found"));
        const QString current = store.get(id).value(QLatin1String("state")).toString();
        if (current == QLatin1String("UPSCALING") || current == QLatin1String("DOWNSCALING"))
            return state->error(ctx, 409, QStringLiteral("upscale_not_deletable"));
        if (current == QLatin1String("UPSCALING_FAILED"))
            store.remove(id); // nothing was joined: nothing to detach
        else
            downscaleLater(state, id);
        return SandboxReply::noContent();
    });

    state->on(QStringLiteral("UpscaleSendersController_listUpscaleSenders_v1"), [state](const RequestContext &ctx) {
        QJsonArray items;
        for (const QJsonObject &s : state->store(RcsSenderApi::storeKey()).values())
            if (s.value(QLatin1String("state")).toString() == QLatin1String("LAUNCHED") && GenericApi::matches(s, ctx))
                items << upscaleSenderView(state, s);
        QJsonObject body;
        SandboxReply err;
        QStringList filters;
        for (const auto &qi : ctx.query.queryItems(QUrl::FullyDecoded))
            if (qi.first != QLatin1String("pageToken") && qi.first != QLatin1String("pageSize"))
                filters << qi.first + QLatin1Char('=') + qi.second;
        filters.sort();
        if (!ListPager::page(ctx.op, ctx.query, items, QStringLiteral("upscaleSenders?") + filters.join(QLatin1Char('&')), &body, &err))
            return err;
        return SandboxReply::ok(200, body);
    });
    state->on(QStringLiteral("UpscaleSendersController_getUpscaleSender_v1"), [state](const RequestContext &ctx) {
        ResourceStore &senders = state->store(RcsSenderApi::storeKey());
        const QString id = ctx.param(QStringLiteral("senderId"));
        if (!senders.contains(id) || senders.get(id).value(QLatin1String("state")).toString() != QLatin1String("LAUNCHED"))
            return state->error(ctx, 404, QStringLiteral("sender_not_found"));
        return SandboxReply::ok(200, upscaleSenderView(state, senders.get(id)));
    });

    state->on(kQuestionnaireOp, [state](const RequestContext &ctx) {
        // useCase and countries are checked against their enums first (ParameterCheck).
        // Always general and verification; the section of each requested country that has one.
        const QJsonObject replaced = state->config().questionnaire;
        QJsonObject out{{QStringLiteral("general"), QuestionnaireQuestions::section(QStringLiteral("general"), replaced)},
                        {QStringLiteral("verification"), QuestionnaireQuestions::section(QStringLiteral("verification"), replaced)}};
        const QStringList sections = QuestionnaireQuestions::sections();
        for (const QString &c : ctx.queryList(QStringLiteral("countries"))) {
            const QString section = c.toLower();
            if (sections.contains(section))
                out.insert(section, QuestionnaireQuestions::section(section, replaced));
        }
        return SandboxReply::ok(200, out);
    });

    state->on(QStringLiteral("SendersController_retryTestNumber_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(RcsSenderApi::storeKey());
        const QString id = ctx.param(QStringLiteral("senderId"));
        if (!store.contains(id))
            return state->error(ctx, 404, QStringLiteral("sender_not_found"));
        QJsonObject s = store.get(id);
        QJsonArray states = s.value(QLatin1String("testNumberStates")).toArray();
        for (int i = 0; i < states.size(); ++i) {
            QJsonObject n = states.at(i).toObject();
            if (n.value(QLatin1String("number")).toString() != ctx.param(QStringLiteral("testNumber")))
                continue;
            n.insert(QStringLiteral("submitted"), state->now());
            states.replace(i, n);
            s.insert(QStringLiteral("testNumberStates"), states);
            store.put(id, s);
            return SandboxReply::ok(200, n);
        }
        return state->error(ctx, 404, QStringLiteral("user_is_not_tester_for_agent"));
    });
}

} // namespace sinch::sandbox
