// sinch-console: the command line first (no display needed for --help, --version and
// serve-sandbox), then either a headless subcommand or the GUI. No logic of its own.
#include "mainwindow.h"
#include "messagebox.h"
#include "api/apiclient.h"
#include "auth/credentialstore.h"
#include "rules/lintcommand.h"
#include "templates/previewcli.h"
#include "sandbox/sandboxserver.h"
#include "storage/activitystore.h"
#include "storage/draftstore.h"
#include "storage/project.h"
#include "storage/projectstore.h"

#include <QApplication>
#include <QCommandLineParser>
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

struct Options {
    bool sandbox = false;
    QString faults;
    std::optional<double> reviewDelay;
};

// Options Qt's GUI takes for itself; the parser lets them pass.
bool isQtOption(const QString &name)
{
    static const QStringList qt{
        QStringLiteral("platform"), QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"), QStringLiteral("reverse"), QStringLiteral("session"),
        QStringLiteral("style"), QStringLiteral("stylesheet"), QStringLiteral("widgetcount"),
        QStringLiteral("display"), QStringLiteral("geometry"), QStringLiteral("nograb"),
        QStringLiteral("dograb"), QStringLiteral("sync"), QStringLiteral("qmljsdebugger")};
    return qt.contains(name);
}

// Parses the command line with a QCoreApplication only. Returns an exit code when the
// program is done (help, version, error), nothing when the GUI should start.
std::optional<int> parseCommandLine(int argc, char **argv, Options *options)
{
    QCoreApplication core(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    // Qt's own options are single-dash words (-platform, -qwindowgeometry): not bundles of letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Sinch Provisioning Console: manage projects, WhatsApp, KakaoTalk and RCS senders, templates and webhooks.\n\n"
                "Subcommands:\n"
                "  serve-sandbox [options]  run only the built-in emulator of the API (see serve-sandbox --help)\n"
                "  lint FILE... [--json] [--channel whatsapp|kakaotalk]\n"
                "                           validate WhatsApp and KakaoTalk template JSON files (exit 1 on errors)\n"
                "  preview FILE -o OUT.png [--dark] [--raw-variables] [--scale N] [--channel whatsapp|kakaotalk]\n"
                "          [--example NAME=VALUE]... [--channel-name NAME]\n"
                "                           draw a WhatsApp or KakaoTalk (AlimTalk) template as the phone shows it"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("main", "Print the version and exit."));
    parser.addOption(version);
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QCoreApplication::translate("main", "Start the built-in sandbox and open it as a project."));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    QCoreApplication::translate("main", "Faults the sandbox injects, e.g. latency=200,503=0.1."),
                                    QStringLiteral("SPEC"));
    const QCommandLineOption reviewDelay(QStringLiteral("review-delay"),
                                         QCoreApplication::translate("main", "Seconds the sandbox takes to review a submission."),
                                         QStringLiteral("S"));
    parser.addOption(sandbox);
    parser.addOption(faults);
    parser.addOption(reviewDelay);

    const bool ok = parser.parse(core.arguments());
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("sinch-console %s\n", SINCH_VERSION);
        return 0;
    }
    if (!ok) {
        bool onlyQt = true;
        for (const QString &name : parser.unknownOptionNames())
            onlyQt = onlyQt && isQtOption(name);
        if (!onlyQt || parser.unknownOptionNames().isEmpty()) {
            std::fprintf(stderr, "sinch-console: %s\n", qPrintable(parser.errorText()));
            return 2;
        }
    }
    options->sandbox = parser.isSet(sandbox);
    options->faults = parser.value(faults);
    if (parser.isSet(reviewDelay)) {
        bool number = false;
        const double s = parser.value(reviewDelay).toDouble(&number);
        if (!number || s < 0) {
            std::fprintf(stderr, "sinch-console: --review-delay takes a number of seconds, not \"%s\"\n",
                         qPrintable(parser.value(reviewDelay)));
            return 2;
        }
        options->reviewDelay = s;
    }
    if ((!options->faults.isEmpty() || options->reviewDelay) && !options->sandbox) {
        std::fprintf(stderr, "sinch-console: --faults and --review-delay need --sandbox\n");
        return 2;
    }
    return std::nullopt;
}

void loadTranslations(QApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("sinch-console"), QStringLiteral("_"), QStringLiteral(":/i18n/")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace

int main(int argc, char **argv)
{
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
    if (argc > 1 && qstrcmp(argv[1], "serve-sandbox") == 0) {
        QCoreApplication app(argc, argv);
        setIdentity();
        return sinch::sandbox::runServeSandbox(QStringList{QStringLiteral("sinch-console serve-sandbox")}
                                               + app.arguments().mid(2));
    }

    Options options;
    if (const std::optional<int> exitCode = parseCommandLine(argc, argv, &options))
        return *exitCode;

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Sinch Provisioning Console"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sinch_console.SinchConsole"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    sinch::ui::Theme::captureSystemPalette();
    loadTranslations(app);

    std::unique_ptr<sinch::sandbox::SandboxServer> sandbox;
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
        sandbox = std::make_unique<sinch::sandbox::SandboxServer>(config);
        QString error;
        if (!sandbox->start(&error)) {
            std::fprintf(stderr, "sinch-console: the sandbox could not start: %s\n", qPrintable(error));
            return 1;
        }
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
        sinch::Project p;
        // Stable across runs, so drafts autosaved against the sandbox come back with it.
        p.id = QUuid::createUuidV5(QUuid(QStringLiteral("{6f1e6a52-0d5b-4a3e-9a53-5a1d3c0e7b21}")),
                                   sandbox->config().projectId);
        p.displayName = QCoreApplication::translate("main", "Sandbox");
        p.projectId = sandbox->config().projectId;
        p.keyId = sandbox->config().keyId;
        p.authMode = sinch::AuthMode::OAuth2;
        p.baseUrl = sandbox->baseUrl();
        p.tokenUrl = sandbox->tokenUrl();
        p.sandbox = true;
        window.addTransientProject(p, sandbox->config().keySecret);
    }
    window.restore();
    window.show();
    const int rc = app.exec();
    return rc;
}
