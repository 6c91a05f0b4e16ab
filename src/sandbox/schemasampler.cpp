#include "schemasampler.h"

#include "api/contract.h"

#include <QDateTime>
#include <QJsonArray>

namespace sinch::sandbox {

QJsonObject SchemaSampler::propertySchema(const QJsonObject &objectSchema, const QString &name)
{
    const QJsonObject s = Contract::resolved(objectSchema);
    const QJsonObject p = s.value(QLatin1String("properties")).toObject().value(name).toObject();
    if (!p.isEmpty())
        return Contract::resolved(p);
    for (const char *key : {"allOf", "oneOf", "anyOf"})
        for (const QJsonValue &sub : s.value(QLatin1String(key)).toArray()) {
            const QJsonObject found = propertySchema(sub.toObject(), name);
            if (!found.isEmpty())
                return found;
        }
    return QJsonObject();
}

QJsonValue SchemaSampler::responseExample(const QJsonObject &def, int status)
{
    const QJsonObject media = def.value(QLatin1String("responses")).toObject()
        .value(QString::number(status)).toObject()
        .value(QLatin1String("content")).toObject()
        .value(QLatin1String("application/json")).toObject();
    if (media.contains(QLatin1String("example")))
        return media.value(QLatin1String("example"));
    const QJsonObject examples = media.value(QLatin1String("examples")).toObject();
    for (auto it = examples.begin(); it != examples.end(); ++it) {
        const QJsonObject ex = it.value().toObject();
        if (ex.contains(QLatin1String("value")))
            return ex.value(QLatin1String("value"));
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue SchemaSampler::sample(const QJsonObject &rawSchema, int depth)
{
    const QJsonObject schema = Contract::resolved(rawSchema);
    if (depth > 12)
        return QJsonValue();
    if (schema.contains(QLatin1String("example")))
        return schema.value(QLatin1String("example"));
    const QJsonArray allOf = schema.value(QLatin1String("allOf")).toArray();
    if (!allOf.isEmpty()) {
        if (allOf.size() == 1 && !schema.contains(QLatin1String("properties")))
            return sample(allOf.first().toObject(), depth + 1);
        QJsonObject merged;
        for (const QJsonValue &sub : allOf) {
            const QJsonObject part = sample(sub.toObject(), depth + 1).toObject();
            for (auto it = part.begin(); it != part.end(); ++it)
                merged.insert(it.key(), it.value());
        }
        const QJsonObject own = schema.contains(QLatin1String("properties"))
            ? [&] { QJsonObject s = schema; s.remove(QLatin1String("allOf")); return sample(s, depth + 1).toObject(); }()
            : QJsonObject();
        for (auto it = own.begin(); it != own.end(); ++it)
            merged.insert(it.key(), it.value());
        return merged;
    }
    for (const char *key : {"oneOf", "anyOf"}) {
        const QJsonArray branches = schema.value(QLatin1String(key)).toArray();
        if (!branches.isEmpty())
            return sample(branches.first().toObject(), depth + 1);
    }
    const QJsonArray enumValues = schema.value(QLatin1String("enum")).toArray();
    if (!enumValues.isEmpty())
        return enumValues.first();
    const QString type = schema.value(QLatin1String("type")).toString();
    const QString format = schema.value(QLatin1String("format")).toString();
    if (type == QLatin1String("string")) {
        if (format == QLatin1String("timestamp") || format == QLatin1String("date-time"))
            return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        if (format == QLatin1String("url") || format == QLatin1String("uri"))
            return QStringLiteral("https://provisioning.api.sinch.com");
        if (format == QLatin1String("email"))
            return QStringLiteral("sandbox@provisioning.api.sinch.com");
        if (format == QLatin1String("uuid"))
            return QStringLiteral("3f1e2d4c-5b6a-4789-8a0b-1c2d3e4f5a6b");
        const int minLength = schema.value(QLatin1String("minLength")).toInt();
        return minLength > 7 ? QString(minLength, QLatin1Char('x')) : QStringLiteral("sandbox");
    }
    if (type == QLatin1String("number") || type == QLatin1String("integer"))
        return schema.value(QLatin1String("minimum")).toDouble(0);
    if (type == QLatin1String("boolean"))
        return false;
    if (type == QLatin1String("array")) {
        QJsonArray out;
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        if (!items.isEmpty() && depth < 8)
            out << sample(items, depth + 1);
        return out;
    }
    const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
    if (type == QLatin1String("object") || !props.isEmpty()) {
        QJsonObject out;
        for (auto it = props.begin(); it != props.end(); ++it)
            out.insert(it.key(), sample(it.value().toObject(), depth + 1));
        return out;
    }
    return QJsonValue();
}

QJsonValue SchemaSampler::conform(const QJsonValue &value, const QJsonObject &schemaIn, int depth)
{
    const QJsonObject schema = Contract::resolved(schemaIn);
    if (depth > 12 || schema.isEmpty())
        return value;
    if (value.isString()) {
        QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
        for (const QJsonValue &sub : schema.value(QLatin1String("allOf")).toArray())
            if (allowed.isEmpty())
                allowed = Contract::resolved(sub.toObject()).value(QLatin1String("enum")).toArray();
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
            QJsonObject ps = propertySchema(schema, it.key());
            if (ps.isEmpty()) {
                // oneOf / anyOf: the first object branch that names the property.
                for (const char *k : {"oneOf", "anyOf"})
                    for (const QJsonValue &b : schema.value(QLatin1String(k)).toArray())
                        if (ps.isEmpty())
                            ps = propertySchema(Contract::resolved(b.toObject()), it.key());
            }
            it.value() = conform(it.value(), ps, depth + 1);
        }
        return o;
    }
    return value;
}


} // namespace sinch::sandbox
