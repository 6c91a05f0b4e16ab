#include "contracterrors.h"

#include "api/contract.h"
#include "api/operations.h"

#include <QHash>
#include <QJsonArray>

namespace sinch::sandbox {

namespace {

QJsonObject resolved(QJsonObject schema)
{
    for (int guard = 0; guard < 8 && schema.contains(QLatin1String("$ref")); ++guard)
        schema = Contract::resolve(schema.value(QLatin1String("$ref")).toString()).toObject();
    return schema;
}

QJsonObject fromVariant(const QJsonObject &variant)
{
    const QJsonObject v = resolved(variant);
    const QJsonObject example = v.value(QLatin1String("example")).toObject();
    if (!example.isEmpty())
        return example;
    QJsonObject out;
    const QJsonObject props = v.value(QLatin1String("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        if (p.contains(QLatin1String("example")))
            out.insert(it.key(), p.value(QLatin1String("example")));
    }
    return out;
}

QList<QJsonObject> variantsOf(const Operation *op, int status)
{
    QList<QJsonObject> out;
    if (!op)
        return out;
    const QJsonObject schema = resolved(op->responseSchema(status));
    const QJsonArray oneOf = schema.value(QLatin1String("oneOf")).toArray();
    if (!oneOf.isEmpty()) {
        for (const QJsonValue &v : oneOf)
            out << fromVariant(v.toObject());
    } else if (!schema.isEmpty()) {
        out << fromVariant(schema);
    }
    return out;
}

// errorCode -> (status, body) over the whole contract, built once.
const QHash<QString, QPair<int, QJsonObject>> &globalIndex()
{
    static const QHash<QString, QPair<int, QJsonObject>> index = [] {
        QHash<QString, QPair<int, QJsonObject>> h;
        for (const Operation &op : Operations::instance().all()) {
            for (int status : op.errorStatuses) {
                for (const QJsonObject &b : variantsOf(&op, status)) {
                    const QString code = b.value(QLatin1String("errorCode")).toString();
                    if (!code.isEmpty() && !h.contains(code))
                        h.insert(code, qMakePair(status, b));
                }
            }
        }
        return h;
    }();
    return index;
}

} // namespace

QJsonObject ContractErrors::generic(int status)
{
    QString code, message, resolution;
    switch (status) {
    case 502:
        code = QStringLiteral("bad_gateway");
        message = QStringLiteral("Bad gateway.");
        break;
    case 503:
        code = QStringLiteral("service_unavailable");
        message = QStringLiteral("Service unavailable.");
        break;
    case 504:
        code = QStringLiteral("gateway_timeout");
        message = QStringLiteral("Gateway timeout.");
        break;
    case 429:
        code = QStringLiteral("too_many_requests");
        message = QStringLiteral("Too many requests.");
        break;
    case 404:
        code = QStringLiteral("not_found");
        message = QStringLiteral("Not found.");
        resolution = QStringLiteral("Verify the path of the request.");
        break;
    case 405:
        code = QStringLiteral("method_not_allowed");
        message = QStringLiteral("Method not allowed.");
        resolution = QStringLiteral("Verify the method of the request.");
        break;
    default:
        code = status >= 500 ? QStringLiteral("internal_error") : QStringLiteral("error");
        message = QStringLiteral("HTTP status %1.").arg(status);
        break;
    }
    if (resolution.isEmpty())
        resolution = QStringLiteral("Please wait and try again, if the error persist please contact support.");
    return QJsonObject{{QStringLiteral("errorCode"), code},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("resolution"), resolution}};
}

QStringList ContractErrors::codes(const Operation *op, int status)
{
    QStringList out;
    for (const QJsonObject &b : variantsOf(op, status))
        out << b.value(QLatin1String("errorCode")).toString();
    return out;
}

QJsonObject ContractErrors::body(const Operation *op, int status, const QString &errorCode)
{
    const QList<QJsonObject> variants = variantsOf(op, status);
    for (const QJsonObject &b : variants) {
        if (errorCode.isEmpty() || b.value(QLatin1String("errorCode")).toString() == errorCode) {
            QJsonObject out = b;
            // The example of additionalInformation is illustrative only.
            out.remove(QLatin1String("additionalInformation"));
            return out;
        }
    }
    if (!errorCode.isEmpty()) {
        const auto it = globalIndex().constFind(errorCode);
        if (it != globalIndex().constEnd()) {
            QJsonObject out = it->second;
            out.remove(QLatin1String("additionalInformation"));
            return out;
        }
    }
    return generic(status);
}

QJsonObject ContractErrors::invalidInput(const Operation *op, const QStringList &validationErrors)
{
    QJsonObject out = body(op, 400, QStringLiteral("invalid_input"));
    out.insert(QStringLiteral("additionalInformation"),
               QJsonObject{{QStringLiteral("validationErrors"), QJsonArray::fromStringList(validationErrors)}});
    return out;
}

} // namespace sinch::sandbox
