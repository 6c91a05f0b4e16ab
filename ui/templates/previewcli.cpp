#include "previewcli.h"

#include "previewoptions.h"
#include "whatsapppreviewrenderer.h"
#include "kakaotalk/alimtalkpreviewrenderer.h"
#include "rules/templatevalidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTextStream>

#include <cstdio>

namespace sinch::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sinch::ui::PreviewCli", text);
}

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "sinch-console preview: %s\n", qPrintable(message));
    return code;
}

} // namespace

PreviewArguments parsePreviewArguments(const QStringList &args)
{
    PreviewArguments parsed;
    const auto usageError = [&parsed](const QString &message) {
        parsed.error = message;
        return parsed;
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Render a WhatsApp or KakaoTalk (AlimTalk) template as the phone shows it and write a PNG.\n"
                                        "The channel is told from the file's fields unless --channel names it."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The PNG file to write."), QStringLiteral("OUT.png"));
    const QCommandLineOption dark(QStringLiteral("dark"), tr("Use the dark theme."));
    const QCommandLineOption raw(QStringLiteral("raw-variables"), tr("Show the variables ({{n}}, #{name}) instead of the examples."));
    const QCommandLineOption scale(QStringLiteral("scale"), tr("Pixels per logical pixel, 0.5 to 4 (default 1)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption channel(QStringLiteral("channel"), tr("Render as this channel's template: whatsapp or kakaotalk."),
                                     QStringLiteral("CHANNEL"));
    const QCommandLineOption example(QStringLiteral("example"),
                                     tr("KakaoTalk: the example shown for #{NAME} (repeat for each variable)."),
                                     QStringLiteral("NAME=VALUE"));
    const QCommandLineOption sender(QStringLiteral("channel-name"), tr("KakaoTalk: the channel name shown above the message."),
                                    QStringLiteral("NAME"));
    parser.addOption(help);
    parser.addOption(output);
    parser.addOption(dark);
    parser.addOption(raw);
    parser.addOption(scale);
    parser.addOption(channel);
    parser.addOption(example);
    parser.addOption(sender);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The template, as JSON (the API's create request)."));

    if (!parser.parse(QStringList{QStringLiteral("sinch-console preview")} + args))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        parsed.helpText = parser.helpText();
        return parsed;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || files.first().isEmpty())
        return usageError(tr("give one template file (see --help)"));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usageError(tr("give the PNG to write with -o OUT.png"));
    bool number = false;
    const double ratio = parser.value(scale).toDouble(&number);
    if (!number || !(ratio >= 0.5 && ratio <= 4)) // NaN is no scale either
        return usageError(tr("--scale takes a number from 0.5 to 4, not \"%1\"").arg(parser.value(scale)));
    const QString forced = parser.value(channel);
    if (parser.isSet(channel) && forced != QLatin1String("whatsapp") && forced != QLatin1String("kakaotalk"))
        return usageError(tr("--channel is whatsapp or kakaotalk, not \"%1\"").arg(forced));
    for (const QString &e : parser.values(example)) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(tr("--example takes NAME=VALUE, not \"%1\"").arg(e));
        parsed.examples.insert(e.left(eq), e.mid(eq + 1));
    }
    parsed.file = files.first();
    parsed.output = parser.value(output);
    parsed.theme = parser.isSet(dark) ? PreviewOptions::Theme::Dark : PreviewOptions::Theme::Light;
    parsed.rawVariables = parser.isSet(raw);
    parsed.scale = ratio;
    parsed.channel = forced;
    parsed.channelName = parser.value(sender);
    return parsed;
}

int runPreviewCli(const QStringList &args)
{
    const PreviewArguments parsed = parsePreviewArguments(args);
    if (!parsed.helpText.isEmpty()) {
        std::fputs(qPrintable(parsed.helpText), stdout);
        return 0;
    }
    if (!parsed.error.isEmpty())
        return fail(2, parsed.error);

    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(1, tr("internal error: rendering needs a QGuiApplication"));

    const QString &path = parsed.file;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(1, tr("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(1, tr("%1 is not valid JSON: %2 at offset %3").arg(path, error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return fail(1, tr("%1 is not a template: expected a JSON object").arg(path));

    PreviewOptions options;
    options.theme = parsed.theme;
    options.showRawVariables = parsed.rawVariables;
    options.devicePixelRatio = parsed.scale;
    using sinch::rules::TemplateValidator;
    const bool kakaotalk = parsed.channel.isEmpty() ? TemplateValidator::channelOf(doc.object()) == TemplateValidator::Channel::Kakaotalk
                                            : parsed.channel == QLatin1String("kakaotalk");
    QImage image;
    if (kakaotalk) {
        options.findings = TemplateValidator::validateKakaotalk(doc.object());
        const AlimtalkPreviewRenderer::Content content{AlimtalkPreviewRenderer::detailsOf(doc.object()), parsed.examples,
                                                       parsed.channelName};
        image = AlimtalkPreviewRenderer::render(content, options);
    } else {
        options.findings = TemplateValidator::validateWhatsapp(doc.object());
        image = WhatsappPreviewRenderer::render(doc.object(), options);
    }
    const QString &out = parsed.output;
    QImageWriter writer(out, "png");
    if (!writer.write(image))
        return fail(1, tr("cannot write %1: %2").arg(out, writer.errorString()));
    int errors = 0;
    for (const sinch::rules::Finding &f : options.findings)
        errors += f.isError() ? 1 : 0;
    QTextStream(stdout) << tr("%1: %2×%3 px, %4 findings marked (%5 errors)\n")
                               .arg(out)
                               .arg(image.width())
                               .arg(image.height())
                               .arg(options.findings.size())
                               .arg(errors);
    return 0;
}

} // namespace sinch::ui
