#include "schemavalidator.h"

#include "schemanode.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QVarLengthArray>
#include <algorithm>
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
    // One cache a thread: with --sandbox the emulator checks requests on its own thread
    // while the editors check templates on the GUI thread.
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(pattern));
    return *it;
}

QString numberText(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace

bool SchemaValidator::hasRepeatedElement(const QJsonArray &a, qsizetype pairwiseUpTo)
{
    // The contract's unique lists are short (a template's parts, a card's, its buttons):
    // comparing them pair by pair stops at the first difference of each pair, where a hash
    // reads every element whole (a carousel component with all its cards).
    if (a.size() <= pairwiseUpTo) {
        QVarLengthArray<QJsonValue, 16> seen;
        for (const QJsonValue &v : a) {
            if (std::find(seen.cbegin(), seen.cend(), v) != seen.cend())
                return true;
            seen.append(v);
        }
        return false;
    }
    // Longer ones by hash, compared only within a bucket (serialising each, as before, cost
    // more than the rest of a carousel's validation).
    QMultiHash<size_t, qsizetype> seen;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonValue v = a.at(i);
        const size_t h = qHash(v);
        for (auto it = seen.constFind(h); it != seen.cend() && it.key() == h; ++it)
            if (a.at(it.value()) == v)
                return true;
        seen.insert(h, i);
    }
    return false;
}

QStringList SchemaValidator::validate(const QJsonValue &value, const QJsonObject &schema,
                                      const QString &path)
{
    QStringList errors;
    const Path root{nullptr, &path, QString(), -1};
    walk(value, SchemaNode::compile(schema), root, &errors, 0);
    errors.removeDuplicates();
    return errors;
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
        const bool mayHaveVariable = s.contains(QLatin1String("{{"));
        const QUrl url(mayHaveVariable ? QString(s).remove(variable) : s, QUrl::StrictMode);
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

QString SchemaValidator::Path::text() const
{
    if (!up)
        return *root;
    return join(up->text(), index >= 0 ? QString::number(index) : key);
}

// With `errors` null (a union's branches tried), the walk stops at the first problem: only
// whether there is one counts. Else every problem is worded, its path made then.
bool SchemaValidator::walk(const QJsonValue &value, const SchemaNode *n, const Path &path, QStringList *errors,
                           int depth)
{
    if (depth > 40 || n->empty)
        return true;
    if (value.isNull() && n->nullable)
        return true;
    bool ok = true;
    // Records a problem; true when the walk stops here (nobody wants the words).
    const auto problem = [&](const auto &words) {
        ok = false;
        if (!errors)
            return true;
        *errors << words();
        return false;
    };
    const auto p = [&path] { return label(path.text()); };

    for (const SchemaNode *sub : n->allOf)
        if (!walk(value, sub, path, errors, depth + 1) && problem([] { return QStringList(); }))
            return false;

    for (const std::vector<const SchemaNode *> &branches : n->unions) {
        if (std::any_of(branches.cbegin(), branches.cend(),
                        [&](const SchemaNode *b) { return walk(value, b, path, nullptr, depth + 1); }))
            continue;
        if (problem([] { return QStringList(); }))
            return false;
        // None passed: the branch reported is the closest one. A branch whose own
        // discriminating enum (e.g. a component's "type") does not match counts as far away.
        const QString at = path.text();
        const QString prefix = at.isEmpty() ? QString() : at + QLatin1Char('.');
        QStringList best;
        int bestScore = 0;
        for (const SchemaNode *b : branches) {
            QStringList e;
            walk(value, b, path, &e, depth + 1);
            int score = int(e.size());
            for (const QString &err : std::as_const(e)) {
                if (!err.startsWith(prefix))
                    continue;
                const QString rest = err.mid(prefix.size());
                const int space = int(rest.indexOf(QLatin1Char(' ')));
                if (space > 0 && !rest.left(space).contains(QLatin1Char('.'))
                    && rest.mid(space).startsWith(QLatin1String(" must be one of the following values")))
                    score += 1000;
            }
            if (best.isEmpty() || score < bestScore) {
                best = e;
                bestScore = score;
            }
        }
        *errors << best;
    }

    using T = SchemaNode::Type;
    T type = n->type;
    if (type == T::Object && value.isString() && n->stringish)
        type = T::String;
    const char *wrongType = nullptr;
    if (type == T::String && !value.isString())
        wrongType = " must be a string";
    else if (type == T::Number && !value.isDouble())
        wrongType = " must be a number conforming to the specified constraints";
    else if (type == T::Integer && (!value.isDouble() || std::floor(value.toDouble()) != value.toDouble()))
        wrongType = " must be an integer number";
    else if (type == T::Boolean && !value.isBool())
        wrongType = " must be a boolean value";
    else if (type == T::Array && !value.isArray())
        wrongType = " must be an array";
    else if (type == T::Object && !value.isObject())
        wrongType = " must be an object";
    if (wrongType) {
        problem([&] { return p() + QLatin1String(wrongType); });
        return false;
    }

    if (!n->enumValues.isEmpty() && !value.isUndefined()) {
        const bool found = !n->enumStrings.isEmpty()
            ? value.isString() && n->enumStrings.contains(value.toString())
            : std::any_of(n->enumValues.begin(), n->enumValues.end(), [&value](const QJsonValue &e) { return e == value; });
        if (!found && problem([&] { return QStringLiteral("%1 must be one of the following values: %2").arg(p(), n->enumNames); }))
            return false;
    }

    if (value.isString() && (n->minLength || n->maxLength || n->patternRe || !n->format.isEmpty())) {
        const QString s = value.toString();
        if (n->minLength && s.size() < *n->minLength
            && problem([&] {
                   return *n->minLength == 1 && s.isEmpty()
                       ? p() + QStringLiteral(" should not be empty")
                       : QStringLiteral("%1 must be longer than or equal to %2 characters").arg(p()).arg(*n->minLength);
               }))
            return false;
        if (n->maxLength && s.size() > *n->maxLength
            && problem([&] { return QStringLiteral("%1 must be shorter than or equal to %2 characters").arg(p()).arg(*n->maxLength); }))
            return false;
        if (n->patternRe && n->patternRe->isValid() && !n->patternRe->match(s).hasMatch()
            && problem([&] { return QStringLiteral("%1 must match /%2/ regular expression").arg(p(), n->pattern); }))
            return false;
        if (!n->format.isEmpty()) {
            const QString wrong = formatProblem(s, n->format);
            if (!wrong.isEmpty() && problem([&] { return p() + QLatin1Char(' ') + wrong; }))
                return false;
        }
    }

    if (value.isDouble()) {
        const double d = value.toDouble();
        if (n->minimum && d < *n->minimum
            && problem([&] { return QStringLiteral("%1 must not be less than %2").arg(p(), numberText(*n->minimum)); }))
            return false;
        if (n->maximum && d > *n->maximum
            && problem([&] { return QStringLiteral("%1 must not be greater than %2").arg(p(), numberText(*n->maximum)); }))
            return false;
    }

    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (n->minItems && a.size() < *n->minItems
            && problem([&] { return QStringLiteral("%1 must contain at least %2 elements").arg(p()).arg(*n->minItems); }))
            return false;
        if (n->maxItems && a.size() > *n->maxItems
            && problem([&] { return QStringLiteral("%1 must contain no more than %2 elements").arg(p()).arg(*n->maxItems); }))
            return false;
        if (n->uniqueItems && hasRepeatedElement(a)
            && problem([&] { return QStringLiteral("All %1's elements must be unique").arg(p()); }))
            return false;
        if (n->items) {
            for (int i = 0; i < a.size(); ++i) {
                const Path item{&path, nullptr, QString(), i};
                if (!walk(a.at(i), n->items, item, errors, depth + 1) && problem([] { return QStringList(); }))
                    return false;
            }
        }
    }

    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const QString &name : n->required) {
            const auto it = o.constFind(name);
            if ((it == o.constEnd() || it.value().isNull())
                && problem([&] { return join(path.text(), name) + QStringLiteral(" should not be empty"); }))
                return false;
        }
        for (const auto &[key, child] : n->properties) {
            const auto it = o.constFind(key);
            if (it == o.constEnd())
                continue;
            const QJsonValue v = it.value();
            if (v.isNull() && !child->nullable)
                continue; // reported as missing when required
            const Path at{&path, nullptr, key, -1};
            if (!walk(v, child, at, errors, depth + 1) && problem([] { return QStringList(); }))
                return false;
        }
    }
    return ok;
}

} // namespace sinch::rules
