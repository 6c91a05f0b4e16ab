#include "listpager.h"

#include "contracterrors.h"

#include "api/contract.h"
#include "api/operations.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

namespace sinch::sandbox {

namespace {

QJsonObject pageSizeSchema(const Operation *op)
{
    for (const QJsonValue &p : op->definition().value(QLatin1String("parameters")).toArray()) {
        const QJsonObject param = p.toObject();
        if (param.value(QLatin1String("name")).toString() == QLatin1String("pageSize"))
            return param.value(QLatin1String("schema")).toObject();
    }
    return QJsonObject();
}

QString contextHash(const QString &context)
{
    return QString::fromLatin1(QCryptographicHash::hash(context.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
}

QString operationText(const Operation *op)
{
    const QJsonObject def = op->definition();
    return def.value(QLatin1String("summary")).toString() + QLatin1Char(' ')
        + def.value(QLatin1String("description")).toString();
}

// What a list is sorted by when its operation promises "alphabetical order": the item's
// name (a KakaoTalk template's lives in its details, a webhook is named by its target),
// then its language, so that every name's languages come in one stable order.
QString alphabeticalKey(const QJsonObject &item)
{
    QString name = item.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        name = item.value(QLatin1String("details")).toObject().value(QLatin1String("name")).toString();
    if (name.isEmpty())
        name = item.value(QLatin1String("target")).toString();
    return name + QLatin1Char('\x1f') + item.value(QLatin1String("language")).toString();
}

// The alphabetical order: case folded first, then exact (so the order is total).
bool alphabeticallyBefore(const QString &a, const QString &b)
{
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

} // namespace

int ListPager::defaultPageSize(const Operation *op)
{
    const QJsonObject sizeSchema = pageSizeSchema(op);
    const double maximum = sizeSchema.value(QLatin1String("maximum")).toDouble(100);
    // The contract states the default in the operation's text: "the first `50` templates",
    // or "all registered webhooks (of maximum `15`)".
    static const QRegularExpression first(QStringLiteral("first `(\\d+)`"));
    static const QRegularExpression all(QStringLiteral("\\ball\\b.*of maximum `(\\d+)`"));
    const QString text = operationText(op);
    QRegularExpressionMatch m = first.match(text);
    if (!m.hasMatch())
        m = all.match(text);
    if (m.hasMatch())
        return int(qMin(maximum, m.captured(1).toDouble()));
    return int(qMin(maximum, 100.0));   // no stated default: the sandbox's own
}

bool ListPager::isAlphabetical(const Operation *op)
{
    return operationText(op).contains(QLatin1String("alphabetical order"), Qt::CaseInsensitive);
}

QJsonArray ListPager::ordered(const Operation *op, const QJsonArray &items)
{
    if (!isAlphabetical(op))
        return items;   // creation order (activity feeds: newest first, as stored)
    QList<QPair<QString, QJsonValue>> keyed;
    keyed.reserve(items.size());
    for (const QJsonValue &v : items)
        keyed << qMakePair(alphabeticalKey(v.toObject()), v);
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        return alphabeticallyBefore(a.first, b.first);
    });
    QJsonArray out;
    for (const auto &k : keyed)
        out << k.second;
    return out;
}

QString ListPager::listKey(const Operation *op)
{
    QJsonObject schema = Contract::resolved(op->responseSchema(200));
    if (schema.contains(QLatin1String("oneOf")))
        schema = Contract::resolved(schema.value(QLatin1String("oneOf")).toArray().first().toObject());
    const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it)
        if (it.value().toObject().value(QLatin1String("type")).toString() == QLatin1String("array"))
            return it.key();
    return QStringLiteral("items");
}

QString ListPager::encode(const QString &context, int offset, const QString &key)
{
    const QByteArray raw = QStringLiteral("sbx1|%1|%2|").arg(contextHash(context)).arg(offset).toUtf8()
        + key.toUtf8().toPercentEncoding();
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool ListPager::decode(const QString &token, const QString &context, int *offset, QString *key)
{
    const auto result = QByteArray::fromBase64Encoding(token.toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    const QList<QByteArray> parts = (*result).split('|');
    if (parts.size() != 4 || parts.at(0) != "sbx1" || parts.at(1) != contextHash(context).toLatin1())
        return false;
    bool ok = false;
    *offset = parts.at(2).toInt(&ok);
    *key = QString::fromUtf8(QByteArray::fromPercentEncoding(parts.at(3)));
    return ok && *offset >= 0;
}

bool ListPager::page(const Operation *op, const QUrlQuery &query, const QJsonArray &unordered,
                     const QString &context, QJsonObject *body, SandboxReply *error)
{
    const QJsonObject sizeSchema = pageSizeSchema(op);
    const double maximum = sizeSchema.value(QLatin1String("maximum")).toDouble(100);
    const double minimum = sizeSchema.value(QLatin1String("minimum")).toDouble(1);
    int pageSize = defaultPageSize(op);
    const QJsonArray items = ordered(op, unordered);
    if (query.hasQueryItem(QStringLiteral("pageSize"))) {
        bool ok = false;
        const QString text = query.queryItemValue(QStringLiteral("pageSize"));
        const double v = text.toDouble(&ok);
        if (!ok || v != double(qint64(v)) || v < minimum || v > maximum) {
            *error = SandboxReply::ok(400, ContractErrors::body(op, 400, QStringLiteral("invalid_page_size")));
            return false;
        }
        pageSize = int(qMin(v, 1e6));
    }
    int offset = 0;
    if (query.hasQueryItem(QStringLiteral("pageToken"))) {
        const QString token = query.queryItemValue(QStringLiteral("pageToken"), QUrl::FullyDecoded);
        QString key;
        if (!token.isEmpty() && (!decode(token, context, &offset, &key) || offset > items.size())) {
            *error = SandboxReply::ok(400, ContractErrors::body(op, 400, QStringLiteral("invalid_page_token")));
            return false;
        }
        // A sorted list's page starts at its first item's key, not its offset: a create or
        // delete before it does not repeat or skip items on the pages that follow.
        if (!key.isEmpty()) {
            offset = 0;
            while (offset < items.size() && alphabeticallyBefore(alphabeticalKey(items.at(offset).toObject()), key))
                ++offset;
        }
    }
    QJsonArray pageItems;
    for (int i = offset; i < items.size() && i < offset + pageSize; ++i)
        pageItems << items.at(i);
    QJsonObject out;
    out.insert(QStringLiteral("totalSize"), items.size());
    out.insert(QStringLiteral("pageSize"), pageSize);   // "Requested size of the page."
    const bool sorted = isAlphabetical(op);
    const auto tokenAt = [&](int at) {
        return encode(context, at, sorted ? alphabeticalKey(items.at(at).toObject()) : QString());
    };
    if (offset + pageSize < items.size())
        out.insert(QStringLiteral("nextPageToken"), tokenAt(offset + pageSize));
    if (offset > 0)
        out.insert(QStringLiteral("previousPageToken"), tokenAt(qMax(0, offset - pageSize)));
    out.insert(listKey(op), pageItems);
    *body = out;
    return true;
}

} // namespace sinch::sandbox
