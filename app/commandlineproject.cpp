#include "commandlineproject.h"

#include "auth/credentialstore.h"
#include "storage/projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sinch::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sinch::app::CommandLineProject", text);
}

} // namespace

CommandLineProject::CommandLineProject()
    : m_project(QStringLiteral("project"),
                tr("The project: a configured project's Sinch project ID, name or local id; with --key-id and --base-url "
                   "any project ID."),
                QStringLiteral("ID"))
    , m_keyId(QStringLiteral("key-id"), tr("The access key ID (a project not configured in the console)."),
              QStringLiteral("KEY"))
    , m_baseUrl(QStringLiteral("base-url"), tr("The API's address (default: the configured one, else Sinch's)."),
                QStringLiteral("URL"))
    , m_tokenUrl(QStringLiteral("token-url"), tr("The OAuth2 token endpoint (default: Sinch's)."), QStringLiteral("URL"))
    , m_auth(QStringLiteral("auth"), tr("basic or oauth2 (default: oauth2)."), QStringLiteral("MODE"))
{
}

void CommandLineProject::addOptionsTo(QCommandLineParser &parser) const
{
    parser.addOption(m_project);
    parser.addOption(m_keyId);
    parser.addOption(m_baseUrl);
    parser.addOption(m_tokenUrl);
    parser.addOption(m_auth);
}

std::optional<Project> CommandLineProject::project(const QCommandLineParser &parser, const ProjectStore &store,
                                                   QString *error) const
{
    const QString wanted = parser.value(m_project);
    if (wanted.isEmpty()) {
        *error = tr("name the project with --project ID");
        return std::nullopt;
    }
    const QString auth = parser.value(m_auth);
    if (parser.isSet(m_auth) && auth != QLatin1String("basic") && auth != QLatin1String("oauth2")) {
        *error = tr("--auth is basic or oauth2, not \"%1\"").arg(auth);
        return std::nullopt;
    }
    QString notConfigured;
    std::optional<Project> found = configured(store, wanted, &notConfigured);
    if (!found) {
        if (!parser.isSet(m_keyId)) {
            *error = notConfigured;
            return std::nullopt;
        }
        found = Project();
        found->id = QUuid::createUuid();
        found->displayName = wanted;
        found->projectId = wanted;
    }
    if (parser.isSet(m_keyId))
        found->keyId = parser.value(m_keyId);
    if (parser.isSet(m_baseUrl))
        found->baseUrl = QUrl(parser.value(m_baseUrl));
    if (parser.isSet(m_tokenUrl))
        found->tokenUrl = QUrl(parser.value(m_tokenUrl));
    if (parser.isSet(m_auth))
        found->authMode = authModeFromString(auth);
    if (const QStringList problems = found->errors(); !problems.isEmpty()) {
        *error = problems.join(QLatin1Char(' '));
        return std::nullopt;
    }
    return found;
}

std::optional<Project> CommandLineProject::configured(const ProjectStore &store, const QString &wanted, QString *error)
{
    QList<Project> matches;
    for (const Project &p : store.projects())
        if (p.projectId == wanted || p.displayName.compare(wanted, Qt::CaseInsensitive) == 0
            || p.id.toString(QUuid::WithoutBraces) == wanted || p.id == QUuid(wanted))
            matches << p;
    if (matches.size() == 1)
        return matches.constFirst();
    *error = matches.isEmpty()
        ? tr("no configured project is \"%1\"; add it in the console, or give --key-id (and --base-url) to reach it without one")
              .arg(wanted)
        : tr("\"%1\" names %2 configured projects: use the Sinch project ID").arg(wanted).arg(matches.size());
    return std::nullopt;
}

void CommandLineProject::readSecret(const Project &project, CredentialStore *credentials, QObject *context,
                                    SecretCallback done)
{
    const auto missing = [project](const QString &keychainError) {
        return tr("no key secret for %1%2: set %3 or save the project's secret in the console (a secret is never "
                  "taken from a flag)")
            .arg(project.displayName, keychainError.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(keychainError),
                 QString::fromLatin1(kSecretVariable));
    };
    const QString fromEnvironment = qEnvironmentVariable(kSecretVariable);
    if (!fromEnvironment.isEmpty() || !credentials) {
        done(fromEnvironment, fromEnvironment.isEmpty() ? missing(QString()) : QString());
        return;
    }
    credentials->read(project.id, context, [done, missing](const SecretResult &r) {
        if (r.ok && !r.secret.isEmpty())
            done(r.secret, QString());
        else
            done(QString(), missing(r.error));
    });
}

} // namespace sinch::app
