#pragma once

#include "auth/credentialstore.h"
#include "namedproject.h"
#include "storage/project.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <optional>

#include "api/apiclient.h"
#include "storage/projectstore.h"

namespace sinch::ui {

// The projects the window knows: those saved in ProjectStore plus transient ones (the
// built-in sandbox), and for each whether ApiClient has its endpoint yet. Secrets are
// read from the keychain asynchronously when a project is first used; a transient
// project's secret goes straight to ApiClient and nowhere else.
class ProjectManager : public QObject
{
    Q_OBJECT
public:
    ProjectManager(ProjectStore *store, CredentialStore *credentials, ApiClient *client, QObject *parent = nullptr);

    // The key of a project in ApiClient: its stable local id.
    static QString keyFor(const QUuid &id);
    // The project a key names (keyFor's inverse; null for another key).
    static QUuid idFor(const QString &key);

    void reload();
    void addTransient(const Project &project, const QString &secret);

    QList<Project> projects() const;     // transient first, then saved ones by name
    std::optional<Project> project(const QUuid &id) const;
    bool isTransient(const QUuid &id) const;

    // Reads the secret when needed; projectReady() or projectNotReady() follows.
    void prepare(const QUuid &id);
    bool isReady(const QUuid &id) const;
    QString problem(const QUuid &id) const; // why it is not ready, for the user
    // The projects ApiClient can reach now, in projects() order.
    QList<NamedProject> readyProjects() const;

    // Saves the project (settings) and its secret (keychain); `done` gets the keychain's
    // answer. Returns false (and saves nothing) when the store refuses the project.
    bool save(const Project &project, const QString &secret, QObject *context, CredentialStore::Callback done);
    // Forgets the project: settings, keychain entry and endpoint.
    void remove(const QUuid &id, QObject *context, CredentialStore::Callback done);

    ProjectStore *store() const { return m_store; }
    CredentialStore *credentials() const { return m_credentials; }
    ApiClient *client() const { return m_client; }

signals:
    void projectsChanged();
    void projectReady(const QUuid &id);
    void projectNotReady(const QUuid &id, const QString &why);
    void keychainUnavailable(const QString &reason);

private:
    QPointer<ProjectStore> m_store;
    QPointer<CredentialStore> m_credentials;
    QPointer<ApiClient> m_client;
    QList<Project> m_saved;
    QList<Project> m_transient;
    QSet<QUuid> m_reading;
    QHash<QUuid, QString> m_problems;
};

} // namespace sinch::ui
