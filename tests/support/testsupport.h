#pragma once

#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"

#include <QString>
#include <memory>

namespace sinch::test {

// A sandbox on an ephemeral loopback port and an ApiClient pointed at it, the way every
// test that talks HTTP starts.
struct SandboxFixture
{
    explicit SandboxFixture(sandbox::SandboxConfig config = sandbox::SandboxConfig(),
                            AuthMode mode = AuthMode::Basic);
    ~SandboxFixture();

    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<ApiClient> client;
    QString projectKey = QStringLiteral("test");
    bool started = false;
    QString error;

    Endpoint endpoint(AuthMode mode) const;
    // Runs one request to its end (15 s at most; an empty result after that).
    ApiResult callSync(const ApiRequest &request) const;
    // A seeded WhatsApp template whose body is plain text, neither authentication nor a
    // carousel, without pending changes: an edit of it saves as a PATCH of a draft. Empty
    // when none is among the first 50.
    QJsonObject plainTextTemplate() const;
};

// Waits for a running job's finished() (15 s at most; an empty result after that), as
// callSync() does for a request: no sleeps, the sandbox answers on the event loop.
ApiResult finished(ApiJob *job);
// A sandbox whose reviewer decides during the request that submits (reviewDelaySeconds 0).
sandbox::SandboxConfig reviewAtOnce();

} // namespace sinch::test
