// sinch-console: the command line first (no display needed for --help, --version and
// serve-sandbox), then either a headless subcommand or the GUI. No logic of its own.
#include "cataloguecommand.h"
#include "commandline.h"
#include "contractpreload.h"
#include "pluralsonlytranslator.h"
#include "readyprobe.h"
#include "startupclock.h"
#include "transfercommand.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "testhook/scriptedinput.h"
#include "api/apiclient.h"
#include "storage/uilanguage.h"
#include "auth/credentialstore.h"
#include "auth/tokenprovider.h"
#include "rules/lintcommand.h"
#include "templates/previewcli.h"
#include "sandbox/sandboxserver.h"
#include "sandboxthread.h"
#include "storage/activitystore.h"
#include "storage/draftstore.h"
#include "storage/project.h"
#include "storage/projectstore.h"
#include "projects/projectmanager.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("sinch-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("sinch-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SINCH_VERSION));
}

// Parses the command line with a QCoreApplication only and prints what it says. Returns
// an exit code when the program is done (help, version, error), nothing when the GUI
// should start.
std::optional<int> parseCommandLine(int argc, char **argv, sinch::app::ConsoleOptions *options)
{
    QCoreApplication core(argc, argv);
    setIdentity();
    const sinch::app::CommandLine line = sinch::app::parseCommandLine(core.arguments());
    if (!line.output.isEmpty())
        std::fputs(qPrintable(line.output), stdout);
    if (!line.error.isEmpty())
        std::fprintf(stderr, "sinch-console: %s\n", qPrintable(line.error));
    *options = line.options;
    return line.exitCode;
}

// The chosen language (View › Language) or the system's; dates and numbers follow it too.
// The subcommands that talk to people (export, import, catalogue) speak it as well; lint and
// preview, whose output scripts read, stay in English.
void loadTranslations(QCoreApplication &app)
{
    const QString chosen = sinch::UiLanguage::chosen(QSettings());
    if (!chosen.isEmpty())
        QLocale::setDefault(sinch::UiLanguage::localeFor(chosen));
    else if (QLocale::system().language() == QLocale::C)
        // No language set (LANG unset, or C): the console speaks English, and so do its lists
        // ("a and b", not "a, b"), dates and numbers.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // English's own catalogue has its plural forms only (translations/plurals).
    QTranslator *own = QLocale().language() == QLocale::English ? new sinch::app::PluralsOnlyTranslator(&app)
                                                                 : new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("sinch-console"), QStringLiteral("_"), QStringLiteral(":/i18n/")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace

int main(int argc, char **argv)
{
    sinch::app::StartupClock::start();
    if (argc > 1 && qstrcmp(argv[1], "lint") == 0) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QTextStream out(stdout), err(stderr);
        return sinch::rules::LintCommand::run(app.arguments().mid(2), out, err);
    }
    if (argc > 1 && qstrcmp(argv[1], "preview") == 0) {
        // Rendering needs fonts, not a screen: draw offscreen unless told otherwise.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setIdentity();
        return sinch::ui::runPreviewCli(app.arguments().mid(2));
    }
    if (argc > 1 && (qstrcmp(argv[1], "export") == 0 || qstrcmp(argv[1], "import") == 0)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        loadTranslations(app);
        QTextStream out(stdout), err(stderr);
        sinch::app::TransferCommand command(app.arguments().at(1), app.arguments().mid(2), out, err);
        return sinch::app::HeadlessCommand::run(app, command);
    }
    if (argc > 1 && qstrcmp(argv[1], "catalogue") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setIdentity();
        loadTranslations(app);
        sinch::app::CatalogueCommand command(app.arguments().mid(2));
        return sinch::app::HeadlessCommand::run(app, command);
    }
    if (argc > 1 && qstrcmp(argv[1], "serve-sandbox") == 0) {
        QCoreApplication app(argc, argv);
        setIdentity();
        return sinch::sandbox::runServeSandbox(QStringList{QStringLiteral("sinch-console serve-sandbox")}
                                               + app.arguments().mid(2));
    }

    sinch::app::ConsoleOptions options;
    if (const std::optional<int> exitCode = parseCommandLine(argc, argv, &options))
        return *exitCode;

    const sinch::app::ContractPreload contract;
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Sinch Provisioning Console"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sinch_console.SinchConsole"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    sinch::ui::Theme::captureSystemPalette();
    loadTranslations(app);
    sinch::app::StartupClock::mark("application");

    // The emulator seeds on its own thread while the window is built below.
    std::unique_ptr<sinch::app::SandboxThread> sandbox;
    if (options.sandbox) {
        sinch::sandbox::SandboxConfig config;
        // What a newcomer clicks through: names in several languages, every state, analytics.
        config.seedShape = sinch::sandbox::SeedShape::Multilingual;
        if (!options.faults.isEmpty()) {
            QString error;
            config.faults = sinch::sandbox::FaultSettings::parse(options.faults, &error);
            if (!error.isEmpty()) {
                std::fprintf(stderr, "sinch-console: --faults: %s\n", qPrintable(error));
                return 2;
            }
        }
        if (options.reviewDelay)
            config.reviewDelaySeconds = *options.reviewDelay;
        sandbox = std::make_unique<sinch::app::SandboxThread>(config);
    }

    QSettings settings;
    sinch::ProjectStore projects;
    sinch::CredentialStore credentials;
    sinch::ApiClient client;
    sinch::ui::MessageBox messageBox;
    sinch::DraftStore drafts;
    // The inbox's database, so it opens at once and offline. A sandbox run starts from a
    // fresh emulator each time (its seeded history is dated from its start), so its inbox
    // lives in memory: a file would collect a copy of that history every run.
    sinch::ActivityStore activities;
    if (!sandbox)
        activities.open();

    sinch::ui::MainWindow window({&client, &projects, &credentials, &messageBox, &settings, &drafts,
                                  sandbox ? nullptr : &activities});
    if (sandbox) {
        const sinch::app::SandboxThread::Endpoints &emulator = sandbox->endpoints();
        if (!emulator.listening) {
            std::fprintf(stderr, "sinch-console: the sandbox could not start: %s\n", qPrintable(emulator.error));
            return 1;
        }
        sinch::Project p;
        // Stable across runs, so drafts autosaved against the sandbox come back with it.
        p.id = QUuid::createUuidV5(QUuid(QStringLiteral("{6f1e6a52-0d5b-4a3e-9a53-5a1d3c0e7b21}")),
                                   emulator.config.projectId);
        p.displayName = QCoreApplication::translate("main", "Sandbox");
        p.projectId = emulator.config.projectId;
        p.keyId = emulator.config.keyId;
        p.authMode = sinch::AuthMode::OAuth2;
        p.baseUrl = emulator.baseUrl;
        p.tokenUrl = emulator.tokenUrl;
        p.conversationUrl = emulator.conversationUrl;
        p.sandbox = true;
        window.addTransientProject(p, emulator.config.keySecret);
        if (const sinch::TokenProvider *tokens = client.tokensFor(sinch::ui::ProjectManager::keyFor(p.id)))
            QObject::connect(tokens, &sinch::TokenProvider::tokenRefreshed, &client,
                             [] { sinch::app::StartupClock::mark("token"); });
    }
    window.restore();
    sinch::app::StartupClock::mark("window");
    if (sinch::app::ReadyProbe::wanted())
        new sinch::app::ReadyProbe(&window);
    window.show();
    sinch::app::StartupClock::mark("shown");
    sinch::ui::ScriptedInput::startFromEnvironment(&window); // tests only: inert without SINCH_TEST_SCRIPT
    const int rc = app.exec();
    return rc;
}
