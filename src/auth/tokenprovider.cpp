#include "tokenprovider.h"

#include "api/clock.h"
#include "api/requestlog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcAuth, "sinch.auth", QtWarningMsg)

namespace sinch {

TokenProvider::TokenProvider(QNetworkAccessManager *nam, QUrl tokenUrl, QString keyId, QString keySecret,
                             Clock *clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_url(std::move(tokenUrl))
    , m_keyId(std::move(keyId))
    , m_secret(std::move(keySecret))
    , m_clock(clock ? clock : Clock::system())
{
}

bool TokenProvider::hasValidToken() const
{
    return !m_token.isEmpty() && m_clock->now().secsTo(m_expiresAt) > kRefreshMarginSeconds;
}

void TokenProvider::invalidate()
{
    m_token.clear();
    m_expiresAt = QDateTime();
}

void TokenProvider::token(QObject *context, Callback done)
{
    if (hasValidToken()) {
        done(m_token, ApiError());
        return;
    }
    m_waiting.append({QPointer<QObject>(context), std::move(done)});
    if (m_reply)
        return; // one request serves every waiting caller

    QNetworkRequest req(m_url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("Authorization",
                     "Basic " + (m_keyId + QLatin1Char(':') + m_secret).toUtf8().toBase64());
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setTransferTimeout(30000);
    ++m_requests;
    qCDebug(lcAuth) << "requesting token from" << RequestLog::redactUrl(m_url);
    m_reply = m_nam->post(req, QByteArrayLiteral("grant_type=client_credentials"));
    connect(m_reply, &QNetworkReply::finished, this, &TokenProvider::onReply);
}

void TokenProvider::onReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    ApiError error = ApiError::fromReply(reply, body);
    if (error.isError()) {
        if (status == 401 || status == 400)
            error.resolution = tr("The token service refused the key. Check the key ID and key secret, or switch the project to Basic authentication.");
    } else {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        const QString token = o.value(QLatin1String("access_token")).toString();
        const int expiresIn = o.value(QLatin1String("expires_in")).toInt(-1);
        if (token.isEmpty() || expiresIn <= 0) {
            error = ApiError::invalidResponse(status, tr("the token answer has no access_token or expires_in"));
        } else {
            m_token = token;
            m_expiresAt = m_clock->now().addSecs(expiresIn);
            qCDebug(lcAuth) << "token valid for" << expiresIn << "s";
            emit tokenRefreshed();
        }
    }
    if (error.isError())
        qCWarning(lcAuth).noquote() << "token request failed:" << error.summary();

    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &w : waiting) {
        if (w.first)
            w.second(error.isError() ? QString() : m_token, error);
    }
}

} // namespace sinch
