#include "cataloguecommand.h"

#include "commandlineproject.h"
#include "api/apierror.h"
#include "api/endpoint.h"
#include "storage/projectstore.h"
#include "templates/catalogue/templatecataloguewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

#include <cstdio>

namespace sinch::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sinch::app", text); // the context lupdate gives a free function here
}

const QString kProjectKey = QStringLiteral("catalogue");

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

CatalogueCommand::CatalogueCommand(QStringList args) : m_args(std::move(args)) {}

CatalogueCommand::~CatalogueCommand() = default;

void CatalogueCommand::start()
{
    if (const std::optional<int> code = parseAndConnect())
        finish(*code);
}

// Reads the options; on a usage error (or --help) the exit code, else nothing: the
// secret is being read and the templates are read next.
std::optional<int> CatalogueCommand::parseAndConnect()
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

    if (!parser.parse(QStringList{QStringLiteral("sinch-console catalogue")} + m_args))
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
    m_project = *project;
    m_filter = filter;
    m_output = parser.value(output);
    m_dark = parser.isSet(dark);
    CommandLineProject::readSecret(m_project, &m_credentials, this, [this](const QString &secret, const QString &missing) {
        if (secret.isEmpty())
            return finish(fail(1, missing));
        m_client.setEndpoint(kProjectKey, Endpoint::fromProject(m_project, secret));
        readTemplates();
    });
    return std::nullopt;
}

void CatalogueCommand::readTemplates()
{
    m_timer.start();
    m_collection = std::make_unique<TemplateCollection>(&m_client, kProjectKey);
    m_collection->setFilter(m_filter);
    connect(m_collection.get(), &TemplateCollection::loaded, this, [this] { finish(write()); });
    connect(m_collection.get(), &TemplateCollection::failed, this, [this](const ApiError &e) {
        finish(fail(1, tr("cannot read the templates of %1: %2").arg(m_project.displayName, e.userText())));
    });
    m_collection->load();
}

int CatalogueCommand::write()
{
    const qint64 readMs = m_timer.restart();
    const QList<QJsonObject> templates = m_collection->templates();
    ui::TemplateCatalogueWriter::Options options;
    options.theme = m_dark ? ui::PreviewOptions::Theme::Dark : ui::PreviewOptions::Theme::Light;
    options.title = tr("%1 · WhatsApp templates").arg(m_project.displayName);
    const QStringList filters = m_filter.states + m_filter.categories + m_filter.languages;
    options.subtitle = QCoreApplication::translate("sinch::app::CatalogueCommand", "%n template(s), %1", nullptr, int(templates.size()))
                           .arg(QDate::currentDate().toString(Qt::ISODate))
                     + (filters.isEmpty() ? QString() : tr(" · only %1").arg(filters.join(QStringLiteral(", "))));
    QString error;
    if (!ui::TemplateCatalogueWriter::write(m_output, templates, options, &error))
        return fail(1, error);
    QTextStream(stdout) << tr("%1: %2 templates, %3 pages (read in %4 ms, drawn in %5 ms)\n")
                               .arg(m_output)
                               .arg(templates.size())
                               .arg(ui::TemplateCatalogueWriter::pageCount(templates, options))
                               .arg(readMs)
                               .arg(m_timer.elapsed());
    return 0;
}

} // namespace sinch::app
