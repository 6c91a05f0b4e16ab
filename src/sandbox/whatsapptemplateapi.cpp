#include "whatsapptemplateapi.h"

#include "fieldmask.h"
#include "genericapi.h"
#include "listpager.h"
#include "reviewlifecycle.h"
#include "sandboxstate.h"

#include "rules/templatevalidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace sinch::sandbox {

namespace {

ReviewLifecycle::Target target(const QString &id)
{
    ReviewLifecycle::Target t{WhatsappTemplateApi::storeKey(), id, WhatsappTemplateApi::feedTemplate(),
                              QStringLiteral("APPROVED"), true, {}};
    t.reviewer = [](const QJsonObject &item) { return WhatsappTemplateApi::reviewerRejection(item); };
    return t;
}

// Meta keeps the name of a template it had (one with a state) for 30 days after its
// deletion: a new template may not take it meanwhile (template_name_recently_used). A draft
// that never reached Meta leaves its name free.
const QString kDeletedNames = QStringLiteral("whatsapp-template-deleted-names");
constexpr qint64 kNameKeptMs = 30LL * 24 * 3600 * 1000;

void removeTemplate(SandboxState *state, const QString &id)
{
    ResourceStore &store = state->store(WhatsappTemplateApi::storeKey());
    const QJsonObject t = store.get(id);
    if (t.contains(QLatin1String("state")))
        state->store(kDeletedNames).put(t.value(QLatin1String("name")).toString(),
                                        QJsonObject{{QStringLiteral("deletedAt"), double(state->clock())}});
    store.remove(id);
}

bool nameRecentlyDeleted(SandboxState *state, const QString &name)
{
    const ResourceStore &deleted = state->store(kDeletedNames);
    return deleted.contains(name)
        && state->clock() - qint64(deleted.get(name).value(QLatin1String("deletedAt")).toDouble()) < kNameKeptMs;
}

QJsonObject details(const QJsonObject &input)
{
    QJsonObject d = input.value(QLatin1String("details")).toObject();
    if (!d.contains(QLatin1String("components")))
        d.insert(QStringLiteral("components"), QJsonArray());
    return d;
}

// ---- analytics: deterministic numbers from a hash of name and language

quint64 fnv1a(const QString &text)
{
    quint64 h = 14695981039346656037ULL;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

// splitmix64 of a template's hash and a salt: independent draws without building strings.
quint64 draw(quint64 h, quint64 salt)
{
    quint64 x = h + salt * 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// In [0, 1).
double unit(quint64 h, quint64 salt)
{
    return double(draw(h, salt) >> 11) * (1.0 / 9007199254740992.0);
}

// Share of a project's traffic by template language.
double languageWeight(const QString &language)
{
    static const QHash<QString, double> weights{
        {QStringLiteral("EN_US"), 1.0}, {QStringLiteral("ES_ES"), 0.5}, {QStringLiteral("PT_BR"), 0.55},
        {QStringLiteral("DE"), 0.45}, {QStringLiteral("FR"), 0.4}, {QStringLiteral("ES_MX"), 0.4},
        {QStringLiteral("EN_GB"), 0.35}, {QStringLiteral("IT"), 0.3}, {QStringLiteral("NL"), 0.18},
        {QStringLiteral("PL"), 0.15}, {QStringLiteral("SV"), 0.12}, {QStringLiteral("JA"), 0.1}};
    return weights.value(language, 0.2);
}

struct ButtonRef
{
    QString type;
    QString content;
};

void collectButtons(const QJsonArray &components, QList<ButtonRef> *out)
{
    for (const QJsonValue &cv : components) {
        const QJsonObject c = cv.toObject();
        const QString type = c.value(QLatin1String("type")).toString();
        if (type == QLatin1String("CAROUSEL")) {
            for (const QJsonValue &card : c.value(QLatin1String("cards")).toArray())
                collectButtons(card.toObject().value(QLatin1String("components")).toArray(), out);
            continue;
        }
        if (type != QLatin1String("BUTTONS"))
            continue;
        for (const QJsonValue &bv : c.value(QLatin1String("buttons")).toArray()) {
            const QJsonObject b = bv.toObject();
            const QString bt = b.value(QLatin1String("type")).toString();
            ButtonRef ref;
            if (bt == QLatin1String("QUICK_REPLY"))
                ref.type = bt;
            else if (bt == QLatin1String("URL"))
                ref.type = b.value(QLatin1String("url")).toString().contains(QLatin1String("{{"))
                    ? QStringLiteral("UNIQUE_URL") : QStringLiteral("URL");
            else
                continue;
            ref.content = b.value(QLatin1String("text")).toString();
            const bool seen = std::any_of(out->cbegin(), out->cend(), [&ref](const ButtonRef &o) {
                return o.type == ref.type && o.content == ref.content;
            });
            if (!seen)
                *out << ref;
        }
    }
}

QString isoDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

SandboxReply pagedTemplates(SandboxState *state, const RequestContext &ctx, const QString &onlyName)
{
    // Paged as stored; only the page's templates are then presented (analytics, fieldMask).
    QJsonArray items;
    for (const QJsonObject &t : state->store(WhatsappTemplateApi::storeKey()).values()) {
        if (!onlyName.isEmpty() && t.value(QLatin1String("name")).toString() != onlyName)
            continue;
        if (GenericApi::matches(t, ctx))
            items << t;
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
    const QString key = ListPager::listKey(ctx.op);
    QJsonArray presented;
    const FieldMask mask(ctx.queryList(QStringLiteral("fieldMask")));
    for (const QJsonValue &t : body.value(key).toArray())
        presented << WhatsappTemplateApi::present(t.toObject(), ctx, mask);
    body.insert(key, presented);
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

QJsonArray WhatsappTemplateApi::analytics(const QJsonObject &item, const QString &range, const QDate &today)
{
    if (item.value(QLatin1String("state")).toString() != QLatin1String("APPROVED"))
        return QJsonArray();
    const QString name = item.value(QLatin1String("name")).toString();
    const QString language = item.value(QLatin1String("language")).toString();
    const QString category = item.value(QLatin1String("category")).toString();
    const quint64 h = fnv1a(name + QLatin1Char('|') + language);
    QList<ButtonRef> buttons;
    collectButtons(item.value(QLatin1String("details")).toObject().value(QLatin1String("components")).toArray(), &buttons);

    // The template's own levels: daily volume, delivery, read and click rates.
    const double volume = (30 + 1500 * std::pow(unit(h, 1), 2)) * languageWeight(language)
        * (category == QLatin1String("AUTHENTICATION") ? 2.5 : category == QLatin1String("MARKETING") ? 0.7 : 1.0);
    const double deliveryRate = 0.90 + 0.06 * unit(h, 2);
    const double readRate = category == QLatin1String("AUTHENTICATION") ? 0.75 + 0.15 * unit(h, 3) : 0.45 + 0.35 * unit(h, 3);
    const bool campaigns = category == QLatin1String("MARKETING");

    int buckets = 1, daysPerBucket = 1;
    if (range == QLatin1String("WEEK"))
        buckets = 7;
    else if (range == QLatin1String("MONTH"))
        buckets = 30;
    else if (range == QLatin1String("QUARTER")) {
        buckets = 13;
        daysPerBucket = 7;
    }

    QJsonArray out;
    for (int b = buckets - 1; b >= 0; --b) {   // oldest first
        qint64 sent = 0, delivered = 0, read = 0;
        QList<qint64> clicks(buttons.size(), 0);
        for (int d = b * daysPerBucket; d < (b + 1) * daysPerBucket; ++d) {  // d = 0: yesterday
            const quint64 day = quint64(d) * 16;
            const double burst = campaigns && unit(h, 100 + day) < 0.12 ? 4.0 : 1.0;
            const qint64 s = qRound64(volume * (0.65 + 0.7 * unit(h, 101 + day)) * burst);
            const qint64 dl = qint64(std::floor(s * qMin(0.99, deliveryRate + 0.03 * unit(h, 102 + day))));
            const qint64 r = qint64(std::floor(dl * qMin(0.95, readRate * (0.92 + 0.16 * unit(h, 103 + day)))));
            sent += s;
            delivered += dl;
            read += r;
            for (int i = 0; i < buttons.size(); ++i) {
                const double rate = (0.04 + 0.18 * unit(h, 10 + quint64(i))) / (1 + i);
                clicks[i] += qint64(std::floor(r * rate * (0.8 + 0.4 * unit(h, 104 + day + quint64(i) * 1000000))));
            }
        }
        QJsonArray perButton;
        for (int i = 0; i < buttons.size(); ++i)
            perButton << QJsonObject{{QStringLiteral("type"), buttons.at(i).type},
                                     {QStringLiteral("content"), buttons.at(i).content},
                                     {QStringLiteral("clicks"), double(clicks.at(i))}};
        const QDate end = today.addDays(-qint64(b) * daysPerBucket);
        out << QJsonObject{{QStringLiteral("sent"), double(sent)},
                           {QStringLiteral("delivered"), double(delivered)},
                           {QStringLiteral("read"), double(read)},
                           {QStringLiteral("start"), isoDay(end.addDays(-daysPerBucket))},
                           {QStringLiteral("end"), isoDay(end)},
                           {QStringLiteral("buttons"), perButton}};
    }
    return out;
}

QJsonObject WhatsappTemplateApi::present(const QJsonObject &item, const RequestContext &ctx, const FieldMask &mask)
{
    QJsonObject out = ResourceStore::view(item);
    if (mask.keeps(QStringLiteral("analytics")) && item.value(QLatin1String("state")).toString() == QLatin1String("APPROVED"))
        out.insert(QStringLiteral("analytics"), analytics(item, ctx.queryValue(QStringLiteral("templateAnalyticsDateRange")),
                                                          QDateTime::currentDateTimeUtc().date()));
    return mask.apply(out);
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
        if (nameRecentlyDeleted(state, name))
            return state->error(ctx, 409, QStringLiteral("template_name_recently_used"));
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
        return SandboxReply::ok(200, present(state->store(storeKey()).get(id), ctx, FieldMask(ctx.queryList(QStringLiteral("fieldMask")))));
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
            return state->error(ctx, 409, QStringLiteral("template_changes_not_updatable"));
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
        return SandboxReply::ok(200, present(store.get(id), ctx, FieldMask(ctx.queryList(QStringLiteral("fieldMask")))));
    });

    state->on(QStringLiteral("TemplatesController_deleteTemplatesByName_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(storeKey());
        const QString name = ctx.param(QStringLiteral("templateName"));
        int removed = 0;
        for (const QString &id : store.ids())
            if (store.get(id).value(QLatin1String("name")).toString() == name) {
                removeTemplate(state, id);
                ++removed;
            }
        if (!removed)
            return state->error(ctx, 404, QStringLiteral("template_not_found"));
        return SandboxReply::noContent();
    });

    state->on(QStringLiteral("TemplatesController_deleteTemplateByNameAndLanguage_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(storeKey());
        const QString id = key(ctx.param(QStringLiteral("templateName")), ctx.param(QStringLiteral("languageCode")));
        if (!store.contains(id))
            return state->error(ctx, 404, QStringLiteral("template_not_found"));
        // Without deleteSubmitted only a draft goes (the pending changes that Meta has not
        // got: DRAFT, or REJECTED ones); a never-approved template that is only a draft goes
        // whole. What is with Meta (a state, or changes IN_PROGRESS) needs deleteSubmitted.
        const bool deleteSubmitted = ctx.queryValue(QStringLiteral("deleteSubmitted")) == QLatin1String("true");
        QJsonObject t = store.get(id);
        if (deleteSubmitted) {
            removeTemplate(state, id);
            return SandboxReply::noContent();
        }
        const QString pending = t.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString();
        if (pending == QLatin1String("IN_PROGRESS"))
            return state->error(ctx, 409, QStringLiteral("template_not_deletable_due_to_input_config"));
        if (pending.isEmpty())
            return state->error(ctx, 404, QStringLiteral("template_changes_not_found"));
        if (!t.contains(QLatin1String("state"))) {
            store.remove(id);
            return SandboxReply::noContent();
        }
        t.remove(QStringLiteral("changes"));
        t.remove(QStringLiteral("rejectionCode"));
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
                                                 {QStringLiteral("created"), state->now()}});
    });
}

} // namespace sinch::sandbox
