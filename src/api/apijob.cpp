#include "apijob.h"

#include "apiclient.h"
#include "clock.h"
#include "onceuploaddevice.h"
#include "operations.h"
#include "requestlog.h"
#include "auth/tokenprovider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include "clocktimer.h"

#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace sinch {

namespace {

// Retry-After is either seconds or an HTTP date.
int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int secs = value.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, secs);
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    return at.isValid() ? int(qMax<qint64>(0, now.secsTo(at))) : -1;
}

} // namespace

ApiJob::ApiJob(ApiClient *client, QString projectKey, const Operation *op, ApiRequest request)
    : QObject(client)
    , m_client(client)
    , m_projectKey(std::move(projectKey))
    , m_op(op)
    , m_request(std::move(request))
    , m_requestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_result.requestId = m_requestId;
    m_result.operationId = m_request.operationId;
    if (!m_request.body.isUndefined()) {
        m_body = m_request.body.isArray() ? QJsonDocument(m_request.body.toArray()).toJson(QJsonDocument::Compact)
                                          : QJsonDocument(m_request.body.toObject()).toJson(QJsonDocument::Compact);
    }
    m_elapsed.start();
}

ApiJob::~ApiJob()
{
    detach();
}

QString ApiJob::path() const
{
    return m_op ? m_op->expandPath(m_request.pathParams) : QString();
}

void ApiJob::detach()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_backoffTimer)
        m_backoffTimer->stop();
    if (m_transferTimer)
        m_transferTimer->stop();
}

void ApiJob::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

void ApiJob::start()
{
    if (m_state == State::Finished)
        return;
    const Endpoint ep = m_client->endpoint(m_projectKey);
    if (ep.authMode == AuthMode::OAuth2) {
        setState(State::Authorizing);
        TokenProvider *tokens = m_client->tokensFor(m_projectKey);
        if (!tokens) {
            fail(ApiError::config(tr("The project is no longer configured.")));
            return;
        }
        tokens->token(this, [this](const QString &token, const ApiError &error) {
            if (m_state == State::Finished)
                return;
            if (error.isError()) {
                ApiResult r;
                r.error = error;
                r.httpStatus = error.httpStatus;
                finish(r);
                return;
            }
            sendAttempt(token);
        });
    } else {
        sendAttempt(QString());
    }
}

QNetworkRequest ApiJob::buildRequest(const QString &bearer, QString *error) const
{
    const Endpoint ep = m_client->endpoint(m_projectKey);
    for (const QString &name : m_op->pathParams) {
        if (m_request.pathParams.value(name).isEmpty()) {
            *error = tr("The request lacks the path parameter \"%1\".").arg(name);
            return QNetworkRequest();
        }
    }
    // The Conversation API is another host (regional), reached with the same credentials.
    QUrl url = m_op->api == ApiFamily::Conversation ? ep.conversationUrl : ep.baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QLatin1String("/v1/projects/")
                    + QString::fromLatin1(QUrl::toPercentEncoding(ep.projectId))
                    + path(),
                QUrl::TolerantMode);
    if (!m_request.query.isEmpty()) {
        QUrlQuery q;
        for (const auto &item : m_request.query)
            q.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item.first)),
                           QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        url.setQuery(q.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    }
    QNetworkRequest req(url);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("X-Request-ID", m_requestId.toLatin1());
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("sinch-console/" SINCH_VERSION));
    if (!m_body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (ep.authMode == AuthMode::OAuth2)
        req.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    else
        req.setRawHeader("Authorization", "Basic " + (ep.keyId + QLatin1Char(':') + ep.keySecret).toUtf8().toBase64());
    // Redirects only within the same origin, so the Authorization header never leaves
    // the host it was meant for (and HTTPS never drops to HTTP).
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setMaximumRedirectsAllowed(5);
    // No QNetworkRequest::setTransferTimeout: the job's own timer runs on the client's clock.
    return req;
}

void ApiJob::sendAttempt(const QString &bearer)
{
    QString buildError;
    const QNetworkRequest req = buildRequest(bearer, &buildError);
    if (!buildError.isEmpty()) {
        fail(ApiError::config(buildError));
        return;
    }
    ++m_attempts;
    setState(State::Running);
    m_attemptTimer.start();
    // How long the server is waited for counts from this attempt: not through the retries
    // before it, nor their backoff (the status bar counts that down on its own).
    m_runningSinceMs = m_client->clock()->msecsSinceEpoch();
    m_abort = Abort::None;
    if (m_op->isIdempotent()) {
        m_reply = m_client->networkAccessManager()->sendCustomRequest(req, m_op->method, m_body);
    } else {
        // Never resent by Qt behind our back (OnceUploadDevice says why).
        QNetworkRequest once = req;
        once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        once.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        auto *body = new OnceUploadDevice(m_body);
        m_reply = m_client->networkAccessManager()->sendCustomRequest(once, m_op->method, body);
        body->setParent(m_reply);
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiJob::onProgress);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { onProgress(0, -1); });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_reply)
            onProgress(0, m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    if (m_client->transferTimeoutMs() > 0) {
        if (!m_transferTimer) {
            m_transferTimer = new ClockTimer(m_client->clock(), this);
            m_transferTimer->setSingleShot(true);
            connect(m_transferTimer, &ClockTimer::timeout, this, &ApiJob::onTransferTimeout);
        }
        m_transferTimer->setInterval(m_client->transferTimeoutMs());
        m_transferTimer->start();
    }
    if (m_attempts == 1)
        emit m_client->jobStarted(this);
}

void ApiJob::onProgress(qint64 received, qint64 total)
{
    if (!m_reply)
        return;
    const qint64 cap = m_client->maxResponseBytes();
    if (cap > 0 && (received > cap || total > cap)) {
        // Refused before it is buffered: no answer of the API comes near this size.
        m_abort = Abort::TooLarge;
        m_reply->abort();
        return;
    }
    if (m_transferTimer && m_transferTimer->isActive())
        m_transferTimer->start();   // bytes moved: the wait starts again
}

void ApiJob::onTransferTimeout()
{
    if (!m_reply)
        return;
    m_abort = Abort::Timeout;
    m_reply->abort();
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (m_transferTimer)
        m_transferTimer->stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // What came before this job aborted the reply is gone with it.
    const QByteArray body = m_abort == Abort::None ? reply->readAll() : QByteArray();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();

    ApiResult r;
    r.httpStatus = status;
    r.headers = reply->rawHeaderPairs();
    r.error = ApiError::fromReply(reply, body);
    if (m_abort == Abort::Timeout) {
        // Also when the headers came and the body stopped: a status alone is no answer.
        r.error = ApiError::fromNetwork(QNetworkReply::TimeoutError,
                                        tr("no data for %n second(s)", nullptr, (m_client->transferTimeoutMs() + 999) / 1000));
        r.error.httpStatus = status;
    } else if (reply->error() == QNetworkReply::ContentReSendError) {
        // Qt wanted to send it again after the connection closed; OnceUploadDevice refused.
        r.error = ApiError::fromNetwork(QNetworkReply::RemoteHostClosedError, reply->errorString());
    } else if (m_abort == Abort::TooLarge) {
        r.error = ApiError::answerTooLarge(status, tr("an answer larger than %n MB, which the console does not read", nullptr,
                                                       int(m_client->maxResponseBytes() / (1024 * 1024))));
    } else if (r.error.isError() && status >= 400) {
        r.error.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"), m_client->clock()->now());
    } else if (!r.error.isError() && !body.trimmed().isEmpty()) {
        QJsonParseError perr;
        r.json = QJsonDocument::fromJson(body, &perr);
        if (perr.error != QJsonParseError::NoError)
            r.error = ApiError::invalidResponse(status, tr("the JSON is broken at byte %1: %2").arg(perr.offset).arg(perr.errorString()));
    }
    r.error.requestId = m_requestId;
    r.error.operationId = m_request.operationId;

    // The request log: bodies only when asked for (debug) or when something went wrong.
    RequestLog::Entry entry;
    entry.at = m_client->clock()->now();
    entry.requestId = m_requestId;
    entry.projectKey = m_projectKey;
    entry.operationId = m_request.operationId;
    entry.method = m_op->method;
    entry.url = RequestLog::redactUrl(reply->request().url());
    entry.status = status;
    entry.error = r.error.isError() ? r.error.summary() : QString();
    entry.durationMs = m_attemptTimer.elapsed();
    entry.attempt = m_attempts;
    if (r.error.isError() || lcApi().isDebugEnabled()) {
        entry.requestBody = RequestLog::redactBody(m_body, "application/json");
        entry.responseBody = RequestLog::redactBody(body, contentType);
    }
    m_client->requestLog()->record(entry);

    const Endpoint ep = m_client->endpoint(m_projectKey);
    if (status == 401 && ep.authMode == AuthMode::OAuth2 && !m_refreshedToken) {
        // The token may have expired early or been revoked: one fresh token, then resend.
        m_refreshedToken = true;
        if (TokenProvider *tokens = m_client->tokensFor(m_projectKey))
            tokens->invalidate();
        start();
        return;
    }

    // A DELETE sent again after an attempt whose outcome is unknown (no answer) that now
    // finds nothing took effect the first time: done, not "not found".
    if (status == 404 && m_outcomeUnknown && m_op->method == "DELETE") {
        r.error = ApiError();
        r.httpStatus = 204;   // what the attempt that took effect would have answered
    }
    m_outcomeUnknown = r.error.kind == ApiError::Kind::Timeout || r.error.kind == ApiError::Kind::Network;

    if (r.error.isError()) {
        const Operation *op = m_op;
        const auto delay = m_client->m_retry.nextDelayMs(op->isIdempotent(), r.error, m_attempts);
        if (delay) {
            setState(State::BackingOff);
            emit backingOff(*delay, r.error);
            emit m_client->backingOff(m_projectKey, *delay, r.error);
            // On the client's clock: a test advances a ManualClock through the backoff.
            if (!m_backoffTimer) {
                m_backoffTimer = new ClockTimer(m_client->clock(), this);
                m_backoffTimer->setSingleShot(true);
                connect(m_backoffTimer, &ClockTimer::timeout, this, &ApiJob::start);
            }
            m_backoffTimer->setInterval(*delay);
            m_backoffTimer->start();
            return;
        }
    }
    finish(r);
}

void ApiJob::finish(ApiResult result)
{
    if (m_state == State::Finished)
        return;
    detach();
    result.requestId = m_requestId;
    result.operationId = m_request.operationId;
    result.attempts = m_attempts;
    result.elapsedMs = m_elapsed.elapsed();
    if (result.error.isError()) {
        result.error.requestId = m_requestId;
        result.error.operationId = m_request.operationId;
        result.errorExpected = m_request.expectedStatuses.contains(result.error.httpStatus);
    }
    m_result = result;
    setState(State::Finished);
    emit finished(m_result);
    m_client->jobDone(this);
    deleteLater();
}

void ApiJob::cancel()
{
    fail(ApiError::cancelled());
}

void ApiJob::stop()
{
    fail(ApiError::stopped());
}

void ApiJob::fail(const ApiError &error)
{
    ApiResult r;
    r.error = error;
    finish(r); // nothing once finished
}

} // namespace sinch
