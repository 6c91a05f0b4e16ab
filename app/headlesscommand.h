#pragma once

#include <QObject>

class QCoreApplication;

namespace sinch::app {

// A subcommand that talks to the API without a window (export, import, catalogue). Its work
// is asynchronous, like the GUI's: start() begins it from the application's own event loop
// and the last step calls finish(code), which ends that loop with the exit code. No step
// waits on a nested event loop, so the keychain, the network and the timers are all served
// by the one loop that main() runs.
class HeadlessCommand : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Queues start() and runs the application's event loop until finish(); returns its code.
    static int run(QCoreApplication &app, HeadlessCommand &command);

protected:
    virtual void start() = 0;
    // Ends the run with `code` (the first call counts).
    void finish(int code);

private:
    bool m_finished = false;
};

} // namespace sinch::app
