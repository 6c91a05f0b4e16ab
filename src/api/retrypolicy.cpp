#include "retrypolicy.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace sinch {

bool RetryPolicy::isTransient(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Http:
        // A 500 too: sent again only where the request is idempotent (nextDelayMs), and a
        // server's passing failure is the usual cause.
        return error.httpStatus == 429 || error.httpStatus == 500 || error.httpStatus == 502 || error.httpStatus == 503
            || error.httpStatus == 504;
    case ApiError::Kind::InvalidResponse:
        return !error.tooLarge; // a body cut off or garbled on its way comes whole the next time
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Network:
        switch (error.networkError) {
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::UnknownNetworkError:
        case QNetworkReply::ProxyTimeoutError:
            return true;
        default:
            return false;
        }
    default:
        // TLS failures and 4xx are not going to get better by themselves.
        return false;
    }
}

std::optional<int> RetryPolicy::nextDelayMs(bool idempotent, const ApiError &error, int attempt) const
{
    if (!idempotent || attempt >= maxAttempts || !isTransient(error))
        return std::nullopt;
    if (error.retryAfterSeconds >= 0) {
        const qint64 ms = qint64(error.retryAfterSeconds) * 1000;
        if (ms > maxRetryAfterMs)
            return std::nullopt; // too long to wait silently: let the user decide
        return int(ms);
    }
    // Exponential with "equal jitter": half of min(max, base * 2^(attempt-1)) for sure,
    // the other half at random, so waits grow and clients that failed together spread out.
    const double cap = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, attempt - 1));
    const double r = random ? random() : QRandomGenerator::global()->generateDouble();
    return std::max(1, int(cap / 2 + cap / 2 * std::clamp(r, 0.0, 1.0)));
}

} // namespace sinch
