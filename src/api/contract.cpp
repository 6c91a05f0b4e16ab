#include "contract.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcContract, "sinch.contract", QtWarningMsg)

namespace sinch {

namespace {

QJsonObject loadEmbedded(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        qCCritical(lcContract) << "embedded contract missing:" << file;
        return QJsonObject();
    }
    QJsonParseError err;
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        qCCritical(lcContract) << "embedded contract unreadable:" << file << err.errorString();
    return d.object();
}

} // namespace

const QJsonObject &Contract::document()
{
    static const QJsonObject doc = loadEmbedded(QStringLiteral(":/api/provisioning-api.json"));
    return doc;
}

const QJsonObject &Contract::conversationDocument()
{
    static const QJsonObject doc = loadEmbedded(QStringLiteral(":/api/conversation-api.json"));
    return doc;
}

QList<QUrl> Contract::conversationServers()
{
    QList<QUrl> out;
    for (const QJsonValue &s : conversationDocument().value(QLatin1String("servers")).toArray())
        out << QUrl(s.toObject().value(QLatin1String("url")).toString());
    return out;
}

QJsonValue Contract::resolve(const QString &ref)
{
    return resolveIn(document(), ref);
}

QJsonValue Contract::resolveIn(const QJsonObject &document, const QString &ref)
{
    if (!ref.startsWith(QLatin1String("#/")))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue node = document;
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
    return resolvedIn(document(), std::move(schema));
}

QJsonObject Contract::resolvedIn(const QJsonObject &document, QJsonObject schema)
{
    for (int guard = 0; guard < 16 && schema.contains(QLatin1String("$ref")); ++guard)
        schema = resolveIn(document, schema.value(QLatin1String("$ref")).toString()).toObject();
    return schema;
}

} // namespace sinch
