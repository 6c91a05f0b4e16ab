// SchemaValidator's shortcuts give what the long way gives: uniqueItems compared pair by
// pair (short arrays) or by hash (long ones); a URL's variables removed only where there
// can be one.
#include "rules/schemavalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sinch::rules;

namespace {

QJsonArray parse(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}

} // namespace

class TestSchemaValidator : public QObject
{
    Q_OBJECT

private slots:
    void repeatedElements_data()
    {
        QTest::addColumn<QJsonArray>("array");
        QTest::addColumn<bool>("repeated");
        QTest::newRow("empty") << QJsonArray() << false;
        QTest::newRow("one") << parse("[1]") << false;
        QTest::newRow("strings") << parse(R"(["a", "b", "a"])") << true;
        QTest::newRow("integer and double") << parse("[1, 2, 1.0]") << true;
        QTest::newRow("number and string") << parse(R"([1, "1"])") << false;
        QTest::newRow("null and false") << parse("[null, false, 0]") << false;
        QTest::newRow("objects differ deep") << parse(R"([{"a": {"b": [1, 2]}}, {"a": {"b": [1, 3]}}])") << false;
        QTest::newRow("objects equal deep") << parse(R"([{"a": {"b": [1, 2]}, "c": 1}, {"c": 1, "a": {"b": [1, 2]}}])") << true;
        QTest::newRow("object and its part") << parse(R"([{"a": 1}, {"a": 1, "b": 2}])") << false;
        QTest::newRow("arrays") << parse("[[1, 2], [2, 1], [1, 2]]") << true;
        QTest::newRow("components") << parse(R"([{"type": "BODY", "text": "Hi"}, {"type": "FOOTER", "text": "Hi"},
                                                 {"type": "BODY", "text": "Hi"}])") << true;
        QJsonArray many, manyRepeated;
        for (int i = 0; i < 40; ++i)
            many << QJsonObject{{"type", "QUICK_REPLY"}, {"text", QString::number(i)}};
        manyRepeated = many;
        manyRepeated << many.at(17);
        QTest::newRow("40 different") << many << false;
        QTest::newRow("41 with a repeat") << manyRepeated << true;
    }

    void repeatedElements()
    {
        QFETCH(QJsonArray, array);
        QFETCH(bool, repeated);
        // Pair by pair, by hash, and the way the validator chooses by the array's length.
        QCOMPARE(SchemaValidator::hasRepeatedElement(array, array.size()), repeated);
        QCOMPARE(SchemaValidator::hasRepeatedElement(array, 0), repeated);
        QCOMPARE(SchemaValidator::hasRepeatedElement(array), repeated);
        const QJsonObject schema{{"type", "array"}, {"uniqueItems", true}};
        const QStringList problems = SchemaValidator::validate(array, schema, QStringLiteral("buttons"));
        QCOMPARE(problems, repeated ? QStringList{QStringLiteral("All buttons's elements must be unique")} : QStringList());
    }

    void urlsWithAndWithoutVariables_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "https://shop.example.com/a" << true;
        QTest::newRow("variable") << "https://shop.example.com/{{1}}" << true;
        QTest::newRow("spaced variable") << "https://shop.example.com/{{ 2 }}" << true;
        QTest::newRow("only a variable") << "{{1}}" << false;
        QTest::newRow("single braces") << "https://shop.example.com/{1}" << false;
        QTest::newRow("not a variable") << "https://shop.example.com/{{x}}" << false;
        QTest::newRow("no host") << "https:///a" << false;
        QTest::newRow("other scheme") << "ftp://shop.example.com/a" << false;
    }

    void urlsWithAndWithoutVariables()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QCOMPARE(SchemaValidator::formatProblem(url, QStringLiteral("url")),
                 valid ? QString() : QStringLiteral("must be a URL address"));
    }
};

QTEST_GUILESS_MAIN(TestSchemaValidator)
#include "tst_schemavalidator.moc"
