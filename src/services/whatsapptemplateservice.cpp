#include "whatsapptemplateservice.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/apirequest.h"

#include <QJsonArray>

namespace sinch {

namespace {
const QString kName = QStringLiteral("templateName");
const QString kLanguage = QStringLiteral("languageCode");
}

WhatsappTemplateService::WhatsappTemplateService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

bool WhatsappTemplateService::isConnected() const
{
    return m_client;
}

ApiRequest WhatsappTemplateService::listRequest()
{
    return ApiRequest(QStringLiteral("TemplatesController_listTemplates_v1"));
}

ApiJob *WhatsappTemplateService::get(const QString &name, const QString &language) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("TemplatesController_getTemplate_v1"))
                                            .path(kName, name).path(kLanguage, language));
}

ApiJob *WhatsappTemplateService::languagesOf(const QString &name) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("TemplatesController_listTemplatesByName_v1"))
                                            .path(kName, name)
                                            .arg(QStringLiteral("pageSize"), QStringLiteral("1000"))
                                            .arg(QStringLiteral("fieldMask"), QStringLiteral("language"))
                                            .expect(404)); // the name is free
}

QStringList WhatsappTemplateService::languagesIn(const ApiResult &result)
{
    QStringList languages;
    for (const QJsonValue &v : result.json.object().value(QLatin1String("templates")).toArray())
        languages.append(v.toObject().value(QLatin1String("language")).toString());
    return languages;
}

QJsonObject WhatsappTemplateService::saveBody(const QJsonObject &document, bool submit)
{
    QJsonObject body = document;
    body.insert(QStringLiteral("status"), submit ? QStringLiteral("SUBMIT") : QStringLiteral("DRAFT"));
    // `details` always goes, with its components (CLARIFICATIONS.md: required even for drafts).
    QJsonObject details = body.value(QLatin1String("details")).toObject();
    if (!details.contains(QLatin1String("components")))
        details.insert(QStringLiteral("components"), QJsonArray());
    body.insert(QStringLiteral("details"), details);
    return body;
}

ApiJob *WhatsappTemplateService::create(const QJsonObject &document, bool submit) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("TemplatesController_createTemplate_v1")).json(saveBody(document, submit)));
}

ApiJob *WhatsappTemplateService::update(const QString &name, const QString &language, const QJsonObject &document, bool submit) const
{
    // The name and language address the template; they are not part of an update.
    QJsonObject body = saveBody(document, submit);
    body.remove(QStringLiteral("name"));
    body.remove(QStringLiteral("language"));
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("TemplatesController_updateTemplate_v1"))
                                            .path(kName, name).path(kLanguage, language).json(body));
}

ApiJob *WhatsappTemplateService::remove(const QString &name, const QString &language, bool deleteSubmitted) const
{
    ApiRequest request(language.isEmpty() ? QStringLiteral("TemplatesController_deleteTemplatesByName_v1")
                                          : QStringLiteral("TemplatesController_deleteTemplateByNameAndLanguage_v1"));
    request.path(kName, name);
    if (!language.isEmpty())
        request.path(kLanguage, language);
    if (deleteSubmitted)
        request.arg(QStringLiteral("deleteSubmitted"), QStringLiteral("true"));
    return m_client->call(m_projectKey, request);
}

ApiJob *WhatsappTemplateService::compare(const QString &name, const QString &language, const QString &otherName,
                                         const QString &otherLanguage, const QString &timeframe) const
{
    const QJsonObject body{
        {QStringLiteral("templates"), QJsonArray{QJsonObject{{QStringLiteral("templateName"), otherName},
                                                             {QStringLiteral("templateLanguage"), otherLanguage}}}},
        {QStringLiteral("timeframe"), timeframe}};
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("TemplatesController_compareTemplates_v1"))
                                            .path(kName, name).path(kLanguage, language).json(body));
}

} // namespace sinch
