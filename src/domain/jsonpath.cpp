#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sinch {

namespace {

bool isIndex(const QString &segment, int *index)
{
    bool ok = false;
    const int i = segment.toInt(&ok);
    if (ok && i >= 0 && index)
        *index = i;
    return ok && i >= 0;
}

} // namespace

QStringList JsonPath::split(const QString &path)
{
    return path.isEmpty() ? QStringList() : path.split(QLatin1Char('.'));
}

QJsonValue JsonPath::value(const QJsonValue &root, const QStringList &segments)
{
    QJsonValue v = root;
    for (const QString &s : segments) {
        int i = 0;
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (!o.contains(s))
                return QJsonValue(QJsonValue::Undefined);
            v = o.value(s);
        } else if (v.isArray() && isIndex(s, &i)) {
            const QJsonArray a = v.toArray();
            if (i >= a.size())
                return QJsonValue(QJsonValue::Undefined);
            v = a.at(i);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return v;
}

QJsonValue JsonPath::value(const QJsonValue &root, const QString &path)
{
    return value(root, split(path));
}

bool JsonPath::set(QJsonValue &root, const QStringList &segments, const QJsonValue &value)
{
    if (segments.isEmpty()) {
        root = value;
        return true;
    }
    const QString &head = segments.first();
    const QStringList rest = segments.mid(1);
    int i = 0;
    const bool numeric = isIndex(head, &i);
    if (root.isUndefined() || root.isNull()) {
        if (value.isUndefined())
            return true; // nothing to remove
        root = numeric ? QJsonValue(QJsonArray()) : QJsonValue(QJsonObject());
    }
    if (root.isObject()) {
        QJsonObject o = root.toObject();
        if (rest.isEmpty() && value.isUndefined()) {
            o.remove(head);
        } else {
            QJsonValue child = o.contains(head) ? o.value(head) : QJsonValue(QJsonValue::Undefined);
            if (!set(child, rest, value))
                return false;
            if (child.isUndefined())
                o.remove(head);
            else
                o.insert(head, child);
        }
        root = o;
        return true;
    }
    if (root.isArray() && numeric) {
        QJsonArray a = root.toArray();
        if (i > a.size())
            return false;
        if (rest.isEmpty() && value.isUndefined()) {
            if (i < a.size())
                a.removeAt(i);
        } else {
            QJsonValue child = i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined);
            if (!set(child, rest, value))
                return false;
            if (i == a.size())
                a.append(child);
            else
                a.replace(i, child);
        }
        root = a;
        return true;
    }
    return false;
}

} // namespace sinch
