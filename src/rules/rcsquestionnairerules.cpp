#include "rcsquestionnairerules.h"

#include "contractlimits.h"
#include "schemavalidator.h"

#include "domain/jsonpath.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sinch::rules {

namespace {

Finding error(const QString &path, const QString &message, const char *rule)
{
    return Finding{path, Severity::Error, message, QLatin1String(rule), QString()};
}

// "exactly N digits": the contract says it with a digits pattern and equal lengths.
int exactDigits(const QJsonObject &schema)
{
    const int min = ContractLimits::intOf(schema, "minLength", -1);
    const int max = ContractLimits::intOf(schema, "maxLength", -2);
    const QString pattern = schema.value(QLatin1String("pattern")).toString();
    const bool digits = pattern == QLatin1String("^\\d+$") || pattern == QLatin1String("^[0-9]+$");
    return digits && min == max ? min : -1;
}

} // namespace

QString RcsQuestionnaireRules::describedPattern(const QString &description)
{
    static const QRegularExpression format(QStringLiteral("format:\\s*([X\\-/ ]*X[X\\-/ ]*X)"));
    const QRegularExpressionMatch m = format.match(description);
    if (!m.hasMatch())
        return QString();
    QString pattern = QRegularExpression::escape(m.captured(1).trimmed());
    pattern.replace(QLatin1Char('X'), QLatin1String("\\d"));
    return QLatin1Char('^') + pattern + QLatin1Char('$');
}

QList<Finding> RcsQuestionnaireRules::check(const QJsonObject &request, const RcsQuestion &question)
{
    QList<Finding> out;
    const QJsonValue answer = JsonPath::value(request, question.answerPath);
    if (answer.isUndefined() || answer.isNull() || (answer.isString() && answer.toString().trimmed().isEmpty()))
        return out;
    // Its section, then the contract's name of the answer ("France (FR) · Company directory
    // identification system number"); without one, the question as the form shows it.
    QString name = question.answerSchema.value(QLatin1String("description")).toString().section(QLatin1Char('.'), 0, 0).trimmed();
    const QString what = name.isEmpty() || name.size() > 60
        ? RcsQuestionnaire::questionName(question)
        : tr("%1 · %2").arg(RcsQuestionnaire::sectionTitle(question.section), name);
    if (question.deprecated)
        out << Finding{question.answerPath, Severity::Warning,
                       tr("%1 is deprecated: the API no longer needs this answer and may ignore it.").arg(what),
                       QStringLiteral("rcs.questionnaire.deprecated"), QString()};
    const QJsonObject &schema = question.answerSchema;
    if (schema.isEmpty())
        return out;
    const int digits = exactDigits(schema);
    if (digits > 0 && answer.isString()) {
        const QString text = answer.toString();
        static const QRegularExpression onlyDigits(QStringLiteral("^\\d+$"));
        if (text.size() != digits || !onlyDigits.match(text).hasMatch())
            out << error(question.answerPath,
                         tr("%1 must be exactly %2 digits, without spaces or other signs (it has %3 characters).")
                             .arg(what).arg(digits).arg(text.size()),
                         "rcs.questionnaire.digits");
        return out;
    }
    const QString described = describedPattern(schema.value(QLatin1String("description")).toString());
    if (!described.isEmpty() && answer.isString() && !QRegularExpression(described).match(answer.toString()).hasMatch()) {
        static const QRegularExpression format(QStringLiteral("format:\\s*(\\S+)"));
        out << error(question.answerPath,
                     tr("%1 must be written as %2 (digits for X).")
                         .arg(what, format.match(schema.value(QLatin1String("description")).toString()).captured(1)
                                        .remove(QRegularExpression(QStringLiteral("\\.$")))),
                     "rcs.questionnaire.format");
        return out;
    }
    for (const QString &problem : SchemaValidator::validate(answer, schema, question.answerPath)) {
        QString rest = QString(problem).remove(0, question.answerPath.size()).trimmed();
        // An item of a list (".0 must be a URL address"): "entry 1", as a person counts.
        static const QRegularExpression item(QStringLiteral("^\\.(\\d+)\\s+"));
        if (const QRegularExpressionMatch m = item.match(rest); m.hasMatch())
            rest = tr("entry %1 %2").arg(m.captured(1).toInt() + 1).arg(rest.mid(m.capturedLength()));
        out << error(question.answerPath, tr("%1: %2.").arg(what, rest), "rcs.questionnaire.schema");
    }
    return out;
}

QList<Finding> RcsQuestionnaireRules::check(const QJsonObject &request, const QList<RcsQuestion> &questions)
{
    QList<Finding> out;
    for (const RcsQuestion &q : questions)
        out << check(request, q);
    return out;
}

} // namespace sinch::rules
