#include "templateconflictcheck.h"

#include "api/apijob.h"

namespace sinch {

TemplateConflictCheck::TemplateConflictCheck(ApiClient *client, const QString &projectKey, QObject *parent)
    : QObject(parent)
    , m_templates(client, projectKey)
{
}

bool TemplateConflictCheck::sameVersion(const QJsonObject &base, const QJsonObject &fresh)
{
    for (const QLatin1String key : {QLatin1String("details"), QLatin1String("changes")})
        if (base.value(key) != fresh.value(key))
            return false;
    return true;
}

void TemplateConflictCheck::check(const QJsonObject &base)
{
    if (m_job)
        return;
    m_job = m_templates.get(base.value(QLatin1String("name")).toString(), base.value(QLatin1String("language")).toString());
    connect(m_job, &ApiJob::finished, this, [this, base](const ApiResult &r) {
        m_job = nullptr;
        emit finished(r, r.ok() && !sameVersion(base, r.json.object()));
    });
}

void TemplateConflictCheck::stopWaiting()
{
    if (m_job)
        m_job->stop();
}

} // namespace sinch
