#include "lintcommand.h"

#include "templatevalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace sinch::rules {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("sinch::rules::LintCommand", text); }
}

LintCommand::Arguments LintCommand::parseArguments(const QStringList &arguments)
{
    Arguments parsed;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--json"))
            parsed.json = true;
        else if (a == QLatin1String("--channel") || a.startsWith(QLatin1String("--channel="))) {
            parsed.channel = a.contains(QLatin1Char('=')) ? a.section(QLatin1Char('='), 1) : arguments.value(++i);
            if (parsed.channel != QLatin1String("whatsapp") && parsed.channel != QLatin1String("kakaotalk")) {
                parsed.error = tr("sinch-console lint: --channel is whatsapp or kakaotalk, not \"%1\"").arg(parsed.channel);
                return parsed;
            }
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            parsed.help = true;
            return parsed;
        } else if (a.startsWith(QLatin1String("--"))) {
            parsed.error = tr("sinch-console lint: unknown option %1").arg(a);
            return parsed;
        } else
            parsed.files << a;
    }
    if (parsed.files.isEmpty())
        parsed.error = tr("sinch-console lint: name at least one template JSON file");
    return parsed;
}

int LintCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const Arguments parsed = parseArguments(arguments);
    if (parsed.help) {
        out << tr("Usage: sinch-console lint FILE... [--json] [--channel whatsapp|kakaotalk]\n"
                  "Validates WhatsApp and KakaoTalk template JSON files (the API's create-request shape);\n"
                  "the channel is told from each file's fields unless --channel names it.\n"
                  "Exit code: 0 no errors, 1 errors found, 2 unreadable input.\n");
        return 0;
    }
    if (!parsed.error.isEmpty()) {
        err << parsed.error << '\n';
        return 2;
    }
    const bool json = parsed.json;
    const QString &channel = parsed.channel;
    const QStringList &files = parsed.files;
    int exitCode = 0;
    QJsonArray report;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            err << file << ": " << tr("cannot be read: %1").arg(f.errorString()) << '\n';
            exitCode = 2;
            continue;
        }
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
            err << file << ": " << tr("is not a JSON object (%1 at byte %2)").arg(perr.errorString()).arg(perr.offset) << '\n';
            exitCode = 2;
            continue;
        }
        const bool kakaotalk = channel.isEmpty()
            ? TemplateValidator::channelOf(doc.object()) == TemplateValidator::Channel::Kakaotalk
            : channel == QLatin1String("kakaotalk");
        const QList<Finding> findings = kakaotalk ? TemplateValidator::validateKakaotalk(doc.object())
                                                  : TemplateValidator::validateWhatsapp(doc.object());
        QJsonArray items;
        for (const Finding &fd : findings) {
            const QString severity = fd.isError() ? QStringLiteral("error") : QStringLiteral("warning");
            if (json) {
                items << QJsonObject{{"path", fd.path}, {"severity", severity}, {"message", fd.message}, {"rule", fd.rule}};
            } else {
                out << file << ": " << (fd.path.isEmpty() ? QStringLiteral("$") : fd.path) << ": " << severity << ": "
                    << fd.message << '\n';
            }
        }
        if (hasErrors(findings) && exitCode == 0)
            exitCode = 1;
        if (json)
            report << QJsonObject{{"file", file}, {"findings", items}};
    }
    if (json)
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    out.flush();
    err.flush();
    return exitCode;
}

} // namespace sinch::rules
