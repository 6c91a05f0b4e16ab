#include "kakaotalksenderservice.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/apiresult.h"

namespace sinch {

namespace {
QString action(bool submit)
{
    return submit ? QStringLiteral("SUBMIT") : QStringLiteral("DRAFT");
}
}

KakaotalkSenderService::KakaotalkSenderService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

bool KakaotalkSenderService::isConnected() const
{
    return m_client != nullptr;
}

ApiRequest KakaotalkSenderService::listRequest()
{
    return ApiRequest(QStringLiteral("KakaotalkSendersController_listSenders_v1"));
}

ApiJob *KakaotalkSenderService::call(const QString &operationId, const QString &plusFriendId, const QJsonObject &body) const
{
    ApiRequest request(operationId);
    request.path(QStringLiteral("plusFriendId"), plusFriendId);
    if (!body.isEmpty())
        request.json(body);
    return m_client->call(m_projectKey, request);
}

ApiJob *KakaotalkSenderService::get(const QString &plusFriendId) const
{
    return call(QStringLiteral("SendersController_getSender_v1"), plusFriendId);
}

ApiJob *KakaotalkSenderService::create(const QJsonObject &sender, bool submit) const
{
    QJsonObject body = sender;
    body.insert(QStringLiteral("status"), action(submit));
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("KakaotalkSendersController_createSender_v1")).json(body));
}

ApiJob *KakaotalkSenderService::update(const QString &plusFriendId, const QJsonObject &details, bool submit) const
{
    // The status always travels: create defaults to SUBMIT, update to DRAFT.
    return call(QStringLiteral("SendersController_updateSender_v1"), plusFriendId,
                QJsonObject{{QStringLiteral("status"), action(submit)}, {QStringLiteral("details"), details}});
}

ApiJob *KakaotalkSenderService::registerSender(const QString &plusFriendId) const
{
    return call(QStringLiteral("SendersController_registerSender_v1"), plusFriendId);
}

ApiJob *KakaotalkSenderService::verify(const QString &plusFriendId, const QString &token) const
{
    bool digits = false;
    const qint64 number = token.trimmed().toLongLong(&digits);
    const QJsonValue code = digits ? QJsonValue(double(number)) : QJsonValue(token);
    return call(QStringLiteral("SendersController_verifySender_v1"), plusFriendId, QJsonObject{{QStringLiteral("code"), code}});
}

ApiJob *KakaotalkSenderService::remove(const QString &plusFriendId) const
{
    return call(QStringLiteral("SendersController_deleteSender_v1"), plusFriendId);
}

ApiJob *KakaotalkSenderService::removeChanges(const QString &plusFriendId) const
{
    return call(QStringLiteral("KakaotalkSendersController_deleteChanges_v1"), plusFriendId);
}

ApiJob *KakaotalkSenderService::senderCategories() const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("CategoriesController_listSenderCategories_v1")));
}

QJsonArray KakaotalkSenderService::categoriesIn(const ApiResult &result)
{
    return result.json.object().value(QLatin1String("categories")).toArray();
}

} // namespace sinch
