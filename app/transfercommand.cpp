#include "transfercommand.h"

#include "commandlineproject.h"

#include "transferarguments.h"
#include "api/endpoint.h"
#include "projects/projectmanager.h"
#include "transfer/importapplier.h"
#include "transfer/importplanner.h"
#include "transfer/projectexporter.h"
#include "storage/projectstore.h"

#include <QFile>
#include <QLocale>

#include <cstdio>
#include <memory>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace sinch::app {

namespace {

constexpr int kUsage = 2;

// The project named on the command line: a configured one, or one given by flags (its
// secret then only from the environment: there is no keychain entry).
std::optional<Project> findProject(const TransferArguments &a, QString *error)
{
    if (!a.fromFlags())
        return CommandLineProject::configured(ProjectStore(), a.project, error);
    Project project;
    project.id = QUuid::createUuidV5(QUuid(QStringLiteral("{2c5a3c1e-9a0b-4f7e-8d55-0b8e2f6a9c11}")), a.project + a.keyId);
    project.displayName = a.project;
    project.projectId = a.project;
    project.keyId = a.keyId;
    project.authMode = a.basicAuth ? AuthMode::Basic : AuthMode::OAuth2;
    if (!a.baseUrl.isEmpty())
        project.baseUrl = a.baseUrl;
    if (!a.tokenUrl.isEmpty())
        project.tokenUrl = a.tokenUrl;
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

} // namespace

TransferCommand::TransferCommand(QString command, QStringList args, QTextStream &out, QTextStream &err)
    : m_command(std::move(command)), m_args(std::move(args)), m_out(out), m_err(err)
{
}

TransferCommand::~TransferCommand() = default;

void TransferCommand::start()
{
    m_arguments = parseTransferArguments(m_command, m_args);
    const TransferArguments &a = m_arguments;
    if (!a.helpText.isEmpty()) {
        m_out << a.helpText;
        m_out.flush();
        return finish(0);
    }
    if (!a.error.isEmpty())
        return usageError(a.error);
    if (a.asDrafts && a.fromFlags() && !a.dryRun)
        return usageError(QStringLiteral("--as-drafts needs a project of the console's list (the drafts belong to it)"));
    QString error;
    const std::optional<Project> project = findProject(a, &error);
    if (!project)
        return usageError(error);
    m_project = *project;
    m_key = ui::ProjectManager::keyFor(m_project.id);
    CommandLineProject::readSecret(m_project, a.fromFlags() ? nullptr : &m_credentials, this,
                                   [this](const QString &secret, const QString &missing) {
                                       if (secret.isEmpty())
                                           return usageError(missing);
                                       m_client.setEndpoint(m_key, Endpoint::fromProject(m_project, secret));
                                       if (m_arguments.command == TransferArguments::Command::Export)
                                           startExport();
                                       else
                                           startPlan();
                                   });
}

void TransferCommand::usageError(const QString &message)
{
    m_err << "sinch-console " << m_command << ": " << message << Qt::endl;
    finish(kUsage);
}

void TransferCommand::startExport()
{
    m_exporter = std::make_unique<ProjectExporter>(
        &m_client, m_key, ExportSource{m_project.projectId, m_project.baseUrl, m_project.displayName}, m_arguments.directory);
    auto progress = std::make_shared<ProgressLines>(m_err, QStringLiteral("export"));
    connect(m_exporter.get(), &ProjectExporter::progress, this, [progress](int d, int t, const QString &w) { (*progress)(d, t, w); });
    connect(m_exporter.get(), &ProjectExporter::finished, this, &TransferCommand::exportFinished);
    m_exporter->start();
}

void TransferCommand::exportFinished()
{
    const ExportSummary &s = m_exporter->summary();
    const ExportManifest &m = s.manifest;
    m_out << "exported " << m_project.projectId << " to " << m_arguments.directory << " in "
          << QLocale::c().toString(double(s.elapsedMs) / 1000.0, 'f', 2) << " s: " << m.files.size() << " files ("
          << s.written << " written, " << s.unchanged << " unchanged, " << s.removed << " removed), " << s.requests
          << " reads, " << m.failures.size() << " failed\n";
    for (auto it = m.counts.cbegin(); it != m.counts.cend(); ++it)
        m_out << "  " << it.key() << ": " << it.value() << '\n';
    printFailures(m_out, m.failures);
    m_out.flush();
    finish(m.complete ? 0 : 1);
}

void TransferCommand::startPlan()
{
    m_planner = std::make_unique<ImportPlanner>(&m_client, m_key, m_arguments.directory);
    connect(m_planner.get(), &ImportPlanner::finished, this, &TransferCommand::planFinished);
    m_planner->start();
}

void TransferCommand::planFinished(const QList<ImportItem> &items, const QList<TransferFailure> &failures)
{
    m_planFailures = failures;
    if (items.isEmpty() && !failures.isEmpty()) {
        printFailures(m_out, failures);
        m_out.flush();
        return finish(1);
    }
    QMap<ImportItem::Action, int> counts;
    for (const ImportItem &item : items) {
        ++counts[item.action];
        m_out << ImportItem::actionWord(item.action).leftJustified(12) << item.file << '\n';
        for (const JsonChange &c : item.changes)
            m_out << "    " << c.path << ": " << JsonDiff::brief(c.before) << " -> " << JsonDiff::brief(c.after) << '\n';
        if (!item.note.isEmpty())
            m_out << "    " << item.note << '\n';
    }
    m_out << "plan: " << counts.value(ImportItem::Action::Create) << " create, "
          << counts.value(ImportItem::Action::Identical) << " identical, " << counts.value(ImportItem::Action::Conflict)
          << " conflict, " << counts.value(ImportItem::Action::Unavailable) << " unavailable\n";
    printFailures(m_out, failures);
    m_out.flush();
    if (m_arguments.dryRun)
        return finish(failures.isEmpty() ? 0 : 1);

    QList<ImportItem> chosen;
    for (const ImportItem &item : items)
        if (item.action == ImportItem::Action::Create
            || (m_arguments.overwrite && item.action == ImportItem::Action::Conflict))
            chosen << item;
    ImportOptions options;
    options.templatesAsLocalDrafts = m_arguments.asDrafts;
    options.drafts = &m_drafts;
    options.draftProjectKey = m_arguments.fromFlags() ? QString() : m_key;
    options.webhookSecrets = askSecrets(chosen, m_err);
    m_applier = std::make_unique<ImportApplier>(&m_client, m_key, chosen, options);
    auto progress = std::make_shared<ProgressLines>(m_err, QStringLiteral("import"));
    connect(m_applier.get(), &ImportApplier::progress, this, [progress](int d, int t, const QString &w) { (*progress)(d, t, w); });
    connect(m_applier.get(), &ImportApplier::finished, this, &TransferCommand::importFinished);
    m_applier->start();
}

void TransferCommand::importFinished(const ImportResult &result)
{
    m_out << "imported into " << m_project.projectId << " in "
          << QLocale::c().toString(double(result.elapsedMs) / 1000.0, 'f', 2) << " s: " << result.created << " created, "
          << result.updated << " replaced, " << result.drafts << " local drafts, " << result.failures.size() << " failed\n";
    for (const auto &[target, secret] : std::as_const(result.generatedSecrets))
        m_out << "webhook " << target << ": generated secret " << secret << " (shown once: keep it now)\n";
    printFailures(m_out, result.failures);
    m_out.flush();
    finish(result.failures.isEmpty() && m_planFailures.isEmpty() ? 0 : 1);
}

} // namespace sinch::app
