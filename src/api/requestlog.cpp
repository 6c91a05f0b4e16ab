#include "requestlog.h"

#include "domain/credentialfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

// Off by default; QT_LOGGING_RULES="sinch.api.info=true" (or .debug for bodies) turns it on.
Q_LOGGING_CATEGORY(lcApi, "sinch.api", QtWarningMsg)

namespace sinch {

namespace {

const QByteArray kRedacted = CredentialFields::maskText().toLatin1();

QByteArray cut(const QByteArray &body)
{
    if (body.size() <= RequestLog::kBodyLimit)
        return body;
    return body.left(RequestLog::kBodyLimit) + "… (" + QByteArray::number(body.size()) + " bytes)";
}

} // namespace

RequestLog::RequestLog(QObject *parent)
    : QObject(parent)
{
}

bool RequestLog::isSecretName(QStringView name)
{
    return CredentialFields::isCredentialName(name);
}

QString RequestLog::redactUrl(const QUrl &url)
{
    QUrl u = url;
    u.setUserInfo(QString());
    if (u.hasQuery()) {
        QUrlQuery q(u);
        const auto items = q.queryItems(QUrl::FullyEncoded);
        QUrlQuery out;
        for (const auto &item : items) {
            out.addQueryItem(item.first, isSecretName(item.first) ? QString::fromLatin1(kRedacted) : item.second);
        }
        u.setQuery(out);
    }
    return u.toString(QUrl::FullyEncoded);
}

QByteArray RequestLog::redactHeader(const QByteArray &name, const QByteArray &value)
{
    const QString n = QString::fromLatin1(name);
    if (n.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
        const int sp = value.indexOf(' ');
        return (sp > 0 ? value.left(sp + 1) : QByteArray()) + kRedacted;
    }
    if (n.compare(QLatin1String("Cookie"), Qt::CaseInsensitive) == 0
        || n.compare(QLatin1String("Set-Cookie"), Qt::CaseInsensitive) == 0 || isSecretName(n))
        return kRedacted;
    return value;
}

QByteArray RequestLog::redactBody(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty())
        return body;
    if (contentType.contains("x-www-form-urlencoded")) {
        // Form bodies (the token request) show their keys; of the values only grant_type.
        QUrlQuery q(QString::fromUtf8(body));
        QStringList keys;
        for (const auto &item : q.queryItems()) {
            const bool shown = item.first == QLatin1String("grant_type");
            keys << item.first + QLatin1Char('=') + (shown ? item.second : QString::fromLatin1(kRedacted));
        }
        return keys.join(QLatin1Char('&')).toUtf8();
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error == QJsonParseError::NoError) {
        const QJsonValue red = CredentialFields::mask(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        const QJsonDocument out = red.isArray() ? QJsonDocument(red.toArray()) : QJsonDocument(red.toObject());
        return cut(out.toJson(QJsonDocument::Compact));
    }
    if (contentType.contains("json") || contentType.contains("text") || contentType.isEmpty()) {
        // Not JSON (an HTML error page, a truncated body): keep a short, printable head,
        // unless it smells of a secret.
        const QByteArray head = body.left(256);
        if (head.contains("token") || head.contains("secret"))
            return "(" + QByteArray::number(body.size()) + " bytes, not shown)";
        return cut(body);
    }
    return "(" + QByteArray::number(body.size()) + " bytes of " + contentType + ")";
}

void RequestLog::record(Entry entry)
{
    if (lcApi().isInfoEnabled()) {
        qCInfo(lcApi).noquote() << entry.method << entry.url << "->"
                                << (entry.status ? QString::number(entry.status) : entry.error)
                                << QStringLiteral("%1 ms").arg(entry.durationMs)
                                << "id" << entry.requestId
                                << (entry.attempt > 1 ? QStringLiteral("attempt %1").arg(entry.attempt) : QString());
    }
    if (lcApi().isDebugEnabled()) {
        if (!entry.requestBody.isEmpty())
            qCDebug(lcApi).noquote() << "  request" << entry.requestBody;
        if (!entry.responseBody.isEmpty())
            qCDebug(lcApi).noquote() << "  response" << entry.responseBody;
    }
    m_entries.append(entry);
    while (m_entries.size() > m_capacity)
        m_entries.removeFirst();
    emit entryAdded(m_entries.constLast());
}

void RequestLog::setCapacity(int n)
{
    m_capacity = qMax(1, n);
    while (m_entries.size() > m_capacity)
        m_entries.removeFirst();
}

void RequestLog::clear()
{
    m_entries.clear();
}

} // namespace sinch
