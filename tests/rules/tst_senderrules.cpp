// The sender rules: every limit, enum and format read from the contract's create and
// update requests of WhatsApp and KakaoTalk senders, drafts skipping only what the
// contract marks "Not required for draft".

#include "rules/senderrules.h"

#include <QJsonObject>
#include <QTest>

using namespace sinch::rules;
using Channel = SenderRules::Channel;
using Request = SenderRules::Request;

namespace {

QJsonObject whatsapp()
{
    return QJsonObject{{"phoneNumberProvider", "CUSTOMER"},
                       {"region", "EU"},
                       {"details", QJsonObject{{"countryCode", "49"},
                                               {"phoneNumber", "15123456789"},
                                               {"displayName", "Acme Retail"},
                                               {"vertical", "SHOPPING_AND_RETAIL"},
                                               {"email", "support@example.com"},
                                               {"websiteOne", "https://example.com"},
                                               {"photoUrl", "https://example.com/logo.png"}}}};
}

QJsonObject kakaotalk()
{
    return QJsonObject{{"plusFriendId", "@acmeshop"},
                       {"details", QJsonObject{{"adminPhoneNo", "+821012345678"},
                                               {"name", "Acme Shop"},
                                               {"logoImage", "https://example.com/logo.jpg"},
                                               {"topLevelCategoryCode", "019"},
                                               {"midLevelCategoryCode", "0006"},
                                               {"subLevelCategoryCode", "0001"}}}};
}

QJsonObject withDetail(QJsonObject body, const QString &key, const QJsonValue &value)
{
    QJsonObject d = body.value("details").toObject();
    if (value.isUndefined())
        d.remove(key);
    else
        d.insert(key, value);
    body.insert("details", d);
    return body;
}

QStringList at(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.path + QLatin1Char(' ') + f.rule;
    return out;
}

} // namespace

class TstSenderRules : public QObject
{
    Q_OBJECT

private slots:
    void goodSendersHaveNoFindings()
    {
        QCOMPARE(at(SenderRules::check(Channel::Whatsapp, Request::Create, whatsapp(), Mode::Submit)), QStringList());
        QCOMPARE(at(SenderRules::check(Channel::Kakaotalk, Request::Create, kakaotalk(), Mode::Submit)), QStringList());
        QCOMPARE(at(SenderRules::check(Channel::Whatsapp, Request::Update, QJsonObject{{"details", QJsonObject{{"about", "Hi"}}}},
                                       Mode::Draft)),
                 QStringList());
    }

    void limitsComeFromTheContract()
    {
        QCOMPARE(SenderRules::imageTypes(Channel::Whatsapp, "photoUrl"),
                 QStringList({"image/jpeg", "image/png", "image/webp"}));
        QCOMPARE(SenderRules::imageTypes(Channel::Kakaotalk, "logoImage"), QStringList({"image/jpeg", "image/png"}));
    }

    void findings_data()
    {
        QTest::addColumn<int>("channel");
        QTest::addColumn<int>("request");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined: the field removed
        QTest::addColumn<QString>("expected"); // "path rule", empty: no finding
        const int wa = int(Channel::Whatsapp), kk = int(Channel::Kakaotalk);
        const int create = int(Request::Create), update = int(Request::Update);
        const int submit = int(Mode::Submit), draft = int(Mode::Draft);
        const QJsonValue gone(QJsonValue::Undefined);
        QTest::newRow("wa display name required") << wa << create << submit << "displayName" << gone << "details.displayName sender.required";
        QTest::newRow("wa display name 128") << wa << create << submit << "displayName" << QJsonValue(QString(128, 'a')) << "";
        QTest::newRow("wa display name 129") << wa << create << submit << "displayName" << QJsonValue(QString(129, 'a')) << "details.displayName sender.length";
        QTest::newRow("wa about 139") << wa << create << submit << "about" << QJsonValue(QString(139, 'a')) << "";
        QTest::newRow("wa about 140") << wa << create << submit << "about" << QJsonValue(QString(140, 'a')) << "details.about sender.length";
        QTest::newRow("wa vertical unknown") << wa << create << submit << "vertical" << QJsonValue("BAKERY") << "details.vertical sender.enum";
        QTest::newRow("wa vertical required in a draft too") << wa << create << draft << "vertical" << gone << "details.vertical sender.required";
        QTest::newRow("wa email") << wa << create << submit << "email" << QJsonValue("support.example.com") << "details.email sender.email";
        QTest::newRow("wa website no scheme") << wa << create << submit << "websiteOne" << QJsonValue("example.com") << "details.websiteOne sender.url";
        QTest::newRow("wa website ftp") << wa << create << submit << "websiteTwo" << QJsonValue("ftp://example.com") << "details.websiteTwo sender.url";
        QTest::newRow("wa photo gif") << wa << create << submit << "photoUrl" << QJsonValue("https://example.com/a.gif") << "details.photoUrl sender.imageType";
        QTest::newRow("wa photo webp") << wa << create << submit << "photoUrl" << QJsonValue("https://example.com/a.webp") << "";
        QTest::newRow("wa photo no extension") << wa << create << submit << "photoUrl" << QJsonValue("https://example.com/photo") << "details.photoUrl sender.imageType.unknown";
        QTest::newRow("wa country code with +") << wa << create << submit << "countryCode" << QJsonValue("+49") << "details.countryCode sender.countryCode";
        QTest::newRow("wa country code required") << wa << create << submit << "countryCode" << gone << "details.countryCode sender.required";
        QTest::newRow("wa number with spaces") << wa << create << submit << "phoneNumber" << QJsonValue("151 234") << "details.phoneNumber sender.phone";
        QTest::newRow("wa own number needs it") << wa << create << submit << "phoneNumber" << gone << "details.phoneNumber sender.customerNumber";
        QTest::newRow("wa own number later in a draft") << wa << create << draft << "phoneNumber" << gone << "";
        QTest::newRow("wa update leaves name out") << wa << update << submit << "displayName" << gone << "";
        QTest::newRow("kk name required") << kk << create << submit << "name" << gone << "details.name sender.required";
        QTest::newRow("kk name not required for draft") << kk << create << draft << "name" << gone << "";
        QTest::newRow("kk admin phone 16") << kk << create << submit << "adminPhoneNo" << QJsonValue("+821012345678901") << "details.adminPhoneNo sender.length";
        QTest::newRow("kk admin phone letters") << kk << create << submit << "adminPhoneNo" << QJsonValue("+82-10-1234") << "details.adminPhoneNo sender.phone";
        QTest::newRow("kk admin phone 7 digits") << kk << create << submit << "adminPhoneNo" << QJsonValue("+8210123") << "details.adminPhoneNo sender.phone.short";
        QTest::newRow("kk admin phone 8 digits") << kk << create << submit << "adminPhoneNo" << QJsonValue("+82101234") << "";
        QTest::newRow("kk top category 4 digits") << kk << create << submit << "topLevelCategoryCode" << QJsonValue("0019") << "details.topLevelCategoryCode sender.code";
        QTest::newRow("kk mid category letters") << kk << create << submit << "midLevelCategoryCode" << QJsonValue("00a6") << "details.midLevelCategoryCode sender.code";
        QTest::newRow("kk logo webp") << kk << create << submit << "logoImage" << QJsonValue("https://example.com/a.webp") << "details.logoImage sender.imageType";
        QTest::newRow("kk partial category") << kk << update << draft << "subLevelCategoryCode" << gone << "details.topLevelCategoryCode sender.category.partial";
    }

    void findings()
    {
        QFETCH(int, channel);
        QFETCH(int, request);
        QFETCH(int, mode);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const Channel c = Channel(channel);
        QJsonObject body = withDetail(c == Channel::Whatsapp ? whatsapp() : kakaotalk(), field, value);
        if (Request(request) == Request::Update)
            body = QJsonObject{{"details", body.value("details")}};
        const QStringList found = at(SenderRules::check(c, Request(request), body, Mode(mode)));
        if (expected.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found.join("; ")));
        else
            QVERIFY2(found.contains(expected), qPrintable(found.join("; ")));
    }

    void plusFriendIdIsRequiredAndLimited()
    {
        QJsonObject k = kakaotalk();
        k.insert("plusFriendId", QString(31, 'a'));
        QVERIFY(at(SenderRules::check(Channel::Kakaotalk, Request::Create, k, Mode::Draft)).contains("plusFriendId sender.length"));
        k.insert("plusFriendId", "");
        QVERIFY(at(SenderRules::check(Channel::Kakaotalk, Request::Create, k, Mode::Draft)).contains("plusFriendId sender.required"));
    }

    void numberOfSinchIsSinchs()
    {
        QJsonObject w = withDetail(whatsapp(), "phoneNumber", QJsonValue(QJsonValue::Undefined));
        w.insert("phoneNumberProvider", "SINCH");
        QVERIFY(SenderRules::check(Channel::Whatsapp, Request::Create, w, Mode::Submit).isEmpty());
    }

    void messagesSayWhatToDo()
    {
        const QList<Finding> f = SenderRules::check(Channel::Whatsapp, Request::Create,
                                                    withDetail(whatsapp(), "displayName", QString(130, 'a')), Mode::Submit);
        QCOMPARE(f.size(), 1);
        QVERIFY2(f.first().message.contains("130") && f.first().message.contains("128"), qPrintable(f.first().message));
        QVERIFY(f.first().message.startsWith("Display name"));
    }
};

QTEST_GUILESS_MAIN(TstSenderRules)
#include "tst_senderrules.moc"
