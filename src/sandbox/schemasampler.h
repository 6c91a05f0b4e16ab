#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace sinch::sandbox {

// Builds JSON values from the contract: the first example of a response, or, where the
// contract has none, a sample made from the schema itself (property `example`s, the first
// enum value, formats, required and optional properties), so that every answer has the
// contract's shape. Placeholders such as {{PROJECT_ID}} are filled in by the caller.
class SchemaSampler
{
public:
    // First example value of the operation's response for a status (undefined if none).
    static QJsonValue responseExample(const QJsonObject &operationDefinition, int status);
    static QJsonValue sample(const QJsonObject &schema, int depth = 0);
    // The schema of a property of an object schema (through allOf / $ref), or empty.
    static QJsonObject propertySchema(const QJsonObject &objectSchema, const QString &name);
    // Replaces string values that break an enum of the schema with its first allowed value,
    // so that answers built from the contract's examples keep to its own enums.
    static QJsonValue conform(const QJsonValue &value, const QJsonObject &schema, int depth = 0);
};

} // namespace sinch::sandbox
