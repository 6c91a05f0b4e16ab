#include "kakaotalkapi.h"
#include "sandboxserver.h"

#include "sandboxlogging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace sinch::sandbox {

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    const ssize_t n = ::write(g_signalPipe[0], &c, 1);
    (void)n;
}
#endif

} // namespace

// `arguments` are the program name (always ignored: main.cpp passes
// QStringList{"sinch-console serve-sandbox"} + the rest) followed by the options.
int runServeSandbox(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the built-in sandbox of the Provisioning API.\n"
        "Sender verification: WhatsApp accepts any 6-digit code but 000000 (always wrong); KakaoTalk's "
        "register sends the fixed token %1, and verify refuses any other token.").arg(KakaotalkApi::verificationToken()));
    parser.addHelpOption();
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any free port)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption faultsOpt(QStringLiteral("faults"),
        QStringLiteral("Faults to inject, e.g. latency=200,503=0.1,seed=7 (default: $SINCH_SANDBOX_FAULTS)."),
        QStringLiteral("SPEC"));
    const QCommandLineOption projectOpt(QStringLiteral("project-id"), QStringLiteral("Project ID."), QStringLiteral("ID"));
    const QCommandLineOption keyIdOpt(QStringLiteral("key-id"), QStringLiteral("Access key ID."), QStringLiteral("ID"));
    const QCommandLineOption secretOpt(QStringLiteral("key-secret"), QStringLiteral("Access key secret."), QStringLiteral("S"));
    const QCommandLineOption delayOpt(QStringLiteral("review-delay"),
        QStringLiteral("Seconds before a review decides (0: at once)."), QStringLiteral("SECONDS"));
    const QCommandLineOption noSeedOpt(QStringLiteral("no-seed"), QStringLiteral("Start with an empty project."));
    const QCommandLineOption shapeOpt(QStringLiteral("seed-shape"),
        QStringLiteral("WhatsApp templates of the seed: multilingual (default: names in several languages) "
                       "or single-language (one language a name)."),
        QStringLiteral("SHAPE"), QStringLiteral("multilingual"));
    const QCommandLineOption emptyOpt(QStringLiteral("empty-project"),
        QStringLiteral("A further project served empty, with its own key (repeatable): a project to import into."),
        QStringLiteral("PROJECT:KEY:SECRET"));
    const QCommandLineOption templatesOpt(QStringLiteral("seed-templates"),
        QStringLiteral("Seed N generated WhatsApp templates of varied shapes instead of the seed's own (a large business)."),
        QStringLiteral("N"));
    parser.addOptions({portOpt, faultsOpt, projectOpt, keyIdOpt, secretOpt, delayOpt, noSeedOpt, shapeOpt, emptyOpt,
                       templatesOpt});

    QStringList args = arguments;
    if (args.isEmpty())
        args << QStringLiteral("serve-sandbox");
    QTextStream err(stderr);
    if (!parser.parse(args)) {
        err << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "Unexpected argument: " << parser.positionalArguments().first() << "\n";
        return 2;
    }

    SandboxConfig config;
    bool ok = true;
    const int port = parser.value(portOpt).toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        err << "--port must be a number from 0 to 65535.\n";
        return 2;
    }
    config.port = quint16(port);
    QString spec = parser.isSet(faultsOpt) ? parser.value(faultsOpt)
                                           : QString::fromLocal8Bit(qgetenv("SINCH_SANDBOX_FAULTS"));
    QString faultError;
    config.faults = FaultSettings::parse(spec, &faultError);
    if (!faultError.isEmpty()) {
        err << faultError << "\n";
        return 2;
    }
    if (parser.isSet(projectOpt))
        config.projectId = parser.value(projectOpt);
    if (parser.isSet(keyIdOpt))
        config.keyId = parser.value(keyIdOpt);
    if (parser.isSet(secretOpt))
        config.keySecret = parser.value(secretOpt);
    if (parser.isSet(delayOpt)) {
        const double d = parser.value(delayOpt).toDouble(&ok);
        if (!ok || d < 0) {
            err << "--review-delay must be a number of seconds, 0 or more.\n";
            return 2;
        }
        config.reviewDelaySeconds = d;
    }
    config.seed = !parser.isSet(noSeedOpt);
    if (parser.isSet(templatesOpt)) {
        config.seedTemplates = parser.value(templatesOpt).toInt(&ok);
        if (!ok || config.seedTemplates < 1 || !config.seed) {
            err << "--seed-templates must be a number of templates, 1 or more, and not with --no-seed.\n";
            return 2;
        }
    }
    const QString shape = parser.value(shapeOpt);
    if (shape == QLatin1String("multilingual")) {
        config.seedShape = SeedShape::Multilingual;
    } else if (shape == QLatin1String("single-language")) {
        config.seedShape = SeedShape::SingleLanguage;
    } else {
        err << "--seed-shape must be multilingual or single-language.\n";
        return 2;
    }
    if (config.projectId.isEmpty() || config.keyId.isEmpty() || config.keySecret.isEmpty()) {
        err << "--project-id, --key-id and --key-secret must not be empty.\n";
        return 2;
    }
    for (const QString &value : parser.values(emptyOpt)) {
        const QStringList parts = value.split(QLatin1Char(':'));
        if (parts.size() != 3 || parts.contains(QString()) || parts.at(0) == config.projectId || parts.at(1) == config.keyId) {
            err << "--empty-project takes PROJECT:KEY:SECRET, none empty, other than the main project and key.\n";
            return 2;
        }
        config.emptyProjects << SandboxProject{parts.at(0), parts.at(1), parts.at(2)};
    }

    SandboxServer server(config);
    QString error;
    if (!server.start(&error)) {
        err << error << "\n";
        return 1;
    }
    {
        QTextStream out(stdout);
        out << "SANDBOX url=" << server.baseUrl().toString() << " project=" << config.projectId
            << " key=" << config.keyId << " secret=" << config.keySecret
            << " token_url=" << server.tokenUrl().toString()
            << " conversation_url=" << server.conversationUrl().toString() << "\n";
        // One line more for each empty project, after the first (which scripts read).
        for (const SandboxProject &p : std::as_const(config.emptyProjects))
            out << "SANDBOX-EMPTY project=" << p.projectId << " key=" << p.keyId << " secret=" << p.keySecret << "\n";
        out.flush();
    }
    std::fflush(stdout);
    if (config.faults.any())
        qCInfo(lcSandbox) << "faults:" << config.faults.toString();

#ifdef Q_OS_UNIX
    std::unique_ptr<QSocketNotifier> notifier;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        notifier = std::make_unique<QSocketNotifier>(g_signalPipe[1], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, [] {
            char c;
            const ssize_t n = ::read(g_signalPipe[1], &c, 1);
            (void)n;
            QCoreApplication::quit();
        });
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &sa, nullptr);
        ::sigaction(SIGTERM, &sa, nullptr);
    }
#endif
    const int rc = QCoreApplication::instance() ? QCoreApplication::exec() : 1;
#ifdef Q_OS_UNIX
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    notifier.reset();
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    g_signalPipe[0] = g_signalPipe[1] = -1;
#endif
    return rc;
}

} // namespace sinch::sandbox
