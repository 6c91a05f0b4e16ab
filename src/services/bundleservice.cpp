#include "bundleservice.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/contract.h"

#include <QJsonArray>

namespace sinch {

namespace {

QJsonObject properties(const QString &schema)
{
    return Contract::schema(schema).value(QLatin1String("properties")).toObject();
}

// The schema a property stands for: itself, or what its allOf / $ref names.
QJsonObject typeOf(const QJsonObject &property)
{
    const QJsonArray allOf = property.value(QLatin1String("allOf")).toArray();
    return Contract::resolved(allOf.isEmpty() ? property : allOf.first().toObject());
}

QStringList enumOf(const QJsonObject &property)
{
    QStringList out;
    for (const QJsonValue &v : typeOf(property).value(QLatin1String("enum")).toArray())
        out << v.toString();
    return out;
}

QJsonObject convAppProperties()
{
    return properties(QStringLiteral("BundlesConversationAppInputDto"));
}

} // namespace

BundleService::BundleService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

ApiJob *BundleService::create(const QJsonObject &bundle) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("BundlesController_create_v1")).json(bundle));
}

ApiJob *BundleService::get(const QString &bundleId) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("BundlesController_get_v1"))
                                            .path(QStringLiteral("bundleId"), bundleId));
}

QStringList BundleService::regions()
{
    return enumOf(properties(QStringLiteral("BundlesBundlesInputDto")).value(QLatin1String("region")).toObject());
}

QStringList BundleService::processingModes()
{
    return enumOf(convAppProperties().value(QLatin1String("processingMode")).toObject());
}

QString BundleService::defaultProcessingMode()
{
    return convAppProperties().value(QLatin1String("processingMode")).toObject().value(QLatin1String("default")).toString();
}

BundleService::Retention BundleService::retention(const QString &processingMode)
{
    // The oneOf has a policy per mode; each says its mode in its description.
    Retention r;
    const QJsonArray options = convAppProperties().value(QLatin1String("retentionPolicy")).toObject().value(QLatin1String("oneOf")).toArray();
    for (const QJsonValue &option : options) {
        const QJsonObject o = option.toObject();
        if (!o.value(QLatin1String("description")).toString().contains(processingMode))
            continue;
        const QJsonObject props = Contract::resolved(o).value(QLatin1String("properties")).toObject();
        const QJsonObject type = props.value(QLatin1String("retentionPolicyType")).toObject();
        const QJsonObject ttl = props.value(QLatin1String("ttl")).toObject();
        r.types = enumOf(type);
        r.defaultType = type.value(QLatin1String("default")).toString();
        r.minDays = ttl.value(QLatin1String("minimum")).toInt();
        r.maxDays = ttl.value(QLatin1String("maximum")).toInt();
        r.defaultDays = ttl.value(QLatin1String("default")).toInt();
        break;
    }
    return r;
}

int BundleService::nameMaxLength()
{
    return properties(QStringLiteral("BundlesBundlesInputDto")).value(QLatin1String("name")).toObject().value(QLatin1String("maxLength")).toInt(255);
}

} // namespace sinch
