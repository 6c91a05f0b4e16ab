#include "kakaotalktemplateservice.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/apiresult.h"

namespace sinch {

namespace {

const QString kPlusFriendId = QStringLiteral("plusFriendId");
const QString kTemplateCode = QStringLiteral("templateCode");

// KakaotalkActions: what a create or an update asks for.
QString action(bool submit)
{
    return submit ? QStringLiteral("SUBMIT") : QStringLiteral("DRAFT");
}

} // namespace

KakaotalkTemplateService::KakaotalkTemplateService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

bool KakaotalkTemplateService::isConnected() const
{
    return m_client != nullptr;
}

ApiRequest KakaotalkTemplateService::listRequest(const QString &plusFriendId, const Filter &filter)
{
    ApiRequest request(QStringLiteral("KakaotalkTemplatesController_listTemplates_v1"));
    request.path(kPlusFriendId, plusFriendId);
    for (const QString &state : filter.states)
        request.arg(QStringLiteral("filterStates"), state);
    for (const QString &status : filter.statuses)
        request.arg(QStringLiteral("filterStatuses"), status);
    if (!filter.templateName.trimmed().isEmpty())
        request.arg(QStringLiteral("templateName"), filter.templateName.trimmed());
    return request;
}

ApiRequest KakaotalkTemplateService::categoriesRequest(const QString &plusFriendId)
{
    return ApiRequest(QStringLiteral("CategoriesController_getTemplateCategories_v1")).path(kPlusFriendId, plusFriendId);
}

ApiJob *KakaotalkTemplateService::call(const QString &operationId, const QString &plusFriendId, const QString &templateCode,
                                       const QJsonObject &body) const
{
    ApiRequest request(operationId);
    request.path(kPlusFriendId, plusFriendId);
    if (!templateCode.isEmpty())
        request.path(kTemplateCode, templateCode);
    if (!body.isEmpty())
        request.json(body);
    return m_client->call(m_projectKey, request);
}

ApiJob *KakaotalkTemplateService::get(const QString &plusFriendId, const QString &templateCode) const
{
    return call(QStringLiteral("TemplatesController_get_v1"), plusFriendId, templateCode);
}

ApiJob *KakaotalkTemplateService::create(const QString &plusFriendId, const QJsonObject &details, bool submit) const
{
    return call(QStringLiteral("KakaotalkTemplatesController_createTemplate_v1"), plusFriendId, QString(),
                QJsonObject{{QStringLiteral("status"), action(submit)}, {QStringLiteral("details"), details}});
}

ApiJob *KakaotalkTemplateService::update(const QString &plusFriendId, const QString &templateCode, const QJsonObject &details,
                                         bool submit) const
{
    return call(QStringLiteral("KakaotalkTemplatesController_updateTemplate_v1"), plusFriendId, templateCode,
                QJsonObject{{QStringLiteral("status"), action(submit)}, {QStringLiteral("details"), details}});
}

ApiJob *KakaotalkTemplateService::remove(const QString &plusFriendId, const QString &templateCode) const
{
    return call(QStringLiteral("TemplatesController_deleteTemplate_v1"), plusFriendId, templateCode);
}

ApiJob *KakaotalkTemplateService::removeChanges(const QString &plusFriendId, const QString &templateCode) const
{
    return call(QStringLiteral("TemplatesController_deleteTemplateDraft_v1"), plusFriendId, templateCode);
}

QJsonArray KakaotalkTemplateService::templatesIn(const ApiResult &result)
{
    return result.json.object().value(QLatin1String("templates")).toArray();
}

QJsonArray KakaotalkTemplateService::categoriesIn(const ApiResult &result)
{
    return result.json.object().value(QLatin1String("categories")).toArray();
}

QJsonObject KakaotalkTemplateService::editedDetails(const QJsonObject &serverTemplate)
{
    const QJsonObject changes = serverTemplate.value(QLatin1String("changes")).toObject();
    if (changes.value(QLatin1String("details")).isObject())
        return changes.value(QLatin1String("details")).toObject();
    return serverTemplate.value(QLatin1String("details")).toObject();
}

} // namespace sinch
