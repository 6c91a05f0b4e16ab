#include "namelookup.h"

#include "api/apijob.h"
#include "logging.h"

#include <QRegularExpression>
#include "api/clocktimer.h"

namespace sinch::ui {

NameLookup::NameLookup(ApiClient *client, const QString &projectKey, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_templates(client, projectKey)
    , m_timer(new ClockTimer(clock, this))
{
    m_timer->setObjectName(QStringLiteral("nameLookupTimer"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &ClockTimer::timeout, this, &NameLookup::ask);
}

NameLookup::~NameLookup()
{
    if (m_job)
        m_job->cancel();
}

void NameLookup::nameChanged(const QString &name)
{
    m_name = name;
    if (m_templates.isConnected())
        m_timer->start();
}

void NameLookup::stop()
{
    m_timer->stop();
    if (m_job)
        m_job->cancel();
}

void NameLookup::ask()
{
    const QString name = m_name;
    if (!m_templates.isConnected() || name.isEmpty() || m_languages.contains(name) || name == m_asked)
        return;
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9_]*[a-z0-9]$"));
    if (!valid.match(name).hasMatch())
        return;
    if (m_job)
        m_job->cancel();
    m_asked = name;
    m_job = m_templates.languagesOf(name);
    connect(m_job, &ApiJob::finished, this, [this, name](const ApiResult &r) {
        if (m_asked == name)
            m_asked.clear();
        QStringList languages;
        if (r.ok()) {
            languages = WhatsappTemplateService::languagesIn(r);
        } else if (r.error.httpStatus != 404) {
            qCInfo(lcUi) << "template name not looked up:" << r.error.summary();
            return; // unknown: the server still refuses a duplicate with 409
        }
        m_languages.insert(name, languages);
        emit answered(name);
    });
}

} // namespace sinch::ui
