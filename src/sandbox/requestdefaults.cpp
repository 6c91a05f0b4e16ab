#include "requestdefaults.h"
#include "api/contract.h"

#include "schemasampler.h"

#include <QJsonArray>

namespace sinch::sandbox {

namespace {

// The schema with its `allOf` parts folded in (properties and their defaults).
QJsonObject flattened(const QJsonObject &raw, int depth = 0)
{
    QJsonObject schema = Contract::resolved(raw);
    if (depth > 16)
        return schema;
    QJsonObject props = schema.value(QLatin1String("properties")).toObject();
    for (const QJsonValue &part : schema.value(QLatin1String("allOf")).toArray()) {
        const QJsonObject sub = flattened(part.toObject(), depth + 1);
        for (auto it = sub.begin(); it != sub.end(); ++it) {
            if (it.key() == QLatin1String("properties")) {
                const QJsonObject subProps = it.value().toObject();
                for (auto p = subProps.begin(); p != subProps.end(); ++p)
                    if (!props.contains(p.key()))
                        props.insert(p.key(), p.value());
            } else if (!schema.contains(it.key())) {
                schema.insert(it.key(), it.value());
            }
        }
    }
    if (!props.isEmpty())
        schema.insert(QStringLiteral("properties"), props);
    return schema;
}

QJsonValue applyAt(const QJsonValue &value, const QJsonObject &rawSchema, int depth)
{
    if (depth > 40)
        return value;
    const QJsonObject schema = flattened(rawSchema);
    if (value.isArray()) {
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        if (items.isEmpty())
            return value;
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out << applyAt(v, items, depth + 1);
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out = value.toObject();
    const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QJsonObject prop = flattened(it.value().toObject());
        if (!out.contains(it.key())) {
            if (prop.contains(QLatin1String("default")))
                out.insert(it.key(), prop.value(QLatin1String("default")));
        } else {
            out.insert(it.key(), applyAt(out.value(it.key()), prop, depth + 1));
        }
    }
    return out;
}

} // namespace

QJsonValue RequestDefaults::apply(const QJsonValue &value, const QJsonObject &schema)
{
    return applyAt(value, schema, 0);
}

} // namespace sinch::sandbox
