#include "testsupport.h"

#include "api/apijob.h"

#include <QSignalSpy>

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
    ep.conversationUrl = server->conversationUrl();
    return ep;
}

ApiResult SandboxFixture::callSync(const ApiRequest &request) const
{
    return finished(client->call(projectKey, request));
}

ApiResult finished(ApiJob *job)
{
    QSignalSpy spy(job, &ApiJob::finished);
    if (!spy.wait(15000))
        return ApiResult();
    return spy.first().first().value<ApiResult>();
}

sandbox::SandboxConfig reviewAtOnce()
{
    sandbox::SandboxConfig config;
    config.reviewDelaySeconds = 0;
    return config;
}

} // namespace sinch::test
