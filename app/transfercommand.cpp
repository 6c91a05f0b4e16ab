#include "transfercommand.h"

#include "commandlineproject.h"

#include "transferarguments.h"
#include "api/apiclient.h"
#include "auth/credentialstore.h"
#include "projects/projectmanager.h"
#include "storage/draftstore.h"
#include "storage/projectstore.h"
#include "transfer/importapplier.h"
#include "transfer/importplanner.h"
#include "transfer/projectexporter.h"

#include <QEventLoop>
#include <QFile>
#include <QLocale>

#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace sinch::app {

namespace {

constexpr int kUsage = 2;

// The project named on the command line with its secret, or *error: a configured one, or
// one given by flags (its secret then only from the environment: there is no keychain entry).
std::optional<Project> findProject(const TransferArguments &a, QString *secret, QString *error)
{
    std::optional<Project> project;
    if (a.fromFlags()) {
        project = Project();
        project->id = QUuid::createUuidV5(QUuid(QStringLiteral("{2c5a3c1e-9a0b-4f7e-8d55-0b8e2f6a9c11}")), a.project + a.keyId);
        project->displayName = a.project;
        project->projectId = a.project;
        project->keyId = a.keyId;
        project->authMode = a.basicAuth ? AuthMode::Basic : AuthMode::OAuth2;
        if (!a.baseUrl.isEmpty())
            project->baseUrl = a.baseUrl;
        if (!a.tokenUrl.isEmpty())
            project->tokenUrl = a.tokenUrl;
    } else {
        project = CommandLineProject::configured(ProjectStore(), a.project, error);
        if (!project)
            return std::nullopt;
    }
    CredentialStore credentials;
    *secret = CommandLineProject::secretFor(*project, a.fromFlags() ? nullptr : &credentials, error);
    if (secret->isEmpty())
        return std::nullopt;
    return project;
}

// Progress on stderr: a line every tenth of the way, not a flood.
class ProgressLines
{
public:
    ProgressLines(QTextStream &err, QString verb) : m_err(err), m_verb(std::move(verb)) {}
    void operator()(int done, int total, const QString &what)
    {
        const int tenth = total > 0 ? done * 10 / total : 0;
        if (tenth == m_last)
            return;
        m_last = tenth;
        m_err << m_verb << ": " << done << '/' << total << ' ' << what << Qt::endl;
    }

private:
    QTextStream &m_err;
    QString m_verb;
    int m_last = -1;
};

void printFailures(QTextStream &out, const QList<TransferFailure> &failures)
{
    for (const TransferFailure &f : failures)
        out << "failed: " << f.what << ": " << f.error << '\n';
}

int runExport(const TransferArguments &a, ApiClient &client, const Project &project, QTextStream &out, QTextStream &err)
{
    const QString key = ui::ProjectManager::keyFor(project.id);
    ProjectExporter exporter(&client, key, ExportSource{project.projectId, project.baseUrl, project.displayName}, a.directory);
    ProgressLines progress(err, QStringLiteral("export"));
    QObject::connect(&exporter, &ProjectExporter::progress, &exporter, [&](int d, int t, const QString &w) { progress(d, t, w); });
    QEventLoop loop;
    QObject::connect(&exporter, &ProjectExporter::finished, &loop, &QEventLoop::quit);
    exporter.start();
    if (exporter.isRunning())
        loop.exec();
    const ExportSummary &s = exporter.summary();
    const ExportManifest &m = s.manifest;
    out << "exported " << project.projectId << " to " << a.directory << " in "
        << QLocale::c().toString(double(s.elapsedMs) / 1000.0, 'f', 2) << " s: " << m.files.size() << " files ("
        << s.written << " written, " << s.unchanged << " unchanged, " << s.removed << " removed), " << s.requests
        << " reads, " << m.failures.size() << " failed\n";
    for (auto it = m.counts.cbegin(); it != m.counts.cend(); ++it)
        out << "  " << it.key() << ": " << it.value() << '\n';
    printFailures(out, m.failures);
    out.flush();
    return m.complete ? 0 : 1;
}

// A secret for each webhook to create: asked on the terminal (empty: generated), else generated.
QHash<QString, QString> askSecrets(const QList<ImportItem> &items, QTextStream &err)
{
    QHash<QString, QString> secrets;
    if (!isatty(STDIN_FILENO))
        return secrets;
    QTextStream in(stdin);
    for (const ImportItem &item : items) {
        if (item.kind != ImportItem::Kind::Webhook || item.action != ImportItem::Action::Create)
            continue;
        err << "Secret of the webhook " << item.title << " (empty: generate one): " << Qt::flush;
        // Typed without echo, as a password is.
        termios saved{};
        const bool quiet = tcgetattr(STDIN_FILENO, &saved) == 0;
        if (quiet) {
            termios hidden = saved;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
        }
        const QString line = in.readLine().trimmed();
        if (quiet)
            tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
        if (!line.isEmpty())
            secrets.insert(item.key(), line);
    }
    return secrets;
}

int runImport(const TransferArguments &a, ApiClient &client, const Project &project, QTextStream &out, QTextStream &err)
{
    const QString key = ui::ProjectManager::keyFor(project.id);
    ImportPlanner planner(&client, key, a.directory);
    QList<ImportItem> items;
    QList<TransferFailure> failures;
    QEventLoop loop;
    QObject::connect(&planner, &ImportPlanner::finished, &loop,
                     [&](const QList<ImportItem> &i, const QList<TransferFailure> &f) {
                         items = i;
                         failures = f;
                         loop.quit();
                     });
    planner.start();
    if (planner.isRunning())
        loop.exec();
    if (items.isEmpty() && !failures.isEmpty()) {
        printFailures(out, failures);
        out.flush();
        return 1;
    }
    QMap<ImportItem::Action, int> counts;
    for (const ImportItem &item : std::as_const(items)) {
        ++counts[item.action];
        out << ImportItem::actionWord(item.action).leftJustified(12) << item.file << '\n';
        for (const JsonChange &c : item.changes)
            out << "    " << c.path << ": " << JsonDiff::brief(c.before) << " -> " << JsonDiff::brief(c.after) << '\n';
        if (!item.note.isEmpty())
            out << "    " << item.note << '\n';
    }
    out << "plan: " << counts.value(ImportItem::Action::Create) << " create, " << counts.value(ImportItem::Action::Identical)
        << " identical, " << counts.value(ImportItem::Action::Conflict) << " conflict, "
        << counts.value(ImportItem::Action::Unavailable) << " unavailable\n";
    printFailures(out, failures);
    out.flush();
    if (a.dryRun)
        return failures.isEmpty() ? 0 : 1;

    QList<ImportItem> chosen;
    for (const ImportItem &item : std::as_const(items))
        if (item.action == ImportItem::Action::Create || (a.overwrite && item.action == ImportItem::Action::Conflict))
            chosen << item;
    DraftStore drafts;
    ImportOptions options;
    options.templatesAsLocalDrafts = a.asDrafts;
    options.drafts = &drafts;
    options.draftProjectKey = a.fromFlags() ? QString() : key;
    options.webhookSecrets = askSecrets(chosen, err);
    ImportApplier applier(&client, key, chosen, options);
    ProgressLines progress(err, QStringLiteral("import"));
    QObject::connect(&applier, &ImportApplier::progress, &applier, [&](int d, int t, const QString &w) { progress(d, t, w); });
    ImportResult result;
    QObject::connect(&applier, &ImportApplier::finished, &loop, [&](const ImportResult &r) {
        result = r;
        loop.quit();
    });
    applier.start();
    loop.exec();
    out << "imported into " << project.projectId << " in " << QLocale::c().toString(double(result.elapsedMs) / 1000.0, 'f', 2)
        << " s: " << result.created << " created, " << result.updated << " replaced, " << result.drafts << " local drafts, "
        << result.failures.size() << " failed\n";
    for (const auto &[target, secret] : std::as_const(result.generatedSecrets))
        out << "webhook " << target << ": generated secret " << secret << " (shown once: keep it now)\n";
    printFailures(out, result.failures);
    out.flush();
    return result.failures.isEmpty() && failures.isEmpty() ? 0 : 1;
}

} // namespace

int runTransferCommand(const QString &command, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const TransferArguments a = parseTransferArguments(command, args);
    if (!a.helpText.isEmpty()) {
        out << a.helpText;
        return 0;
    }
    if (!a.error.isEmpty()) {
        err << "sinch-console " << command << ": " << a.error << Qt::endl;
        return kUsage;
    }
    if (a.asDrafts && a.fromFlags() && !a.dryRun) {
        err << "sinch-console import: --as-drafts needs a project of the console's list (the drafts belong to it)" << Qt::endl;
        return kUsage;
    }
    QString secret, error;
    const std::optional<Project> project = findProject(a, &secret, &error);
    if (!project) {
        err << "sinch-console " << command << ": " << error << Qt::endl;
        return kUsage;
    }
    ApiClient client;
    client.setEndpoint(ui::ProjectManager::keyFor(project->id), Endpoint::fromProject(*project, secret));
    return a.command == TransferArguments::Command::Export ? runExport(a, client, *project, out, err)
                                                           : runImport(a, client, *project, out, err);
}

} // namespace sinch::app
