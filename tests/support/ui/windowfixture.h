#pragma once

#include "mainwindow.h"
#include "scriptedmessagebox.h"
#include "testsupport.h"

#include "auth/credentialstore.h"
#include "storage/draftstore.h"
#include "storage/project.h"
#include "storage/projectstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace sinch {
class ActivityStore;
}

namespace sinch::test {

// The main window on the in-process sandbox, the way every GUI suite starts it: a private
// folder for settings, projects and drafts, a keychain service name of its own, a scripted
// MessageBox, and the sandbox project added for this run only. A suite derives from it
// (its members keep their names in the tests) and calls setUpWindowFixture() in init()
// and tearDownWindowFixture() in cleanup().
class WindowFixture
{
protected:
    // Everything but the window. False when the sandbox did not start (fx->error says why).
    bool setUpWindowFixture(sandbox::SandboxConfig config = sandbox::SandboxConfig(), AuthMode mode = AuthMode::OAuth2);
    void tearDownWindowFixture();

    // A project of the sandbox (its main project unless `projectId` says otherwise).
    Project sandboxProjectNamed(const QString &displayName, const QString &projectId = QString()) const;
    // Makes the window, lets `prepare` set it up (a document factory ...), adds `projects`
    // (the first one selected; none given: one "Sandbox" project), restores it and shows it.
    ui::MainWindow *makeWindow(const std::function<void(ui::MainWindow *)> &prepare = {}, QList<Project> projects = {});

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<SandboxFixture> fx;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ProjectStore> store;
    std::unique_ptr<CredentialStore> credentials;
    std::unique_ptr<ui::ScriptedMessageBox> box;
    std::unique_ptr<DraftStore> drafts;
    std::unique_ptr<ui::MainWindow> window;
    Project sandboxProject; // the first project makeWindow() added
    ActivityStore *activities = nullptr; // the inbox's database for makeWindow() (nullptr: in memory)
};

} // namespace sinch::test
