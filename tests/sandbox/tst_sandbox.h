// The built-in sandbox over plain HTTP (tst_sandbox): a SandboxServer in-process on an
// ephemeral port, a QNetworkAccessManager as the client. One suite in three files:
// tst_sandbox.cpp the protocol (token endpoint, auth, routes, webhooks, scripted and random
// faults, schema validation, the served contract), tst_sandbox_templates.cpp WhatsApp
// templates (validation, review lifecycles, limits, the seed in both shapes, analytics),
// tst_sandbox_channels.cpp the other channels' rules (RCS launch and upscales, KakaoTalk
// review, WhatsApp senders and accounts, the trial and the empty projects). A name
// containing "reject" forces a rejection.
#pragma once

#include "sandbox/contracterrors.h"
#include "sandbox/sandboxserver.h"
#include "rules/schemavalidator.h"
#include "sandboxhttpclient.h"

#include "api/contract.h"
#include "api/operations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace sinch::test::sandboxsuite {

using sandbox::SandboxConfig;
using sandbox::SeedShape;
using Resp = HttpAnswer;
using Client = SandboxHttpClient;

inline QJsonObject webhook(const QString &target, const QJsonArray &triggers = {QStringLiteral("ALL")})
{
    return QJsonObject{{"target", target}, {"secret", "s3cret-value"}, {"triggers", triggers}};
}

// The contract's own error body for an operation, a status and an errorCode.
inline QJsonObject contractError(const char *operationId, int status, const char *code)
{
    return sandbox::ContractErrors::body(Operations::instance().find(QLatin1String(operationId)), status, QLatin1String(code));
}

inline SandboxConfig multilingualConfig()
{
    SandboxConfig config;
    config.reviewDelaySeconds = 0;
    config.seedShape = SeedShape::Multilingual;
    return config;
}

inline QString stateOf(const QJsonObject &t)
{
    return t.value("state").toString();
}

inline QString statusOf(const QJsonObject &t)
{
    return t.value("changes").toObject().value("status").toString();
}

// The contract's problems with a list answer of an operation ("" when none). The answer's
// schema is a oneOf of the full and the partial (fieldMask) DTO, so each template is also
// held to the full WhatsappTemplateDto: required fields, analytics entries and buttons.
inline QString contractProblems(const char *operationId, const QJsonObject &body)
{
    const Operation *op = Operations::instance().find(QLatin1String(operationId));
    QStringList problems = sinch::rules::SchemaValidator::validate(body, op->responseSchema(200));
    const QJsonObject dto = Contract::schema(QStringLiteral("WhatsappTemplateDto"));
    if (dto.isEmpty())
        problems << "no WhatsappTemplateDto in the contract";
    const QJsonArray templates = body.value("templates").toArray();
    for (int i = 0; i < templates.size(); ++i)
        problems << sinch::rules::SchemaValidator::validate(templates.at(i), dto, QStringLiteral("templates.%1").arg(i));
    return problems.join("; ");
}

} // namespace sinch::test::sandboxsuite

class TestSandbox : public QObject
{
    Q_OBJECT
private slots:
    void faultSettingsParse();
    void tokenEndpoint();
    void tokenExpiry();
    void authRefused();
    void unknownRoutes();
    void webhooksCrud();
    void webhooksPaging();
    void webhookErrors();
    void injectedStatuses();
    void injectedDropAndBodies();
    void faultDiceDeterministic();
    void schemaValidatorMessages();
    void templateValidation();
    void templateLifecycle();
    void templateDraftAndDelete();
    void rcsLaunch();
    void genericFamilies();
    void seedData();
    void kakaoReview();
    void whatsappSenderLifecycle();
    void rcsUpscaleLifecycle();
    void templateReviewByValidator();
    void whatsappAccountAndSolutions();
    void serveSandbox();
    void whatsappTemplateLimits();
    void whatsappRegisterLimits();
    void analyticsNeedOnboardedAccount();
    void kakaoValidationError();
    void rcsErrorsFromState();
    void trialProject();
    void emptyProjectsHaveTheirOwnKeys();
    void scenariosAnswerDeclaredStatuses();
    void multilingualSeed();
    void templateAnalytics();
};
