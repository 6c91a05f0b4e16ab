#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QRegularExpression;

namespace sinch::rules {

// One schema of SchemaValidator's subset, read once: its keywords as fields, its local
// $refs resolved (through Contract) to the nodes they name, so that a walk over a value
// costs no JSON look-ups of the schema. Made by SchemaNode::compile() and kept for the
// process's lifetime, one tree per distinct schema.
struct SchemaNode
{
    enum class Type { Any, String, Number, Integer, Boolean, Array, Object };

    bool empty = true;           // the resolved schema has no keyword: nothing to check
    bool nullable = false;
    Type type = Type::Any;
    bool stringish = false;      // declared object with string keywords: checked as a string
    std::vector<const SchemaNode *> allOf;
    std::vector<std::vector<const SchemaNode *>> unions; // anyOf, then oneOf, when not empty
    QJsonArray enumValues;
    QStringList enumStrings;     // the enum when all its values are strings (compared as such)
    QString enumNames;           // ", "-joined, as the message lists them
    std::optional<int> minLength;
    std::optional<int> maxLength;
    QString pattern;
    const QRegularExpression *patternRe = nullptr;
    QString format;
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<int> minItems;
    std::optional<int> maxItems;
    bool uniqueItems = false;
    const SchemaNode *items = nullptr;
    QStringList required;
    // By name, sorted as a QJsonObject's keys are: walking these and finding each in the
    // value visits the value's known properties in its own order, without making its keys.
    std::vector<std::pair<QString, const SchemaNode *>> properties;

    // The tree of `schema`, made on first use and shared after (thread-safe).
    static const SchemaNode *compile(const QJsonObject &schema);
};

} // namespace sinch::rules
