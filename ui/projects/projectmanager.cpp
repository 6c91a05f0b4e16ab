#include "projectmanager.h"

#include "api/apiclient.h"
#include "api/endpoint.h"
#include "storage/projectstore.h"




namespace sinch::ui {

ProjectManager::ProjectManager(ProjectStore *store, CredentialStore *credentials, ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_credentials(credentials)
    , m_client(client)
{
    if (m_credentials)
        connect(m_credentials, &CredentialStore::keychainUnavailable, this, &ProjectManager::keychainUnavailable);
    reload();
}

QString ProjectManager::keyFor(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QUuid ProjectManager::idFor(const QString &key)
{
    return QUuid(key);
}

void ProjectManager::reload()
{
    m_saved = m_store ? m_store->projects() : QList<Project>();
    emit projectsChanged();
}

void ProjectManager::addTransient(const Project &project, const QString &secret)
{
    m_transient.append(project);
    if (m_client)
        m_client->setEndpoint(keyFor(project.id), Endpoint::fromProject(project, secret));
    emit projectsChanged();
}

QList<Project> ProjectManager::projects() const
{
    return m_transient + m_saved;
}

std::optional<Project> ProjectManager::project(const QUuid &id) const
{
    for (const Project &p : m_transient + m_saved) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

bool ProjectManager::isTransient(const QUuid &id) const
{
    for (const Project &p : m_transient) {
        if (p.id == id)
            return true;
    }
    return false;
}

bool ProjectManager::isReady(const QUuid &id) const
{
    return m_client && m_client->hasEndpoint(keyFor(id));
}

QList<NamedProject> ProjectManager::readyProjects() const
{
    QList<NamedProject> ready;
    for (const Project &p : projects())
        if (isReady(p.id))
            ready.append({keyFor(p.id), p.displayName});
    return ready;
}

QString ProjectManager::problem(const QUuid &id) const
{
    return m_problems.value(id);
}

void ProjectManager::prepare(const QUuid &id)
{
    if (isReady(id)) {
        emit projectReady(id);
        return;
    }
    const std::optional<Project> p = project(id);
    if (!p || !m_credentials || m_reading.contains(id))
        return;
    m_reading.insert(id);
    const Project proj = *p;
    m_credentials->read(id, this, [this, proj](const SecretResult &r) {
        m_reading.remove(proj.id);
        if (!r.ok || r.secret.isEmpty()) {
            const QString why = r.error.isEmpty()
                ? tr("The key secret of “%1” is not in the keychain. Edit the project and enter it again.")
                      .arg(proj.displayName)
                : r.error;
            m_problems.insert(proj.id, why);
            emit projectNotReady(proj.id, why);
            return;
        }
        m_problems.remove(proj.id);
        if (m_client)
            m_client->setEndpoint(keyFor(proj.id), Endpoint::fromProject(proj, r.secret));
        emit projectReady(proj.id);
    });
}

bool ProjectManager::save(const Project &project, const QString &secret, QObject *context,
                          CredentialStore::Callback done)
{
    if (!m_store || !m_store->save(project))
        return false;
    m_problems.remove(project.id);
    if (m_client)
        m_client->setEndpoint(keyFor(project.id), Endpoint::fromProject(project, secret));
    reload();
    if (m_credentials)
        m_credentials->write(project.id, secret, context, std::move(done));
    return true;
}

void ProjectManager::remove(const QUuid &id, QObject *context, CredentialStore::Callback done)
{
    if (m_client)
        m_client->removeEndpoint(keyFor(id));
    m_problems.remove(id);
    for (int i = 0; i < m_transient.size(); ++i) {
        if (m_transient.at(i).id == id) {
            m_transient.removeAt(i);
            emit projectsChanged();
            return;
        }
    }
    if (m_store)
        m_store->remove(id);
    reload();
    if (m_credentials)
        m_credentials->remove(id, context, std::move(done));
}

} // namespace sinch::ui
