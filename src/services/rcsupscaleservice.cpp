#include "rcsupscaleservice.h"

#include "api/pager.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "rules/contractlimits.h"
#include "rules/schemavalidator.h"

#include <QJsonObject>

namespace sinch {

namespace {
const QString kUpscale = QStringLiteral("upscaleId");
}

RcsUpscaleService::RcsUpscaleService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

ApiRequest RcsUpscaleService::listRequest()
{
    return ApiRequest(QStringLiteral("UpscalesController_listUpscales_v1"));
}

Pager *RcsUpscaleService::allPages(const ApiRequest &list, QObject *parent) const
{
    auto *pager = new Pager(m_client, m_projectKey, list, parent);
    // As few requests as the contract allows: an account has a handful of upscales.
    pager->setPageSize(Pager::pageSizeFor(list.operationId, 100));
    return pager;
}

ApiJob *RcsUpscaleService::list() const
{
    return m_client->call(m_projectKey, listRequest());
}

ApiJob *RcsUpscaleService::get(const QString &upscaleId) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("UpscalesController_getUpscale_v1")).path(kUpscale, upscaleId));
}

ApiJob *RcsUpscaleService::create(const QString &countryCode, const QString &rcsSenderId, const QString &smsNumberId) const
{
    const QJsonObject body{
        {QStringLiteral("countryCode"), countryCode},
        {QStringLiteral("details"), QJsonObject{
             {QStringLiteral("rcs"), QJsonObject{{QStringLiteral("senderId"), rcsSenderId}}},
             {QStringLiteral("sms"), QJsonObject{{QStringLiteral("type"), QStringLiteral("NUMERIC")},
                                                 {QStringLiteral("numberId"), smsNumberId}}}}}};
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("UpscalesController_createUpscale_v1")).json(body));
}

ApiJob *RcsUpscaleService::remove(const QString &upscaleId) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("UpscalesController_deleteUpscale_v1")).path(kUpscale, upscaleId));
}

ApiJob *RcsUpscaleService::retry(const QString &upscaleId) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("UpscalesController_retryUpscale_v1")).path(kUpscale, upscaleId));
}

ApiRequest RcsUpscaleService::senderListRequest()
{
    return ApiRequest(QStringLiteral("UpscaleSendersController_listUpscaleSenders_v1"));
}

ApiJob *RcsUpscaleService::senders() const
{
    return m_client->call(m_projectKey, senderListRequest());
}

ApiJob *RcsUpscaleService::sender(const QString &senderId) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("UpscaleSendersController_getUpscaleSender_v1"))
                                            .path(QStringLiteral("senderId"), senderId));
}

QString RcsUpscaleService::smsNumberIdProblem(const QString &id)
{
    using rules::ContractLimits;
    const QJsonObject numberId = ContractLimits::property(
        ContractLimits::properties(QStringLiteral("RcsInputUpscaleDetailsSmsNumericDto")), QStringLiteral("numberId"));
    return rules::SchemaValidator::formatProblem(id, numberId.value(QLatin1String("format")).toString());
}

QStringList RcsUpscaleService::countries()
{
    using rules::ContractLimits;
    const QJsonObject country = ContractLimits::property(ContractLimits::properties(QStringLiteral("RcsInputRcsUpscaleDto")),
                                                         QStringLiteral("countryCode"));
    return ContractLimits::enumOf(country);
}

} // namespace sinch
