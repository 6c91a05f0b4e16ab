#include "namelookup.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/apirequest.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

namespace sinch::ui {

NameLookup::NameLookup(ApiClient *client, const QString &projectKey, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectKey(projectKey)
    , m_timer(new QTimer(this))
{
    m_timer->setObjectName(QStringLiteral("nameLookupTimer"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, &NameLookup::ask);
}

NameLookup::~NameLookup()
{
    if (m_job)
        m_job->cancel();
}

void NameLookup::nameChanged(const QString &name)
{
    m_name = name;
    if (m_client)
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
    if (!m_client || name.isEmpty() || m_languages.contains(name) || name == m_asked)
        return;
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9_]*[a-z0-9]$"));
    if (!valid.match(name).hasMatch())
        return;
    if (m_job)
        m_job->cancel();
    m_asked = name;
    ApiRequest request(QStringLiteral("TemplatesController_listTemplatesByName_v1"));
    request.path(QStringLiteral("templateName"), name)
        .arg(QStringLiteral("pageSize"), QStringLiteral("1000"))
        .arg(QStringLiteral("fieldMask"), QStringLiteral("language"))
        .expect(404); // the name is free
    m_job = m_client->call(m_projectKey, request);
    connect(m_job, &ApiJob::finished, this, [this, name](const ApiResult &r) {
        if (m_asked == name)
            m_asked.clear();
        QStringList languages;
        if (r.ok()) {
            for (const QJsonValue &v : r.json.object().value(QLatin1String("templates")).toArray())
                languages.append(v.toObject().value(QLatin1String("language")).toString());
        } else if (r.error.httpStatus != 404) {
            qCInfo(lcUi) << "template name not looked up:" << r.error.summary();
            return; // unknown: the server still refuses a duplicate with 409
        }
        m_languages.insert(name, languages);
        emit answered(name);
    });
}

} // namespace sinch::ui
