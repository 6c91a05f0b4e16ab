#pragma once

#include "storage/project.h"

#include <QCommandLineOption>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace sinch {
class ApiClient;
class CredentialStore;
class ProjectStore;
}

namespace sinch::app {

// How a headless subcommand reaches a project: one of the configured projects (named by
// its Sinch project ID, its display name or its local id) or one given by flags
// (--project with --key-id and --base-url). The key secret is never a flag (it would be in
// the shell history and the process list): it comes from the environment variable
// SINCH_KEY_SECRET, else from the keychain entry of the configured project.
class CommandLineProject
{
public:
    static constexpr const char *kSecretVariable = "SINCH_KEY_SECRET";

    CommandLineProject();
    void addOptionsTo(QCommandLineParser &parser) const;

    // The project the parsed options name, or nothing with *error set (a usage error).
    std::optional<Project> project(const QCommandLineParser &parser, const ProjectStore &store, QString *error) const;

    // The configured project `wanted` names (Sinch project ID, display name in any case,
    // local id); nothing, with *error set, when none or several do. The one rule of naming a
    // project on the command line, for every subcommand.
    static std::optional<Project> configured(const ProjectStore &store, const QString &wanted, QString *error);
    // The key secret of `project`: SINCH_KEY_SECRET, else its keychain entry (waited for on a
    // local event loop; `credentials` may be null); empty with *error set when neither has it.
    static QString secretFor(const Project &project, CredentialStore *credentials, QString *error);

    // Reads the secret (environment, else keychain: waits for it on a local event loop) and
    // points `client` at the project under `projectKey`. False with *error set when no
    // secret is found.
    static bool connect(ApiClient *client, const QString &projectKey, const Project &project,
                        CredentialStore *credentials, QString *error);

private:
    QCommandLineOption m_project;
    QCommandLineOption m_keyId;
    QCommandLineOption m_baseUrl;
    QCommandLineOption m_tokenUrl;
    QCommandLineOption m_auth;
};

} // namespace sinch::app
