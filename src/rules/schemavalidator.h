#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace sinch::rules {

// A small JSON Schema walker over the subset the contract uses: type, properties,
// required, enum, minLength/maxLength, pattern, format (JSON Schema's url/uri, date-time,
// email, uuid and the contract's own: e.164 phone number, phone number, numeric phone
// number, hex, country code, digits, otp, uuid without hyphens, timestamp),
// minItems/maxItems, uniqueItems, minimum/maximum, items, nullable, allOf/anyOf/oneOf and
// local $ref. Problems come back as the API words them, "<json.path> <problem>", e.g.
// "details.buttons.0.text must be shorter than or equal to 25 characters".
// anyOf/oneOf pass when any branch passes (the contract's unions overlap, see
// KNOWN-DEFECTS.md); otherwise the branch with the fewest problems is reported.
// Declared `type: object` with string keywords and no properties (PATCH webhooks, a
// known defect) is checked as a string. A schema is read once (SchemaNode), then only
// walked.
struct SchemaNode;

class SchemaValidator
{
public:
    static QStringList validate(const QJsonValue &value, const QJsonObject &schema,
                                const QString &path = QString());

    // What is wrong with `value` for a string `format` ("must be a UUID"); empty when
    // nothing is, or when the format is not one the contract uses.
    static QString formatProblem(const QString &value, const QString &format);

    // Whether two elements of `a` are equal (uniqueItems): arrays of up to `pairwiseUpTo`
    // elements compared pair by pair, longer ones by hash. Either way gives the same answer;
    // the bound is a parameter so that tests can check both ways on one array.
    static constexpr qsizetype kPairwiseUpTo = 16;
    static bool hasRepeatedElement(const QJsonArray &a, qsizetype pairwiseUpTo = kPairwiseUpTo);

private:
    // Where a value is, made into text only for a problem's words: the caller's path
    // (`root`), or a property `key` or an array `index` below `up`.
    struct Path
    {
        const Path *up;
        const QString *root;
        QString key;
        int index;
        QString text() const;
    };
    static bool walk(const QJsonValue &value, const SchemaNode *node, const Path &path, QStringList *errors,
                     int depth);
};

} // namespace sinch::rules
