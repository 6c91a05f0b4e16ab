#include "projectstore.h"

#include <QCollator>
#include <QLoggingCategory>

#include <algorithm>

namespace {
Q_LOGGING_CATEGORY(lcStorage, "sinch.storage", QtWarningMsg)

const QString kProjectsGroup = QStringLiteral("projects");
const QString kLastProject = QStringLiteral("lastProject");
const QString kDisplayName = QStringLiteral("displayName");
const QString kProjectId = QStringLiteral("projectId");
const QString kKeyId = QStringLiteral("keyId");
const QString kAuthMode = QStringLiteral("authMode");
const QString kBaseUrl = QStringLiteral("baseUrl");
const QString kConversationUrl = QStringLiteral("conversationUrl");
const QString kTestRecipientsGroup = QStringLiteral("testRecipients");
const QString kTokenUrl = QStringLiteral("tokenUrl");

QString groupName(const QUuid &id)
{
    return kProjectsGroup + QLatin1Char('/') + id.toString(QUuid::WithoutBraces);
}
} // namespace

namespace sinch {

ProjectStore::ProjectStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QStringLiteral("sinch-console"), QStringLiteral("sinch-console")))
{
}

ProjectStore::ProjectStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

ProjectStore::~ProjectStore() = default;

std::optional<Project> ProjectStore::project(const QUuid &id) const
{
    if (id.isNull())
        return std::nullopt;
    m_settings->beginGroup(groupName(id));
    const bool exists = m_settings->contains(kProjectId) || m_settings->contains(kDisplayName);
    std::optional<Project> out;
    if (exists) {
        Project p;
        p.id = id;
        p.displayName = m_settings->value(kDisplayName).toString();
        p.projectId = m_settings->value(kProjectId).toString();
        p.keyId = m_settings->value(kKeyId).toString();
        p.authMode = authModeFromString(m_settings->value(kAuthMode).toString());
        if (m_settings->contains(kBaseUrl))
            p.baseUrl = QUrl(m_settings->value(kBaseUrl).toString());
        if (m_settings->contains(kTokenUrl))
            p.tokenUrl = QUrl(m_settings->value(kTokenUrl).toString());
        if (m_settings->contains(kConversationUrl))
            p.conversationUrl = QUrl(m_settings->value(kConversationUrl).toString());
        p.sandbox = false;
        out = p;
    }
    m_settings->endGroup();
    return out;
}

QList<Project> ProjectStore::projects() const
{
    m_settings->beginGroup(kProjectsGroup);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();

    QList<Project> out;
    for (const QString &group : groups) {
        const QUuid id = QUuid::fromString(group);
        if (id.isNull()) {
            qCWarning(lcStorage) << "ignoring settings group with no project id:" << group;
            continue;
        }
        if (auto p = project(id))
            out.append(*p);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(out.begin(), out.end(), [&collator](const Project &a, const Project &b) {
        const int c = collator.compare(a.displayName, b.displayName);
        if (c != 0)
            return c < 0;
        return a.id.toString() < b.id.toString(); // a stable order for equal names
    });
    return out;
}

bool ProjectStore::save(const Project &project)
{
    if (project.sandbox) {
        qCDebug(lcStorage) << "the sandbox project is never saved";
        return false;
    }
    if (project.id.isNull()) {
        qCWarning(lcStorage) << "refusing to save a project without a local id";
        return false;
    }
    if (const QStringList errors = project.errors(); !errors.isEmpty()) {
        qCDebug(lcStorage) << "refusing to save an invalid project:" << errors;
        return false;
    }

    // Rewrite the whole group so that nothing stale (or written by an older version) survives.
    const QString group = groupName(project.id);
    m_settings->remove(group);
    m_settings->beginGroup(group);
    m_settings->setValue(kDisplayName, project.displayName);
    m_settings->setValue(kProjectId, project.projectId);
    m_settings->setValue(kKeyId, project.keyId);
    m_settings->setValue(kAuthMode, authModeToString(project.authMode));
    m_settings->setValue(kBaseUrl, project.baseUrl.toString());
    m_settings->setValue(kTokenUrl, project.tokenUrl.toString());
    m_settings->setValue(kConversationUrl, project.conversationUrl.toString());
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcStorage) << "could not write the project list to" << m_settings->fileName();
        return false;
    }
    qCDebug(lcStorage) << "saved project" << project.id;
    emit projectsChanged();
    return true;
}

void ProjectStore::remove(const QUuid &id)
{
    if (id.isNull())
        return;
    const bool existed = project(id).has_value();
    m_settings->remove(groupName(id));
    if (QUuid::fromString(m_settings->value(kLastProject).toString()) == id)
        m_settings->remove(kLastProject);
    m_settings->sync();
    if (existed) {
        qCDebug(lcStorage) << "removed project" << id;
        emit projectsChanged();
    }
}

QUuid ProjectStore::lastProject() const
{
    const QUuid id = QUuid::fromString(m_settings->value(kLastProject).toString());
    // Only a project that is still stored counts; a dangling id reads as none.
    return project(id) ? id : QUuid();
}

void ProjectStore::setLastProject(const QUuid &id)
{
    if (id.isNull()) {
        m_settings->remove(kLastProject);
    } else if (!project(id)) {
        // The sandbox (and any project not saved) is never remembered across runs.
        qCDebug(lcStorage) << "not remembering unsaved project" << id << "as the last one";
        return;
    } else {
        m_settings->setValue(kLastProject, id.toString(QUuid::WithoutBraces));
    }
    m_settings->sync();
}

// Kept apart from the project's group (which save() rewrites), keyed by the Sinch project
// ID so the sandbox's project has its list too.
QStringList ProjectStore::testRecipients(const QString &projectId) const
{
    return m_settings->value(kTestRecipientsGroup + QLatin1Char('/') + projectId).toStringList();
}

void ProjectStore::addTestRecipient(const QString &projectId, const QString &number)
{
    QStringList list = testRecipients(projectId);
    list.removeAll(number);
    list.prepend(number); // the last one used comes first
    m_settings->setValue(kTestRecipientsGroup + QLatin1Char('/') + projectId, list);
    m_settings->sync();
}

} // namespace sinch
