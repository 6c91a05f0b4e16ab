#include "transferarguments.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sinch::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sinch::app", text); // the context lupdate gives a free function here
}

} // namespace

TransferArguments parseTransferArguments(const QString &command, const QStringList &args)
{
    TransferArguments a;
    const bool isImport = command == QLatin1String("import");
    a.command = isImport ? TransferArguments::Command::Import : TransferArguments::Command::Export;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        isImport ? tr("Recreate the templates and webhooks of a project export in another project: first the plan "
                      "(create, identical, conflict with its differences), then, without --dry-run, the changes. "
                      "Templates are created as drafts on the server, never submitted; with --as-drafts they become local "
                      "drafts of the console instead. Each new webhook asks for its secret (an empty answer, or no "
                      "terminal, generates one, shown once).\nThe key secret comes from SINCH_KEY_SECRET or the keychain.")
                 : tr("Export every readable resource of a project (WhatsApp account, senders, templates, flows, "
                      "KakaoTalk senders and templates, RCS senders, webhooks, activities) as JSON files with a "
                      "manifest.json; a rerun rewrites only what changed. No secret or token is written.\n"
                      "The key secret comes from SINCH_KEY_SECRET or the keychain."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption project(QStringLiteral("project"),
                                     tr("The project: a name, Sinch project ID or local ID of the console's list; with "
                                        "--key-id, the Sinch project ID."),
                                     QStringLiteral("ID"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The folder to export into."), QStringLiteral("DIR"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Print the plan, change nothing."));
    const QCommandLineOption asDrafts(QStringLiteral("as-drafts"),
                                      tr("Make the templates local drafts of the console (to submit from the editor)."));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"),
                                       tr("Apply the conflicts too: the export's content replaces the project's."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), tr("The API's address (with --key-id)."), QStringLiteral("URL"));
    const QCommandLineOption tokenUrl(QStringLiteral("token-url"), tr("The OAuth2 token address (with --key-id)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption keyId(QStringLiteral("key-id"), tr("The access key's ID: the project comes from the flags."),
                                   QStringLiteral("ID"));
    const QCommandLineOption auth(QStringLiteral("auth"), tr("oauth2 (default) or basic."), QStringLiteral("MODE"));
    parser.addOptions({project, baseUrl, tokenUrl, keyId, auth});
    if (isImport)
        parser.addOptions({dryRun, asDrafts, overwrite});
    else
        parser.addOption(out);
    if (isImport)
        parser.addPositionalArgument(QStringLiteral("DIR"), tr("The folder of a project export."));

    const bool ok = parser.parse(QStringList{QStringLiteral("sinch-console ") + command} + args);
    if (parser.isSet(help)) {
        a.helpText = parser.helpText();
        return a;
    }
    if (!ok) {
        a.error = parser.errorText();
        return a;
    }
    a.project = parser.value(project).trimmed();
    if (a.project.isEmpty()) {
        a.error = tr("--project is required: the name or ID of the project");
        return a;
    }
    if (isImport) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1 || positional.constFirst().trimmed().isEmpty()) {
            a.error = tr("import takes one folder, the export to import");
            return a;
        }
        a.directory = positional.constFirst();
        a.dryRun = parser.isSet(dryRun);
        a.asDrafts = parser.isSet(asDrafts);
        a.overwrite = parser.isSet(overwrite);
    } else {
        if (!parser.positionalArguments().isEmpty()) {
            a.error = tr("export takes no further words: the folder goes with --out");
            return a;
        }
        a.directory = parser.value(out);
        if (a.directory.isEmpty()) {
            a.error = tr("--out is required: the folder to export into");
            return a;
        }
    }
    a.keyId = parser.value(keyId).trimmed();
    const bool connection = parser.isSet(baseUrl) || parser.isSet(tokenUrl) || parser.isSet(auth);
    if (connection && a.keyId.isEmpty()) {
        a.error = tr("--base-url, --token-url and --auth need --key-id (a project given by the flags)");
        return a;
    }
    // An address given must be one: http(s) with a host.
    const auto address = [&](const QCommandLineOption &option, QUrl *url) {
        if (!parser.isSet(option))
            return true;
        *url = QUrl(parser.value(option), QUrl::StrictMode);
        if (url->isValid() && !url->host().isEmpty()
            && (url->scheme() == QLatin1String("https") || url->scheme() == QLatin1String("http")))
            return true;
        a.error = tr("--%1 takes an http(s) address, not \"%2\"").arg(option.names().constFirst(), parser.value(option));
        return false;
    };
    if (!address(baseUrl, &a.baseUrl) || !address(tokenUrl, &a.tokenUrl))
        return a;
    const QString mode = parser.value(auth);
    if (!mode.isEmpty() && mode != QLatin1String("oauth2") && mode != QLatin1String("basic")) {
        a.error = tr("--auth takes oauth2 or basic, not \"%1\"").arg(mode);
        return a;
    }
    a.basicAuth = mode == QLatin1String("basic");
    return a;
}

} // namespace sinch::app
