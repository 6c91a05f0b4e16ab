#pragma once

#include <QJsonObject>
#include <QStringList>

namespace sinch::rules {

// Reading a rule's limits out of the contract's schemas, so a longer field or a new enum
// value in the next contract needs no code change. Every reader takes a fallback (or
// returns empty) because the rules must still run if a schema is renamed; the contract
// tests are what catch such a rename.
class ContractLimits
{
public:
    // Not the contract's: how much of one text the console works on. The longest text of a
    // template is about a thousand characters (a WhatsApp body: 1,024), but an editor or a
    // file may hold megabytes. A text over this bound is over its contract limit anyway:
    // the rules report its length and skip the scans of its content (variables, wording),
    // and previews lay out this much of it and say how much more there is. Four times the
    // longest limit, so that a text somewhat too long is still checked and shown in full.
    static constexpr qsizetype kLongestWorkedText = 4096;

    // An integer keyword of a schema ("maxLength", "maxItems", "minimum" ...), or
    // `fallback` when the schema does not state it.
    static int intOf(const QJsonObject &schema, const char *key, int fallback);
    // The properties of the named component schema, each resolved: the contract wraps
    // enum references in a one-element allOf, which this unwraps too.
    static QJsonObject properties(const QString &schemaName);
    static QJsonObject property(const QJsonObject &properties, const QString &name);
    // The enum values of a (resolved) schema, in the contract's order.
    static QStringList enumOf(const QJsonObject &schema);
};

} // namespace sinch::rules
