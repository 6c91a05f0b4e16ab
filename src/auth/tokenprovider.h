#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sinch {

class Clock;

// OAuth2 client credentials for one project: POST grant_type=client_credentials to the
// token URL with Basic auth (key ID + secret), answer {access_token, token_type, expires_in}.
// The token is cached until shortly before it expires; invalidate() after a 401 forces one
// refresh. Concurrent callers share one token request.
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    TokenProvider(QNetworkAccessManager *nam, QUrl tokenUrl, QString keyId, QString keySecret,
                  Clock *clock, QObject *parent = nullptr);

    using Callback = std::function<void(const QString &token, const ApiError &error)>;
    // Calls back with a valid token (at once when cached) or an error. `context` guards it.
    void token(QObject *context, Callback done);
    void invalidate();

    bool hasValidToken() const;
    QDateTime expiresAt() const { return m_expiresAt; }
    // Seconds before expiry at which the token is renewed.
    static constexpr int kRefreshMarginSeconds = 60;
    int requestCount() const { return m_requests; }

signals:
    void tokenRefreshed();

private:
    void onReply();

    QNetworkAccessManager *m_nam;
    QUrl m_url;
    QString m_keyId;
    QString m_secret;
    Clock *m_clock;
    QString m_token;
    QDateTime m_expiresAt;
    QPointer<QNetworkReply> m_reply;
    QList<QPair<QPointer<QObject>, Callback>> m_waiting;
    int m_requests = 0;
};

} // namespace sinch
