#include "contract.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcContract, "sinch.contract", QtWarningMsg)

namespace sinch {

const QJsonObject &Contract::document()
{
    static const QJsonObject doc = [] {
        QFile f(QStringLiteral(":/api/provisioning-api.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            qCCritical(lcContract) << "embedded contract missing";
            return QJsonObject();
        }
        QJsonParseError err;
        const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &err);
        if (err.error != QJsonParseError::NoError)
            qCCritical(lcContract) << "embedded contract unreadable:" << err.errorString();
        return d.object();
    }();
    return doc;
}

QJsonValue Contract::resolve(const QString &ref)
{
    if (!ref.startsWith(QLatin1String("#/")))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue node = document();
    const auto parts = QStringView(ref).mid(2).split(u'/');
    for (const auto &raw : parts) {
        QString key = raw.toString();
        key.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        if (!node.isObject())
            return QJsonValue(QJsonValue::Undefined);
        node = node.toObject().value(key);
    }
    return node;
}

QJsonObject Contract::schema(const QString &name)
{
    return document().value(QLatin1String("components")).toObject()
        .value(QLatin1String("schemas")).toObject().value(name).toObject();
}

QString Contract::version()
{
    return document().value(QLatin1String("info")).toObject().value(QLatin1String("version")).toString();
}

QJsonObject Contract::resolved(QJsonObject schema)
{
    for (int guard = 0; guard < 16 && schema.contains(QLatin1String("$ref")); ++guard)
        schema = resolve(schema.value(QLatin1String("$ref")).toString()).toObject();
    return schema;
}

} // namespace sinch
