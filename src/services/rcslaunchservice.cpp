#include "rcslaunchservice.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/apirequest.h"
#include "rules/contractlimits.h"
#include "rules/schemavalidator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sinch {

namespace {
const QString kSender = QStringLiteral("senderId");
const QString kNumber = QStringLiteral("testNumber");
}

RcsLaunchService::RcsLaunchService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

ApiJob *RcsLaunchService::get(const QString &senderId) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("RcsSendersController_getSender_v1")).path(kSender, senderId));
}

ApiJob *RcsLaunchService::launch(const QString &senderId) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("SendersController_launchSender_v1")).path(kSender, senderId));
}

ApiJob *RcsLaunchService::addTestNumbers(const QString &senderId, const QStringList &numbers) const
{
    const QJsonObject body{{QStringLiteral("testNumbers"), QJsonArray::fromStringList(numbers)}};
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("SendersController_addTestNumbers_v1"))
                                            .path(kSender, senderId).json(body));
}

ApiJob *RcsLaunchService::resendInvite(const QString &senderId, const QString &number) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("SendersController_retryTestNumber_v1"))
                                            .path(kSender, senderId).path(kNumber, number));
}

ApiJob *RcsLaunchService::capabilities(const QString &senderId, const QString &number) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("SendersController_getTestNumberCapabilities_v1"))
                                            .path(kSender, senderId).path(kNumber, number));
}

ApiJob *RcsLaunchService::removeTestNumber(const QString &senderId, const QString &number) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("SendersController_deleteTestNumber_v1"))
                                            .path(kSender, senderId).path(kNumber, number));
}

namespace {
QJsonObject testNumbersSchema()
{
    using rules::ContractLimits;
    return ContractLimits::property(ContractLimits::properties(QStringLiteral("RcsTestNumbersInputDto")),
                                    QStringLiteral("testNumbers"));
}
}

int RcsLaunchService::maxTestNumbers()
{
    return rules::ContractLimits::intOf(testNumbersSchema(), "maxItems", 20);
}

QString RcsLaunchService::testNumberProblem(const QString &number)
{
    const QString format = testNumbersSchema().value(QLatin1String("items")).toObject().value(QLatin1String("format")).toString();
    return rules::SchemaValidator::formatProblem(number, format);
}

} // namespace sinch
