#include "templatesync.h"

#include "api/apijob.h"

#include "api/clocktimer.h"
#include "services/templateconflictcheck.h"

namespace sinch::ui {

TemplateSync::TemplateSync(ApiClient *client, const QString &projectKey, const QJsonObject &serverTemplate,
                           const QJsonObject &document, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_templates(client, projectKey)
    , m_server(serverTemplate)
    , m_conflicts(new TemplateConflictCheck(client, projectKey, this))
    , m_reviewTimer(new ClockTimer(clock, this))
{
    // A template on the server is named by the server's name and language.
    m_name = m_server.value(QLatin1String("name")).toString(document.value(QLatin1String("name")).toString());
    m_language = m_server.value(QLatin1String("language")).toString(document.value(QLatin1String("language")).toString());
    m_reviewTimer->setObjectName(QStringLiteral("reviewTimer"));
    m_reviewTimer->setInterval(30000);
    connect(m_reviewTimer, &ClockTimer::timeout, this, &TemplateSync::checkReview);
    connect(m_conflicts, &TemplateConflictCheck::finished, this, &TemplateSync::onChecked);
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
    return m_templates.isConnected();
}

bool TemplateSync::isBusy() const
{
    return m_job || m_conflicts->isBusy();
}

void TemplateSync::stopWaiting()
{
    if (m_job)
        m_job->stop();
    m_conflicts->stopWaiting();
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
    if (isBusy() || !m_templates.isConnected())
        return;
    if (!isExisting()) {
        overwrite(document, submit);
        return;
    }
    m_checked = document;
    m_checkedSubmit = submit;
    m_conflicts->check(m_server);
}

void TemplateSync::onChecked(const ApiResult &r, bool conflicted)
{
    if (!r.ok())
        emit sent(r, m_checkedSubmit, m_checked); // not sent: the read's error says why
    else if (conflicted)
        emit conflict(r.json.object(), m_checkedSubmit);
    else
        overwrite(m_checked, m_checkedSubmit);
}

void TemplateSync::overwrite(const QJsonObject &document, bool submit)
{
    if (m_job || !m_templates.isConnected())
        return;
    m_job = isExisting() ? m_templates.update(m_name, m_language, document, submit) : m_templates.create(document, submit);
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
    if (m_reviewJob || !m_templates.isConnected() || !isExisting())
        return;
    m_reviewJob = m_templates.get(m_name, m_language);
    connect(m_reviewJob, &ApiJob::finished, this, [this](const ApiResult &r) {
        m_reviewJob = nullptr; // the next tick may ask again, even before the job is deleted
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
