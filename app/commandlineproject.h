#pragma once

#include "storage/project.h"

#include <QCommandLineOption>
#include <QString>

#include <functional>
#include <optional>

class QCommandLineParser;
class QObject;

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
    // The key secret of `project`: SINCH_KEY_SECRET, else its keychain entry (`credentials`
    // may be null: then the environment only). `done` gets the secret, or an empty one and a
    // sentence that says where to put it; it is called at once from the environment, else
    // when the keychain answers (on the caller's event loop; while `context` lives).
    using SecretCallback = std::function<void(const QString &secret, const QString &error)>;
    static void readSecret(const Project &project, CredentialStore *credentials, QObject *context, SecretCallback done);

private:
    QCommandLineOption m_project;
    QCommandLineOption m_keyId;
    QCommandLineOption m_baseUrl;
    QCommandLineOption m_tokenUrl;
    QCommandLineOption m_auth;
};

} // namespace sinch::app
