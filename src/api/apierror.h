#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QMultiMap>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

namespace sinch {

// An error of any request: an HTTP error with the contract's error body
// {errorCode, message, resolution, additionalInformation}, or a network, TLS, timeout
// or parse failure. Keeps the server's own words; userText() adds what to do.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,            // no error
        Http,            // the server answered 4xx/5xx
        Network,         // connection refused, host not found, dropped connection ...
        Timeout,         // no answer within the transfer timeout
        Tls,             // certificate or handshake failure (never ignored)
        InvalidResponse, // a body that is not the JSON the contract promises (HTML 5xx, truncated ...)
        Cancelled,       // cancelled by the application (superseded, closed): nothing to say
        Stopped,         // the person stopped waiting for the answer (ApiClient::stopWaiting)
        Config           // the request could not be built (unknown project, missing parameter)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString errorCode;          // e.g. "invalid_input", "template_exists"
    QString message;            // the server's message, or ours for non-HTTP kinds
    QString resolution;         // the server's advice, when it gave one
    QJsonObject additionalInformation;
    QStringList validationErrors; // additionalInformation.validationErrors
    QJsonObject body;           // the whole error body as sent, for the details view
    QString requestId;          // X-Request-ID of the failed request
    QString operationId;
    int retryAfterSeconds = -1; // from Retry-After, when the server sent one
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    // An answer past the console's size limit (InvalidResponse): the same request would
    // bring it again, unlike a body cut off or garbled on its way.
    bool tooLarge = false;

    bool isError() const { return kind != Kind::None; }
    bool isCancelled() const { return kind == Kind::Cancelled; }
    // A change sent (not an idempotent call) whose answer never came: the connection dropped
    // or timed out, so the server may have made it. Sending it again could make it twice;
    // the list, refreshed, says whether it was made.
    bool outcomeUnknown() const;

    // One line: "404 template_not_found: Template not found."
    QString summary() const;
    // Sentences for the UI: what happened and what to do about it.
    QString userText() const;
    // Multi-line details: status, code, request id, validation errors, raw body.
    QString details() const;

    // Field errors from validationErrors, keyed by their leading JSON path
    // ("details.buttons.0.name must be a string" -> "details.buttons.0.name").
    // Strings that name no field land under the empty key.
    QMultiMap<QString, QString> fieldErrors() const;

    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &contentType);
    // The error of a finished reply whose body was read: network failures (a transfer
    // timeout counts as a timeout, not a cancellation) and non-2xx answers; kind None
    // for a 2xx answer.
    static ApiError fromReply(const QNetworkReply *reply, const QByteArray &body);
    static ApiError fromNetwork(QNetworkReply::NetworkError code, const QString &errorString);
    static ApiError invalidResponse(int status, const QString &why);
    static ApiError answerTooLarge(int status, const QString &why);
    static ApiError cancelled();
    static ApiError stopped();
    static ApiError config(const QString &why);
};

} // namespace sinch

Q_DECLARE_METATYPE(sinch::ApiError)
