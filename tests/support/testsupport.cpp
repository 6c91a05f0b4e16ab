#include "testsupport.h"

#include "api/apijob.h"
#include "domain/templatedocument.h"

#include <QJsonArray>
#include <QJsonObject>
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

QJsonObject SandboxFixture::plainTextTemplate() const
{
    const ApiResult r = callSync(ApiRequest(QStringLiteral("TemplatesController_listTemplates_v1"))
                                     .arg(QStringLiteral("pageSize"), QStringLiteral("50")));
    for (const QJsonValue &v : r.json.object().value(QLatin1String("templates")).toArray()) {
        const QJsonObject t = v.toObject();
        const TemplateDocument d(TemplateDocument::fromServerTemplate(t));
        if (d.json().value(QLatin1String("category")).toString() != QLatin1String("AUTHENTICATION")
            && d.componentPath(QStringLiteral("CAROUSEL")).isEmpty()
            && !d.value(d.componentPath(QStringLiteral("BODY")) + QStringLiteral(".text")).toString().isEmpty()
            && t.value(QLatin1String("changes")).toObject().isEmpty())
            return t;
    }
    return QJsonObject();
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
