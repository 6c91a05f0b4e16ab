#pragma once

#include "project.h"

#include <QList>
#include <QObject>
#include <QSettings>
#include <memory>
#include <optional>

namespace sinch {

// The list of projects in QSettings (organisation "sinch-console"), without secrets.
// Group "projects/<uuid>" holds displayName, projectId, keyId, authMode, baseUrl, tokenUrl;
// "lastProject" the uuid of the last used one. Sandbox projects are never written.
class ProjectStore : public QObject
{
    Q_OBJECT
public:
    // Uses the default QSettings of the application.
    explicit ProjectStore(QObject *parent = nullptr);
    // Uses the given settings file (tests).
    explicit ProjectStore(const QString &settingsFile, QObject *parent = nullptr);
    ~ProjectStore() override;

    QList<Project> projects() const;          // sorted by display name
    std::optional<Project> project(const QUuid &id) const;

    // Adds or updates. Refuses (returns false) a project whose errors() is not empty.
    bool save(const Project &project);
    void remove(const QUuid &id);

    // The numbers a project's test messages went to, the latest first ("testRecipients/<projectId>").
    QStringList testRecipients(const QString &projectId) const;
    void addTestRecipient(const QString &projectId, const QString &number);

    QUuid lastProject() const;
    void setLastProject(const QUuid &id);

signals:
    void projectsChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sinch
