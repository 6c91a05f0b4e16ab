#pragma once

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
// known defect) is checked as a string.
class SchemaValidator
{
public:
    static QStringList validate(const QJsonValue &value, const QJsonObject &schema,
                                const QString &path = QString());

    // What is wrong with `value` for a string `format` ("must be a UUID"); empty when
    // nothing is, or when the format is not one the contract uses.
    static QString formatProblem(const QString &value, const QString &format);

private:
    static void walk(const QJsonValue &value, const QJsonObject &schema, const QString &path,
                     QStringList *errors, int depth);
    static void checkString(const QString &s, const QJsonObject &schema, const QString &path,
                            QStringList *errors);
};

} // namespace sinch::rules
