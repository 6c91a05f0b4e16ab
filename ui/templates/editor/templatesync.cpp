#include "templatesync.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/apirequest.h"

#include <QJsonArray>
#include <QTimer>

namespace sinch::ui {

TemplateSync::TemplateSync(ApiClient *client, const QString &projectKey, const QJsonObject &serverTemplate,
                           const QJsonObject &document, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectKey(projectKey)
    , m_server(serverTemplate)
    , m_reviewTimer(new QTimer(this))
{
    // A template on the server is named by the server's name and language.
    m_name = m_server.value(QLatin1String("name")).toString(document.value(QLatin1String("name")).toString());
    m_language = m_server.value(QLatin1String("language")).toString(document.value(QLatin1String("language")).toString());
    m_reviewTimer->setObjectName(QStringLiteral("reviewTimer"));
    m_reviewTimer->setInterval(30000);
    connect(m_reviewTimer, &QTimer::timeout, this, &TemplateSync::checkReview);
    setServer(m_server);
}

TemplateSync::~TemplateSync()
{
    if (m_job)
        m_job->cancel();
    if (m_reviewJob)
        m_reviewJob->cancel();
}

bool TemplateSync::isConnected() const
{
    return m_client;
}

bool TemplateSync::isBusy() const
{
    return m_job;
}

bool TemplateSync::isInReview() const
{
    return isExisting()
        && m_server.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString() == QLatin1String("IN_PROGRESS");
}

void TemplateSync::setServer(const QJsonObject &server)
{
    m_server = server;
    if (isInReview()) {
        if (!m_reviewTimer->isActive())
            m_reviewTimer->start();
    } else {
        m_reviewTimer->stop();
    }
    emit serverChanged();
}

void TemplateSync::send(const QJsonObject &document, bool submit)
{
    if (m_job || !m_client)
        return;
    QJsonObject body = document;
    body.insert(QStringLiteral("status"), submit ? QStringLiteral("SUBMIT") : QStringLiteral("DRAFT"));
    // `details` always goes, with its components (CLARIFICATIONS.md).
    QJsonObject details = body.value(QLatin1String("details")).toObject();
    if (!details.contains(QLatin1String("components")))
        details.insert(QStringLiteral("components"), QJsonArray());
    body.insert(QStringLiteral("details"), details);
    ApiRequest request;
    if (isExisting()) {
        request = ApiRequest(QStringLiteral("TemplatesController_updateTemplate_v1"))
                      .path(QStringLiteral("templateName"), m_name)
                      .path(QStringLiteral("languageCode"), m_language);
        body.remove(QStringLiteral("name"));
        body.remove(QStringLiteral("language"));
    } else {
        request = ApiRequest(QStringLiteral("TemplatesController_createTemplate_v1"));
    }
    request.json(body);
    m_job = m_client->call(m_projectKey, request);
    connect(m_job, &ApiJob::finished, this, [this, submit, document](const ApiResult &r) {
        m_job = nullptr;
        if (r.ok()) {
            m_name = document.value(QLatin1String("name")).toString(m_name);
            m_language = document.value(QLatin1String("language")).toString(m_language);
            // The server's answer is its new version (state, changes ...).
            const QJsonObject answer = r.json.object();
            setServer(answer.contains(QLatin1String("name")) ? answer : document);
        }
        emit sent(r, submit, document);
    });
}

void TemplateSync::checkReview()
{
    if (m_reviewJob || !m_client || !isExisting())
        return;
    ApiRequest request(QStringLiteral("TemplatesController_getTemplate_v1"));
    request.path(QStringLiteral("templateName"), m_name).path(QStringLiteral("languageCode"), m_language);
    m_reviewJob = m_client->call(m_projectKey, request);
    connect(m_reviewJob, &ApiJob::finished, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            emit reviewChecked(r, false);
            return;
        }
        const bool wasInReview = isInReview();
        setServer(r.json.object());
        emit reviewChecked(r, wasInReview && !isInReview());
    });
}

} // namespace sinch::ui
