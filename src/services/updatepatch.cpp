#include "updatepatch.h"

#include "api/contract.h"
#include "rules/contractlimits.h"

namespace sinch {

QJsonObject UpdatePatch::withDeletions(const QJsonObject &original, const QJsonObject &edited, const QString &schemaName)
{
    return withDeletions(original, edited, Contract::schema(schemaName));
}

QJsonObject UpdatePatch::withDeletions(const QJsonObject &original, const QJsonObject &edited, const QJsonObject &schema)
{
    const QJsonObject properties = Contract::resolved(schema).value(QLatin1String("properties")).toObject();
    QJsonObject out = edited;
    for (auto it = original.begin(); it != original.end(); ++it) {
        const QJsonValue was = it.value();
        if (was.isNull() || was.isUndefined())
            continue;
        const QJsonObject property = rules::ContractLimits::property(properties, it.key());
        if (property.isEmpty())
            continue; // not part of the update (read-only, or another request's field)
        const QJsonValue now = edited.value(it.key());
        if (now.isUndefined()) {
            if (property.value(QLatin1String("nullable")).toBool()) {
                out.insert(it.key(), QJsonValue::Null);
            } else if (was.isObject()) {
                const QJsonObject inner = withDeletions(was.toObject(), QJsonObject(), property);
                if (!inner.isEmpty())
                    out.insert(it.key(), inner);
            }
        } else if (was.isObject() && now.isObject()) {
            out.insert(it.key(), withDeletions(was.toObject(), now.toObject(), property));
        }
    }
    return out;
}

} // namespace sinch
