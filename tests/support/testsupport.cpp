#include "testsupport.h"

namespace sinch::test {

SandboxFixture::SandboxFixture(sandbox::SandboxConfig config, AuthMode mode)
    : server(std::make_unique<sandbox::SandboxServer>(std::move(config)))
    , client(std::make_unique<ApiClient>())
{
    started = server->start(&error);
    if (started)
        client->setEndpoint(projectKey, endpoint(mode));
}

SandboxFixture::~SandboxFixture()
{
    client.reset();
    server.reset();
}

Endpoint SandboxFixture::endpoint(AuthMode mode) const
{
    Endpoint ep;
    ep.projectId = server->config().projectId;
    ep.keyId = server->config().keyId;
    ep.keySecret = server->config().keySecret;
    ep.authMode = mode;
    ep.baseUrl = server->baseUrl();
    ep.tokenUrl = server->tokenUrl();
    return ep;
}

} // namespace sinch::test
