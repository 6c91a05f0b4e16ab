#include "parametercheck.h"
#include "api/contract.h"

#include "contracterrors.h"
#include "schemasampler.h"

#include "api/operations.h"
#include "rules/schemavalidator.h"

#include <QJsonArray>

namespace sinch::sandbox {

namespace {

// The text of a parameter as the JSON value its schema types it as (a number that does
// not parse stays a string, so the walker reports it as not a number).
QJsonValue typed(const QString &text, const QJsonObject &schema)
{
    const QString type = Contract::resolved(schema).value(QLatin1String("type")).toString();
    if (type == QLatin1String("number") || type == QLatin1String("integer")) {
        bool ok = false;
        const double v = text.toDouble(&ok);
        return ok ? QJsonValue(v) : QJsonValue(text);
    }
    if (type == QLatin1String("boolean")) {
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return text == QLatin1String("true");
        return text;
    }
    return text;
}

} // namespace

std::optional<SandboxReply> ParameterCheck::check(const Operation *op, const QHash<QString, QString> &pathParams,
                                                  const QUrlQuery &query)
{
    for (const QJsonValue &pv : op->definition().value(QLatin1String("parameters")).toArray()) {
        const QJsonObject param = pv.toObject();
        const QString name = param.value(QLatin1String("name")).toString();
        const QString in = param.value(QLatin1String("in")).toString();
        const QJsonObject schema = Contract::resolved(param.value(QLatin1String("schema")).toObject());
        if (name == QLatin1String("projectId") || schema.isEmpty())
            continue;
        QJsonValue value;
        if (in == QLatin1String("path")) {
            if (!pathParams.contains(name))
                continue;
            value = typed(pathParams.value(name), schema);
        } else if (in == QLatin1String("query")) {
            if (!query.hasQueryItem(name))
                continue;
            const QStringList texts = query.allQueryItemValues(name, QUrl::FullyDecoded);
            if (schema.value(QLatin1String("type")).toString() == QLatin1String("array")) {
                const QJsonObject items = schema.value(QLatin1String("items")).toObject();
                QJsonArray list;
                for (const QString &t : texts)
                    for (const QString &part : t.split(QLatin1Char(','), Qt::SkipEmptyParts))
                        list << typed(part.trimmed(), items);
                value = list;
            } else {
                value = typed(texts.value(0), schema);
            }
        } else {
            continue;
        }
        const QStringList problems = rules::SchemaValidator::validate(value, schema, name);
        if (problems.isEmpty())
            continue;
        QString code = ContractErrors::codeFor(op, 400, name);
        if (code.isEmpty())
            code = ContractErrors::invalidInputCode(op, QString());
        QJsonObject body = ContractErrors::body(op, 400, code);
        body.insert(QStringLiteral("additionalInformation"),
                    QJsonObject{{QStringLiteral("validationErrors"), QJsonArray::fromStringList(problems)}});
        return SandboxReply::ok(400, body);
    }
    return std::nullopt;
}

} // namespace sinch::sandbox
