// The RCS launch questionnaire read from the API's answer (RcsQuestionnaire) and its answers'
// format checks (RcsQuestionnaireRules): tables over what the contract defines.
#include "domain/jsonpath.h"
#include "domain/rcsquestionnaire.h"
#include "rules/rcsquestionnairerules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sinch;

namespace {

QJsonObject question(const QString &text, const QStringList &suggested = {})
{
    return QJsonObject{{"question", text}, {"suggestedAnswers", QJsonArray::fromStringList(suggested)}};
}

QJsonObject response()
{
    return QJsonObject{
        {"general", QJsonObject{{"questions", QJsonObject{
                         {"optInDescription", question("How do users agree?", {"By subscribing", "By buying"})},
                         {"videoUris", question("")}}}}},
        {"verification", QJsonObject{{"questions", QJsonObject{{"email", question("Email?")}}}}},
        {"gb", QJsonObject{{"questions", QJsonObject{{"brandIndustry", question("Sector?", {"Retail", ""})},
                                                     {"campaignLength", question("Length?")},
                                                     {"fullCompanyAddressMetadata", question("not a question")}}}}},
        {"fr", QJsonObject{{"questions", QJsonObject{{"siren", question("SIREN?")}, {"ignore", "-split-"}}}}},
        {"us", QJsonObject{{"questions", QJsonObject{{"ein", question("EIN?")}}}}},
        {"xx", QJsonObject{{"questions", QJsonObject{{"brandNewQuestion", question("Something new?", {"Yes"})}}}}},
    };
}

const RcsQuestion *find(const QList<RcsQuestionnaireSectionData> &sections, const QString &section, const QString &id)
{
    for (const RcsQuestionnaireSectionData &s : sections)
        if (s.key == section)
            for (const RcsQuestion &q : s.questions)
                if (q.id == id)
                    return &q;
    return nullptr;
}

} // namespace

class TestRcsQuestionnaire : public QObject
{
    Q_OBJECT
private slots:
    void sectionsInOrder()
    {
        const QList<RcsQuestionnaireSectionData> sections = RcsQuestionnaire::parse(response());
        QStringList keys;
        for (const RcsQuestionnaireSectionData &s : sections)
            keys << s.key + (s.country ? "*" : "");
        QCOMPARE(keys, (QStringList{"general", "verification", "fr*", "gb*", "us*", "xx*"}));
        QVERIFY(RcsQuestionnaire::parse(QJsonObject()).isEmpty());
    }

    void questions_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("suggestions");
        QTest::addColumn<bool>("multiple");
        QTest::addColumn<bool>("deprecated");
        QTest::addColumn<bool>("list");
        QTest::addColumn<QString>("metadataPath");
        const QString base = "details.questionnaire.";
        QTest::newRow("general, several picks with metadata") << "general" << "optInDescription" << "How do users agree?" << 2
                                                              << true << false << false
                                                              << base + "general.answers.optInDescriptionMetadata.ignore";
        QTest::newRow("empty question: the contract's words") << "general" << "videoUris"
                                                              << "Publicly available URIs for videos of the sender, for review purposes only."
                                                              << 0 << true << false << true << QString();
        QTest::newRow("verification") << "verification" << "email" << "Email?" << 0 << false << false << false << QString();
        QTest::newRow("empty suggestion dropped, one pick") << "gb" << "brandIndustry" << "Sector?" << 1 << false << false << false << QString();
        QTest::newRow("deprecated") << "gb" << "campaignLength" << "Length?" << 0 << false << true << false << QString();
        QTest::newRow("unknown to the contract") << "xx" << "brandNewQuestion" << "Something new?" << 1 << false << false << false << QString();
    }
    void questions()
    {
        QFETCH(QString, section);
        QFETCH(QString, id);
        const QList<RcsQuestionnaireSectionData> sections = RcsQuestionnaire::parse(response());
        const RcsQuestion *q = find(sections, section, id);
        QVERIFY(q);
        QTEST(q->text, "text");
        QTEST(int(q->suggestedAnswers.size()), "suggestions");
        QTEST(q->multiple, "multiple");
        QTEST(q->deprecated, "deprecated");
        QTEST(q->kind == RcsQuestion::Kind::UrlList, "list");
        QTEST(q->metadataPath, "metadataPath");
        QCOMPARE(q->answerPath, QString("details.questionnaire." + section + ".answers." + id));
    }

    // The contract's order of a section's questions, not the JSON object's.
    void questionsInTheContractsOrder()
    {
        QJsonObject general;
        for (const char *id : {"videoUris", "optOutDescription", "screenshotUris", "optInDescription", "zNew", "triggerDescription"})
            general.insert(id, question("?"));
        const QList<RcsQuestionnaireSectionData> sections
            = RcsQuestionnaire::parse(QJsonObject{{"general", QJsonObject{{"questions", general}}}});
        QStringList ids;
        for (const RcsQuestion &q : sections.first().questions)
            ids << q.id;
        QCOMPARE(ids, (QStringList{"optInDescription", "triggerDescription", "optOutDescription", "videoUris",
                                   "screenshotUris", "zNew"}));
    }

    void notQuestions()
    {
        const QList<RcsQuestionnaireSectionData> sections = RcsQuestionnaire::parse(response());
        QVERIFY(!find(sections, "gb", "fullCompanyAddressMetadata"));
        QVERIFY(!find(sections, "fr", "ignore"));
        QVERIFY(find(sections, "fr", "siren"));
    }

    void answers_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<QString>("answer");   // JSON
        QTest::addColumn<QString>("metadata"); // JSON of the `ignore`, empty: none
        QTest::newRow("one pick") << "optInDescription" << QStringList{"By buying"} << "\"By buying\"" << "";
        QTest::newRow("two picks joined") << "optInDescription" << QStringList{"By subscribing", "By buying"}
                                          << "\"By subscribing | By buying\"" << "\" | \"";
        QTest::newRow("blank parts dropped") << "optInDescription" << QStringList{"", "Mine", " "} << "\"Mine\"" << "";
        QTest::newRow("nothing: removed") << "optInDescription" << QStringList{} << "" << "";
        QTest::newRow("URL list") << "videoUris" << QStringList{"https://a.example/v.mp4", "https://b.example/w.mp4"}
                                  << "[\"https://a.example/v.mp4\",\"https://b.example/w.mp4\"]" << "";
    }
    void answers()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, parts);
        QFETCH(QString, answer);
        QFETCH(QString, metadata);
        const QList<RcsQuestionnaireSectionData> sections = RcsQuestionnaire::parse(response());
        const RcsQuestion *q = find(sections, "general", id);
        QVERIFY(q);
        const QJsonValue value = RcsQuestionnaire::answerValue(*q, parts);
        const QJsonValue meta = RcsQuestionnaire::metadataValue(*q, parts);
        auto json = [](const QJsonValue &v) {
            return v.isUndefined() ? QString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        };
        QCOMPARE(json(value), answer);
        QCOMPARE(json(meta), metadata);
        // Written to a request and read back: the same parts.
        QJsonValue request = QJsonObject();
        JsonPath::set(request, JsonPath::split(q->answerPath), value);
        if (!q->metadataPath.isEmpty())
            JsonPath::set(request, JsonPath::split(q->metadataPath), meta);
        QStringList kept;
        for (const QString &p : parts)
            if (!p.trimmed().isEmpty())
                kept << p;
        QCOMPARE(RcsQuestionnaire::parts(request.toObject(), *q), kept);
        QCOMPARE(RcsQuestionnaire::isAnswered(request.toObject(), *q), !kept.isEmpty());
    }

    // Taking an answer back leaves no empty objects; other answers stay as they are.
    void questionnaireWithPrunes()
    {
        const QList<RcsQuestionnaireSectionData> sections = RcsQuestionnaire::parse(response());
        const RcsQuestion *optIn = find(sections, "general", "optInDescription");
        const RcsQuestion *sector = find(sections, "gb", "brandIndustry");
        QJsonValue request = QJsonObject{{"details", QJsonObject{{"brand", QJsonObject{{"name", "Acme"}}}}}};
        auto apply = [&request](const RcsQuestion *q, const QStringList &parts) {
            JsonPath::set(request, JsonPath::split(RcsQuestionnaire::basePath()),
                          RcsQuestionnaire::questionnaireWith(request.toObject(), *q, parts));
        };
        apply(optIn, {"A", "B"});
        apply(sector, {"Retail"});
        QCOMPARE(JsonPath::value(request, "details.questionnaire.general.answers.optInDescriptionMetadata.ignore").toString(),
                 RcsQuestionnaire::defaultDelimiter());
        apply(optIn, {"A"});
        QVERIFY(!JsonPath::value(request, "details.questionnaire.general.answers").toObject().contains("optInDescriptionMetadata"));
        apply(optIn, {});
        QVERIFY(!JsonPath::value(request, "details.questionnaire").toObject().contains("general"));
        QCOMPARE(JsonPath::value(request, "details.questionnaire.gb.answers.brandIndustry").toString(), QString("Retail"));
        apply(sector, {});
        QCOMPARE(request.toObject(), (QJsonObject{{"details", QJsonObject{{"brand", QJsonObject{{"name", "Acme"}}}}}}));
    }

    void partsWithTheServersDelimiter()
    {
        const QList<RcsQuestionnaireSectionData> sections = RcsQuestionnaire::parse(response());
        const RcsQuestion *q = find(sections, "general", "optInDescription");
        const QJsonObject request{{"details", QJsonObject{{"questionnaire", QJsonObject{{"general", QJsonObject{{"answers", QJsonObject{
            {"optInDescription", "A,aef B,aef C"}, {"optInDescriptionMetadata", QJsonObject{{"ignore", ",aef"}}}}}}}}}}}};
        QCOMPARE(RcsQuestionnaire::parts(request, *q), (QStringList{"A", " B", " C"}));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("rule"); // empty: no finding
        QTest::newRow("siren 9 digits") << "fr" << "siren" << "123456789" << "";
        QTest::newRow("siren 8 digits") << "fr" << "siren" << "12345678" << "rcs.questionnaire.digits";
        QTest::newRow("siren 10 digits") << "fr" << "siren" << "1234567890" << "rcs.questionnaire.digits";
        QTest::newRow("siren with a space") << "fr" << "siren" << "123 456 789" << "rcs.questionnaire.digits";
        QTest::newRow("siren letters") << "fr" << "siren" << "12345678A" << "rcs.questionnaire.digits";
        QTest::newRow("ein right") << "us" << "ein" << "12-3456789" << "";
        QTest::newRow("ein no dash") << "us" << "ein" << "123456789" << "rcs.questionnaire.format";
        QTest::newRow("ein dash misplaced") << "us" << "ein" << "123-456789" << "rcs.questionnaire.format";
        QTest::newRow("email right") << "verification" << "email" << "ops@acme.example" << "";
        QTest::newRow("email wrong") << "verification" << "email" << "ops at acme" << "rcs.questionnaire.schema";
        QTest::newRow("deprecated answered") << "gb" << "campaignLength" << "Ongoing" << "rcs.questionnaire.deprecated";
        QTest::newRow("unanswered: nothing") << "fr" << "siren" << "" << "";
        QTest::newRow("unknown question: free") << "xx" << "brandNewQuestion" << "anything" << "";
    }
    void rules()
    {
        QFETCH(QString, section);
        QFETCH(QString, id);
        QFETCH(QString, answer);
        QFETCH(QString, rule);
        const QList<RcsQuestionnaireSectionData> sections = RcsQuestionnaire::parse(response());
        const RcsQuestion *q = find(sections, section, id);
        QVERIFY(q);
        QJsonValue request = QJsonObject();
        JsonPath::set(request, JsonPath::split(q->answerPath), answer);
        const QList<rules::Finding> findings = rules::RcsQuestionnaireRules::check(request.toObject(), *q);
        if (rule.isEmpty()) {
            QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
            return;
        }
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().rule, rule);
        QCOMPARE(findings.first().path, q->answerPath);
        QVERIFY(!findings.first().message.isEmpty());
    }

    void describedPattern()
    {
        QCOMPARE(rules::RcsQuestionnaireRules::describedPattern("nine-digit number, following format: XX-XXXXXXX."),
                 QString("^\\d\\d\\-\\d\\d\\d\\d\\d\\d\\d$"));
        QCOMPARE(rules::RcsQuestionnaireRules::describedPattern("Full company address."), QString());
    }
};

QTEST_GUILESS_MAIN(TestRcsQuestionnaire)
#include "tst_rcsquestionnaireparse.moc"
