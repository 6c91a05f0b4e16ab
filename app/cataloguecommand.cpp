#include "cataloguecommand.h"

#include "commandlineproject.h"
#include "api/apiclient.h"
#include "api/apierror.h"
#include "auth/credentialstore.h"
#include "services/templatecollection.h"
#include "storage/projectstore.h"
#include "templates/catalogue/templatecataloguewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>

#include <cstdio>

namespace sinch::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sinch::app::CatalogueCommand", text);
}

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "sinch-console catalogue: %s\n", qPrintable(message));
    return code;
}

// The values of a repeatable option, also comma-separated; an unknown one is named.
QStringList valuesOf(const QCommandLineParser &parser, const QCommandLineOption &option, const QStringList &allowed,
                     QString *error)
{
    QStringList out;
    for (const QString &v : parser.values(option)) {
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString value = part.trimmed().toUpper();
            if (!allowed.contains(value)) {
                *error = tr("--%1 takes %2, not \"%3\"").arg(option.names().constFirst(), allowed.join(QStringLiteral(", ")), part);
                return {};
            }
            out.append(value);
        }
    }
    return out;
}

} // namespace

int runCatalogueCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print every WhatsApp template of a project as a phone preview on a PDF contact sheet, with a table of "
           "contents.\nThe key secret comes from the environment variable %1, else from the keychain.")
            .arg(QString::fromLatin1(CommandLineProject::kSecretVariable)));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF file to write."),
                                    QStringLiteral("FILE.pdf"));
    const QCommandLineOption state(QStringLiteral("state"), tr("Only templates in this state (repeat, or comma-separated)."),
                                   QStringLiteral("STATE"));
    const QCommandLineOption category(QStringLiteral("category"), tr("Only templates of this category."),
                                      QStringLiteral("CATEGORY"));
    const QCommandLineOption language(QStringLiteral("language"), tr("Only templates in this language (e.g. EN_US, KO)."),
                                      QStringLiteral("LANGUAGE"));
    const QCommandLineOption dark(QStringLiteral("dark"), tr("Dark pages and previews."));
    for (const QCommandLineOption &o : {help, output, state, category, language, dark})
        parser.addOption(o);
    const CommandLineProject projectOptions;
    projectOptions.addOptionsTo(parser);

    if (!parser.parse(QStringList{QStringLiteral("sinch-console catalogue")} + args))
        return fail(2, parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(2, tr("unexpected \"%1\" (see --help)").arg(parser.positionalArguments().constFirst()));
    if (parser.value(output).isEmpty())
        return fail(2, tr("give the PDF to write with -o FILE.pdf"));
    QString error;
    TemplateCollection::Filter filter;
    filter.states = valuesOf(parser, state, TemplateCollection::stateValues(), &error);
    if (error.isEmpty())
        filter.categories = valuesOf(parser, category, TemplateCollection::categoryValues(), &error);
    if (error.isEmpty())
        filter.languages = valuesOf(parser, language, TemplateCollection::languageValues(), &error);
    if (!error.isEmpty())
        return fail(2, error);

    ProjectStore store;
    const std::optional<Project> project = projectOptions.project(parser, store, &error);
    if (!project)
        return fail(2, error);
    ApiClient client;
    CredentialStore credentials;
    const QString key = QStringLiteral("catalogue");
    if (!CommandLineProject::connect(&client, key, *project, &credentials, &error))
        return fail(1, error);

    QElapsedTimer timer;
    timer.start();
    TemplateCollection collection(&client, key);
    collection.setFilter(filter);
    QEventLoop loop;
    QObject::connect(&collection, &TemplateCollection::loaded, &loop, [&loop] { loop.exit(0); });
    QObject::connect(&collection, &TemplateCollection::failed, &loop, [&](const ApiError &e) {
        error = e.userText();
        loop.exit(1);
    });
    collection.load();
    if (loop.exec() != 0)
        return fail(1, tr("cannot read the templates of %1: %2").arg(project->displayName, error));
    const qint64 readMs = timer.restart();

    const QList<QJsonObject> templates = collection.templates();
    ui::TemplateCatalogueWriter::Options options;
    options.theme = parser.isSet(dark) ? ui::PreviewOptions::Theme::Dark : ui::PreviewOptions::Theme::Light;
    options.title = tr("%1 · WhatsApp templates").arg(project->displayName);
    const QStringList filters = filter.states + filter.categories + filter.languages;
    options.subtitle = QCoreApplication::translate("sinch::app::CatalogueCommand", "%n template(s), %1", nullptr, int(templates.size()))
                           .arg(QDate::currentDate().toString(Qt::ISODate))
                     + (filters.isEmpty() ? QString() : tr(" · only %1").arg(filters.join(QStringLiteral(", "))));
    const QString file = parser.value(output);
    if (!ui::TemplateCatalogueWriter::write(file, templates, options, &error))
        return fail(1, error);
    QTextStream(stdout) << tr("%1: %2 templates, %3 pages (read in %4 ms, drawn in %5 ms)\n")
                               .arg(file)
                               .arg(templates.size())
                               .arg(ui::TemplateCatalogueWriter::pageCount(templates, options))
                               .arg(readMs)
                               .arg(timer.elapsed());
    return 0;
}

} // namespace sinch::app
