#include "templatecatalog.h"

#include "api/apiclient.h"
#include "api/apirequest.h"
#include "api/pager.h"
#include "storage/deletedtemplatelog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sinch {

TemplateCatalog::TemplateCatalog(ApiClient *client, QString projectKey, DeletedTemplateLog *deletedLog, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectKey(std::move(projectKey))
    , m_deletedLog(deletedLog)
{
}

TemplateCatalog::~TemplateCatalog() = default;

bool TemplateCatalog::isLoading() const
{
    return m_pager && m_pager->isFetching();
}

void TemplateCatalog::load()
{
    if (m_loaded || isLoading() || !m_client)
        return;
    reload();
}

void TemplateCatalog::reload()
{
    if (!m_client)
        return;
    delete m_pager;
    m_loading.clear();
    ApiRequest first(QStringLiteral("TemplatesController_listTemplates_v1"));
    for (const char *field : {"name", "language", "state"})
        first.arg(QStringLiteral("fieldMask"), QString::fromLatin1(field));
    m_pager = new Pager(m_client, m_projectKey, first, this);
    m_pager->setPageSize(1000); // the contract's largest page: few requests for big projects
    connect(m_pager, &Pager::pageReceived, this, [this](const QJsonArray &items) {
        for (const QJsonValue &v : items) {
            const QJsonObject t = v.toObject();
            m_loading[t.value(QLatin1String("name")).toString()].insert(t.value(QLatin1String("language")).toString(),
                                                                        t.value(QLatin1String("state")).toString());
        }
    });
    connect(m_pager, &Pager::finished, this, [this] {
        m_states = std::exchange(m_loading, {});
        m_loaded = true;
        emit changed();
    });
    connect(m_pager, &Pager::failed, this, &TemplateCatalog::failed);
    m_pager->fetchAll();
}

QStringList TemplateCatalog::names() const
{
    QStringList out = m_states.keys();
    out.sort();
    return out;
}

QStringList TemplateCatalog::languagesOf(const QString &name) const
{
    QStringList out = m_states.value(name).keys();
    out.sort();
    return out;
}

QString TemplateCatalog::stateOf(const QString &name, const QString &language) const
{
    return m_states.value(name).value(language);
}

int TemplateCatalog::count() const
{
    int n = 0;
    for (const auto &languages : m_states)
        n += int(languages.size());
    return n;
}

rules::ProjectTemplates TemplateCatalog::projectTemplates(const QDate &today) const
{
    rules::ProjectTemplates out;
    out.today = today;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it)
        for (auto l = it.value().cbegin(); l != it.value().cend(); ++l)
            out.existing.insert(rules::ProjectTemplates::key(it.key(), l.key()));
    if (m_deletedLog)
        out.deletedOn = m_deletedLog->deletedNames(m_projectKey, today);
    return out;
}

void TemplateCatalog::recordSaved(const QJsonObject &serverTemplate)
{
    const QString name = serverTemplate.value(QLatin1String("name")).toString();
    const QString language = serverTemplate.value(QLatin1String("language")).toString();
    if (name.isEmpty() || language.isEmpty())
        return;
    m_states[name].insert(language, serverTemplate.value(QLatin1String("state")).toString());
    emit changed();
}

void TemplateCatalog::recordDeleted(const QString &name, const QString &language, bool deleteSubmitted)
{
    if (!deleteSubmitted && !language.isEmpty())
        return; // only the pending changes went: the template stays
    if (language.isEmpty())
        m_states.remove(name);
    else if (m_states.contains(name)) {
        m_states[name].remove(language);
        if (m_states.value(name).isEmpty())
            m_states.remove(name);
    }
    // A deleted name (or a language of it) cannot be reused for 30 days: remember when.
    if (m_deletedLog)
        m_deletedLog->record(m_projectKey, name);
    emit changed();
}

} // namespace sinch
