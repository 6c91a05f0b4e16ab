#pragma once

#include "apierror.h"

#include <QByteArray>
#include <functional>
#include <optional>

namespace sinch {

// When and how long to wait before trying a request again. Only idempotent requests
// (GET, PUT, DELETE) are retried, on 429/500/502/503/504, transient network errors and
// bodies cut off or garbled on their way,
// with exponential backoff and jitter, honouring Retry-After.
struct RetryPolicy
{
    int maxAttempts = 4;          // including the first
    int baseDelayMs = 500;
    int maxDelayMs = 30000;
    int maxRetryAfterMs = 120000; // a longer Retry-After is not waited for: the error is shown
    // Returns a number in [0, 1); tests replace it to make jitter predictable.
    std::function<double()> random;

    // The delay before attempt number `attempt + 1`, or nothing when the error is final.
    // `attempt` counts from 1 (the attempt that just failed).
    std::optional<int> nextDelayMs(bool idempotent, const ApiError &error, int attempt) const;

    static bool isTransient(const ApiError &error);
};

} // namespace sinch
