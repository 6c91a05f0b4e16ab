#include "headlesscommand.h"

#include <QCoreApplication>
#include <QTimer>

namespace sinch::app {

int HeadlessCommand::run(QCoreApplication &app, HeadlessCommand &command)
{
    // Queued: QCoreApplication::exit() only ends a loop that is running, and a command may
    // finish within start() (a usage error found late, an empty project).
    QTimer::singleShot(0, &command, [&command] { command.start(); });
    return app.exec();
}

void HeadlessCommand::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    QCoreApplication::exit(code);
}

} // namespace sinch::app
