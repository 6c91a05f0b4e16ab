// The diff logic "Compare with approved" shares between the templates page's dialog and
// the editor: the line diff, the structural diff by JSON path, the server template's
// approved and pending documents, and the paths in the outline's words.
#include "domain/jsondiff.h"
#include "domain/templatedocument.h"
#include "domain/templatepathwords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using sinch::JsonChange;
using sinch::JsonDiff;
using sinch::TemplateDocument;
using sinch::TemplatePathWords;

namespace {

QJsonValue parse(const char *json)
{
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(json));
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

// "~path", "+path", "-path" for compact comparisons.
QStringList summary(const QList<JsonChange> &changes)
{
    QStringList out;
    for (const JsonChange &c : changes)
        out << (c.kind == JsonChange::Kind::Added ? QStringLiteral("+") : c.kind == JsonChange::Kind::Removed ? QStringLiteral("-")
                                                                                                               : QStringLiteral("~"))
                + c.path;
    return out;
}

} // namespace

class TstJsonDiff : public QObject
{
    Q_OBJECT
private slots:
    void lines()
    {
        QList<int> a, b;
        JsonDiff::diffLines({"x", "y", "z"}, {"x", "Y", "z", "w"}, &a, &b);
        QCOMPARE(a, QList<int>{1});
        QCOMPARE(b, (QList<int>{1, 3}));
        QList<int> c, d;
        JsonDiff::diffLines({}, {"a"}, &c, &d);
        QVERIFY(c.isEmpty());
        QCOMPARE(d, QList<int>{0});
    }

    void changes_data()
    {
        QTest::addColumn<QJsonValue>("before");
        QTest::addColumn<QJsonValue>("after");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("same") << parse("{\"a\":[1,{\"b\":2}]}") << parse("{\"a\":[1,{\"b\":2}]}") << QStringList();
        QTest::newRow("keys") << parse("{\"a\":1,\"b\":2,\"c\":{\"d\":3}}") << parse("{\"a\":1,\"c\":{\"d\":4},\"e\":5}")
                              << QStringList{"-b", "~c.d", "+e"};
        QTest::newRow("number and string differ") << parse("{\"a\":1}") << parse("{\"a\":\"1\"}") << QStringList{"~a"};
        QTest::newRow("same length: element by element")
            << parse("{\"l\":[{\"t\":\"A\"},{\"t\":\"B\"}]}") << parse("{\"l\":[{\"t\":\"A\"},{\"t\":\"b\"}]}") << QStringList{"~l.1.t"};
        // An inserted button is one addition, not a change of every button after it.
        QTest::newRow("inserted")
            << parse("{\"l\":[{\"t\":\"A\"},{\"t\":\"B\"},{\"t\":\"C\"}]}")
            << parse("{\"l\":[{\"t\":\"New\",\"x\":1},{\"t\":\"A\"},{\"t\":\"B\"},{\"t\":\"C\"}]}") << QStringList{"+l.0"};
        QTest::newRow("removed") << parse("{\"l\":[1,2,3]}") << parse("{\"l\":[1,3]}") << QStringList{"-l.1"};
        // Replaced in place while the list also grew: compared inside.
        QTest::newRow("replaced and added")
            << parse("{\"l\":[{\"t\":\"A\"},{\"t\":\"B\"}]}") << parse("{\"l\":[{\"t\":\"A\"},{\"t\":\"B2\"},{\"t\":\"C\"}]}")
            << QStringList{"~l.1.t", "+l.2"};
        QTest::newRow("root scalar") << QJsonValue(1) << QJsonValue(2) << QStringList{"~"};
    }

    void changes()
    {
        QFETCH(QJsonValue, before);
        QFETCH(QJsonValue, after);
        QFETCH(QStringList, expected);
        QCOMPARE(summary(JsonDiff::changes(before, after)), expected);
    }

    void changeValuesAndPrefix()
    {
        const QList<JsonChange> c = JsonDiff::changes(parse("{\"components\":[{\"text\":\"Hi\"}]}"),
                                                      parse("{\"components\":[{\"text\":\"Hello\"}]}"), QStringLiteral("details"));
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().path, QStringLiteral("details.components.0.text"));
        QCOMPARE(c.first().before.toString(), QStringLiteral("Hi"));
        QCOMPARE(c.first().after.toString(), QStringLiteral("Hello"));
    }

    void brief()
    {
        QCOMPARE(JsonDiff::brief(QJsonValue(QStringLiteral("Hi"))), QStringLiteral("\"Hi\""));
        QCOMPARE(JsonDiff::brief(QJsonValue(3)), QStringLiteral("3"));
        QCOMPARE(JsonDiff::brief(QJsonValue(QJsonValue::Undefined)), QStringLiteral("—"));
        QCOMPARE(JsonDiff::brief(QJsonValue(QString(100, 'x')), 20).size(), 20);
        QVERIFY(JsonDiff::brief(QJsonValue(QStringLiteral("a\nb"))).contains(QStringLiteral("⏎")));
    }

    // The server's WhatsappTemplateDto as the editor's documents: the pending version and
    // the approved one.
    void serverTemplateVersions()
    {
        const QJsonObject server = parse(
            "{\"name\":\"order_update\",\"language\":\"EN_US\",\"category\":\"UTILITY\",\"state\":\"APPROVED\",\"analytics\":[],"
            "\"details\":{\"components\":[{\"type\":\"BODY\",\"text\":\"Approved text.\"}]},"
            "\"changes\":{\"status\":\"DRAFT\",\"allowCategoryChange\":true,"
            "\"details\":{\"components\":[{\"type\":\"BODY\",\"text\":\"Edited text.\"}]}}}").toObject();
        const QJsonObject pending = TemplateDocument::fromServerTemplate(server);
        const QJsonObject approved = TemplateDocument::fromServerTemplate(server, true);
        QCOMPARE(pending.value("details").toObject().value("components").toArray().at(0).toObject().value("text").toString(),
                 QStringLiteral("Edited text."));
        QCOMPARE(approved.value("details").toObject().value("components").toArray().at(0).toObject().value("text").toString(),
                 QStringLiteral("Approved text."));
        QVERIFY(!pending.contains("state"));
        QVERIFY(!pending.contains("changes"));
        QCOMPARE(pending.value("allowCategoryChange").toBool(), true);
        QCOMPARE(summary(JsonDiff::changes(approved, pending)), QStringList{"~details.components.0.text"});
        QVERIFY(TemplateDocument::hasApprovedVersion(server));
        QJsonObject draft = server;
        draft.remove("state");
        QVERIFY(!TemplateDocument::hasApprovedVersion(draft));
        // Without details at all: components are still there.
        QCOMPARE(TemplateDocument::fromServerTemplate(QJsonObject{{"name", "x"}}).value("details").toObject().value("components"),
                 QJsonValue(QJsonArray()));
    }

    void pathsInWords_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        QTest::newRow("body text") << "details.components.1.text" << "Body · Text";
        QTest::newRow("header example") << "details.components.0.example.url" << "Header · Example · Web address";
        QTest::newRow("second example") << "details.components.1.examples.1" << "Body · Examples 2";
        QTest::newRow("button") << "details.components.2.buttons.1.url" << "Buttons · Button 2 · Web address";
        QTest::newRow("whole button") << "details.components.2.buttons.0" << "Buttons · Button 1";
        QTest::newRow("card body") << "details.components.3.cards.1.components.1.text" << "Carousel · Card 2 · Body · Text";
        QTest::newRow("card button") << "details.components.3.cards.0.components.2.buttons.0.text"
                                     << "Carousel · Card 1 · Buttons · Button 1 · Text";
        QTest::newRow("category") << "category" << "Category";
        QTest::newRow("time to live") << "details.messageSendTtlSeconds" << "Time to live";
        QTest::newRow("expiry") << "details.components.1.codeExpirationMinutes" << "Body · Code expires after (minutes)";
        QTest::newRow("unknown key as is") << "details.components.1.flowTheme" << "Body · flowTheme";
        QTest::newRow("no such component") << "details.components.9.text" << "Component · Text";
    }

    void pathsInWords()
    {
        QFETCH(QString, path);
        QFETCH(QString, words);
        const QJsonObject header{{"type", "HEADER"}, {"format", "IMAGE"}};
        const QJsonObject buttons{{"type", "BUTTONS"}, {"buttons", QJsonArray{QJsonObject{{"type", "QUICK_REPLY"}, {"text", "Yes"}},
                                                                             QJsonObject{{"type", "URL"}, {"text", "Go"}}}}};
        const QJsonArray cards{QJsonObject{{"components", QJsonArray{header, QJsonObject{{"type", "BODY"}, {"text", "One"}}, buttons}}},
                               QJsonObject{{"components", QJsonArray{header, QJsonObject{{"type", "BODY"}, {"text", "Two"}}}}}};
        const QJsonObject document{
            {"name", "n"}, {"category", "MARKETING"},
            {"details", QJsonObject{{"components", QJsonArray{header, QJsonObject{{"type", "BODY"}, {"text", "Hi {{1}} {{2}}"}},
                                                              buttons, QJsonObject{{"type", "CAROUSEL"}, {"cards", cards}}}}}}};
        QCOMPARE(TemplatePathWords::of(document, path), words);
    }
};

QTEST_GUILESS_MAIN(TstJsonDiff)
#include "tst_jsondiff.moc"
