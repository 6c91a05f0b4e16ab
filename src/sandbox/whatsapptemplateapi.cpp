#include "whatsapptemplateapi.h"

#include "genericapi.h"
#include "listpager.h"
#include "reviewlifecycle.h"
#include "sandboxstate.h"

#include "rules/templatevalidator.h"

#include <QJsonArray>
#include <QSet>

namespace sinch::sandbox {

namespace {

ReviewLifecycle::Target target(const QString &id)
{
    ReviewLifecycle::Target t{WhatsappTemplateApi::storeKey(), id, WhatsappTemplateApi::feedTemplate(),
                              QStringLiteral("APPROVED"), true, {}};
    t.reviewer = [](const QJsonObject &item) { return WhatsappTemplateApi::reviewerRejection(item); };
    return t;
}

QJsonObject details(const QJsonObject &input)
{
    QJsonObject d = input.value(QLatin1String("details")).toObject();
    if (!d.contains(QLatin1String("components")))
        d.insert(QStringLiteral("components"), QJsonArray());
    return d;
}

SandboxReply pagedTemplates(SandboxState *state, const RequestContext &ctx, const QString &onlyName)
{
    QJsonArray items;
    const QStringList mask = ctx.queryList(QStringLiteral("fieldMask"));
    for (const QJsonObject &t : state->store(WhatsappTemplateApi::storeKey()).values()) {
        if (!onlyName.isEmpty() && t.value(QLatin1String("name")).toString() != onlyName)
            continue;
        if (GenericApi::matches(t, ctx))
            items << GenericApi::applyFieldMask(ResourceStore::view(t), mask);
    }
    if (!onlyName.isEmpty() && items.isEmpty())
        return state->error(ctx, 404, QStringLiteral("template_not_found"));
    QJsonObject body;
    SandboxReply err;
    QStringList filters;
    for (const auto &qi : ctx.query.queryItems(QUrl::FullyDecoded))
        if (qi.first != QLatin1String("pageToken") && qi.first != QLatin1String("pageSize"))
            filters << qi.first + QLatin1Char('=') + qi.second;
    filters.sort();
    if (!ListPager::page(ctx.op, ctx.query, items, QStringLiteral("wa-templates|") + onlyName + filters.join(QLatin1Char('&')), &body, &err))
        return err;
    return SandboxReply::ok(200, body);
}

} // namespace

const QString &WhatsappTemplateApi::storeKey()
{
    static const QString k = QStringLiteral("/whatsapp/templates");
    return k;
}

const QString &WhatsappTemplateApi::feedTemplate()
{
    static const QString k = QStringLiteral("/whatsapp/templates/{templateName}/languages/{languageCode}");
    return k;
}

QString WhatsappTemplateApi::reviewerRejection(const QJsonObject &item)
{
    const QJsonObject changes = item.value(QLatin1String("changes")).toObject();
    QJsonObject details = changes.value(QLatin1String("details")).toObject();
    if (details.isEmpty())
        details = item.value(QLatin1String("details")).toObject();
    const QJsonObject input{{QStringLiteral("name"), item.value(QLatin1String("name"))},
                            {QStringLiteral("language"), item.value(QLatin1String("language"))},
                            {QStringLiteral("category"), item.value(QLatin1String("category"))},
                            {QStringLiteral("status"), QStringLiteral("SUBMIT")},
                            {QStringLiteral("details"), details}};
    for (const rules::Finding &f : rules::TemplateValidator::validateWhatsapp(input, rules::Mode::Submit))
        if (f.severity == rules::Severity::Warning && !f.rejectionCode.isEmpty())
            return f.rejectionCode;
    return QString();
}

QJsonObject WhatsappTemplateApi::currentDetails(const QJsonObject &item)
{
    const QJsonObject pending = item.value(QLatin1String("changes")).toObject().value(QLatin1String("details")).toObject();
    return pending.isEmpty() ? item.value(QLatin1String("details")).toObject() : pending;
}

QString WhatsappTemplateApi::submissionFailure(SandboxState *state, const QString &name, const QString &language,
                                               const QJsonObject &details)
{
    QSet<QString> names;
    for (const QJsonObject &t : state->store(storeKey()).values()) {
        const QString other = t.value(QLatin1String("name")).toString();
        names.insert(other);
        if (other != name && t.value(QLatin1String("language")).toString() == language && currentDetails(t) == details)
            return QStringLiteral("template_content_already_exists");
    }
    const int limit = state->isTrialProject() ? state->limits().trialTemplateLimit : state->limits().whatsappTemplateLimit;
    if (!names.contains(name) && names.size() >= limit)
        return QStringLiteral("template_limit_reached");
    return QString();
}

QString WhatsappTemplateApi::key(const QString &name, const QString &language)
{
    return name + QLatin1Char('/') + language;
}

QJsonObject WhatsappTemplateApi::create(SandboxState *state, const QJsonObject &in)
{
    const QString name = in.value(QLatin1String("name")).toString();
    const QString language = in.value(QLatin1String("language")).toString();
    const bool submit = in.value(QLatin1String("status")).toString(QStringLiteral("SUBMIT")) == QLatin1String("SUBMIT");
    QJsonObject changes{{QStringLiteral("status"), submit ? QStringLiteral("IN_PROGRESS") : QStringLiteral("DRAFT")},
                        {QStringLiteral("details"), details(in)}};
    if (in.contains(QLatin1String("allowCategoryChange")))
        changes.insert(QStringLiteral("allowCategoryChange"), in.value(QLatin1String("allowCategoryChange")));
    QJsonObject t{{QStringLiteral("name"), name},
                  {QStringLiteral("language"), language},
                  {QStringLiteral("category"), in.value(QLatin1String("category"))},
                  {QStringLiteral("analytics"), QJsonArray()},
                  {QStringLiteral("changes"), changes}};
    const QString id = key(name, language);
    state->store(storeKey()).put(id, t);
    GenericApi::addActivity(state, feedTemplate(), storeKey(), id, QStringLiteral("CREATED"));
    if (submit)
        ReviewLifecycle::submit(state, target(id));
    else
        GenericApi::addActivity(state, feedTemplate(), storeKey(), id, QStringLiteral("DRAFT"));
    return state->store(storeKey()).get(id);
}

void WhatsappTemplateApi::install(SandboxState *state)
{
    state->on(QStringLiteral("TemplatesController_listTemplates_v1"), [state](const RequestContext &ctx) {
        return pagedTemplates(state, ctx, QString());
    });
    state->on(QStringLiteral("TemplatesController_listTemplatesByName_v1"), [state](const RequestContext &ctx) {
        return pagedTemplates(state, ctx, ctx.param(QStringLiteral("templateName")));
    });

    state->on(QStringLiteral("TemplatesController_createTemplate_v1"), [state](const RequestContext &ctx) {
        QJsonObject in = ctx.object();
        const QString name = in.value(QLatin1String("name")).toString();
        const QString language = in.value(QLatin1String("language")).toString();
        const QString id = key(name, language);
        if (state->store(storeKey()).contains(id))
            return state->error(ctx, 409, QStringLiteral("template_exists"));
        const bool submit = in.value(QLatin1String("status")).toString(QStringLiteral("SUBMIT")) == QLatin1String("SUBMIT");
        if (submit) {
            // Meta's side: its request limit, then its checks of the submission.
            const SandboxLimits &limits = state->limits();
            if (state->overLimit(QStringLiteral("whatsapp-template-submit"),
                                 state->isTrialProject() ? limits.trialCreateBurst : limits.whatsappCreateBurst,
                                 limits.whatsappCreateWindowSeconds))
                return state->error(ctx, 429, QStringLiteral("whatsapp_business_api_request_limit_exceeded"));
            const QString failure = submissionFailure(state, name, language, details(in));
            if (!failure.isEmpty()) {
                if (in.value(QLatin1String("saveDraftOnFailure")).toBool()) {
                    in.insert(QStringLiteral("status"), QStringLiteral("DRAFT"));
                    create(state, in);
                }
                return state->error(ctx, 424, failure);
            }
        }
        const QJsonObject created = create(state, in);
        return SandboxReply::ok(201, ResourceStore::view(created));
    });

    state->on(QStringLiteral("TemplatesController_getTemplate_v1"), [state](const RequestContext &ctx) {
        const QString id = key(ctx.param(QStringLiteral("templateName")), ctx.param(QStringLiteral("languageCode")));
        if (!state->store(storeKey()).contains(id))
            return state->error(ctx, 404, QStringLiteral("template_not_found"));
        return SandboxReply::ok(200, GenericApi::applyFieldMask(ResourceStore::view(state->store(storeKey()).get(id)),
                                                                ctx.queryList(QStringLiteral("fieldMask"))));
    });

    state->on(QStringLiteral("TemplatesController_updateTemplate_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(storeKey());
        const QString id = key(ctx.param(QStringLiteral("templateName")), ctx.param(QStringLiteral("languageCode")));
        if (!store.contains(id))
            return state->error(ctx, 404, QStringLiteral("template_not_found"));
        const QJsonObject in = ctx.object();
        QJsonObject t = store.get(id);
        QJsonObject changes = t.value(QLatin1String("changes")).toObject();
        if (changes.value(QLatin1String("status")).toString() == QLatin1String("IN_PROGRESS"))
            return state->error(ctx, 409);
        if (in.contains(QLatin1String("category"))
            && in.value(QLatin1String("category")) != t.value(QLatin1String("category"))) {
            const bool draft = !t.contains(QLatin1String("state"));
            const bool wrongCategory = t.value(QLatin1String("rejectionCode")).toString() == QLatin1String("INCORRECT_CATEGORY");
            if (!draft && !wrongCategory)
                return state->invalid(ctx, {QStringLiteral("category can be changed only in a draft or after an INCORRECT_CATEGORY rejection")});
            t.insert(QStringLiteral("category"), in.value(QLatin1String("category")));
        }
        QJsonObject d = changes.value(QLatin1String("details")).toObject();
        if (d.isEmpty())
            d = t.value(QLatin1String("details")).toObject();
        const QJsonObject newDetails = in.value(QLatin1String("details")).toObject();
        for (auto it = newDetails.begin(); it != newDetails.end(); ++it)
            d.insert(it.key(), it.value());
        if (!d.contains(QLatin1String("components")))
            d.insert(QStringLiteral("components"), QJsonArray());
        changes.insert(QStringLiteral("details"), d);
        if (in.contains(QLatin1String("allowCategoryChange")))
            changes.insert(QStringLiteral("allowCategoryChange"), in.value(QLatin1String("allowCategoryChange")));
        const bool submit = in.value(QLatin1String("status")).toString(QStringLiteral("SUBMIT")) == QLatin1String("SUBMIT");
        changes.insert(QStringLiteral("status"), submit ? QStringLiteral("IN_PROGRESS") : QStringLiteral("DRAFT"));
        t.insert(QStringLiteral("changes"), changes);
        store.put(id, t);
        GenericApi::addActivity(state, feedTemplate(), storeKey(), id, QStringLiteral("EDITED"));
        if (submit)
            ReviewLifecycle::submit(state, target(id));
        else
            GenericApi::addActivity(state, feedTemplate(), storeKey(), id, QStringLiteral("DRAFT"));
        return SandboxReply::ok(200, ResourceStore::view(store.get(id)));
    });

    state->on(QStringLiteral("TemplatesController_deleteTemplatesByName_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(storeKey());
        const QString name = ctx.param(QStringLiteral("templateName"));
        int removed = 0;
        for (const QString &id : store.ids())
            if (store.get(id).value(QLatin1String("name")).toString() == name)
                removed += store.remove(id);
        if (!removed)
            return state->error(ctx, 404, QStringLiteral("template_not_found"));
        return SandboxReply::noContent();
    });

    state->on(QStringLiteral("TemplatesController_deleteTemplateByNameAndLanguage_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(storeKey());
        const QString id = key(ctx.param(QStringLiteral("templateName")), ctx.param(QStringLiteral("languageCode")));
        if (!store.contains(id))
            return state->error(ctx, 404, QStringLiteral("template_not_found"));
        const bool deleteSubmitted = ctx.queryValue(QStringLiteral("deleteSubmitted")) == QLatin1String("true");
        QJsonObject t = store.get(id);
        if (deleteSubmitted || !t.contains(QLatin1String("state"))) {
            store.remove(id);
            return SandboxReply::noContent();
        }
        if (!t.contains(QLatin1String("changes")))
            return state->error(ctx, 409, QStringLiteral("template_not_deletable"));
        t.remove(QStringLiteral("changes"));
        store.put(id, t);
        return SandboxReply::noContent();
    });

    state->on(QStringLiteral("TemplatesController_listActivities_v1"), [state](const RequestContext &ctx) {
        const QString id = key(ctx.param(QStringLiteral("templateName")), ctx.param(QStringLiteral("languageCode")));
        if (!state->store(storeKey()).contains(id))
            return state->error(ctx, 404, QStringLiteral("template_not_found"));
        QJsonObject body;
        SandboxReply err;
        if (!ListPager::page(ctx.op, ctx.query, state->store(storeKey()).activities(id), QStringLiteral("wa-activities|") + id, &body, &err))
            return err;
        return SandboxReply::ok(200, body);
    });

    state->on(QStringLiteral("TemplatesController_createComment_v1"), [state](const RequestContext &ctx) {
        const QString id = key(ctx.param(QStringLiteral("templateName")), ctx.param(QStringLiteral("languageCode")));
        if (!state->store(storeKey()).contains(id))
            return state->error(ctx, 404, QStringLiteral("template_not_found"));
        const QString text = ctx.object().value(QLatin1String("comment")).toString();
        GenericApi::addActivity(state, feedTemplate(), storeKey(), id, QStringLiteral("COMMENT_ADDED"), text,
                                QStringLiteral("Sandbox user"));
        return SandboxReply::ok(201, QJsonObject{{QStringLiteral("type"), QStringLiteral("CREATED")},
                                                 {QStringLiteral("comment"), text},
                                                 {QStringLiteral("created"), SandboxState::now()}});
    });
}

} // namespace sinch::sandbox
