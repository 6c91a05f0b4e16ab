#include "templatevalidator.h"

#include "schemavalidator.h"
#include "kakaotalktemplaterules.h"
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

namespace {

Mode modeOf(const QJsonObject &input)
{
    return input.value(QLatin1String("status")).toString() == QLatin1String("DRAFT") ? Mode::Draft : Mode::Submit;
}

// The rules' findings, then the contract schema's where no rule spoke of the field.
// `draftOptional` tells the fields the contract marks "Not required for draft".
QList<Finding> withSchema(QList<Finding> out, const QJsonObject &input, const QJsonObject &schema, Mode mode,
                          bool (*draftOptional)(const QString &path))
{
    QSet<QString> covered;
    for (const Finding &f : out)
        covered.insert(f.path);
    for (const Finding &f : TemplateValidator::fromValidationErrors(SchemaValidator::validate(input, schema))) {
        // The hand-written rule said it better, or (for drafts) the contract does not ask
        // for the field yet.
        bool said = false;
        for (const QString &p : covered)
            said = said || f.path == p || f.path.startsWith(p + QLatin1Char('.'));
        if (said)
            continue;
        // The walker's words for a required field that is absent (rules/schemavalidator.cpp).
        const bool missing = f.message.endsWith(QLatin1String(" should not be empty."));
        if (mode == Mode::Draft && missing && draftOptional(f.path))
            continue;
        out << f;
    }
    return out;
}

// WhatsApp: the components inside `details`.
bool whatsappDraftOptional(const QString &path) { return path.startsWith(QLatin1String("details.")); }

// KakaoTalk: the content and the buttons' names.
bool kakaotalkDraftOptional(const QString &path)
{
    static const QRegularExpression buttonName(QStringLiteral("^details\\.buttons\\.\\d+\\.name$"));
    return path == QLatin1String("details.content") || buttonName.match(path).hasMatch();
}

} // namespace

QList<Finding> TemplateValidator::validateWhatsapp(const QJsonObject &input)
{
    return validateWhatsapp(input, modeOf(input));
}

QList<Finding> TemplateValidator::validateWhatsapp(const QJsonObject &input, Mode mode)
{
    static const QJsonObject schema = Contract::schema(QStringLiteral("WhatsappTemplateInputDto"));
    return withSchema(WhatsappTemplateRules::check(input, mode), input, schema, mode, whatsappDraftOptional);
}

QList<Finding> TemplateValidator::validateKakaotalk(const QJsonObject &input)
{
    return validateKakaotalk(input, modeOf(input));
}

QList<Finding> TemplateValidator::validateKakaotalk(const QJsonObject &input, Mode mode)
{
    static const QJsonObject schema = Contract::schema(QStringLiteral("KakaotalkInputTemplateDto"));
    return withSchema(KakaotalkTemplateRules::check(input, mode), input, schema, mode, kakaotalkDraftOptional);
}

TemplateValidator::Channel TemplateValidator::channelOf(const QJsonObject &input)
{
    if (input.contains(QLatin1String("category")))
        return Channel::Whatsapp;
    const QJsonObject details = input.value(QLatin1String("details")).toObject();
    if (details.contains(QLatin1String("components")))
        return Channel::Whatsapp;
    for (const char *key : {"content", "messageType", "emphasizeType", "categoryCode", "securityFlag"})
        if (details.contains(QLatin1String(key)))
            return Channel::Kakaotalk;
    return Channel::Whatsapp;
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
