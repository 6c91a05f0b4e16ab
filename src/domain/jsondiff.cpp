#include "jsondiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <vector>

namespace sinch {

namespace {

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    // Scalars: wrapped, so that 1 and "1" differ.
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

void collect(const QJsonValue &a, const QJsonValue &b, const QString &path, QList<JsonChange> *out)
{
    if (a == b)
        return;
    if (a.isObject() && b.isObject()) {
        const QJsonObject ao = a.toObject();
        const QJsonObject bo = b.toObject();
        QStringList keys = ao.keys();
        for (const QString &k : bo.keys())
            if (!ao.contains(k))
                keys << k;
        std::sort(keys.begin(), keys.end());
        for (const QString &k : keys) {
            const QString p = child(path, k);
            if (!ao.contains(k))
                out->append({JsonChange::Kind::Added, p, QJsonValue(QJsonValue::Undefined), bo.value(k)});
            else if (!bo.contains(k))
                out->append({JsonChange::Kind::Removed, p, ao.value(k), QJsonValue(QJsonValue::Undefined)});
            else
                collect(ao.value(k), bo.value(k), p, out);
        }
        return;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray aa = a.toArray();
        const QJsonArray ba = b.toArray();
        const int n = int(aa.size());
        const int m = int(ba.size());
        if (n == m) {
            for (int i = 0; i < n; ++i)
                collect(aa.at(i), ba.at(i), child(path, QString::number(i)), out);
            return;
        }
        QStringList as, bs;
        for (const QJsonValue &v : aa)
            as << compact(v);
        for (const QJsonValue &v : ba)
            bs << compact(v);
        QList<int> onlyA, onlyB;
        JsonDiff::diffLines(as, bs, &onlyA, &onlyB);
        const QSet<int> inA(onlyA.cbegin(), onlyA.cend());
        const QSet<int> inB(onlyB.cbegin(), onlyB.cend());
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && !inA.contains(i) && !inB.contains(j)) {
                ++i;
                ++j;
                continue;
            }
            QList<int> ra, rb;
            while (i < n && inA.contains(i))
                ra << i++;
            while (j < m && inB.contains(j))
                rb << j++;
            if (ra.isEmpty() && rb.isEmpty())
                break; // cannot happen with a consistent alignment
            const int paired = int(std::min(ra.size(), rb.size()));
            // Replaced in place: what changed inside.
            for (int k = 0; k < paired; ++k)
                collect(aa.at(ra.at(k)), ba.at(rb.at(k)), child(path, QString::number(rb.at(k))), out);
            for (int k = paired; k < ra.size(); ++k)
                out->append({JsonChange::Kind::Removed, child(path, QString::number(ra.at(k))), aa.at(ra.at(k)),
                             QJsonValue(QJsonValue::Undefined)});
            for (int k = paired; k < rb.size(); ++k)
                out->append({JsonChange::Kind::Added, child(path, QString::number(rb.at(k))), QJsonValue(QJsonValue::Undefined),
                             ba.at(rb.at(k))});
        }
        return;
    }
    if (a.isUndefined())
        out->append({JsonChange::Kind::Added, path, a, b});
    else if (b.isUndefined())
        out->append({JsonChange::Kind::Removed, path, a, b});
    else
        out->append({JsonChange::Kind::Changed, path, a, b});
}

} // namespace

void JsonDiff::diffLines(const QStringList &a, const QStringList &b, QList<int> *onlyA, QList<int> *onlyB)
{
    const int n = int(a.size());
    const int m = int(b.size());
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    int i = 0, j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            onlyA->append(i++);
        } else {
            onlyB->append(j++);
        }
    }
    while (i < n)
        onlyA->append(i++);
    while (j < m)
        onlyB->append(j++);
}

QList<JsonChange> JsonDiff::changes(const QJsonValue &before, const QJsonValue &after, const QString &path)
{
    QList<JsonChange> out;
    collect(before, after, path, &out);
    return out;
}

QString JsonDiff::pretty(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    return brief(value, 1 << 20);
}

QString JsonDiff::brief(const QJsonValue &value, int max)
{
    QString s;
    if (value.isUndefined())
        s = QStringLiteral("—");
    else if (value.isArray())
        s = value.toArray().isEmpty() ? QStringLiteral("[]") : QStringLiteral("[%1 items]").arg(value.toArray().size());
    else if (value.isObject())
        s = value.toObject().isEmpty() ? QStringLiteral("{}") : compact(value);
    else if (value.isString())
        s = QLatin1Char('"') + value.toString() + QLatin1Char('"');
    else
        s = compact(value).mid(1).chopped(1); // the scalar without its array brackets
    s.replace(QLatin1Char('\n'), QStringLiteral("⏎"));
    if (s.size() > max)
        s = s.left(qMax(1, max - 1)) + QStringLiteral("…");
    return s;
}

} // namespace sinch
