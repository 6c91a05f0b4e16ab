#include "commandline.h"
#include "buildinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>

namespace sinch::app {

namespace {

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

CommandLine done(int code, const QString &output, const QString &error = QString())
{
    CommandLine c;
    c.exitCode = code;
    c.output = output;
    c.error = error;
    return c;
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
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
                "                           draw a WhatsApp or KakaoTalk (AlimTalk) template as the phone shows it\n"
                "  export --project ID --out DIR\n"
                "                           write every resource of a project as JSON files (see export --help)\n"
                "  import --project ID DIR [--dry-run] [--as-drafts]\n"
                "                           recreate an export's templates and webhooks in another project\n"
                "  catalogue --project ID -o FILE.pdf [--state S] [--category C] [--language L] [--dark]\n"
                "                           print a project's WhatsApp templates as previews on a PDF contact sheet"));
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

    const bool ok = parser.parse(arguments);
    if (parser.isSet(help))
        return done(0, parser.helpText());
    if (parser.isSet(version))
        return done(0, QStringLiteral("sinch-console %1\ncommit %2\nQt %3 (built with %4)\nlicence %5\n")
                           .arg(QStringLiteral(SINCH_VERSION), QStringLiteral(SINCH_BUILD_COMMIT), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR), QStringLiteral(SINCH_LICENCE)));
    if (!ok) {
        bool onlyQt = true;
        for (const QString &name : parser.unknownOptionNames())
            onlyQt = onlyQt && isQtOption(name);
        if (!onlyQt || parser.unknownOptionNames().isEmpty())
            return done(2, QString(), parser.errorText());
    }
    CommandLine c;
    c.options.sandbox = parser.isSet(sandbox);
    c.options.faults = parser.value(faults);
    if (parser.isSet(reviewDelay)) {
        bool number = false;
        const double s = parser.value(reviewDelay).toDouble(&number);
        if (!number || !std::isfinite(s) || s < 0)
            return done(2, QString(), QStringLiteral("--review-delay takes a number of seconds, not \"%1\"")
                                          .arg(parser.value(reviewDelay)));
        c.options.reviewDelay = s;
    }
    if ((!c.options.faults.isEmpty() || c.options.reviewDelay) && !c.options.sandbox)
        return done(2, QString(), QStringLiteral("--faults and --review-delay need --sandbox"));
    return c;
}

} // namespace sinch::app
