#include "whatsappaccountservice.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/apirequest.h"

namespace sinch {

WhatsappAccountService::WhatsappAccountService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

bool WhatsappAccountService::isConnected() const
{
    return m_client != nullptr;
}

ApiJob *WhatsappAccountService::get() const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("AccountsController_getAccount_v1")));
}

ApiJob *WhatsappAccountService::create(const QJsonObject &account) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("AccountsController_createAccount_v1")).json(account));
}

ApiJob *WhatsappAccountService::update(const QJsonObject &changes) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("AccountsController_updateAccount_v1")).json(changes));
}

ApiJob *WhatsappAccountService::enableTemplateAnalytics() const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("TemplateAnalyticsHelpersController_enableTemplateAnalytics_v1")));
}

QJsonObject WhatsappAccountService::tokenBody(const QString &facebookToken, const QString &businessManager)
{
    QJsonObject body{{QStringLiteral("facebookToken"), facebookToken}};
    if (!businessManager.isEmpty())
        body.insert(QStringLiteral("businessManager"), businessManager);
    return body;
}

ApiJob *WhatsappAccountService::createLongLivedAccessToken(const QString &facebookToken, const QString &businessManager) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("EmbeddedSignupHelperController_createLongLivedAccessToken_v1"))
                                            .json(tokenBody(facebookToken, businessManager)));
}

ApiJob *WhatsappAccountService::listWabaDetails(const QString &facebookToken, const QString &businessManager) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("EmbeddedSignupHelperController_listWabaDetailsForToken_v1"))
                                            .json(tokenBody(facebookToken, businessManager)));
}

QString WhatsappAccountService::tokenIn(const ApiResult &result)
{
    return result.json.object().value(QLatin1String("longLivedAccessToken")).toString();
}

bool WhatsappAccountService::isMissingAccount(const ApiResult &result)
{
    return result.error.httpStatus == 404 && result.error.errorCode == QLatin1String("account_not_found");
}

} // namespace sinch
