#pragma once
// The emulator as a separate process (`sinch-console serve-sandbox --seed-templates N`), as a
// person's console meets a server: its work is not this process's. SINCH_CONSOLE_PATH is
// the built sinch-console (tests/bench/CMakeLists.txt).
#include "api/endpoint.h"

#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <cstdio>

namespace bench {

class SandboxProcess
{
public:
    explicit SandboxProcess(int templates)
    {
        m_process.setProgram(QStringLiteral(SINCH_CONSOLE_PATH));
        m_process.setArguments({QStringLiteral("serve-sandbox"), QStringLiteral("--review-delay"), QStringLiteral("0"),
                                QStringLiteral("--seed-templates"), QString::number(templates)});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    }
    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    // Starts it and reads its SANDBOX line; false (and a message on stderr) when it fails.
    bool start()
    {
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            std::fprintf(stderr, "serve-sandbox did not start\n");
            return false;
        }
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(120000)) {
                std::fprintf(stderr, "serve-sandbox printed no SANDBOX line\n");
                return false;
            }
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        for (const QString &part : line.split(QLatin1Char(' '))) {
            const QString key = part.section(QLatin1Char('='), 0, 0);
            const QString value = part.section(QLatin1Char('='), 1);
            if (key == QLatin1String("url"))
                m_endpoint.baseUrl = QUrl(value);
            else if (key == QLatin1String("project"))
                m_endpoint.projectId = value;
            else if (key == QLatin1String("key"))
                m_endpoint.keyId = value;
            else if (key == QLatin1String("secret"))
                m_endpoint.keySecret = value;
            else if (key == QLatin1String("token_url"))
                m_endpoint.tokenUrl = QUrl(value);
        }
        m_endpoint.authMode = sinch::AuthMode::Basic;
        return m_endpoint.baseUrl.isValid() && !m_endpoint.projectId.isEmpty();
    }

    const sinch::Endpoint &endpoint() const { return m_endpoint; }

private:
    QProcess m_process;
    sinch::Endpoint m_endpoint;
};

} // namespace bench
