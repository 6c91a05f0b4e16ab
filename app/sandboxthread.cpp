#include "sandboxthread.h"

#include "startupclock.h"

#include <memory>

namespace sinch::app {

SandboxThread::SandboxThread(const sandbox::SandboxConfig &config)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    auto started = std::make_shared<std::promise<Endpoints>>();
    m_started = started->get_future();
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this, config, started] {
        // Listening first, seeding after: the window learns the address at once and builds
        // and paints itself meanwhile; its first requests wait until the seeding is done.
        m_server = new sandbox::SandboxServer(config, sandbox::SandboxServer::StatesAt::CreateStates);
        Endpoints e;
        e.listening = m_server->start(&e.error);
        e.config = m_server->config();
        e.baseUrl = m_server->baseUrl();
        e.tokenUrl = m_server->tokenUrl();
        e.conversationUrl = m_server->conversationUrl();
        StartupClock::mark("emulator listening");
        started->set_value(e);
        if (e.listening) {
            m_server->createStates();
            StartupClock::mark("emulator seeded");
        }
    });
}

SandboxThread::~SandboxThread()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_context->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

const SandboxThread::Endpoints &SandboxThread::endpoints()
{
    if (!m_endpoints)
        m_endpoints = m_started.get();
    return *m_endpoints;
}

} // namespace sinch::app
