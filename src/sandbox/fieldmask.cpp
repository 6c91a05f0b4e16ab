#include "fieldmask.h"

#include <QJsonArray>

namespace sinch::sandbox {

namespace {

const QString kElements = QStringLiteral("#");

bool isIndex(const QString &segment)
{
    bool number = false;
    segment.toUInt(&number);
    return number;
}

} // namespace

FieldMask::FieldMask(const QStringList &paths)
{
    for (const QString &path : paths) {
        Node *node = &m_root;
        for (const QString &segment : path.split(QLatin1Char('.'), Qt::SkipEmptyParts))
            node = &node->child(isIndex(segment) ? kElements : segment);
        if (node != &m_root)
            node->whole = true;
    }
}

FieldMask::Node &FieldMask::Node::child(const QString &segment)
{
    for (auto &[name, node] : children)
        if (name == segment)
            return node;
    children.emplace_back(segment, Node());
    return children.back().second;
}

const FieldMask::Node *FieldMask::Node::find(const QString &segment) const
{
    for (const auto &[name, node] : children)
        if (name == segment)
            return &node;
    return nullptr;
}

QJsonObject FieldMask::apply(const QJsonObject &item) const
{
    return isEmpty() ? item : keep(item, m_root).toObject();
}

// What of `value` the paths below `node` name; undefined where they name nothing in it.
QJsonValue FieldMask::keep(const QJsonValue &value, const Node &node)
{
    if (node.whole)
        return value;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject kept;
        for (const auto &[name, child] : node.children) {
            const auto it = object.constFind(name);
            if (it == object.constEnd())
                continue;
            const QJsonValue part = keep(*it, child);
            if (!part.isUndefined())
                kept.insert(name, part);
        }
        return kept.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(kept);
    }
    if (value.isArray()) {
        const Node *elements = node.find(kElements);
        if (!elements)
            return QJsonValue(QJsonValue::Undefined);
        QJsonArray kept;
        for (const QJsonValue &element : value.toArray()) {
            // An element keeps its place even where the mask names nothing in it.
            const QJsonValue part = keep(element, *elements);
            kept.append(part.isUndefined() ? QJsonValue(QJsonObject()) : part);
        }
        return kept;
    }
    return QJsonValue(QJsonValue::Undefined); // a path goes on below a plain value
}

} // namespace sinch::sandbox
