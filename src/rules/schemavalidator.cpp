#include "schemavalidator.h"

#include "api/contract.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <cmath>

namespace sinch::rules {

namespace {

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString label(const QString &path)
{
    return path.isEmpty() ? QStringLiteral("body") : path;
}

const QRegularExpression &regex(const QString &pattern)
{
    static QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(pattern));
    return *it;
}

QString numberText(double v)
{
    return QString::number(v, 'g', 15);
}

bool isStringish(const QJsonObject &schema)
{
    return !schema.contains(QLatin1String("properties"))
        && (schema.contains(QLatin1String("maxLength")) || schema.contains(QLatin1String("minLength"))
            || schema.contains(QLatin1String("format")) || schema.contains(QLatin1String("pattern")));
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return numberText(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString();
}

} // namespace

QStringList SchemaValidator::validate(const QJsonValue &value, const QJsonObject &schema,
                                      const QString &path)
{
    QStringList errors;
    walk(value, schema, path, &errors, 0);
    errors.removeDuplicates();
    return errors;
}

void SchemaValidator::checkString(const QString &s, const QJsonObject &schema, const QString &path,
                                  QStringList *errors)
{
    const QString p = label(path);
    if (schema.contains(QLatin1String("minLength"))
        && s.size() < schema.value(QLatin1String("minLength")).toInt()) {
        const int n = schema.value(QLatin1String("minLength")).toInt();
        *errors << (n == 1 && s.isEmpty() ? p + QStringLiteral(" should not be empty")
                                          : QStringLiteral("%1 must be longer than or equal to %2 characters").arg(p).arg(n));
    }
    if (schema.contains(QLatin1String("maxLength"))
        && s.size() > schema.value(QLatin1String("maxLength")).toInt())
        *errors << QStringLiteral("%1 must be shorter than or equal to %2 characters")
                       .arg(p).arg(schema.value(QLatin1String("maxLength")).toInt());
    const QString pattern = schema.value(QLatin1String("pattern")).toString();
    if (!pattern.isEmpty()) {
        const QRegularExpression &re = regex(pattern);
        if (re.isValid() && !re.match(s).hasMatch())
            *errors << QStringLiteral("%1 must match /%2/ regular expression").arg(p, pattern);
    }
    const QString format = schema.value(QLatin1String("format")).toString();
    const QString problem = formatProblem(s, format);
    if (!problem.isEmpty())
        *errors << p + QLatin1Char(' ') + problem;
}

QString SchemaValidator::formatProblem(const QString &s, const QString &format)
{
    if (format.isEmpty())
        return QString();
    // The contract's own formats (besides JSON Schema's), each as its texts describe it.
    // A value is judged as a whole: `^...$` with no surrounding space.
    struct Shape
    {
        const char *format;
        const char *pattern;
        const char *problem;
    };
    static const Shape kShapes[] = {
        // E.164: "+", a country code without a leading 0, at most 15 digits in all; the
        // contract's own examples group the digits ("+48 777-777-777"), as people write them.
        {"e.164 phone number", "^\\+[1-9](?:[ .()-]?[0-9]){1,14}$", "must be a phone number in E.164 format (+ and up to 15 digits)"},
        // Written for people: an optional "+", digits, spaces, dashes, dots and brackets.
        {"phone number", "^\\+?[0-9][0-9 ().-]{3,22}[0-9]$", "must be a valid phone number"},
        // "Numeric phone number without numeric country code eg. 444555666".
        {"numeric phone number", "^[0-9]{4,15}$", "must be a phone number of digits only"},
        // "Brand color (HEX code)", as the contract's default #000000.
        {"hex", "^#?([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$", "must be a hexadecimal colour code"},
        // "Numeric country codes (eg. 48 for PL, 44 for UK)".
        {"country code", "^[1-9][0-9]{0,2}$", "must be a numeric country code"},
        {"digits", "^[0-9]+$", "must contain digits only"},
        // "OTP code ... Must be exact 6 characters without spaces."
        {"otp", "^\\S{6}$", "must be exactly 6 characters without spaces"},
        {"uuid without hyphens", "^[0-9A-Fa-f]{32}$", "must be a UUID without hyphens"},
        {"uuid", "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", "must be a UUID"},
        {"email", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "must be an email"},
    };
    for (const Shape &shape : kShapes) {
        if (format != QLatin1String(shape.format))
            continue;
        return regex(QLatin1String(shape.pattern)).match(s).hasMatch() ? QString() : QLatin1String(shape.problem);
    }
    if (format == QLatin1String("url")) {
        // Template URLs may end in a variable ("https://x.example/{{1}}", contract text of
        // WhatsappUrlButtonInputDto.url): judge the URL around it.
        static const QRegularExpression variable(QStringLiteral("\\{\\{\\s*\\d+\\s*\\}\\}"));
        const QUrl url(QString(s).remove(variable), QUrl::StrictMode);
        const bool ok = url.isValid() && !url.host().isEmpty()
            && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
        return ok ? QString() : QStringLiteral("must be a URL address");
    }
    if (format == QLatin1String("uri")) {
        // Any absolute URI: a scheme and something after it.
        const QUrl uri(s, QUrl::StrictMode);
        const bool ok = uri.isValid() && !uri.scheme().isEmpty() && s.size() > uri.scheme().size() + 1
            && !s.contains(QLatin1Char(' '));
        return ok ? QString() : QStringLiteral("must be a URL address");
    }
    if (format == QLatin1String("date-time"))
        return QDateTime::fromString(s, Qt::ISODateWithMs).isValid() ? QString()
                                                                     : QStringLiteral("must be a valid ISO 8601 date string");
    if (format == QLatin1String("timestamp")) {
        // Seconds (or milliseconds) since the epoch as in the contract's example 1592227387,
        // or an ISO 8601 date.
        const bool ok = regex(QStringLiteral("^[0-9]{1,13}$")).match(s).hasMatch()
            || QDateTime::fromString(s, Qt::ISODateWithMs).isValid();
        return ok ? QString() : QStringLiteral("must be a timestamp");
    }
    return QString();   // formats the contract does not use are not judged
}

void SchemaValidator::walk(const QJsonValue &value, const QJsonObject &rawSchema, const QString &path,
                           QStringList *errors, int depth)
{
    if (depth > 40)
        return;
    const QJsonObject schema = Contract::resolved(rawSchema);
    if (schema.isEmpty())
        return;
    const QString p = label(path);
    if (value.isNull() && schema.value(QLatin1String("nullable")).toBool())
        return;

    for (const QJsonValue &sub : schema.value(QLatin1String("allOf")).toArray())
        walk(value, sub.toObject(), path, errors, depth + 1);

    for (const char *key : {"anyOf", "oneOf"}) {
        const QJsonArray branches = schema.value(QLatin1String(key)).toArray();
        if (branches.isEmpty())
            continue;
        // The branch reported is the closest one: a branch whose own discriminating enum
        // (e.g. a component's "type") does not match counts as far away.
        QStringList best;
        int bestScore = 0;
        bool passed = false;
        for (const QJsonValue &b : branches) {
            QStringList e;
            walk(value, b.toObject(), path, &e, depth + 1);
            if (e.isEmpty()) {
                passed = true;
                break;
            }
            int score = e.size();
            const QString prefix = path.isEmpty() ? QString() : path + QLatin1Char('.');
            for (const QString &err : e) {
                if (!err.startsWith(prefix))
                    continue;
                const QString rest = err.mid(prefix.size());
                const int space = rest.indexOf(QLatin1Char(' '));
                if (space > 0 && !rest.left(space).contains(QLatin1Char('.'))
                    && rest.mid(space).startsWith(QLatin1String(" must be one of the following values")))
                    score += 1000;
            }
            if (best.isEmpty() || score < bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (!passed)
            *errors << best;
    }

    QString type = schema.value(QLatin1String("type")).toString();
    if (type == QLatin1String("object") && value.isString() && isStringish(schema))
        type = QStringLiteral("string");

    if (type == QLatin1String("string")) {
        if (!value.isString()) {
            *errors << p + QStringLiteral(" must be a string");
            return;
        }
    } else if (type == QLatin1String("number")) {
        if (!value.isDouble()) {
            *errors << p + QStringLiteral(" must be a number conforming to the specified constraints");
            return;
        }
    } else if (type == QLatin1String("integer")) {
        const double d = value.toDouble();
        if (!value.isDouble() || std::floor(d) != d) {
            *errors << p + QStringLiteral(" must be an integer number");
            return;
        }
    } else if (type == QLatin1String("boolean")) {
        if (!value.isBool()) {
            *errors << p + QStringLiteral(" must be a boolean value");
            return;
        }
    } else if (type == QLatin1String("array")) {
        if (!value.isArray()) {
            *errors << p + QStringLiteral(" must be an array");
            return;
        }
    } else if (type == QLatin1String("object")) {
        if (!value.isObject()) {
            *errors << p + QStringLiteral(" must be an object");
            return;
        }
    }

    const QJsonArray enumValues = schema.value(QLatin1String("enum")).toArray();
    if (!enumValues.isEmpty() && !value.isUndefined()) {
        bool found = false;
        QStringList names;
        for (const QJsonValue &e : enumValues) {
            names << jsonText(e);
            found = found || e == value;
        }
        if (!found)
            *errors << QStringLiteral("%1 must be one of the following values: %2").arg(p, names.join(QStringLiteral(", ")));
    }

    if (value.isString())
        checkString(value.toString(), schema, path, errors);

    if (value.isDouble()) {
        const double d = value.toDouble();
        if (schema.contains(QLatin1String("minimum")) && d < schema.value(QLatin1String("minimum")).toDouble())
            *errors << QStringLiteral("%1 must not be less than %2").arg(p, numberText(schema.value(QLatin1String("minimum")).toDouble()));
        if (schema.contains(QLatin1String("maximum")) && d > schema.value(QLatin1String("maximum")).toDouble())
            *errors << QStringLiteral("%1 must not be greater than %2").arg(p, numberText(schema.value(QLatin1String("maximum")).toDouble()));
    }

    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (schema.contains(QLatin1String("minItems")) && a.size() < schema.value(QLatin1String("minItems")).toInt())
            *errors << QStringLiteral("%1 must contain at least %2 elements").arg(p).arg(schema.value(QLatin1String("minItems")).toInt());
        if (schema.contains(QLatin1String("maxItems")) && a.size() > schema.value(QLatin1String("maxItems")).toInt())
            *errors << QStringLiteral("%1 must contain no more than %2 elements").arg(p).arg(schema.value(QLatin1String("maxItems")).toInt());
        if (schema.value(QLatin1String("uniqueItems")).toBool()) {
            QSet<QString> seen;
            for (const QJsonValue &v : a) {
                const QString key = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
                if (seen.contains(key)) {
                    *errors << QStringLiteral("All %1's elements must be unique").arg(p);
                    break;
                }
                seen.insert(key);
            }
        }
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        if (!items.isEmpty())
            for (int i = 0; i < a.size(); ++i)
                walk(a.at(i), items, join(path, QString::number(i)), errors, depth + 1);
    }

    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
        for (const QJsonValue &r : schema.value(QLatin1String("required")).toArray()) {
            const QString name = r.toString();
            if (!o.contains(name) || o.value(name).isNull())
                *errors << join(path, name) + QStringLiteral(" should not be empty");
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!props.contains(it.key()))
                continue;
            if (it.value().isNull() && !Contract::resolved(props.value(it.key()).toObject()).value(QLatin1String("nullable")).toBool())
                continue; // reported as missing when required
            walk(it.value(), props.value(it.key()).toObject(), join(path, it.key()), errors, depth + 1);
        }
    }
}

} // namespace sinch::rules
