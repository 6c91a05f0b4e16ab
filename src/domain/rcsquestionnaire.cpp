#include "rcsquestionnaire.h"

#include "api/contract.h"
#include "countrynames.h"
#include "jsonpath.h"

#include <algorithm>

#include <QJsonArray>

namespace sinch {

QString RcsQuestionnaire::sectionTitle(const QString &key)
{
    if (key == QLatin1String("general"))
        return tr("General");
    if (key == QLatin1String("verification"))
        return tr("Verification");
    return CountryNames::display(key.toUpper()); // as the countries step says it
}

QString RcsQuestionnaire::questionName(const RcsQuestion &question)
{
    constexpr int kLongest = 60;
    QString text = question.text.simplified();
    if (text.size() > kLongest)
        text = text.left(kLongest - 1).trimmed() + QChar(0x2026);
    return tr("%1 · %2").arg(sectionTitle(question.section), text.isEmpty() ? question.id : text);
}

namespace {

const QString kQuestions = QStringLiteral("questions");
const QString kAnswers = QStringLiteral("answers");
const QString kMetadataSuffix = QStringLiteral("Metadata");
const QString kIgnore = QStringLiteral("ignore");
const QString kCommon[] = {QStringLiteral("general"), QStringLiteral("verification")};

// A property's schema with the contract's one-element allOf wrappers unwrapped.
QJsonObject schemaOf(const QJsonObject &property)
{
    QJsonObject s = Contract::resolved(property);
    const QJsonArray allOf = s.value(QLatin1String("allOf")).toArray();
    if (allOf.size() == 1 && !s.contains(QLatin1String("properties")) && !s.contains(QLatin1String("type"))) {
        QJsonObject inner = Contract::resolved(allOf.first().toObject());
        for (auto it = s.begin(); it != s.end(); ++it)
            if (it.key() != QLatin1String("allOf"))
                inner.insert(it.key(), it.value());
        s = inner;
    }
    return s;
}

QJsonObject propertiesOf(const QJsonObject &schema)
{
    return schema.value(QLatin1String("properties")).toObject();
}

// The answers' properties of one section in the create request (RcsSenderDetailsInputDto).
QJsonObject answerFields(const QString &section)
{
    static const QJsonObject sections = propertiesOf(
        schemaOf(propertiesOf(Contract::schema(QStringLiteral("RcsSenderDetailsInputDto"))).value(QLatin1String("questionnaire")).toObject()));
    const QJsonObject sectionSchema = schemaOf(sections.value(section).toObject());
    return propertiesOf(schemaOf(propertiesOf(sectionSchema).value(kAnswers).toObject()));
}

bool isDeprecated(const QJsonObject &schema)
{
    return schema.value(QLatin1String("deprecated")).toBool()
           || schema.value(QLatin1String("description")).toString().startsWith(QLatin1String("No longer required"));
}

// The questions of a section in the contract's order (its QuestionsDto's `required` list).
QJsonArray questionOrder(const QString &section)
{
    static const QJsonObject sections = propertiesOf(Contract::schema(QStringLiteral("RcsSenderDetailsQuestionnaireBaseDto")));
    const QJsonObject sectionSchema = schemaOf(sections.value(section).toObject());
    return schemaOf(propertiesOf(sectionSchema).value(kQuestions).toObject()).value(QLatin1String("required")).toArray();
}

RcsQuestionnaireSectionData parseSection(const QString &key, const QJsonObject &section)
{
    RcsQuestionnaireSectionData out;
    out.key = key;
    out.country = key != kCommon[0] && key != kCommon[1];
    const QJsonObject fields = answerFields(key);
    const QJsonObject questions = section.value(kQuestions).toObject();
    // JSON objects keep no order: the contract's list of the section's questions gives it,
    // questions it does not know follow by name.
    QStringList order;
    for (const QJsonValue &id : questionOrder(key))
        if (questions.contains(id.toString()))
            order << id.toString();
    for (auto it = questions.begin(); it != questions.end(); ++it)
        if (!order.contains(it.key()))
            order << it.key();
    for (const QString &id : std::as_const(order)) {
        const auto it = questions.constFind(id);
        if (it.key().endsWith(kMetadataSuffix) || it.key() == kIgnore || !it.value().isObject())
            continue;
        const QJsonObject q = it.value().toObject();
        RcsQuestion question;
        question.section = key;
        question.id = it.key();
        question.answerSchema = schemaOf(fields.value(it.key()).toObject());
        question.text = q.value(QLatin1String("question")).toString().trimmed();
        if (question.text.isEmpty())
            question.text = question.answerSchema.value(QLatin1String("description")).toString();
        if (question.text.isEmpty())
            question.text = it.key();
        for (const QJsonValue &a : q.value(QLatin1String("suggestedAnswers")).toArray())
            if (!a.toString().trimmed().isEmpty())
                question.suggestedAnswers << a.toString();
        question.kind = question.answerSchema.value(QLatin1String("type")).toString() == QLatin1String("array")
                            ? RcsQuestion::Kind::UrlList
                            : RcsQuestion::Kind::Text;
        question.deprecated = isDeprecated(question.answerSchema) || isDeprecated(q);
        question.answerPath = RcsQuestionnaire::sectionPath(key) + QLatin1Char('.') + kAnswers + QLatin1Char('.') + it.key();
        if (fields.contains(it.key() + kMetadataSuffix))
            question.metadataPath = question.answerPath + kMetadataSuffix + QLatin1Char('.') + kIgnore;
        question.multiple = question.kind == RcsQuestion::Kind::UrlList || !question.metadataPath.isEmpty();
        out.questions << question;
    }
    return out;
}

} // namespace

QList<RcsQuestionnaireSectionData> RcsQuestionnaire::parse(const QJsonObject &response)
{
    QList<RcsQuestionnaireSectionData> out;
    for (const QString &key : kCommon)
        if (response.value(key).isObject())
            out << parseSection(key, response.value(key).toObject());
    for (auto it = response.begin(); it != response.end(); ++it)
        if (it.key() != kCommon[0] && it.key() != kCommon[1] && it.value().isObject())
            out << parseSection(it.key(), it.value().toObject());
    return out;
}

QStringList RcsQuestionnaire::parts(const QJsonObject &request, const RcsQuestion &question)
{
    const QJsonValue answer = JsonPath::value(request, question.answerPath);
    QStringList out;
    if (answer.isArray()) {
        for (const QJsonValue &v : answer.toArray())
            out << v.toString();
        return out;
    }
    const QString text = answer.toString();
    if (text.isEmpty())
        return out;
    QString delimiter = question.metadataPath.isEmpty() ? QString() : JsonPath::value(request, question.metadataPath).toString();
    if (delimiter.isEmpty() && question.multiple)
        delimiter = defaultDelimiter();
    return delimiter.isEmpty() ? QStringList{text} : text.split(delimiter);
}

QStringList RcsQuestionnaire::addresses(const QString &typed)
{
    QStringList out;
    for (const QString &part : typed.split(defaultDelimiter().trimmed()))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QJsonValue RcsQuestionnaire::answerValue(const RcsQuestion &question, const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept << p;
    if (kept.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (question.kind == RcsQuestion::Kind::UrlList)
        return QJsonArray::fromStringList(kept);
    return kept.join(question.multiple ? defaultDelimiter() : QString());
}

QJsonValue RcsQuestionnaire::metadataValue(const RcsQuestion &question, const QStringList &parts)
{
    if (question.metadataPath.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    int kept = 0;
    for (const QString &p : parts)
        kept += p.trimmed().isEmpty() ? 0 : 1;
    return kept > 1 ? QJsonValue(defaultDelimiter()) : QJsonValue(QJsonValue::Undefined);
}

QJsonValue RcsQuestionnaire::questionnaireWith(const QJsonObject &request, const RcsQuestion &question, const QStringList &parts)
{
    QJsonValue questionnaire = JsonPath::value(request, basePath());
    if (!questionnaire.isObject())
        questionnaire = QJsonObject();
    const auto relative = [](const QString &path) { return JsonPath::split(path.mid(basePath().size() + 1)); };
    JsonPath::set(questionnaire, relative(question.answerPath), answerValue(question, parts));
    QStringList containers; // innermost first: the metadata object, the answers, the section
    if (!question.metadataPath.isEmpty()) {
        JsonPath::set(questionnaire, relative(question.metadataPath), metadataValue(question, parts));
        containers << question.metadataPath.section(QLatin1Char('.'), 0, -2);
    }
    containers << question.answerPath.section(QLatin1Char('.'), 0, -2) << sectionPath(question.section);
    for (const QString &path : std::as_const(containers)) {
        const QJsonValue v = JsonPath::value(questionnaire, relative(path));
        if (v.isObject() && v.toObject().isEmpty())
            JsonPath::set(questionnaire, relative(path), QJsonValue(QJsonValue::Undefined));
    }
    return questionnaire.toObject().isEmpty() ? QJsonValue(QJsonValue::Undefined) : questionnaire;
}

bool RcsQuestionnaire::isAnswered(const QJsonObject &request, const RcsQuestion &question)
{
    for (const QString &p : parts(request, question))
        if (!p.trimmed().isEmpty())
            return true;
    return false;
}

bool RcsQuestionnaire::isCountrySection(const QString &key)
{
    return std::find(std::begin(kCommon), std::end(kCommon), key) == std::end(kCommon);
}

QJsonObject RcsQuestionnaire::requestAnswers(const QJsonObject &questionnaire, const QStringList &countries)
{
    QJsonObject out;
    for (auto it = questionnaire.begin(); it != questionnaire.end(); ++it) {
        if (isCountrySection(it.key()) && !countries.contains(it.key(), Qt::CaseInsensitive))
            continue;
        const QJsonObject answers = it.value().toObject().value(kAnswers).toObject();
        if (!answers.isEmpty())
            out.insert(it.key(), QJsonObject{{QStringLiteral("answers"), answers}});
    }
    return out;
}

} // namespace sinch
