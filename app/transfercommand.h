#pragma once

#include <QStringList>
#include <QTextStream>

namespace sinch::app {

// `sinch-console export ...` and `sinch-console import ...` (TransferArguments): finds the
// project and its secret, runs ProjectExporter or ImportPlanner + ImportApplier on an event
// loop and prints what they did. Progress goes to stderr; the summary, the plan and the
// generated webhook secrets (once) to stdout. Exit code 0 when everything was done, 1 when
// something failed (listed; the rest was still done), 2 on a usage error or when the
// project cannot be used. The caller creates the QCoreApplication.
int runTransferCommand(const QString &command, const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace sinch::app
