// (The sample request is written with ' for " because moc cannot read a raw string.)
// The RCS sender rules: limits and enums read from the contract; each rule fires on a
// request that breaks it, on the field's JSON path, and stays quiet on one that does not.

#include "rules/rcssenderrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sinch::rules;

namespace {

QJsonObject good()
{
    return QJsonDocument::fromJson(QString::fromLatin1(
        "{"
        "'region': 'EU', 'billingCategory': 'CONVERSATIONAL', 'useCase': 'MULTIUSE',"
        "'details': {"
        "'brand': {"
        "'name': 'Acme Shop', 'description': 'Orders and deliveries', 'color': '#1A73E8',"
        "'logoUrl': 'https://cdn.acme.example/logo.png', 'bannerUrl': 'https://cdn.acme.example/banner.jpg',"
        "'privacyPolicyUrl': 'https://acme.example/privacy', 'termsOfServiceUrl': 'https://acme.example/terms',"
        "'phones': [{'label': 'Support', 'number': '+442071234567'}, {'label': 'Sales', 'number': '2071234567'}],"
        "'emails': [{'label': 'Support', 'address': 'help@acme.example'}],"
        "'websites': [{'label': 'Shop', 'url': 'https://acme.example'}]"
        "},"
        "'countries': ['GB', 'FR'],"
        "'testNumbers': ['+46701234567', '+46701234568']"
        "}}")
        .replace(QLatin1Char('\''), QLatin1Char('"')).toUtf8()).object();
}

// Sets `value` at a dotted path of `doc` ("details.brand.phones.0.number").
void setAt(QJsonValue &node, QStringList keys, const QJsonValue &value)
{
    if (keys.isEmpty()) {
        node = value;
        return;
    }
    const QString key = keys.takeFirst();
    bool isIndex = false;
    const int index = key.toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = node.toArray();
        QJsonValue child = a.at(index);
        setAt(child, keys, value);
        a.replace(index, child);
        node = a;
    } else {
        QJsonObject o = node.toObject();
        QJsonValue child = o.value(key);
        setAt(child, keys, value);
        if (child.isUndefined())
            o.remove(key);
        else
            o.insert(key, child);
        node = o;
    }
}

QJsonObject with(const QString &path, const QJsonValue &value)
{
    QJsonValue doc = good();
    setAt(doc, path.split(QLatin1Char('.')), value);
    return doc.toObject();
}

QStringList rulesAt(const QList<Finding> &findings, const QString &path)
{
    QStringList out;
    for (const Finding &f : findings)
        if (f.path == path)
            out << f.rule;
    return out;
}

QJsonArray contacts(const QString &key, const QStringList &values)
{
    QJsonArray out;
    for (const QString &v : values)
        out << QJsonObject{{QStringLiteral("label"), QStringLiteral("L")}, {key, v}};
    return out;
}

} // namespace

class TstRcsSenderRules : public QObject
{
    Q_OBJECT

private slots:
    void limitsComeFromTheContract()
    {
        const RcsSenderRules::Limits &l = RcsSenderRules::limits();
        QCOMPARE(l.regions, (QStringList{"BR", "EU", "US"}));
        QCOMPARE(l.useCases, (QStringList{"MULTIUSE", "OTP", "PROMOTIONAL", "TRANSACTIONAL"}));
        QVERIFY(l.billingCategories.contains(QStringLiteral("CONVERSATIONAL")));
        QVERIFY(l.countries.contains(QStringLiteral("GB")) && l.countries.contains(QStringLiteral("SG")));
        QVERIFY(!l.countries.contains(QStringLiteral("JP")));
        QCOMPARE(l.nameMax, 40);
        QCOMPARE(l.descriptionMax, 100);
        QCOMPARE(l.labelMax, 25);
        QCOMPARE(l.contactsMin, 1);
        QCOMPARE(l.contactsMax, 3);
        QCOMPARE(l.phoneMin, 6);
        QCOMPARE(l.phoneMax, 15);
        QCOMPARE(l.websiteMax, 255);
        QCOMPARE(l.testNumbersMax, 20);
    }

    void aGoodSenderHasNoFindings()
    {
        QCOMPARE(RcsSenderRules::check(good()), QList<Finding>());
        QCOMPARE(RcsSenderRules::check(QJsonObject{{"details", good().value("details")}}, RcsSenderRules::Request::Update),
                 QList<Finding>());
    }

    void rules_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("rule"); // empty: nothing fires at `path`
        const QString brand = QStringLiteral("details.brand.");
        QTest::newRow("region missing") << "region" << QJsonValue() << "rcs.region.required";
        QTest::newRow("region unknown") << "region" << QJsonValue("APAC") << "rcs.region.required";
        QTest::newRow("region known") << "region" << QJsonValue("BR") << "";
        QTest::newRow("billing missing") << "billingCategory" << QJsonValue("") << "rcs.billingCategory.required";
        QTest::newRow("use case missing") << "useCase" << QJsonValue() << "rcs.useCase.required";
        QTest::newRow("use case OTP") << "useCase" << QJsonValue("OTP") << "";
        QTest::newRow("name 41") << brand + "name" << QJsonValue(QString(41, 'n')) << "rcs.brand.name.length";
        QTest::newRow("name 40") << brand + "name" << QJsonValue(QString(40, 'n')) << "";
        QTest::newRow("description 101") << brand + "description" << QJsonValue(QString(101, 'd')) << "rcs.brand.description.length";
        QTest::newRow("description 100") << brand + "description" << QJsonValue(QString(100, 'd')) << "";
        QTest::newRow("colour word") << brand + "color" << QJsonValue("blue") << "rcs.brand.color.hex";
        QTest::newRow("colour 5 digits") << brand + "color" << QJsonValue("#12345") << "rcs.brand.color.hex";
        QTest::newRow("colour hex") << brand + "color" << QJsonValue("#006611") << "";
        QTest::newRow("logo gif") << brand + "logoUrl" << QJsonValue("https://x.example/logo.gif") << "rcs.brand.logo.type";
        QTest::newRow("logo jpeg") << brand + "logoUrl" << QJsonValue("https://x.example/logo.jpeg") << "";
        QTest::newRow("banner mp4") << brand + "bannerUrl" << QJsonValue("https://x.example/b.mp4") << "rcs.brand.banner.type";
        QTest::newRow("banner not url") << brand + "bannerUrl" << QJsonValue("banner.png") << "rcs.brand.url";
        QTest::newRow("privacy not url") << brand + "privacyPolicyUrl" << QJsonValue("acme privacy") << "rcs.brand.url";
        QTest::newRow("terms url") << brand + "termsOfServiceUrl" << QJsonValue("https://acme.example/t") << "";
        QTest::newRow("phones empty") << brand + "phones" << QJsonValue(QJsonArray()) << "rcs.brand.contacts.count";
        QTest::newRow("phones 4") << brand + "phones" << QJsonValue(contacts("number", {"+441", "+442", "+443", "+444"}))
                                  << "rcs.brand.contacts.count";
        QTest::newRow("emails 3") << brand + "emails" << QJsonValue(contacts("address", {"a@x.se", "b@x.se", "c@x.se"})) << "";
        QTest::newRow("phone with dashes") << brand + "phones.1.number" << QJsonValue("207-123-4567") << "rcs.brand.phone.format";
        QTest::newRow("phone 5 digits") << brand + "phones.1.number" << QJsonValue("12345") << "rcs.brand.phone.format";
        QTest::newRow("phone 16 digits") << brand + "phones.1.number" << QJsonValue("1234567890123456") << "rcs.brand.phone.format";
        QTest::newRow("phone 6 digits") << brand + "phones.1.number" << QJsonValue("123456") << "";
        QTest::newRow("phone e164 16 digits") << brand + "phones.0.number" << QJsonValue("+44 20 7123 4567 8901 2") << "rcs.brand.phone.format";
        QTest::newRow("phone e164 as the contract writes it") << brand + "phones.0.number" << QJsonValue("+48 777-777-777") << "";
        // The field's maxLength counts the separators: 12 digits spaced out are 16 characters.
        QTest::newRow("phone e164 spaced past 15") << brand + "phones.0.number" << QJsonValue("+44 20 7123 4567") << "rcs.brand.phone.length";
        QTest::newRow("phone e164 15") << brand + "phones.0.number" << QJsonValue("+44 2071 234567") << "";
        QTest::newRow("phone e164 double space") << brand + "phones.0.number" << QJsonValue("+48  777") << "rcs.brand.phone.format";
        QTest::newRow("phone twice") << brand + "phones.1.number" << QJsonValue("+442071234567") << "rcs.brand.contacts.unique";
        QTest::newRow("label 26") << brand + "phones.0.label" << QJsonValue(QString(26, 'l')) << "rcs.brand.label.length";
        QTest::newRow("label 25") << brand + "phones.0.label" << QJsonValue(QString(25, 'l')) << "";
        QTest::newRow("label empty") << brand + "emails.0.label" << QJsonValue("") << "rcs.brand.label.required";
        QTest::newRow("email bad") << brand + "emails.0.address" << QJsonValue("help.acme") << "rcs.brand.email.format";
        QTest::newRow("website bad") << brand + "websites.0.url" << QJsonValue("acme shop") << "rcs.brand.website.format";
        QTest::newRow("website 256") << brand + "websites.0.url" << QJsonValue("https://a.example/" + QString(238, 'p'))
                                     << "rcs.brand.website.length";
        QTest::newRow("website 255") << brand + "websites.0.url" << QJsonValue("https://a.example/" + QString(237, 'p')) << "";
        QTest::newRow("countries empty") << "details.countries" << QJsonValue(QJsonArray()) << "rcs.countries.required";
        QTest::newRow("country JP") << "details.countries.1" << QJsonValue("JP") << "rcs.countries.known";
        QTest::newRow("country twice") << "details.countries.1" << QJsonValue("GB") << "rcs.countries.unique";
        QTest::newRow("country SG") << "details.countries.1" << QJsonValue("SG") << "";
        QTest::newRow("test number local") << "details.testNumbers.1" << QJsonValue("0701234567") << "rcs.testNumbers.e164";
        QTest::newRow("test number as the contract writes it") << "details.testNumbers.1" << QJsonValue("+48 777-777-777") << "";
        QTest::newRow("test number twice") << "details.testNumbers.1" << QJsonValue("+46701234567") << "rcs.testNumbers.unique";
        QTest::newRow("test number twice, spaced") << "details.testNumbers.1" << QJsonValue("+46 70 123 45 67") << "rcs.testNumbers.unique";
        QJsonArray many, twenty;
        for (int i = 0; i < 21; ++i)
            many << QStringLiteral("+4670000%1").arg(i, 4, 10, QLatin1Char('0'));
        for (int i = 0; i < 20; ++i)
            twenty << many.at(i);
        QTest::newRow("21 test numbers") << "details.testNumbers" << QJsonValue(many) << "rcs.testNumbers.count";
        QTest::newRow("20 test numbers") << "details.testNumbers" << QJsonValue(twenty) << "";
    }

    void rules()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, rule);
        const QList<Finding> findings = RcsSenderRules::check(with(path, value));
        if (rule.isEmpty()) {
            QCOMPARE(findings, QList<Finding>());
            return;
        }
        QVERIFY2(rulesAt(findings, path) == QStringList{rule}, qPrintable(rulesAt(findings, path).join(',') + " at " + path));
        QCOMPARE(findings.size(), 1); // one finding per broken rule, nothing else
        QVERIFY(!findings.first().message.isEmpty());
    }

    void aLightColourIsWarnedAbout()
    {
        QCOMPARE(qRound(RcsSenderRules::contrastWithWhite(QStringLiteral("#000000"))), 21);
        QCOMPARE(qRound(RcsSenderRules::contrastWithWhite(QStringLiteral("#FFF"))), 1);
        const QList<Finding> light = RcsSenderRules::check(with(QStringLiteral("details.brand.color"), QStringLiteral("#FFD54F")));
        QCOMPARE(rulesAt(light, QStringLiteral("details.brand.color")), QStringList{"rcs.brand.color.contrast"});
        QVERIFY(!light.first().isError());
        QCOMPARE(RcsSenderRules::check(with(QStringLiteral("details.brand.color"), QStringLiteral("#0B57D0"))), QList<Finding>());
    }

    void blankFieldsAreNotSent()
    {
        const QJsonObject in{{"region", "EU"}, {"details", QJsonObject{{"brand", QJsonObject{{"name", "A"}, {"logoUrl", ""}}},
                                                                      {"questionnaire", QJsonObject{{"general", QJsonObject{}}}}}}};
        const QJsonObject out{{"region", "EU"}, {"details", QJsonObject{{"brand", QJsonObject{{"name", "A"}}}}}};
        QCOMPARE(RcsSenderRules::withoutEmptyFields(in), out);
    }

    void launchedSendersLockAllButTheCountries()
    {
        const RcsSenderRules::UpdateLock &lock = RcsSenderRules::updateLock();
        QCOMPARE(lock.states, (QStringList{"LAUNCHING", "LAUNCHED"}));
        QVERIFY(lock.updatable.contains(QStringLiteral("details.countries")));
        QVERIFY(RcsSenderRules::isLocked(QStringLiteral("details.brand.name"), QStringLiteral("LAUNCHED")));
        QVERIFY(RcsSenderRules::isLocked(QStringLiteral("details.testNumbers"), QStringLiteral("LAUNCHING")));
        QVERIFY(!RcsSenderRules::isLocked(QStringLiteral("details.countries"), QStringLiteral("LAUNCHED")));
        QVERIFY(!RcsSenderRules::isLocked(QStringLiteral("details.brand.name"), QStringLiteral("IN_TEST")));
    }

    void anUpdateDoesNotAskForTheFixedChoices()
    {
        const QJsonObject update{{"details", good().value("details")}};
        QCOMPARE(RcsSenderRules::check(update, RcsSenderRules::Request::Update), QList<Finding>());
        QCOMPARE(RcsSenderRules::check(update, RcsSenderRules::Request::Create).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TstRcsSenderRules)
#include "tst_rcssenderrules.moc"
