#include "contractlimits.h"

#include "api/contract.h"

#include <QJsonArray>

namespace sinch::rules {

int ContractLimits::intOf(const QJsonObject &schema, const char *key, int fallback)
{
    const QJsonValue v = schema.value(QLatin1String(key));
    return v.isDouble() ? v.toInt() : fallback;
}

QJsonObject ContractLimits::properties(const QString &schemaName)
{
    return Contract::schema(schemaName).value(QLatin1String("properties")).toObject();
}

QJsonObject ContractLimits::property(const QJsonObject &properties, const QString &name)
{
    QJsonObject schema = Contract::resolved(properties.value(name).toObject());
    const QJsonArray allOf = schema.value(QLatin1String("allOf")).toArray();
    if (allOf.size() == 1) {
        // Keep the property's own keywords (description, default) over the referenced ones.
        QJsonObject inner = Contract::resolved(allOf.first().toObject());
        schema.remove(QLatin1String("allOf"));
        for (auto it = schema.constBegin(); it != schema.constEnd(); ++it)
            inner.insert(it.key(), it.value());
        schema = inner;
    }
    return schema;
}

QStringList ContractLimits::enumOf(const QJsonObject &schema)
{
    QStringList out;
    for (const QJsonValue &v : schema.value(QLatin1String("enum")).toArray())
        out << v.toString();
    return out;
}

} // namespace sinch::rules
