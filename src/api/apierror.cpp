#include "apierror.h"

#include "operations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sinch {

namespace {

// A request that changes something (POST, PATCH) and got no answer may have been carried
// out: sending it again could do it twice. Such requests are never retried on their own.
bool changesState(const QString &operationId)
{
    const Operation *op = operationId.isEmpty() ? nullptr : Operations::findAny(operationId);
    return op && !op->isIdempotent();
}

QString statusAdvice(int status)
{
    switch (status) {
    case 400: return ApiError::tr("Correct the highlighted fields and try again.");
    case 401: return ApiError::tr("The access key was refused. Check the project ID, key ID and key secret in the project settings.");
    case 403: return ApiError::tr("This key may not do that. Ask the project's administrator for access.");
    case 404: return ApiError::tr("It no longer exists or the ID is wrong. Refresh the list.");
    case 409: return ApiError::tr("It conflicts with the current state. Refresh and try again.");
    case 412: return ApiError::tr("A precondition is not met. Complete the missing steps first.");
    case 424: return ApiError::tr("A limit or a dependency blocks this. Free up or fix the dependency first.");
    case 429: return ApiError::tr("Too many requests. Wait a moment and try again.");
    default: break;
    }
    if (status >= 500)
        return ApiError::tr("The server had a problem. Wait a moment and try again; if it persists, contact Sinch support.");
    return ApiError::tr("Try again; if it persists, check the project settings.");
}

} // namespace

QString ApiError::summary() const
{
    switch (kind) {
    case Kind::None: return QString();
    case Kind::Http: {
        QString s = QString::number(httpStatus);
        if (!errorCode.isEmpty())
            s += QLatin1Char(' ') + errorCode;
        if (!message.isEmpty())
            s += QLatin1String(": ") + message;
        return s;
    }
    case Kind::Network:
        // Qt's words for a connection the server closed are "Unknown error" at times.
        if (networkError == QNetworkReply::RemoteHostClosedError)
            return tr("the server closed the connection");
        return message;
    case Kind::Timeout:
        return tr("no answer in time");
    case Kind::Stopped:
        return tr("stopped waiting for the answer");
    case Kind::InvalidResponse:
        return tooLarge ? tr("an answer too large to read") : tr("an answer that could not be read");
    default:
        return message;
    }
}

bool ApiError::outcomeUnknown() const
{
    const bool unanswered = kind == Kind::Timeout || kind == Kind::Stopped
        || (kind == Kind::Network && networkError == QNetworkReply::RemoteHostClosedError);
    return unanswered && changesState(operationId);
}

QString ApiError::userText() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Http: {
        // A failure of the server's own: its internal message (about its media uploads, its
        // options) means nothing to the person, and stays in the details.
        if (httpStatus >= 500) {
            // A proxy's page instead of the API's answer is worth saying (fromHttp's words).
            if (body.isEmpty() && !message.isEmpty())
                return message + QLatin1Char(' ') + statusAdvice(httpStatus);
            return tr("The server had a problem (HTTP %1). Wait a moment and try again; if it persists, contact Sinch "
                      "support.").arg(httpStatus);
        }
        QString text = message.isEmpty() ? tr("The server refused the request (HTTP %1).").arg(httpStatus) : message;
        if (!text.endsWith(QLatin1Char('.')))
            text += QLatin1Char('.');
        if (httpStatus == 429 && retryAfterSeconds >= 0)
            text += QLatin1Char(' ') + tr("The server asks to wait %n second(s).", nullptr, retryAfterSeconds);
        if (httpStatus == 401) // the contract's resolution here speaks of the project ID only
            text += QLatin1Char(' ') + statusAdvice(401);
        else
            text += QLatin1Char(' ') + (resolution.isEmpty() ? statusAdvice(httpStatus) : resolution);
        // Filters and enums name the values the server accepts: show them.
        for (const char *key : {"supportedCodes", "supportedValues", "validUseCases"}) {
            const QString values = additionalInformation.value(QLatin1String(key)).toString();
            if (!values.isEmpty() && !text.contains(values))
                text += QLatin1Char(' ') + tr("Accepted values: %1.").arg(values);
        }
        return text;
    }
    case Kind::Network:
        switch (networkError) {
        case QNetworkReply::HostNotFoundError:
            return tr("The server's name could not be found (%1). Check the base URL in the project settings and your network connection.").arg(message);
        case QNetworkReply::ConnectionRefusedError:
            return tr("The server refused the connection (%1). Check the base URL; if it is right, the service may be down: try again later.").arg(message);
        case QNetworkReply::RemoteHostClosedError:
            if (outcomeUnknown())
                return tr("The server closed the connection before answering; the change may or may not have been made. Refresh to check before sending it again.");
            return tr("The server closed the connection before answering. Try again.");
        default:
            return tr("The network failed: %1. Check your connection and try again.").arg(message);
        }
    case Kind::Timeout:
        if (outcomeUnknown())
            return tr("The server did not answer in time; the change may or may not have been made. Refresh to check before sending it again.");
        return tr("The server did not answer in time. Check your connection and try again.");
    case Kind::Tls:
        return tr("The server's certificate was not accepted (%1). The console never skips this check: verify the base URL and the system's certificates.").arg(message);
    case Kind::InvalidResponse:
        // What was wrong with the bytes is for Details, not for the person.
        if (tooLarge)
            return tr("The server's answer was too large to read (%1). If it keeps happening, ask for fewer items at a time "
                      "or contact support.").arg(message);
        return tr("The server's answer could not be read: it came cut off or garbled. Try again; if it keeps happening, "
                  "a proxy or an outage may be in the way.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Stopped:
        if (outcomeUnknown())
            return tr("You stopped waiting for the server; the change may or may not have been made. Refresh to check "
                      "before sending it again.");
        return tr("You stopped waiting for the server. Try again when you are ready.");
    case Kind::Config:
        return message;
    }
    return message;
}

QString ApiError::details() const
{
    QStringList lines;
    if (httpStatus)
        lines << tr("HTTP status: %1").arg(httpStatus);
    if (!errorCode.isEmpty())
        lines << tr("Error code: %1").arg(errorCode);
    if (!message.isEmpty())
        lines << tr("Message: %1").arg(message);
    if (!resolution.isEmpty())
        lines << tr("Resolution: %1").arg(resolution);
    if (!operationId.isEmpty())
        lines << tr("Operation: %1").arg(operationId);
    if (!requestId.isEmpty())
        lines << tr("Request ID: %1").arg(requestId);
    for (const QString &v : validationErrors)
        lines << QStringLiteral("  • ") + v;
    QJsonObject rest = additionalInformation;
    rest.remove(QLatin1String("validationErrors"));
    if (!rest.isEmpty())
        lines << tr("Additional information: %1").arg(QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Compact)));
    return lines.join(QLatin1Char('\n'));
}

QMultiMap<QString, QString> ApiError::fieldErrors() const
{
    // "details.buttons.0.name must be a string" -> key "details.buttons.0.name";
    // "each value in testNumbers must be a string" -> key "testNumbers".
    static const QRegularExpression lead(QStringLiteral(
        "^(?:each value in )?([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*) (?:must|should|is|has|are|contains)\\b"));
    QMultiMap<QString, QString> out;
    for (const QString &v : validationErrors) {
        const auto m = lead.match(v);
        out.insert(m.hasMatch() ? m.captured(1) : QString(), v);
    }
    return out;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &contentType)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        // An HTML error page from a proxy, a truncated body ...: keep the status, say so.
        const bool html = contentType.contains("html") || body.trimmed().startsWith('<');
        e.message = body.isEmpty() ? tr("The server answered HTTP %1 with an empty body.").arg(status)
                    : html         ? tr("The server answered HTTP %1 with a web page instead of the API's JSON.").arg(status)
                                   : tr("The server answered HTTP %1 with a body that is not JSON.").arg(status);
        return e;
    }
    e.body = doc.object();
    e.errorCode = e.body.value(QLatin1String("errorCode")).toString();
    e.message = e.body.value(QLatin1String("message")).toString();
    e.resolution = e.body.value(QLatin1String("resolution")).toString();
    e.additionalInformation = e.body.value(QLatin1String("additionalInformation")).toObject();
    for (const QJsonValue &v : e.additionalInformation.value(QLatin1String("validationErrors")).toArray())
        e.validationErrors << v.toString();
    // Meta's own error, passed through for WhatsApp: show its description too.
    const QJsonObject meta = e.additionalInformation.value(QLatin1String("metaError")).toObject();
    if (!meta.isEmpty()) {
        const QString extra = meta.value(QLatin1String("description")).toString();
        const QString reason = meta.value(QLatin1String("reason")).toString();
        QStringList parts;
        if (!extra.isEmpty()) parts << extra;
        if (!reason.isEmpty()) parts << reason;
        if (!parts.isEmpty())
            e.message += (e.message.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("(Meta: %1)").arg(parts.join(QLatin1String("; ")));
    }
    if (e.errorCode.isEmpty() && e.message.isEmpty())
        e.message = tr("The server answered HTTP %1.").arg(status);
    return e;
}

ApiError ApiError::fromReply(const QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 && reply->error() != QNetworkReply::NoError) {
        // Our own cancel() detaches the reply first, so an aborted reply that still
        // reports here was stopped by its transfer timeout.
        if (reply->error() == QNetworkReply::OperationCanceledError)
            return fromNetwork(QNetworkReply::TimeoutError, tr("no answer in time"));
        return fromNetwork(reply->error(), reply->errorString());
    }
    if (status >= 200 && status < 300)
        return ApiError();
    if (status >= 300 && status < 400) // only same-origin redirects are followed
        return invalidResponse(status, tr("a redirect to another site was refused"));
    return fromHttp(status, body, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError code, const QString &errorString)
{
    ApiError e;
    e.networkError = code;
    e.message = errorString;
    switch (code) {
    case QNetworkReply::TimeoutError:
        e.kind = Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        e.kind = Kind::Tls;
        break;
    case QNetworkReply::OperationCanceledError:
        e.kind = Kind::Cancelled;
        break;
    default:
        e.kind = Kind::Network;
        break;
    }
    return e;
}

ApiError ApiError::invalidResponse(int status, const QString &why)
{
    ApiError e;
    e.kind = Kind::InvalidResponse;
    e.httpStatus = status;
    e.message = why;
    return e;
}

ApiError ApiError::answerTooLarge(int status, const QString &why)
{
    ApiError e = invalidResponse(status, why);
    e.tooLarge = true;
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = Kind::Cancelled;
    e.message = tr("Cancelled.");
    return e;
}

ApiError ApiError::stopped()
{
    ApiError e;
    e.kind = Kind::Stopped;
    e.message = tr("Stopped waiting for the answer.");
    return e;
}

ApiError ApiError::config(const QString &why)
{
    ApiError e;
    e.kind = Kind::Config;
    e.message = why;
    return e;
}

} // namespace sinch
