#include "windowfixture.h"

#include "theme.h"

#include <QApplication>
#include <QUuid>

namespace sinch::test {

bool WindowFixture::setUpWindowFixture(sandbox::SandboxConfig config, AuthMode mode)
{
    dir = std::make_unique<QTemporaryDir>();
    fx = std::make_unique<SandboxFixture>(std::move(config), mode);
    if (!dir->isValid() || !fx->started)
        return false;
    fx->client->retryPolicy().maxAttempts = 1; // a test sees a fault at once
    settings = std::make_unique<QSettings>(dir->filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    store = std::make_unique<ProjectStore>(dir->filePath(QStringLiteral("projects.ini")));
    credentials = std::make_unique<CredentialStore>(QStringLiteral("sinch-console-test-%1").arg(QCoreApplication::applicationPid()));
    box = std::make_unique<ui::ScriptedMessageBox>();
    drafts = std::make_unique<DraftStore>(dir->filePath(QStringLiteral("drafts")));
    return true;
}

void WindowFixture::tearDownWindowFixture()
{
    window.reset();
    box.reset();
    drafts.reset();
    credentials.reset();
    store.reset();
    settings.reset();
    fx.reset();
    dir.reset();
    ui::Theme::apply(ui::Theme::System);
}

Project WindowFixture::sandboxProjectNamed(const QString &displayName, const QString &projectId) const
{
    Project p;
    p.id = QUuid::createUuid();
    p.displayName = displayName;
    p.projectId = projectId.isEmpty() ? fx->server->config().projectId : projectId;
    p.keyId = fx->server->config().keyId;
    p.baseUrl = fx->server->baseUrl();
    p.tokenUrl = fx->server->tokenUrl();
    p.conversationUrl = fx->server->conversationUrl();
    p.sandbox = true;
    return p;
}

ui::MainWindow *WindowFixture::makeWindow(const std::function<void(ui::MainWindow *)> &prepare, QList<Project> projects)
{
    window = std::make_unique<ui::MainWindow>(
        ui::MainWindow::Services{fx->client.get(), store.get(), credentials.get(), box.get(), settings.get(), drafts.get(), activities});
    if (prepare)
        prepare(window.get());
    if (projects.isEmpty())
        projects.append(sandboxProjectNamed(QStringLiteral("Sandbox")));
    sandboxProject = projects.first();
    for (int i = 0; i < projects.size(); ++i)
        window->addTransientProject(projects.at(i), fx->server->config().keySecret, i == 0);
    window->restore();
    window->show();
    QApplication::setActiveWindow(window.get());
    return window.get();
}

} // namespace sinch::test
