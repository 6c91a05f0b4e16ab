// How fast are templates validated (the contract's schema plus the reviewer rules,
// TemplateValidator::validateWhatsapp: what the editor does on every keystroke and lint on
// every file)? 10,000 varied templates (benchtemplates.h) in one process. Figures:
//  - validation_rate: templates a second, >= 20,000;
//  - validation_vs_valijson: that rate over a plain valijson pass (Debian libvalijson-dev,
//    its Qt adapter) over the contract's WhatsappTemplateInputDto schema of the same
//    templates, >= 2. Only when valijson was found at configure time (scripts/bench
//    installs it); else it says so.
// The text template and the 10-card carousel alone are printed as before, per template.
// --tiny: 200 templates, one round (the test command).
#include "benchfigures.h"
#include "benchtemplates.h"

#include "api/contract.h"
#include "rules/templatevalidator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <functional>

#ifdef SINCH_HAVE_VALIJSON
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>
#endif

using namespace sinch;
using namespace sinch::rules;

namespace {

double msOf(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool tiny = bench::isTiny(argc, argv);
    const int count = tiny ? 200 : 10000;
    const int rounds = bench::rounds(tiny, 5);
    QList<QJsonObject> templates;
    for (int i = 0; i < count; ++i)
        templates << bench::variedTemplate(i);

    volatile qsizetype sink = 0;
    int findings = 0;
    for (const QJsonObject &t : std::as_const(templates)) // warm-up (schemas resolved once)
        findings += int(TemplateValidator::validateWhatsapp(t).size());
    if (findings > count) // the templates are valid but for a warning here and there
        std::fprintf(stderr, "%d findings on %d templates\n", findings, count);

#ifdef SINCH_HAVE_VALIJSON
    // The whole contract as the root document, its template schema by reference.
    QJsonObject root = Contract::document();
    root.insert(QStringLiteral("$ref"), QStringLiteral("#/components/schemas/WhatsappTemplateInputDto"));
    const QJsonValue rootValue(root);
    valijson::Schema schema;
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
    valijson::adapters::QtJsonAdapter schemaAdapter(rootValue);
    parser.populateSchema(schemaAdapter, schema);
    valijson::Validator validator;
    int invalid = 0;
    for (const QJsonObject &t : std::as_const(templates)) {
        const QJsonValue v(t);
        invalid += validator.validate(schema, valijson::adapters::QtJsonAdapter(v), nullptr) ? 0 : 1;
    }
    if (invalid)
        std::fprintf(stderr, "valijson refused %d of %d templates\n", invalid, count);
#endif

    std::vector<double> ours, plain;
    for (int round = 0; round < rounds; ++round) {
        ours.push_back(msOf([&] {
            for (const QJsonObject &t : std::as_const(templates))
                sink = sink + TemplateValidator::validateWhatsapp(t).size();
        }));
#ifdef SINCH_HAVE_VALIJSON
        plain.push_back(msOf([&] {
            for (const QJsonObject &t : std::as_const(templates)) {
                const QJsonValue v(t);
                sink = sink + (validator.validate(schema, valijson::adapters::QtJsonAdapter(v), nullptr) ? 1 : 0);
            }
        }));
#endif
    }
    const double rate = count / (bench::median(ours) / 1000.0);
    std::fprintf(stderr, "%d templates: %.1f ms (median of %d)\n", count, bench::median(ours), rounds);
    bench::figure("validation_rate", rate, "templates/s", ">=20000");
    if (!plain.empty()) {
        std::fprintf(stderr, "valijson: %.1f ms\n", bench::median(plain));
        bench::ratio("validation_vs_valijson", bench::median(plain) / bench::median(ours), ">=2");
    } else {
        std::printf("# validation_vs_valijson: valijson not found at configure time (scripts/bench installs libvalijson-dev)\n");
    }
    return 0;
}
