#include "templatevalidator.h"

#include "schemavalidator.h"
#include "whatsapptemplaterules.h"
#include "api/contract.h"

#include <QRegularExpression>
#include <QSet>

namespace sinch::rules {

QList<Finding> TemplateValidator::fromValidationErrors(const QStringList &errors)
{
    static const QRegularExpression lead(QStringLiteral(
        "^(?:each value in )?([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*) (.*)$"));
    QList<Finding> out;
    for (const QString &e : errors) {
        const auto m = lead.match(e);
        Finding f;
        f.severity = Severity::Error;
        f.rule = QStringLiteral("schema");
        if (m.hasMatch()) {
            f.path = m.captured(1);
            f.message = e;
        } else {
            f.message = e;
        }
        if (!f.message.endsWith(QLatin1Char('.')))
            f.message += QLatin1Char('.');
        out << f;
    }
    return out;
}

QList<Finding> TemplateValidator::validateWhatsapp(const QJsonObject &input)
{
    const bool draft = input.value(QLatin1String("status")).toString() == QLatin1String("DRAFT");
    return validateWhatsapp(input, draft ? Mode::Draft : Mode::Submit);
}

QList<Finding> TemplateValidator::validateWhatsapp(const QJsonObject &input, Mode mode)
{
    QList<Finding> out = WhatsappTemplateRules::check(input, mode);
    QSet<QString> covered;
    for (const Finding &f : out)
        covered.insert(f.path);

    static const QJsonObject schema = Contract::schema(QStringLiteral("WhatsappTemplateInputDto"));
    for (const Finding &f : fromValidationErrors(SchemaValidator::validate(input, schema))) {
        // The hand-written rule said it better, or (for drafts) the contract does not ask
        // for what is inside the details yet.
        bool said = false;
        for (const QString &p : covered)
            said = said || f.path == p || f.path.startsWith(p + QLatin1Char('.'));
        if (said)
            continue;
        // The walker's words for a required field that is absent (rules/schemavalidator.cpp).
        const bool missing = f.message.endsWith(QLatin1String(" should not be empty."));
        if (mode == Mode::Draft && missing && f.path.startsWith(QLatin1String("details.")))
            continue;
        out << f;
    }
    return out;
}

QList<Finding> TemplateValidator::validateWhatsappEdit(const QJsonObject &input, const QJsonObject &serverTemplate, Mode mode)
{
    QList<Finding> out = WhatsappTemplateRules::checkEdit(input, serverTemplate);
    for (const Finding &f : validateWhatsapp(input, mode))
        if (!out.contains(f))
            out << f;
    return out;
}

} // namespace sinch::rules
