#include "questionnairequestions.h"
#include "api/contract.h"

#include "schemasampler.h"

#include "api/operations.h"

#include <QJsonArray>

namespace sinch::sandbox {

namespace {

const QString kBaseDto = QStringLiteral("#/components/schemas/RcsSenderDetailsQuestionnaireBaseDto");

QJsonObject schemaOf(const QJsonObject &property)
{
    QJsonObject s = Contract::resolved(property);
    const QJsonArray allOf = s.value(QLatin1String("allOf")).toArray();
    if (!allOf.isEmpty() && !s.contains(QLatin1String("properties")))
        s = Contract::resolved(allOf.first().toObject());
    return s;
}

// Answers a sandbox user can pick from; the contract suggests none for these sections.
QJsonArray suggested(const QString &section, const QString &field)
{
    static const QHash<QString, QStringList> answers{
        {QStringLiteral("gb.brandIndustry"), {QStringLiteral("Retail"), QStringLiteral("Banking and finance"),
                                              QStringLiteral("Travel and hospitality"), QStringLiteral("Energy and utilities")}},
        {QStringLiteral("gb.companyLegalName"), {QStringLiteral("Acme Retail Ltd")}},
        {QStringLiteral("gb.companyRegistrationNumber"), {QStringLiteral("01234567")}},
        {QStringLiteral("gb.fullCompanyAddress"), {QStringLiteral("1 Acme Way, London EC1A 1AA, United Kingdom")}},
        {QStringLiteral("gb.messagesVolume"), {QStringLiteral("Up to 10,000 a month"), QStringLiteral("10,000 to 100,000 a month"),
                                               QStringLiteral("More than 100,000 a month")}},
        {QStringLiteral("gb.messagesFrequency"), {QStringLiteral("Daily"), QStringLiteral("Weekly"), QStringLiteral("Monthly")}},
        {QStringLiteral("gb.campaignLength"), {QStringLiteral("Ongoing"), QStringLiteral("Up to 3 months")}},
        {QStringLiteral("fr.fullCompanyAddress"), {QStringLiteral("1 rue de l'Exemple, 75001 Paris, France")}},
        {QStringLiteral("fr.siren"), {QStringLiteral("123456789")}},   // nine digits (pattern, lengths)
        {QStringLiteral("es.firstMessage"), {QStringLiteral("Hola, este es el canal oficial de Acme. Responde BAJA para no recibir m\u00e1s mensajes.")}},
        {QStringLiteral("us.companyLegalName"), {QStringLiteral("Acme Retail Inc.")}},
        {QStringLiteral("us.ein"), {QStringLiteral("12-3456789")}},
        {QStringLiteral("us.brandIndustry"), {QStringLiteral("Retail"), QStringLiteral("Banking and finance"),
                                              QStringLiteral("Travel and hospitality"), QStringLiteral("Energy and utilities")}},
        {QStringLiteral("us.fullCompanyAddress"), {QStringLiteral("1 Acme Plaza, New York, NY 10001, United States")}},
        {QStringLiteral("us.smsCampaign"), {QStringLiteral("Acme order notifications (10DLC campaign)")}},
        {QStringLiteral("us.messagesVolume"), {QStringLiteral("Up to 10,000 a month"), QStringLiteral("10,000 to 100,000 a month"),
                                               QStringLiteral("More than 100,000 a month")}},
    };
    return QJsonArray::fromStringList(answers.value(section + QLatin1Char('.') + field));
}

QJsonObject contractExample()
{
    const Operation *op = Operations::instance().find(QStringLiteral("QuestionnaireController_getQuestions_v1"));
    return SchemaSampler::responseExample(op->definition(), 200).toObject();
}

} // namespace

QStringList QuestionnaireQuestions::sections()
{
    const QJsonObject base = Contract::resolved(QJsonObject{{QStringLiteral("$ref"), kBaseDto}});
    return base.value(QLatin1String("properties")).toObject().keys();
}

QJsonObject QuestionnaireQuestions::section(const QString &name, const QJsonObject &replacements)
{
    if (replacements.contains(name))
        return replacements.value(name).toObject();
    const QJsonObject example = contractExample().value(name).toObject();
    if (!example.isEmpty())
        return example;
    const QJsonObject base = Contract::resolved(QJsonObject{{QStringLiteral("$ref"), kBaseDto}});
    const QJsonObject sectionSchema = schemaOf(base.value(QLatin1String("properties")).toObject().value(name).toObject());
    const QJsonObject questionsSchema = schemaOf(sectionSchema.value(QLatin1String("properties")).toObject()
                                                     .value(QLatin1String("questions")).toObject());
    const QJsonObject fields = questionsSchema.value(QLatin1String("properties")).toObject();
    if (fields.isEmpty())
        return QJsonObject();
    QJsonObject questions;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject field = it.value().toObject();
        const QString description = field.value(QLatin1String("description")).toString();
        const bool required = questionsSchema.value(QLatin1String("required")).toArray().contains(QJsonValue(it.key()));
        if (!required && (field.value(QLatin1String("deprecated")).toBool()
                          || description.startsWith(QLatin1String("No longer required"))))
            continue;
        questions.insert(it.key(), QJsonObject{{QStringLiteral("question"), description},
                                               {QStringLiteral("suggestedAnswers"), suggested(name, it.key())}});
    }
    return QJsonObject{{QStringLiteral("questions"), questions}};
}

} // namespace sinch::sandbox
