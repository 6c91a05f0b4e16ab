#include "genericapi.h"

#include "fieldmask.h"
#include "api/contract.h"

#include "domain/jsonpath.h"

#include "contracterrors.h"
#include "listpager.h"
#include "sandboxstate.h"
#include "schemasampler.h"

#include "api/operations.h"

#include <QHash>
#include <QPair>
#include <QJsonArray>
#include <QRegularExpression>

namespace sinch::sandbox {

namespace {

bool isParam(const QString &seg)
{
    return seg.startsWith(QLatin1Char('{')) && seg.endsWith(QLatin1Char('}'));
}

QString paramName(const QString &seg)
{
    return seg.mid(1, seg.size() - 2);
}

QString templatePath(const QStringList &segs, int n)
{
    return QLatin1Char('/') + segs.mid(0, n).join(QLatin1Char('/'));
}

const Operation *findOp(const QByteArray &method, const QString &path)
{
    for (const Operation &op : Operations::instance().all())
        if (op.method == method && op.path == path)
            return &op;
    return nullptr;
}


bool isTimestampName(const QString &name)
{
    const QString n = name.toLower();
    return n == QLatin1String("created") || n == QLatin1String("createtime") || n == QLatin1String("createdat")
        || n == QLatin1String("updated") || n == QLatin1String("updatetime") || n == QLatin1String("lastmodified")
        || n == QLatin1String("modified") || n == QLatin1String("updatedat");
}

} // namespace

QString GenericApi::collectionKey(const Operation *op, const QHash<QString, QString> &params, int segments)
{
    const QStringList segs = op->path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList out;
    for (int i = 0; i < segments && i < segs.size(); ++i)
        out << (isParam(segs.at(i)) ? params.value(paramName(segs.at(i))) : segs.at(i));
    return QLatin1Char('/') + out.join(QLatin1Char('/'));
}

QString GenericApi::idField(const QString &collectionTemplate, const QString &idParam)
{
    const Operation *get = findOp("GET", collectionTemplate + QStringLiteral("/{") + idParam + QLatin1Char('}'));
    const QJsonObject schema = get ? get->responseSchema(200) : QJsonObject();
    QStringList candidates{idParam};
    if (idParam.endsWith(QLatin1String("Code")))
        candidates << QStringLiteral("code");
    candidates << QStringLiteral("id") << QStringLiteral("name");
    for (const QString &c : candidates)
        if (!SchemaSampler::propertySchema(schema, c).isEmpty())
            return c;
    return QStringLiteral("id");
}

namespace {

// Fills `value`'s placeholders in place; whether it changed. Containers are copied only
// where something in them changes: contract examples are mostly plain values.
bool fillIn(SandboxState *state, QJsonValue *value)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([A-Z][A-Z_0-9]*)\\}\\}"));
    if (value->isString()) {
        QString s = value->toString();
        if (!s.contains(QLatin1String("{{")))
            return false;
        s.replace(QStringLiteral("{{PROJECT_ID}}"), state->config().projectId);
        QRegularExpressionMatch m = placeholder.match(s);
        while (m.hasMatch()) {
            s.replace(m.capturedStart(), m.capturedLength(), state->newId(m.captured(1)));
            m = placeholder.match(s);
        }
        *value = s;
        return true;
    }
    bool changed = false;
    if (value->isArray()) {
        QJsonArray array = value->toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue v = array.at(i);
            if (fillIn(state, &v)) {
                array.replace(i, v);
                changed = true;
            }
        }
        if (changed)
            *value = array;
    } else if (value->isObject()) {
        const QJsonObject source = value->toObject();
        QJsonObject object = source; // copied at its first change only
        for (auto it = source.constBegin(); it != source.constEnd(); ++it) {
            QJsonValue v = it.value();
            if (fillIn(state, &v)) {
                object.insert(it.key(), v);
                changed = true;
            }
        }
        if (changed)
            *value = object;
    }
    return changed;
}

} // namespace

QJsonValue GenericApi::fill(SandboxState *state, const QJsonValue &value)
{
    QJsonValue out = value;
    fillIn(state, &out);
    return out;
}

QJsonObject GenericApi::templateFor(SandboxState *state, const Operation *op, int status)
{
    // The contract's example of the answer, or a sample of its schema: the same every time
    // (the contract never changes), and a millisecond's work to find. Per thread, as each
    // sandbox answers on its own.
    thread_local QHash<QPair<const Operation *, int>, QJsonValue> examples;
    const QPair<const Operation *, int> key(op, status);
    auto cached = examples.constFind(key);
    if (cached == examples.constEnd()) {
        QJsonValue example = SchemaSampler::responseExample(op->definition(), status);
        if (example.isUndefined() || !example.isObject())
            example = SchemaSampler::sample(op->responseSchema(status));
        cached = examples.insert(key, example);
    }
    QJsonObject out = fill(state, *cached).toObject();
    for (auto it = out.begin(); it != out.end(); ++it)
        if (isTimestampName(it.key()) && it.value().isString())
            it.value() = state->now();
    return out;
}

void GenericApi::deepMerge(QJsonObject *into, const QJsonObject &from, const QJsonObject &schema)
{
    for (auto it = from.begin(); it != from.end(); ++it) {
        const QJsonObject propSchema = SchemaSampler::propertySchema(schema, it.key());
        if (!schema.isEmpty() && propSchema.isEmpty() && !into->contains(it.key()))
            continue; // not part of the answer's shape
        if (it.value().isNull()) {
            // The contract's updates: "If null the value will be deleted".
            into->remove(it.key());
        } else if (it.value().isObject() && into->value(it.key()).isObject()) {
            QJsonObject nested = into->value(it.key()).toObject();
            deepMerge(&nested, it.value().toObject(), propSchema);
            into->insert(it.key(), nested);
        } else {
            into->insert(it.key(), it.value());
        }
    }
}

QStringList GenericApi::activityTypes(const QString &itemTemplate)
{
    // Asked for every activity recorded (thousands while seeding); the contract never changes.
    static QHash<QString, QStringList> cache;
    const auto cached = cache.constFind(itemTemplate);
    if (cached != cache.constEnd())
        return *cached;
    const Operation *feed = findOp("GET", itemTemplate + QStringLiteral("/activities"));
    if (!feed)
        return cache[itemTemplate] = QStringList();
    const QJsonObject list = Contract::resolved(feed->responseSchema(200));
    const QJsonObject items = Contract::resolved(
        SchemaSampler::propertySchema(list, ListPager::listKey(feed)).value(QLatin1String("items")).toObject());
    const QJsonObject typeSchema = SchemaSampler::propertySchema(items, QStringLiteral("type"));
    QJsonArray allowed = typeSchema.value(QLatin1String("enum")).toArray();
    if (allowed.isEmpty())
        for (const QJsonValue &sub : typeSchema.value(QLatin1String("allOf")).toArray())
            allowed = Contract::resolved(sub.toObject()).value(QLatin1String("enum")).toArray();
    QStringList out;
    for (const QJsonValue &v : allowed)
        out << v.toString();
    return cache[itemTemplate] = out;
}

bool GenericApi::addActivity(SandboxState *state, const QString &itemTemplate, const QString &storeKey,
                             const QString &id, const QString &type, const QString &comment,
                             const QString &author)
{
    if (!activityTypes(itemTemplate).contains(type))
        return false;
    state->store(storeKey).addActivity(id, {type, state->now(), comment, author.isEmpty() ? QStringLiteral("Sinch") : author});
    return true;
}

SandboxReply GenericApi::notFound(SandboxState *state, const RequestContext &ctx)
{
    QString code;
    for (const QString &c : ContractErrors::codes(ctx.op, 404)) {
        if (c.endsWith(QLatin1String("_not_found")) && c != QLatin1String("project_not_found")
            && c != QLatin1String("account_not_found")) {
            code = c;
            break;
        }
    }
    if (code.isEmpty() && !ContractErrors::codes(ctx.op, 404).isEmpty())
        code = ContractErrors::codes(ctx.op, 404).first();
    if (!ctx.op->errorStatuses.contains(404))
        return state->error(ctx, 400, QStringLiteral("invalid_id_format"));
    return state->error(ctx, 404, code);
}

bool GenericApi::matches(const QJsonObject &item, const RequestContext &ctx)
{
    const QList<QPair<QString, QString>> items = ctx.query.queryItems(QUrl::FullyDecoded);
    QSet<QString> seen;
    for (const auto &qi : items) {
        const QString name = qi.first;
        if (seen.contains(name))
            continue;
        seen.insert(name);
        const QStringList wanted = ctx.queryList(name);
        if (wanted.isEmpty())
            continue;
        if (name == QLatin1String("templateName")) {
            // A KakaoTalk template has its name in its details.
            const QString name = item.value(QLatin1String("name")).toString(
                JsonPath::value(item, QStringLiteral("details.name")).toString());
            if (!name.startsWith(wanted.first(), Qt::CaseInsensitive))
                return false;
            continue;
        }
        if (!name.startsWith(QLatin1String("filter")))
            continue;
        QString field = name.mid(6);
        field[0] = field[0].toLower();
        QJsonValue v;
        if (field == QLatin1String("statuses")) {
            v = JsonPath::value(item, QStringLiteral("changes.status"));
        } else if (field == QLatin1String("conversationApiAppId")) {
            // The app a sender is connected to (its details, or the deprecated plain ID).
            v = JsonPath::value(item, QStringLiteral("conversationApiAppDetails.id"));
            if (v.isUndefined())
                v = item.value(QLatin1String("conversationApiApp"));
        } else if (field.endsWith(QLatin1String("Name"))) {
            const QString needle = wanted.join(QLatin1Char(','));
            const QString hay = item.value(QLatin1String("name")).toString() + QLatin1Char(' ')
                + JsonPath::value(item, QStringLiteral("details.brand.name")).toString();
            if (!hay.contains(needle, Qt::CaseInsensitive))
                return false;
            continue;
        } else {
            const QString singular = field.endsWith(QLatin1String("ies")) ? field.chopped(3) + QLatin1Char('y')
                : field.endsWith(QLatin1String("es")) && field.endsWith(QLatin1String("ses")) ? field.chopped(2)
                : field.endsWith(QLatin1Char('s')) ? field.chopped(1) : field;
            for (const QString &candidate : {field, singular, singular == QLatin1String("senderId") ? QStringLiteral("id") : singular}) {
                v = item.value(candidate);
                if (v.isUndefined())
                    v = JsonPath::value(item, QStringLiteral("details.") + candidate);
                if (!v.isUndefined())
                    break;
            }
            if (v.isUndefined() && (singular == QLatin1String("senderId") || singular == QLatin1String("rcsSenderId")))
                v = item.value(QLatin1String("id"));
        }
        if (v.isUndefined())
            return false;
        const QString text = v.isDouble() ? QString::number(v.toDouble()) : v.toString();
        if (!wanted.contains(text))
            return false;
    }
    return true;
}

SandboxReply GenericApi::handle(SandboxState *state, const RequestContext &ctx)
{
    const Operation *op = ctx.op;
    const QStringList segs = op->path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString last = segs.isEmpty() ? QString() : segs.last();

    // Every parent item named in the path must exist.
    const int parentsEnd = isParam(last) ? segs.size() - 1 : segs.size();
    for (int i = 1; i < parentsEnd; ++i) {
        if (!isParam(segs.at(i)))
            continue;
        const QString key = collectionKey(op, ctx.params, i);
        if (!state->hasStore(key) && !findOp("GET", templatePath(segs, i)))
            continue; // not a stored collection (e.g. conversation apps)
        if (!state->store(key).contains(ctx.param(paramName(segs.at(i)))))
            return notFound(state, ctx);
    }

    if (isParam(last)) {
        const QString key = collectionKey(op, ctx.params, segs.size() - 1);
        const QString id = ctx.param(paramName(last));
        ResourceStore &store = state->store(key);
        if (!store.contains(id)) {
            const bool isCollection = findOp("GET", templatePath(segs, segs.size() - 1)) != nullptr
                || findOp("POST", templatePath(segs, segs.size() - 1)) != nullptr;
            if (op->method == "GET" && !isCollection) {
                // A lookup without a stored collection (conversation apps, questionnaires).
                QJsonObject made = templateFor(state, op, op->successStatus);
                return SandboxReply::ok(op->successStatus, made);
            }
            return notFound(state, ctx);
        }
        if (op->method == "GET")
            return SandboxReply::ok(200, ResourceStore::view(store.get(id)));
        if (op->method == "DELETE") {
            store.remove(id);
            return SandboxReply::noContent();
        }
        QJsonObject item = store.get(id);
        deepMerge(&item, ctx.object(), op->responseSchema(op->successStatus));
        store.put(id, item);
        addActivity(state, templatePath(segs, segs.size()), key, id, QStringLiteral("EDITED"));
        return SandboxReply::ok(op->successStatus, ResourceStore::view(item));
    }

    // The parent item of an action or sub-resource (".../{id}/activities").
    const bool hasParentItem = segs.size() >= 2 && isParam(segs.at(segs.size() - 2));
    const QString parentKey = hasParentItem ? collectionKey(op, ctx.params, segs.size() - 2) : QString();
    const QString parentId = hasParentItem ? ctx.param(paramName(segs.at(segs.size() - 2))) : QString();
    const QString parentTemplate = templatePath(segs, segs.size() - 1);
    // Area-level feeds (/whatsapp/activities, /rcs/comments) are stored under the area.
    const QString feedKey = hasParentItem ? parentKey : QStringLiteral("areas");
    const QString feedId = hasParentItem ? parentId : parentTemplate;

    if (last == QLatin1String("activities") && op->method == "GET") {
        QJsonObject body;
        SandboxReply err;
        if (!ListPager::page(op, ctx.query, state->store(feedKey).activities(feedId),
                             op->path + QLatin1Char('|') + feedId, &body, &err))
            return err;
        return SandboxReply::ok(200, body);
    }
    if (last == QLatin1String("comments") && op->method == "POST") {
        const QString text = ctx.object().value(QLatin1String("comment")).toString();
        addActivity(state, parentTemplate, feedKey, feedId, QStringLiteral("COMMENT_ADDED"), text,
                    QStringLiteral("Sandbox user"));
        QJsonObject dto = templateFor(state, op, op->successStatus);
        dto.insert(QStringLiteral("comment"), text);
        dto.insert(QStringLiteral("created"), state->now());
        return SandboxReply::ok(op->successStatus, dto);
    }
    if (last == QLatin1String("changes") && op->method == "DELETE" && hasParentItem) {
        QJsonObject item = state->store(parentKey).get(parentId);
        if (!item.contains(QLatin1String("changes"))) {
            const QStringList c409 = ContractErrors::codes(op, 409);
            return state->error(ctx, 409, c409.isEmpty() ? QString() : c409.first());
        }
        item.remove(QStringLiteral("changes"));
        state->store(parentKey).put(parentId, item);
        return SandboxReply::noContent();
    }

    const QString key = collectionKey(op, ctx.params, segs.size());
    if (op->method == "GET" && op->isList()) {
        QJsonArray items;
        const FieldMask mask(ctx.queryList(QStringLiteral("fieldMask")));
        for (const QJsonObject &o : state->store(key).values())
            if (matches(o, ctx))
                items << mask.apply(ResourceStore::view(o));
        QJsonObject body;
        SandboxReply err;
        QStringList filters;
        for (const auto &qi : ctx.query.queryItems(QUrl::FullyDecoded))
            if (qi.first != QLatin1String("pageToken") && qi.first != QLatin1String("pageSize"))
                filters << qi.first + QLatin1Char('=') + qi.second;
        filters.sort();
        if (!ListPager::page(op, ctx.query, items, key + QLatin1Char('?') + filters.join(QLatin1Char('&')), &body, &err))
            return err;
        return SandboxReply::ok(200, body);
    }
    if (op->method == "POST" && findOp("GET", op->path) && findOp("GET", op->path)->isList()) {
        const Operation *get = nullptr;
        for (const Operation &o : Operations::instance().all())
            if (o.method == "GET" && o.path.startsWith(op->path + QStringLiteral("/{"))
                && o.path.count(QLatin1Char('/')) == op->path.count(QLatin1Char('/')) + 1)
                get = &o;
        const QString idParam = get ? get->pathParams.last() : QStringLiteral("id");
        const QString field = idField(op->path, idParam);
        QJsonObject item = templateFor(state, op, op->successStatus);
        deepMerge(&item, ctx.object(), op->responseSchema(op->successStatus));
        QString id = item.value(field).toString();
        if (id.isEmpty() || state->store(key).contains(id) || !ctx.object().contains(field)) {
            id = state->newId(key);
            item.insert(field, id);
        }
        state->store(key).put(id, item);
        addActivity(state, op->path + QStringLiteral("/{") + idParam + QLatin1Char('}'), key, id,
                    QStringLiteral("CREATED"));
        return SandboxReply::ok(op->successStatus, ResourceStore::view(item));
    }

    // Other actions: the parent item as it is, when the answer has its shape, else the
    // contract's example of the answer (stored once, so repeated reads agree).
    if (op->successStatus == 204)
        return SandboxReply::noContent();
    if (hasParentItem) {
        const QJsonObject item = state->store(parentKey).get(parentId);
        const Operation *getParent = findOp("GET", templatePath(segs, segs.size() - 1));
        if (getParent && getParent->responseSchema(200) == op->responseSchema(op->successStatus))
            return SandboxReply::ok(op->successStatus, ResourceStore::view(item));
    }
    ResourceStore &singletons = state->store(QStringLiteral("singletons"));
    const QString singletonKey = op->method + QLatin1Char(' ') + key;
    if (!singletons.contains(singletonKey))
        singletons.put(singletonKey, templateFor(state, op, op->successStatus));
    return SandboxReply::ok(op->successStatus, singletons.get(singletonKey));
}

} // namespace sinch::sandbox
