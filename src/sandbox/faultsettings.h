#pragma once

#include <QString>

namespace sinch::sandbox {

// Faults the emulator injects, set from `--faults SPEC`, the environment variable
// SINCH_SANDBOX_FAULTS, or by tests. SPEC is a comma list of key=value:
//   latency=MS        added delay before every answer, on the sandbox's clock
//   500=SHARE         share (0..1) of requests answered 500 internal_error
//   503=SHARE         share answered 503
//   429=SHARE         share answered 429 with Retry-After
//   retry-after=S     the Retry-After value for 429 (default 1)
//   drop=SHARE        share of connections closed without an answer
//   truncate=SHARE    share of JSON bodies cut in half
//   malformed=SHARE   share of JSON bodies replaced by broken JSON
//   html=SHARE        share answered 502 with a proxy's HTML error page (text/html)
//   huge=SHARE        share answered 200 with a body over 50 MB (FaultInjector::kHugeBodyBytes)
//   stall=SHARE       share whose answer never ends: headers and half the body, then nothing
//   token-ttl=S       lifetime of issued OAuth2 tokens (default 3600)
//   seed=N            seed of the fault dice (default 1), so runs repeat
struct FaultSettings
{
    int latencyMs = 0;
    double share500 = 0;
    double share503 = 0;
    double share429 = 0;
    int retryAfterSeconds = 1;
    double shareDrop = 0;
    double shareTruncate = 0;
    double shareMalformed = 0;
    double shareHtml = 0;
    double shareHuge = 0;
    double shareStall = 0;
    int tokenTtlSeconds = 3600;
    quint32 seed = 1;

    // Parses SPEC; on error returns defaults and sets *error to a sentence.
    static FaultSettings parse(const QString &spec, QString *error = nullptr);
    QString toString() const;
    bool any() const;
};

} // namespace sinch::sandbox
