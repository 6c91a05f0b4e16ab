#pragma once

#include "headlesscommand.h"
#include "transferarguments.h"
#include "api/apiclient.h"
#include "auth/credentialstore.h"
#include "storage/draftstore.h"
#include "storage/project.h"
#include "transfer/exportmanifest.h"
#include "transfer/importitem.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace sinch {
class ImportApplier;
class ImportPlanner;
class ProjectExporter;
struct ImportResult;
}

namespace sinch::app {

// `sinch-console export ...` and `sinch-console import ...` (TransferArguments): finds the
// project and its secret, runs ProjectExporter or ImportPlanner + ImportApplier and prints
// what they did. Progress goes to `err`; the summary, the plan and the generated webhook
// secrets (once) to `out`. Exit code 0 when everything was done, 1 when something failed
// (listed; the rest was still done), 2 on a usage error or when the project cannot be used.
class TransferCommand : public HeadlessCommand
{
    Q_OBJECT
public:
    TransferCommand(QString command, QStringList args, QTextStream &out, QTextStream &err);
    ~TransferCommand() override;

protected:
    void start() override;

private:
    void usageError(const QString &message);
    void startExport();
    void exportFinished();
    void startPlan();
    void planFinished(const QList<ImportItem> &items, const QList<TransferFailure> &failures);
    void importFinished(const ImportResult &result);

    const QString m_command;
    const QStringList m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    TransferArguments m_arguments;
    Project m_project;
    QString m_key;
    CredentialStore m_credentials;
    ApiClient m_client;
    DraftStore m_drafts;
    QList<TransferFailure> m_planFailures;
    std::unique_ptr<ProjectExporter> m_exporter;
    std::unique_ptr<ImportPlanner> m_planner;
    std::unique_ptr<ImportApplier> m_applier;
};

} // namespace sinch::app
