// `sinch-console lint`: schema and hand-written rules together, the line and JSON
// formats, and the exit codes.
#include "rules/lintcommand.h"
#include "rules/templatevalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace sinch::rules;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

const QByteArray kGood = "{\"name\":\"order_update\",\"language\":\"EN_US\",\"category\":\"UTILITY\","
                         "\"details\":{\"components\":[{\"type\":\"BODY\",\"text\":\"Hi {{1}}, your order has shipped today.\","
                         "\"examples\":[\"Ana\"]}]}}";
const QByteArray kBad = "{\"name\":\"Order Update\",\"language\":\"KLINGON\",\"category\":\"UTILITY\","
                        "\"details\":{\"components\":[{\"type\":\"BODY\",\"text\":\"Hi {{1}}, your order has shipped today.\"},"
                        "{\"type\":\"FOOTER\",\"text\":\"a footer that is far too long to fit in sixty characters at all\"}]}}";
const QByteArray kWarn = "{\"name\":\"promo\",\"language\":\"EN_US\",\"category\":\"UTILITY\","
                         "\"details\":{\"components\":[{\"type\":\"BODY\",\"text\":\"Your new code is {{1}}\",\"examples\":[\"A1\"]}]}}";

// KakaoTalk: told from `details.content`; the bad one has a 15-character button label and
// an EXTRA_INFORMATION type without `extra`.
const QByteArray kKakaoGood = "{\"details\":{\"name\":\"order_shipped\",\"language\":\"EN\",\"content\":\"Hi #{customer}, your order has shipped.\","
                              "\"buttons\":[{\"ordering\":1,\"type\":\"WEB_LINK\",\"name\":\"Track\",\"linkMo\":\"https://shop.example.com/m\"}]}}";
const QByteArray kKakaoBad = "{\"details\":{\"name\":\"order_shipped\",\"language\":\"EN\",\"content\":\"Hi #{customer}, your order has shipped.\","
                             "\"messageType\":\"EXTRA_INFORMATION\","
                             "\"buttons\":[{\"ordering\":1,\"type\":\"DELIVERY_SEARCH\",\"name\":\"Track the parcel!\"}]}}";

int lint(const QStringList &args, QString *out, QString *err)
{
    QTextStream o(out), e(err);
    return LintCommand::run(args, o, e);
}

} // namespace

class TestLint : public QObject
{
    Q_OBJECT
private slots:
    void cleanFileExitsZero()
    {
        QTemporaryDir dir;
        QString out, err;
        QCOMPARE(lint({write(dir, "good.json", kGood)}, &out, &err), 0);
        QVERIFY2(out.isEmpty(), qPrintable(out));
    }

    void errorsPrintedAndExitOne()
    {
        QTemporaryDir dir;
        const QString bad = write(dir, "bad.json", kBad);
        QString out, err;
        QCOMPARE(lint({bad}, &out, &err), 1);
        // Hand-written rules ...
        QVERIFY2(out.contains(bad + ": name: error: Use lower-case letters"), qPrintable(out));
        QVERIFY(out.contains(bad + ": details.components.0.examples: error: Give one example for each variable"));
        QVERIFY(out.contains(bad + ": details.components.1.text: error: Footers are at most 60 characters"));
        // ... and the contract's schema (the language enum).
        QVERIFY2(out.contains(bad + ": language: error: language must be one of the following values"), qPrintable(out));
        for (const QString &line : out.split('\n', Qt::SkipEmptyParts))
            QVERIFY2(line.count(": ") >= 3, qPrintable(line));
    }

    void warningsDoNotFail()
    {
        QTemporaryDir dir;
        QString out, err;
        QCOMPARE(lint({write(dir, "warn.json", kWarn)}, &out, &err), 0);
        QVERIFY2(out.contains(": warning: The text ends with a variable"), qPrintable(out));
    }

    void jsonReport()
    {
        QTemporaryDir dir;
        const QString good = write(dir, "good.json", kGood), bad = write(dir, "bad.json", kBad);
        QString out, err;
        QCOMPARE(lint({good, bad, "--json"}, &out, &err), 1);
        const QJsonArray report = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(report.size(), 2);
        QCOMPARE(report.at(0).toObject().value("findings").toArray().size(), 0);
        const QJsonArray findings = report.at(1).toObject().value("findings").toArray();
        QVERIFY(findings.size() >= 4);
        QCOMPARE(findings.at(0).toObject().value("severity").toString(), QStringLiteral("error"));
        QVERIFY(!findings.at(0).toObject().value("rule").toString().isEmpty());
    }

    void unreadableInput()
    {
        QTemporaryDir dir;
        QString out, err;
        QCOMPARE(lint({dir.filePath("missing.json")}, &out, &err), 2);
        QVERIFY(err.contains("cannot be read"));
        err.clear();
        QCOMPARE(lint({write(dir, "broken.json", "{\"name\":")}, &out, &err), 2);
        QVERIFY(err.contains("not a JSON object"));
        QCOMPARE(lint({}, &out, &err), 2);
        QCOMPARE(lint({"--frobnicate", "x.json"}, &out, &err), 2);
    }

    void draftsSkipInnerRequiredFields()
    {
        const QJsonObject draft = QJsonDocument::fromJson(
            "{\"status\":\"DRAFT\",\"name\":\"later\",\"language\":\"EN_US\",\"category\":\"MARKETING\","
            "\"details\":{\"components\":[{\"type\":\"HEADER\",\"format\":\"IMAGE\"}]}}").object();
        const auto findings = TemplateValidator::validateWhatsapp(draft);
        QVERIFY2(!hasErrors(findings), qPrintable(findings.isEmpty() ? QString() : findings.first().message));
        QVERIFY(hasErrors(TemplateValidator::validateWhatsapp(draft, Mode::Submit)));
    }

    // A URL button may end in {{1}} (the contract's own text); the schema's url format
    // must not refuse it.
    void urlVariableAccepted()
    {
        const QJsonObject t = QJsonDocument::fromJson(
            "{\"name\":\"track_order\",\"language\":\"EN_US\",\"category\":\"UTILITY\",\"details\":{\"components\":["
            "{\"type\":\"BODY\",\"text\":\"Your order has shipped, follow it online.\"},"
            "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"URL\",\"text\":\"Track\","
            "\"url\":\"https://shop.example.com/track/{{1}}\",\"example\":\"https://shop.example.com/track/A1\"}]}]}}").object();
        const auto findings = TemplateValidator::validateWhatsapp(t);
        QVERIFY2(findings.isEmpty(), qPrintable(findings.isEmpty() ? QString() : findings.first().message));
        QJsonObject broken = t;
        QJsonObject details = broken.value("details").toObject();
        QJsonArray comps = details.value("components").toArray();
        QJsonObject buttons = comps.at(1).toObject();
        QJsonArray list = buttons.value("buttons").toArray();
        QJsonObject b = list.at(0).toObject();
        b.insert("url", "not a url {{1}}");
        list[0] = b;
        buttons.insert("buttons", list);
        comps[1] = buttons;
        details.insert("components", comps);
        broken.insert("details", details);
        QVERIFY(hasErrors(TemplateValidator::validateWhatsapp(broken)));
    }

    void kakaotalkCleanFileExitsZero()
    {
        QTemporaryDir dir;
        QString out, err;
        QCOMPARE(lint({write(dir, "kakao.json", kKakaoGood)}, &out, &err), 0);
        QVERIFY2(out.isEmpty(), qPrintable(out));
    }

    void kakaotalkErrorsExitOne()
    {
        QTemporaryDir dir;
        const QString bad = write(dir, "kakao-bad.json", kKakaoBad);
        QString out, err;
        QCOMPARE(lint({bad}, &out, &err), 1);
        QVERIFY2(out.contains(bad + ": details.extra: error: "), qPrintable(out));
        QVERIFY2(out.contains(bad + ": details.buttons.0.name: error: Button labels are at most 14 characters"), qPrintable(out));
        // Not judged as WhatsApp: no complaint about a missing category.
        QVERIFY2(!out.contains(": category: "), qPrintable(out));
    }

    // --channel overrides what the content says; a file of each channel in one run.
    void channelForced()
    {
        QTemporaryDir dir;
        const QString kakao = write(dir, "kakao.json", kKakaoGood), wa = write(dir, "good.json", kGood);
        QString out, err;
        QCOMPARE(lint({kakao, wa}, &out, &err), 0);
        QCOMPARE(lint({"--channel", "whatsapp", kakao}, &out, &err), 1);
        QVERIFY2(out.contains(kakao + ": category: error: "), qPrintable(out));
        out.clear();
        QCOMPARE(lint({"--channel=kakaotalk", wa}, &out, &err), 1);
        QVERIFY2(out.contains(wa + ": details.name: error: "), qPrintable(out));
        QCOMPARE(lint({"--channel", "kakaotalk", kakao}, &out, &err), 0);
        err.clear();
        QCOMPARE(lint({"--channel", "sms", kakao}, &out, &err), 2);
        QVERIFY(err.contains("--channel"));
        QCOMPARE(lint({kakao, "--channel"}, &out, &err), 2);
    }

    void serverErrorsMapToFields()
    {
        const auto f = TemplateValidator::fromValidationErrors({"details.buttons.0.name must be a string", "validation.error"});
        QCOMPARE(f.size(), 2);
        QCOMPARE(f.at(0).path, QStringLiteral("details.buttons.0.name"));
        QCOMPARE(f.at(1).path, QString());
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
