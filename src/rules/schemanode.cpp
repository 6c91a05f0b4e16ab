#include "schemanode.h"

#include "api/contract.h"

#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>

namespace sinch::rules {

namespace {

QString numberText(double v)
{
    return QString::number(v, 'g', 15);
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

bool isStringish(const QJsonObject &schema)
{
    return !schema.contains(QLatin1String("properties"))
        && (schema.contains(QLatin1String("maxLength")) || schema.contains(QLatin1String("minLength"))
            || schema.contains(QLatin1String("format")) || schema.contains(QLatin1String("pattern")));
}

std::optional<int> intKeyword(const QJsonObject &schema, const char *key)
{
    const QLatin1String k(key);
    return schema.contains(k) ? std::optional<int>(schema.value(k).toInt()) : std::nullopt;
}

std::optional<double> doubleKeyword(const QJsonObject &schema, const char *key)
{
    const QLatin1String k(key);
    return schema.contains(k) ? std::optional<double>(schema.value(k).toDouble()) : std::nullopt;
}

// Every node made, for the process's lifetime; a named schema ($ref) is made once.
class Compiler
{
public:
    const SchemaNode *compile(const QJsonObject &raw)
    {
        const QString ref = raw.value(QLatin1String("$ref")).toString();
        if (!ref.isEmpty()) {
            if (const SchemaNode *known = m_byRef.value(ref))
                return known;
        }
        m_nodes.push_back(std::make_unique<SchemaNode>());
        SchemaNode *node = m_nodes.back().get();
        if (!ref.isEmpty())
            m_byRef.insert(ref, node); // before its parts: a schema may name itself
        fill(node, Contract::resolved(raw));
        return node;
    }

    QMutex mutex;
    QHash<QByteArray, const SchemaNode *> roots;
    // The schemas asked for lately, newest first: a caller's schema is most often the very
    // object asked for before (a copy shares its data, and == sees that at once).
    std::vector<std::pair<QJsonObject, const SchemaNode *>> recent;

private:
    void fill(SchemaNode *n, const QJsonObject &schema)
    {
        n->empty = schema.isEmpty();
        if (n->empty)
            return;
        n->nullable = schema.value(QLatin1String("nullable")).toBool();
        for (const QJsonValue &sub : schema.value(QLatin1String("allOf")).toArray())
            n->allOf.push_back(compile(sub.toObject()));
        for (const char *key : {"anyOf", "oneOf"}) {
            const QJsonArray branches = schema.value(QLatin1String(key)).toArray();
            if (branches.isEmpty())
                continue;
            std::vector<const SchemaNode *> list;
            for (const QJsonValue &b : branches)
                list.push_back(compile(b.toObject()));
            n->unions.push_back(std::move(list));
        }
        const QString type = schema.value(QLatin1String("type")).toString();
        using T = SchemaNode::Type;
        n->type = type == QLatin1String("string") ? T::String
            : type == QLatin1String("number")     ? T::Number
            : type == QLatin1String("integer")    ? T::Integer
            : type == QLatin1String("boolean")    ? T::Boolean
            : type == QLatin1String("array")      ? T::Array
            : type == QLatin1String("object")     ? T::Object
                                                  : T::Any;
        n->stringish = n->type == T::Object && isStringish(schema);
        n->enumValues = schema.value(QLatin1String("enum")).toArray();
        QStringList names;
        bool allStrings = true;
        for (const QJsonValue &e : std::as_const(n->enumValues)) {
            names << jsonText(e);
            allStrings = allStrings && e.isString();
        }
        if (allStrings)
            n->enumStrings = names;
        n->enumNames = names.join(QStringLiteral(", "));
        n->minLength = intKeyword(schema, "minLength");
        n->maxLength = intKeyword(schema, "maxLength");
        n->pattern = schema.value(QLatin1String("pattern")).toString();
        if (!n->pattern.isEmpty()) {
            m_patterns.push_back(std::make_unique<QRegularExpression>(n->pattern));
            m_patterns.back()->optimize();
            n->patternRe = m_patterns.back().get();
        }
        n->format = schema.value(QLatin1String("format")).toString();
        n->minimum = doubleKeyword(schema, "minimum");
        n->maximum = doubleKeyword(schema, "maximum");
        n->minItems = intKeyword(schema, "minItems");
        n->maxItems = intKeyword(schema, "maxItems");
        n->uniqueItems = schema.value(QLatin1String("uniqueItems")).toBool();
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        if (!items.isEmpty())
            n->items = compile(items);
        for (const QJsonValue &r : schema.value(QLatin1String("required")).toArray())
            n->required << r.toString();
        const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
        for (auto it = props.begin(); it != props.end(); ++it)
            n->properties.emplace_back(it.key(), compile(it.value().toObject()));
        std::sort(n->properties.begin(), n->properties.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
    }

    std::vector<std::unique_ptr<SchemaNode>> m_nodes;
    std::vector<std::unique_ptr<QRegularExpression>> m_patterns;
    QHash<QString, const SchemaNode *> m_byRef;
};

} // namespace

const SchemaNode *SchemaNode::compile(const QJsonObject &schema)
{
    static Compiler compiler;
    constexpr size_t kRecent = 8;
    QMutexLocker lock(&compiler.mutex);
    auto &recent = compiler.recent;
    for (auto it = recent.begin(); it != recent.end(); ++it) {
        if (it->first == schema) {
            const SchemaNode *node = it->second;
            std::rotate(recent.begin(), it, it + 1);
            return node;
        }
    }
    // Else a schema is known by its text; the contract's schemas change only with the program.
    const QByteArray key = QJsonDocument(schema).toJson(QJsonDocument::Compact);
    const SchemaNode *root = compiler.roots.value(key);
    if (!root) {
        root = compiler.compile(schema);
        compiler.roots.insert(key, root);
    }
    recent.insert(recent.begin(), {schema, root});
    if (recent.size() > kRecent)
        recent.pop_back();
    return root;
}

} // namespace sinch::rules
