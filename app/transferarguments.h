#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace sinch::app {

// The words after `export` or `import`, parsed and checked. A pure function of its input
// (the fuzzer calls it); needs a QCoreApplication for the translations of its texts.
//
//   sinch-console export --project ID --out DIR [connection]
//   sinch-console import --project ID DIR [--dry-run] [--as-drafts] [--overwrite] [connection]
//   connection: --base-url URL --key-id ID [--token-url URL] [--auth oauth2|basic]
//
// --project names a project of the console's list (its name, its Sinch project ID or its
// local ID); with --key-id it is the Sinch project ID of a project given by the flags
// instead. The key secret never comes from a flag: SINCH_KEY_SECRET, else the keychain.
struct TransferArguments
{
    enum class Command { Export, Import };
    Command command = Command::Export;
    QString project;
    QString directory;
    bool dryRun = false;
    bool asDrafts = false;
    bool overwrite = false;
    // A project from the flags (keyId not empty) rather than from the console's list.
    QUrl baseUrl;
    QUrl tokenUrl;
    QString keyId;
    bool basicAuth = false;
    QString helpText; // --help: what to print (exit code 0)
    QString error;    // a usage error (exit code 2)

    bool fromFlags() const { return !keyId.isEmpty(); }
};

// `command` is "export" or "import"; `args` the words after it.
TransferArguments parseTransferArguments(const QString &command, const QStringList &args);

} // namespace sinch::app
