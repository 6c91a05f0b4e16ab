#pragma once

#include "sandbox/sandboxserver.h"

#include <QThread>
#include <QUrl>

#include <future>
#include <optional>

namespace sinch::app {

// The emulator of `--sandbox` on a thread of its own. It listens at once and seeds its data
// while the main thread builds the window, and it answers requests without taking the
// window's time: to the console it is a server like any other, reached over HTTP on
// 127.0.0.1, so nothing is shared between the two threads but what the future hands over.
class SandboxThread
{
public:
    // What the window needs to reach the emulator, once it listens.
    struct Endpoints
    {
        bool listening = false;
        QString error; // why not
        sandbox::SandboxConfig config;
        QUrl baseUrl;
        QUrl tokenUrl;
        QUrl conversationUrl;
    };

    explicit SandboxThread(const sandbox::SandboxConfig &config);
    // Stops the server on its thread, then the thread.
    ~SandboxThread();
    SandboxThread(const SandboxThread &) = delete;
    SandboxThread &operator=(const SandboxThread &) = delete;

    // Blocks until the server listens or failed to (the seeding runs after).
    const Endpoints &endpoints();

private:
    QThread m_thread;
    QObject *m_context = nullptr;                // lives on m_thread
    sandbox::SandboxServer *m_server = nullptr; // made, used and deleted on m_thread
    std::future<Endpoints> m_started;
    std::optional<Endpoints> m_endpoints;
};

} // namespace sinch::app
