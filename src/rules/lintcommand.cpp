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

int LintCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    bool json = false;
    QString channel; // empty: told from each file's content
    QStringList files;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--channel") || a.startsWith(QLatin1String("--channel="))) {
            channel = a.contains(QLatin1Char('=')) ? a.section(QLatin1Char('='), 1) : arguments.value(++i);
            if (channel != QLatin1String("whatsapp") && channel != QLatin1String("kakaotalk")) {
                err << tr("sinch-console lint: --channel is whatsapp or kakaotalk, not \"%1\"").arg(channel) << '\n';
                return 2;
            }
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << tr("Usage: sinch-console lint FILE... [--json] [--channel whatsapp|kakaotalk]\n"
                      "Validates WhatsApp and KakaoTalk template JSON files (the API's create-request shape);\n"
                      "the channel is told from each file's fields unless --channel names it.\n"
                      "Exit code: 0 no errors, 1 errors found, 2 unreadable input.\n");
            return 0;
        } else if (a.startsWith(QLatin1String("--"))) {
            err << tr("sinch-console lint: unknown option %1").arg(a) << '\n';
            return 2;
        } else
            files << a;
    }
    if (files.isEmpty()) {
        err << tr("sinch-console lint: name at least one template JSON file") << '\n';
        return 2;
    }
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
