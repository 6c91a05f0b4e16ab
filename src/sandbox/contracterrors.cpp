#include "contracterrors.h"

#include "api/contract.h"
#include "api/operations.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace sinch::sandbox {

namespace {

QJsonObject fromVariant(const QJsonObject &variant)
{
    const QJsonObject v = Contract::resolved(variant);
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
    const QJsonObject schema = Contract::resolved(op->responseSchema(status));
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

// "filterStates" -> {"filter", "states"}.
QStringList words(const QString &camel)
{
    QString snake;
    for (const QChar c : camel) {
        if (c.isUpper() && !snake.isEmpty())
            snake += QLatin1Char('_');
        snake += c.toLower();
    }
    return snake.split(QLatin1Char('_'), Qt::SkipEmptyParts);
}

QString singular(const QString &word)
{
    if (word.endsWith(QLatin1String("ies")))
        return word.chopped(3) + QLatin1Char('y');
    if (word.endsWith(QLatin1String("ses")) || word.endsWith(QLatin1String("xes")))
        return word.chopped(2);
    if (word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")))
        return word.chopped(1);
    return word;
}

// The ways a code may name a field: all its words, without a leading "filter", its first
// or its last word; each as written and in the singular.
QList<QStringList> spellings(const QString &name)
{
    const QStringList all = words(name);
    QList<QStringList> out;
    if (all.isEmpty())
        return out;
    QList<QStringList> bases{all};
    if (all.size() > 1 && all.first() == QLatin1String("filter"))
        bases << all.mid(1);
    if (all.size() > 1)
        bases << QStringList{all.first()} << QStringList{all.last()};
    for (const QStringList &b : bases) {
        out << b;
        QStringList one = b;
        one.last() = singular(one.last());
        out << one;
        QStringList plural = b;
        plural.last() += QLatin1Char('s');
        out << plural;
    }
    return out;
}

// Tag -> its group in x-tagGroups ("WhatsApp Templates" -> "WhatsApp").
QString tagGroup(const QString &tag)
{
    static const QHash<QString, QString> groups = [] {
        QHash<QString, QString> h;
        for (const QJsonValue &g : Contract::document().value(QLatin1String("x-tagGroups")).toArray())
            for (const QJsonValue &t : g.toObject().value(QLatin1String("tags")).toArray())
                h.insert(t.toString(), g.toObject().value(QLatin1String("name")).toString());
        return h;
    }();
    return groups.value(tag, tag);
}

} // namespace

bool ContractErrors::isShared(const QString &errorCode, int status)
{
    static QHash<QString, bool> cache;
    const QString key = QString::number(status) + QLatin1Char(' ') + errorCode;
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QSet<QString> families;
    for (const Operation &op : Operations::instance().all()) {
        if (!codes(&op, status).contains(errorCode))
            continue;
        for (const QJsonValue &t : op.definition().value(QLatin1String("tags")).toArray())
            families.insert(tagGroup(t.toString()));
    }
    const bool shared = families.size() > 1;
    cache.insert(key, shared);
    return shared;
}

QString ContractErrors::codeFor(const Operation *op, int status, const QString &name)
{
    const QList<QStringList> names = spellings(name);
    for (const QString &code : codes(op, status)) {
        // The code without its verdict ("invalid", "missing"): what it is about.
        QStringList subject = code.split(QLatin1Char('_'), Qt::SkipEmptyParts);
        const int before = subject.size();
        subject.removeAll(QStringLiteral("invalid"));
        subject.removeAll(QStringLiteral("missing"));
        if (subject.size() == before || subject.isEmpty())
            continue;
        for (const QStringList &n : names) {
            // The field itself, the field of one family ("questionnaire_country"), or a
            // name of two words or more at the end ("add_test_number").
            const bool exact = subject == n;
            const bool family = subject.size() == n.size() + 1 && subject.mid(1) == n;
            const bool tail = n.size() >= 2 && subject.size() > n.size() && subject.mid(subject.size() - n.size()) == n;
            if (exact || family || tail)
                return code;
        }
    }
    return QString();
}

QString ContractErrors::invalidInputCode(const Operation *op, const QString &path)
{
    static const QRegularExpression index(QStringLiteral("^\\d+$"));
    const QString field = path.section(QLatin1Char(' '), 0, 0);
    const QStringList segments = field.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (int i = segments.size() - 1; i >= 0; --i) {
        if (index.match(segments.at(i)).hasMatch())
            continue;
        const QString code = codeFor(op, 400, segments.at(i));
        if (!code.isEmpty())
            return code;
    }
    const QStringList declared = codes(op, 400);
    for (const char *general : {"invalid_input", "invalid_payload"})
        if (declared.contains(QLatin1String(general)))
            return QLatin1String(general);
    return QStringLiteral("invalid_input");
}

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
    // A code about one field only when every problem is about it (a body with other
    // problems as well gets the general code).
    QString code = invalidInputCode(op, validationErrors.value(0));
    for (const QString &problem : validationErrors)
        if (invalidInputCode(op, problem) != code)
            code = invalidInputCode(op, QString());
    QJsonObject out = body(op, 400, code);
    out.insert(QStringLiteral("additionalInformation"),
               QJsonObject{{QStringLiteral("validationErrors"), QJsonArray::fromStringList(validationErrors)}});
    return out;
}

} // namespace sinch::sandbox
