#include "domain/templatedocument.h"
#include "rules/whatsapptemplaterules.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using sinch::TemplateDocument;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QJsonObject sample()
{
    return parse("{\"name\":\"order_update\",\"language\":\"EN_US\",\"category\":\"UTILITY\",\"x-extra\":{\"keep\":1},"
            "\"details\":{\"messageSendTtlSeconds\":3600,\"unknownDetail\":\"kept\",\"components\":["
            "{\"type\":\"BODY\",\"text\":\"Hi {{1}}, order {{2}} shipped.\",\"examples\":[\"Ana\",\"A-1\"],\"custom\":true},"
            "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"QUICK_REPLY\",\"text\":\"A\"},{\"type\":\"QUICK_REPLY\",\"text\":\"B\"},"
            "{\"type\":\"URL\",\"text\":\"C\",\"url\":\"https://x.example/{{1}}\",\"example\":\"https://x.example/1\",\"vendor\":7}]}]}}");
}

} // namespace

class TstTemplateDocument : public QObject
{
    Q_OBJECT
private slots:
    // The editor's document reads variables as the rules do (spaces inside the braces too),
    // so the example rows and the "one example per variable" rule count the same.
    void variablesAsTheRulesReadThem()
    {
        const QString text = QStringLiteral("Hi {{1}}, order {{ 2 }} ships {{3 }}.");
        QCOMPARE(TemplateDocument::variables(text), (QList<int>{1, 2, 3}));
        QCOMPARE(TemplateDocument::variables(text), sinch::rules::WhatsappTemplateRules::variables(text));
        QCOMPARE(TemplateDocument::variableCount(text), 3);
        QCOMPARE(TemplateDocument::variableCount(QStringLiteral("{{1} } {x}")), 0);
    }

    void valueByPath()
    {
        TemplateDocument doc(sample());
        QCOMPARE(doc.value(QStringLiteral("name")).toString(), QStringLiteral("order_update"));
        QCOMPARE(doc.value(QStringLiteral("details.components.1.buttons.2.text")).toString(), QStringLiteral("C"));
        QVERIFY(doc.value(QStringLiteral("details.components.5")).isUndefined());
        QVERIFY(doc.value(QStringLiteral("name.deeper")).isUndefined());
        QCOMPARE(doc.value(QString()).toObject(), sample());
    }

    void setKeepsUnknownFields()
    {
        TemplateDocument doc(sample());
        QSignalSpy spy(&doc, &TemplateDocument::changed);
        QVERIFY(doc.set(QStringLiteral("details.components.1.buttons.2.text"), QStringLiteral("Track")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("details.components.1.buttons.2.text"));
        QJsonObject expected = sample();
        QJsonObject details = expected[QStringLiteral("details")].toObject();
        QJsonArray comps = details[QStringLiteral("components")].toArray();
        QJsonObject buttons = comps[1].toObject();
        QJsonArray list = buttons[QStringLiteral("buttons")].toArray();
        QJsonObject b = list[2].toObject();
        b[QStringLiteral("text")] = QStringLiteral("Track");
        list[2] = b;
        buttons[QStringLiteral("buttons")] = list;
        comps[1] = buttons;
        details[QStringLiteral("components")] = comps;
        expected[QStringLiteral("details")] = details;
        QCOMPARE(doc.json(), expected);
        QCOMPARE(doc.value(QStringLiteral("x-extra.keep")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("details.components.1.buttons.2.vendor")).toInt(), 7);
        // The same value again changes nothing and says nothing.
        QVERIFY(doc.set(QStringLiteral("details.components.1.buttons.2.text"), QStringLiteral("Track")));
        QCOMPARE(spy.count(), 1);
    }

    void setCreatesAndRemoves()
    {
        TemplateDocument doc;
        QVERIFY(doc.set(QStringLiteral("details.components.0.buttons.0.supportedApps.0.packageName"), QStringLiteral("com.x")));
        QCOMPARE(doc.value(QStringLiteral("details.components.0.buttons.0.supportedApps")).toArray().size(), 1);
        QVERIFY(doc.value(QStringLiteral("details.components")).isArray());
        QVERIFY(!doc.set(QStringLiteral("details.components.5.text"), QStringLiteral("gap"))); // no holes
        QVERIFY(doc.set(QStringLiteral("details.components.0.buttons"), QJsonValue(QJsonValue::Undefined)));
        QVERIFY(!doc.contains(QStringLiteral("details.components.0.buttons")));
        QVERIFY(doc.contains(QStringLiteral("details.components.0")));
        QVERIFY(!doc.set(QStringLiteral("details.components.x"), 1)); // an array has no keys
    }

    void listOperations()
    {
        TemplateDocument doc(sample());
        const QString list = QStringLiteral("details.components.1.buttons");
        QSignalSpy spy(&doc, &TemplateDocument::changed);
        QVERIFY(doc.insert(list, 1, QJsonObject{{QStringLiteral("type"), QStringLiteral("QUICK_REPLY")}, {QStringLiteral("text"), QStringLiteral("New")}}));
        QCOMPARE(spy.last().at(0).toString(), list);
        QCOMPARE(doc.value(list + QStringLiteral(".1.text")).toString(), QStringLiteral("New"));
        QCOMPARE(doc.value(list + QStringLiteral(".2.text")).toString(), QStringLiteral("B"));
        QVERIFY(doc.move(list, 0, 3));
        QCOMPARE(doc.value(list + QStringLiteral(".3.text")).toString(), QStringLiteral("A"));
        QCOMPARE(doc.value(list + QStringLiteral(".0.text")).toString(), QStringLiteral("New"));
        QVERIFY(!doc.move(list, 0, 4));
        const QJsonValue removed = doc.remove(list, 3);
        QCOMPARE(removed.toObject().value(QStringLiteral("text")).toString(), QStringLiteral("A"));
        QVERIFY(doc.remove(list, 9).isUndefined());
        QVERIFY(doc.insert(QStringLiteral("details.newList"), 0, 1)); // created
        QVERIFY(!doc.insert(QStringLiteral("name"), 0, 1));            // not a list
    }

    void components()
    {
        TemplateDocument doc(sample());
        QCOMPARE(doc.componentIndex(QStringLiteral("BUTTONS")), 1);
        QCOMPARE(doc.componentPath(QStringLiteral("BODY")), QStringLiteral("details.components.0"));
        QCOMPARE(doc.componentIndex(QStringLiteral("HEADER")), -1);
        QCOMPARE(doc.componentInsertIndex(QStringLiteral("HEADER")), 0);
        QCOMPARE(doc.componentInsertIndex(QStringLiteral("FOOTER")), 1);
        QCOMPARE(doc.componentInsertIndex(QStringLiteral("CAROUSEL")), 2);
    }

    void insertVariable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("examples");
        QTest::addColumn<int>("cursor");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<QStringList>("expectedExamples");
        QTest::addColumn<int>("number");
        QTest::newRow("empty") << "" << QStringList() << 0 << "{{1}}" << QStringList{""} << 1;
        QTest::newRow("end") << "Hi {{1}}, order " << QStringList{"Ana"} << 16
                             << "Hi {{1}}, order {{2}}" << QStringList{"Ana", ""} << 2;
        QTest::newRow("start renumbers") << "Hi {{1}}, order {{2}}." << QStringList{"Ana", "A-1"} << 0
                                         << "{{1}}Hi {{2}}, order {{3}}." << QStringList{"", "Ana", "A-1"} << 1;
        QTest::newRow("middle") << "Hi {{1}}, order {{2}}." << QStringList{"Ana", "A-1"} << 10
                                << "Hi {{1}}, {{2}}order {{3}}." << QStringList{"Ana", "", "A-1"} << 2;
        QTest::newRow("inside a token goes after it") << "Hi {{1}}!" << QStringList{"Ana"} << 5
                                                      << "Hi {{1}}{{2}}!" << QStringList{"Ana", ""} << 2;
        QTest::newRow("out of order numbers") << "{{2}} and {{1}}" << QStringList{"b", "a"} << 5
                                              << "{{1}}{{2}} and {{3}}" << QStringList{"a", "", "b"} << 2;
    }

    void insertVariable()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, examples);
        QFETCH(int, cursor);
        QFETCH(QString, expectedText);
        QFETCH(QStringList, expectedExamples);
        QFETCH(int, number);
        QJsonObject doc{{QStringLiteral("name"), QStringLiteral("t")},
                        {QStringLiteral("details"), QJsonObject{{QStringLiteral("components"), QJsonArray{
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")}, {QStringLiteral("text"), text},
                                        {QStringLiteral("examples"), QJsonArray::fromStringList(examples)},
                                        {QStringLiteral("unknown"), 5}}}}}}};
        TemplateDocument d(doc);
        QCOMPARE(d.insertVariable(QStringLiteral("details.components.0"), cursor), number);
        QCOMPARE(d.value(QStringLiteral("details.components.0.text")).toString(), expectedText);
        QCOMPARE(d.value(QStringLiteral("details.components.0.examples")).toArray(), QJsonArray::fromStringList(expectedExamples));
        QCOMPARE(d.value(QStringLiteral("details.components.0.unknown")).toInt(), 5);
    }

    void headerVariableUsesTheSingleExample()
    {
        const QJsonObject header{{QStringLiteral("type"), QStringLiteral("HEADER")}, {QStringLiteral("format"), QStringLiteral("TEXT")},
                                 {QStringLiteral("text"), QStringLiteral("Order ")}};
        int n = 0;
        const QJsonObject out = TemplateDocument::withVariableInserted(header, 6, &n);
        QCOMPARE(n, 1);
        QCOMPARE(out.value(QStringLiteral("text")).toString(), QStringLiteral("Order {{1}}"));
        QCOMPARE(out.value(QStringLiteral("example")).toString(), QString());
        QVERIFY(out.value(QStringLiteral("example")).isString());
        QVERIFY(!out.contains(QStringLiteral("examples")));
    }

    void renumberKeepsExamplesWithVariables()
    {
        const QJsonObject body{{QStringLiteral("type"), QStringLiteral("BODY")},
                               {QStringLiteral("text"), QStringLiteral("{{3}} then {{1}}")},
                               {QStringLiteral("examples"), QJsonArray{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}}};
        const QJsonObject out = TemplateDocument::withVariablesRenumbered(body);
        QCOMPARE(out.value(QStringLiteral("text")).toString(), QStringLiteral("{{1}} then {{2}}"));
        QCOMPARE(out.value(QStringLiteral("examples")).toArray(), (QJsonArray{QStringLiteral("three"), QStringLiteral("one")}));
        QCOMPARE(TemplateDocument::variableCount(QStringLiteral("a {{1}} b {{4}}")), 4);
    }

    void cardStructure()
    {
        const QJsonObject a = parse("{\"components\":[{\"type\":\"HEADER\",\"format\":\"IMAGE\",\"example\":{\"url\":\"https://a/1.jpg\"}},"
            "{\"type\":\"BODY\",\"text\":\"Card A\"},{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"QUICK_REPLY\",\"text\":\"More\"},"
            "{\"type\":\"URL\",\"text\":\"Buy\",\"url\":\"https://s/{{1}}\",\"example\":\"https://s/a\"}]}],\"x-card\":\"keep\"}");
        const QJsonObject b = parse("{\"components\":[{\"type\":\"HEADER\",\"format\":\"VIDEO\",\"example\":{\"url\":\"https://b/1.mp4\"}},"
            "{\"type\":\"BODY\",\"text\":\"Card B\"},{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"QUICK_REPLY\",\"text\":\"Own\"}]}]}");
        QCOMPARE(TemplateDocument::cardStructure(a), QStringLiteral("HEADER:IMAGE|BODY|BUTTONS:QUICK_REPLY,URL"));
        QVERIFY(TemplateDocument::cardStructure(a) != TemplateDocument::cardStructure(b));
        const QJsonObject applied = TemplateDocument::withCardStructure(b, a);
        QCOMPARE(TemplateDocument::cardStructure(applied), TemplateDocument::cardStructure(a));
        QCOMPARE(TemplateDocument::valueAt(applied, {"components", "1", "text"}).toString(), QStringLiteral("Card B"));
        QCOMPARE(TemplateDocument::valueAt(applied, {"components", "2", "buttons", "0", "text"}).toString(), QStringLiteral("Own"));
        QCOMPARE(TemplateDocument::valueAt(applied, {"components", "0", "example", "url"}).toString(), QString());
        // Applying a card's own structure changes nothing, unknown fields included.
        QCOMPARE(TemplateDocument::withCardStructure(a, a), a);
        const QJsonObject empty = TemplateDocument::emptyCardLike(a);
        QCOMPARE(TemplateDocument::cardStructure(empty), TemplateDocument::cardStructure(a));
        QCOMPARE(TemplateDocument::valueAt(empty, {"components", "1", "text"}).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TstTemplateDocument)
#include "tst_templatedocument.moc"
