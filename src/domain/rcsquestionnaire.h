#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sinch {

// One question of the RCS launch questionnaire as GET /rcs/questionnaire/{useCase} asks it,
// joined with what the contract says of its answer in the sender's create/update request
// (RcsSenderDetailsQuestionnaire*AnswersInputDto): where the answer is stored, its type and
// format, whether several picks may be joined (the contract gives the answer a
// `<id>Metadata` object whose `ignore` records the delimiter) and whether it is deprecated.
struct RcsQuestion
{
    enum class Kind {
        Text,    // a string
        UrlList, // an array of URLs (general.videoUris, general.screenshotUris)
    };

    QString section;            // "general", "verification", "gb" ...
    QString id;                 // the answer's field: "optInDescription"
    QString text;               // the API's question; the contract's description when the API sends none
    Kind kind = Kind::Text;
    QStringList suggestedAnswers;
    bool multiple = false;      // several suggestions may be picked (joined with a delimiter)
    bool deprecated = false;    // the contract marks it deprecated or "No longer required"
    QString answerPath;         // "details.questionnaire.gb.answers.brandIndustry"
    QString metadataPath;       // "...answers.fullCompanyAddressMetadata.ignore"; empty without one
    QJsonObject answerSchema;   // the contract's schema of the answer (pattern, lengths, format); may be empty
};

struct RcsQuestionnaireSectionData
{
    QString key;                // "general", "verification" or a country's code in lower case
    bool country = false;
    QList<RcsQuestion> questions;
};

// The questionnaire parsed from the API's answer (RcsSenderDetailsQuestionnaireBaseDto): its
// sections in the API's order of meaning (general, verification, then the countries as
// the API returns them), never a list of its own. A question the contract does not know is
// kept (the questions "may be subject to change"): its answer goes to the same place, a
// free string. `*Metadata` keys and `ignore` entries are metadata of answers, not questions.
class RcsQuestionnaire
{
    Q_DECLARE_TR_FUNCTIONS(RcsQuestionnaire)
public:
    // A section as the form titles it: "General", "Verification", a country's name in the
    // console's language ("France").
    static QString sectionTitle(const QString &key);
    // A question as a person finds it on the form: its section, then its question (cut
    // short), or its field where the API asks none ("France · Your company's SIREN").
    static QString questionName(const RcsQuestion &question);

    static QList<RcsQuestionnaireSectionData> parse(const QJsonObject &response);

    // A section of one country ("gb"), not one every sender answers (general, verification).
    static bool isCountrySection(const QString &key);
    // Where the questionnaire sits in the sender's create/update request.
    static QString basePath() { return QStringLiteral("details.questionnaire"); }
    static QString sectionPath(const QString &section) { return basePath() + QLatin1Char('.') + section; }
    // The delimiter the console joins several picks with (recorded in the answer's metadata).
    static QString defaultDelimiter() { return QStringLiteral(" | "); }
    // The addresses of an address list as typed: split at the delimiter's "|", without the
    // spaces around them (the typist's, not the address's) or empty ones.
    static QStringList addresses(const QString &typed);

    // The picks and free text an answer holds: a string split at its metadata's `ignore`
    // (or the default delimiter for a question of several picks), an array's entries.
    static QStringList parts(const QJsonObject &request, const RcsQuestion &question);
    // The answer's value for `parts` (empty parts dropped; none: undefined, the key removed)
    // and the metadata's `ignore` that goes with it (undefined when none is needed).
    static QJsonValue answerValue(const RcsQuestion &question, const QStringList &parts);
    static QJsonValue metadataValue(const RcsQuestion &question, const QStringList &parts);
    // The request's `details.questionnaire` with the question answered by `parts` (the answer
    // and its metadata together, so that one edit is one step); objects left empty along the
    // question's path are dropped, and so is the questionnaire (undefined) when nothing is left.
    static QJsonValue questionnaireWith(const QJsonObject &request, const RcsQuestion &question, const QStringList &parts);
    static bool isAnswered(const QJsonObject &request, const RcsQuestion &question);
    // The questionnaire as a request sends it: each section's `answers` only (the questions
    // are the server's, read-only), and no section of a country the sender no longer has
    // (the form keeps a removed country's answers until the save, which drops them).
    static QJsonObject requestAnswers(const QJsonObject &questionnaire, const QStringList &countries);
};

} // namespace sinch
