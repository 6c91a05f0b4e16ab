// The KakaoTalk (AlimTalk) template rules: one row where each rule fires (its path and
// severity) and one where it does not, limits read from the contract, and the rules and
// the contract's schema together through TemplateValidator.

#include "rules/kakaotalktemplaterules.h"
#include "rules/templatevalidator.h"

#include <QJsonArray>
#include <QSet>
#include <QRegularExpression>
#include <QTest>

using namespace sinch::rules;

namespace {

using Rules = KakaotalkTemplateRules;

QJsonObject button(int ordering, const QString &type, const QString &name, const QJsonObject &links = {})
{
    QJsonObject b = links;
    b.insert(QStringLiteral("ordering"), ordering);
    b.insert(QStringLiteral("type"), type);
    if (!name.isEmpty()) // absent rather than empty, as a draft leaves it
        b.insert(QStringLiteral("name"), name);
    return b;
}

QJsonObject webLink(int ordering = 1)
{
    return button(ordering, QStringLiteral("WEB_LINK"), QStringLiteral("Track"), {{"linkMo", "https://shop.example.com/m/track"}});
}

QJsonObject goodDetails()
{
    return QJsonObject{{"name", "order_shipped"},
                       {"language", "KO"},
                       {"content", QStringLiteral("#{customer}님, 주문하신 상품이 발송되었습니다. Your order has shipped.")},
                       {"messageType", "BASIC"},
                       {"emphasizeType", "EMPHASIZE_TYPE_NONE"},
                       {"categoryCode", "999999"},
                       {"buttons", QJsonArray{webLink()}}};
}

// The good template with `change` laid over its details; a null value removes the key.
QJsonObject withDetails(const QJsonObject &change)
{
    QJsonObject d = goodDetails();
    for (auto it = change.begin(); it != change.end(); ++it) {
        if (it.value().isNull())
            d.remove(it.key());
        else
            d.insert(it.key(), it.value());
    }
    return QJsonObject{{"details", d}};
}

QString chars(int n) { return QString(n, QLatin1Char('a')); }

QJsonArray fiveButtons()
{
    return QJsonArray{webLink(1), button(2, "CHANNEL_ID_ADDED", "Add channel"), button(3, "DELIVERY_SEARCH", "Delivery"),
                      button(4, "BOT_KEYWORD", "Keyword"), button(5, "MESSAGE_DELIVERY", "Message")};
}

QStringList rulesOf(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.rule + QLatin1Char('@') + f.path;
    return out;
}

} // namespace

class TstKakaotalkTemplateRules : public QObject
{
    Q_OBJECT

private slots:
    void limitsComeFromTheContract()
    {
        const Rules::Limits &l = Rules::limits();
        QCOMPARE(l.name.max, 150);
        QCOMPARE(l.content.max, 1000);
        QCOMPARE(l.title.max, 50);
        QCOMPARE(l.extra.max, 500);
        QCOMPARE(l.imageName.max, 250);
        QCOMPARE(l.categoryCode.max, 6);
        QCOMPARE(l.maxButtons, 5);
        QCOMPARE(l.ordering.min, 1);
        QCOMPARE(l.ordering.max, 5);
        QCOMPARE(l.buttonName.max, 14);
        QCOMPARE(l.link.max, 500);
        QCOMPARE(l.buttonTypes.size(), 12);
        QVERIFY(l.buttonTypes.contains(QStringLiteral("CHANNEL_ID_ADDED")));
        QCOMPARE(l.messageTypes.size(), 4);
        QCOMPARE(l.emphasizeTypes.size(), 3);
        QVERIFY(l.languages.contains(QStringLiteral("KO")));
    }

    void variables()
    {
        QCOMPARE(Rules::variables(QStringLiteral("Hi #{customer}, order #{ order_no } ships #{date}.")),
                 (QStringList{"customer", "order_no", "date"}));
        QVERIFY(Rules::variables(QStringLiteral("Hi {{1}}, # { x }")).isEmpty());
    }

    void aGoodTemplateHasNoFindings()
    {
        QCOMPARE(rulesOf(Rules::check(withDetails({}), Mode::Submit)), QStringList());
        // The contract's schema agrees.
        QCOMPARE(rulesOf(TemplateValidator::validateKakaotalk(withDetails({}))), QStringList());
        QCOMPARE(rulesOf(TemplateValidator::validateKakaotalk(withDetails({{"buttons", fiveButtons()}}))), QStringList());
    }

    // Each missing part of an emphasis is its own finding, and says which: the list showed
    // "needs a title and a subtitle" twice.
    void emphasisFindingsSayWhichPart()
    {
        const QJsonObject details{{"emphasizeType", "EMPHASIZE_TYPE_TEXT"}, {"title", QJsonValue()}, {"subtitle", QJsonValue()}};
        QStringList messages;
        for (const Finding &f : Rules::check(withDetails(details), Mode::Submit))
            if (f.rule == QLatin1String("kt.emphasize.text"))
                messages << f.message;
        QCOMPARE(messages.size(), 2);
        QVERIFY2(messages.at(0) != messages.at(1), qPrintable(messages.join(QLatin1Char('|'))));
        // So do the parts no emphasis shows.
        const QJsonObject hidden{{"emphasizeType", "EMPHASIZE_TYPE_NONE"}, {"title", "Shipped"}, {"subtitle", "Today"},
                                 {"imageName", "box"}, {"imageUrl", "https://cdn.example/box.png"}};
        messages.clear();
        for (const Finding &f : Rules::check(withDetails(hidden), Mode::Submit))
            if (f.rule == QLatin1String("kt.emphasize.none.hidden"))
                messages << f.message;
        QCOMPARE(messages.size(), 4);
        QCOMPARE(QSet<QString>(messages.cbegin(), messages.cend()).size(), 4);
        QVERIFY2(messages.first().startsWith(QStringLiteral("The title is not shown")), qPrintable(messages.first()));
    }

    // A link with a variable is refused as the contract's URL format (and the sandbox) refuse
    // it, and the finding says why, not "start with https://" of one that does.
    void linkWithAVariableSaysWhy()
    {
        const QJsonObject details{{"buttons", QJsonArray{button(1, "WEB_LINK", "Track", {{"linkMo", "https://shop.example/t/#{order_id}"}})}}};
        QStringList messages;
        for (const Finding &f : Rules::check(withDetails(details), Mode::Submit))
            if (f.rule == QLatin1String("kt.button.link.invalid"))
                messages << f.message;
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(QLatin1String("variable")), qPrintable(messages.first()));
        QVERIFY(!rulesOf(TemplateValidator::validateKakaotalk(withDetails(details))).isEmpty());
    }

    // Findings say the form's words: the link field's label, the message type and the button
    // kind in words, never a path or a contract code ("details.buttons.0.schemeIos must be
    // a URL address", "MIXED templates need …", "a CHANNEL_ID_ADDED button").
    void findingsSayTheFormsWords()
    {
        const QJsonObject details{{"messageType", "MIXED"},
                                  {"buttons", QJsonArray{button(1, "APP_LINK", "Open app",
                                                                {{"linkMo", "https://shop.example/m"}, {"schemeIos", "myapp://track"}})}}};
        QStringList messages;
        for (const Finding &f : TemplateValidator::validateKakaotalk(withDetails(details)))
            messages << f.message;
        const QString all = messages.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("iOS app link: enter a full web address")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("“Extra information and advertising” templates need")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("an “Add channel” button")), qPrintable(all));
        static const QRegularExpression raw(QStringLiteral("details\\.|\\b[A-Z]{2,}(_[A-Z]+)+\\b|\\bMIXED\\b|schemeIos"));
        QVERIFY2(!raw.match(all).hasMatch(), qPrintable(raw.match(all).captured(0) + QStringLiteral(" in ") + all));
    }

    void detailsRequired()
    {
        const QList<Finding> f = Rules::check(QJsonObject{{"status", "DRAFT"}}, Mode::Draft);
        QCOMPARE(rulesOf(f), QStringList{"kt.details.required@details"});
        QVERIFY(f.first().isError());
    }

    void rules_data()
    {
        QTest::addColumn<QJsonObject>("change");
        QTest::addColumn<bool>("draft");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("path");  // empty: the rule must not fire
        QTest::addColumn<bool>("error");

        const QString none; // the rule does not fire
        const auto row = [](const char *name, const QJsonObject &change, const char *rule, const QString &path, bool error = true, bool draft = false) {
            QTest::newRow(name) << change << draft << QString::fromLatin1(rule) << path << error;
        };
        const QJsonObject textEmphasis{{"emphasizeType", "EMPHASIZE_TYPE_TEXT"}, {"title", "Shipped"}, {"subtitle", "Order 1234"}};
        const auto text = [&textEmphasis](const char *key, const QJsonValue &v) { QJsonObject o = textEmphasis; o.insert(QLatin1String(key), v); return o; };
        const QJsonObject imageEmphasis{{"emphasizeType", "EMPHASIZE_TYPE_IMAGE"}, {"imageName", "banner.png"}, {"imageUrl", "https://cdn.example.com/banner.png"}};
        const auto image = [&imageEmphasis](const char *key, const QJsonValue &v) { QJsonObject o = imageEmphasis; o.insert(QLatin1String(key), v); return o; };
        const auto buttons = [](const QJsonArray &list) { return QJsonObject{{"buttons", list}}; };
        const auto withLinks = [](const QString &type, const QJsonObject &links) { return QJsonArray{button(1, type, "Open", links)}; };

        row("name required", {{"name", ""}}, "kt.name.required", "details.name");
        row("name required in a draft", {{"name", null}}, "kt.name.required", "details.name", true, true);
        row("name given", {{"name", "x"}}, "kt.name.required", none);
        row("name too long", {{"name", chars(151)}}, "kt.name.length", "details.name");
        row("name at the limit", {{"name", chars(150)}}, "kt.name.length", none);
        row("language required", {{"language", null}}, "kt.language.required", "details.language", true, true);
        row("language given", {{"language", "EN"}}, "kt.language.required", none);
        row("language unknown", {{"language", "KLINGON"}}, "kt.language.unknown", "details.language");
        row("language known", {{"language", "EN"}}, "kt.language.unknown", none);
        row("content required", {{"content", null}}, "kt.content.required", "details.content");
        row("content not required in a draft", {{"content", null}}, "kt.content.required", none, true, true);
        row("content too long", {{"content", chars(1001)}}, "kt.content.length", "details.content");
        row("content at the limit", {{"content", chars(1000)}}, "kt.content.length", none);
        row("variable unclosed", {{"content", "Hi #{customer, your order"}}, "kt.variables.unclosed", "details.content");
        row("variable closed", {{"content", "Hi #{customer}, your order"}}, "kt.variables.unclosed", none);
        row("variable empty", {{"content", "Hi #{}, your order"}}, "kt.variables.empty", "details.content");
        row("variable named", {{"content", "Hi #{name}, your order"}}, "kt.variables.empty", none);
        row("whatsapp variable", {{"content", "Hi {{1}}, your order"}}, "kt.variables.syntax", "details.content");
        row("kakao variable", {{"content", "Hi #{1}, your order"}}, "kt.variables.syntax", none);
        row("title too long", text("title", chars(51)), "kt.title.length", "details.title");
        row("title at the limit", text("title", chars(50)), "kt.title.length", none);
        row("title cut on phones", text("title", chars(47)), "kt.title.cut", "details.title", false);
        row("title fits two lines", text("title", chars(46)), "kt.title.cut", none);
        row("subtitle too long", text("subtitle", chars(51)), "kt.subtitle.length", "details.subtitle");
        row("subtitle at the limit", text("subtitle", chars(50)), "kt.subtitle.length", none);
        row("subtitle cut on Android", text("subtitle", chars(19)), "kt.subtitle.cut", "details.subtitle", false);
        row("subtitle shown whole", text("subtitle", chars(18)), "kt.subtitle.cut", none);
        row("extra too long", {{"extra", chars(501)}, {"messageType", "EXTRA_INFORMATION"}}, "kt.extra.length", "details.extra");
        row("extra at the limit", {{"extra", chars(500)}, {"messageType", "EXTRA_INFORMATION"}}, "kt.extra.length", none);
        row("image name too long", image("imageName", chars(251)), "kt.imageName.length", "details.imageName");
        row("image name at the limit", image("imageName", chars(250)), "kt.imageName.length", none);
        row("category code too long", {{"categoryCode", "1234567"}}, "kt.categoryCode.length", "details.categoryCode");
        row("category code", {{"categoryCode", "001001"}}, "kt.categoryCode.length", none);
        row("message type unknown", {{"messageType", "PROMO"}}, "kt.messageType.unknown", "details.messageType");
        row("message type known", {{"messageType", "BASIC"}}, "kt.messageType.unknown", none);
        row("extra information needs extra", {{"messageType", "EXTRA_INFORMATION"}}, "kt.extra.required", "details.extra");
        row("mixed needs extra", {{"messageType", "MIXED"}}, "kt.extra.required", "details.extra");
        row("extra information with extra", {{"messageType", "EXTRA_INFORMATION"}, {"extra", "Opening hours 9-18"}}, "kt.extra.required", none);
        row("ad without channel button", {{"messageType", "AD_INCLUDED"}}, "kt.ad.channelButton", "details.buttons", false);
        row("ad with channel button", {{"messageType", "AD_INCLUDED"}, {"buttons", fiveButtons()}}, "kt.ad.channelButton", none);
        row("emphasize type unknown", {{"emphasizeType", "BOLD"}}, "kt.emphasizeType.unknown", "details.emphasizeType");
        row("emphasize type known", textEmphasis, "kt.emphasizeType.unknown", none);
        row("text emphasis needs subtitle", text("subtitle", QJsonValue()), "kt.emphasize.text", "details.subtitle");
        row("text emphasis complete", textEmphasis, "kt.emphasize.text", none);
        row("image emphasis needs url", image("imageUrl", QJsonValue()), "kt.emphasize.image", "details.imageUrl");
        row("image emphasis complete", imageEmphasis, "kt.emphasize.image", none);
        row("image not jpeg or png", image("imageUrl", "https://cdn.example.com/banner.gif"), "kt.image.type", "details.imageUrl");
        row("image jpeg", image("imageUrl", "https://cdn.example.com/banner.jpg"), "kt.image.type", none);
        row("no emphasis hides title", {{"title", "Shipped"}}, "kt.emphasize.none.hidden", "details.title", false);
        row("no emphasis, no title", {}, "kt.emphasize.none.hidden", none);
        row("code without security flag", {{"content", "Your verification code is #{code}."}}, "kt.security.flag", "details.securityFlag", false);
        row("code with security flag", {{"content", "Your verification code is #{code}."}, {"securityFlag", true}}, "kt.security.flag", none);
        QJsonArray six = fiveButtons();
        six << button(5, "BOT_TRANSFER", "Agent");
        row("six buttons", buttons(six), "kt.buttons.count", "details.buttons");
        row("five buttons", buttons(fiveButtons()), "kt.buttons.count", none);
        QJsonObject unordered = webLink();
        unordered.remove(QStringLiteral("ordering"));
        row("ordering required in a draft", buttons({unordered}), "kt.button.ordering.required", "details.buttons.0.ordering", true, true);
        row("ordering given", buttons({webLink()}), "kt.button.ordering.required", none, true, true);
        row("ordering out of range", buttons({webLink(6)}), "kt.button.ordering.range", "details.buttons.0.ordering");
        row("ordering in range", buttons({webLink(5)}), "kt.button.ordering.range", none);
        row("ordering twice", buttons({webLink(1), button(1, "DELIVERY_SEARCH", "Delivery")}), "kt.button.ordering.unique", "details.buttons.1.ordering");
        row("ordering once each", buttons({webLink(1), button(2, "DELIVERY_SEARCH", "Delivery")}), "kt.button.ordering.unique", none);
        row("type required", buttons({button(1, QString(), "Open")}), "kt.button.type.required", "details.buttons.0.type", true, true);
        row("type given", buttons({webLink()}), "kt.button.type.required", none, true, true);
        row("type unknown", buttons({button(1, "PHONE", "Call")}), "kt.button.type.unknown", "details.buttons.0.type");
        row("type known", buttons({button(1, "DELIVERY_SEARCH", "Delivery")}), "kt.button.type.unknown", none);
        row("type twice", buttons({webLink(1), webLink(2)}), "kt.button.type.unique", "details.buttons.1.type");
        row("types differ", buttons({webLink(1), button(2, "DELIVERY_SEARCH", "Delivery")}), "kt.button.type.unique", none);
        row("button name required", buttons({button(1, "DELIVERY_SEARCH", QString())}), "kt.button.name.required", "details.buttons.0.name");
        row("button name not required in a draft", buttons({button(1, "DELIVERY_SEARCH", QString())}), "kt.button.name.required", none, true, true);
        row("button name too long", buttons({button(1, "DELIVERY_SEARCH", chars(15))}), "kt.button.name.length", "details.buttons.0.name");
        row("button name at the limit", buttons({button(1, "DELIVERY_SEARCH", chars(14))}), "kt.button.name.length", none);
        row("link too long", buttons(withLinks("WEB_LINK", {{"linkMo", "https://example.com/" + chars(481)}})), "kt.button.link.length", "details.buttons.0.linkMo");
        row("link at the limit", buttons(withLinks("WEB_LINK", {{"linkMo", "https://example.com/" + chars(480)}})), "kt.button.link.length", none);
        row("link not a URL", buttons(withLinks("WEB_LINK", {{"linkMo", "not a url"}})), "kt.button.link.invalid", "details.buttons.0.linkMo");
        row("link a URL", buttons(withLinks("WEB_LINK", {{"linkMo", "https://example.com/m"}})), "kt.button.link.invalid", none);
        row("link with a variable", buttons(withLinks("WEB_LINK", {{"linkMo", "https://shop.example/t/#{order_id}"}})),
            "kt.button.link.invalid", "details.buttons.0.linkMo");
        row("app's iOS link not a URL", buttons(withLinks("APP_LINK", {{"linkMo", "https://example.com/m"}, {"schemeIos", "myapp://track"}})),
            "kt.button.link.invalid", "details.buttons.0.schemeIos");
        row("web link without mobile link", buttons(withLinks("WEB_LINK", {{"linkPc", "https://example.com"}})), "kt.button.weblink.mobile", "details.buttons.0.linkMo");
        row("web link with mobile link", buttons(withLinks("WEB_LINK", {{"linkMo", "https://example.com/m"}})), "kt.button.weblink.mobile", none);
        row("app link with one app link", buttons(withLinks("APP_LINK", {{"linkMo", "https://example.com/m"}, {"linkPc", "https://example.com"}})),
            "kt.button.applink.links", "details.buttons.0");
        row("app link with two app links", buttons(withLinks("APP_LINK", {{"linkMo", "https://example.com/m"}, {"schemeAndroid", "shop://orders"}})),
            "kt.button.applink.links", none);
    }

    void rules()
    {
        QFETCH(QJsonObject, change);
        QFETCH(bool, draft);
        QFETCH(QString, rule);
        QFETCH(QString, path);
        QFETCH(bool, error);
        const QList<Finding> findings = Rules::check(withDetails(change), draft ? Mode::Draft : Mode::Submit);
        QList<Finding> fired;
        for (const Finding &f : findings)
            if (f.rule == rule)
                fired << f;
        if (path.isEmpty()) {
            QVERIFY2(fired.isEmpty(), qPrintable(rulesOf(fired).join(QLatin1Char(' '))));
            return;
        }
        QVERIFY2(fired.size() == 1, qPrintable(rulesOf(findings).join(QLatin1Char(' '))));
        QCOMPARE(fired.first().path, path);
        QCOMPARE(fired.first().isError(), error);
        QVERIFY(!fired.first().message.isEmpty());
    }

    void channelOf()
    {
        QCOMPARE(TemplateValidator::channelOf(withDetails({})), TemplateValidator::Channel::Kakaotalk);
        const QJsonObject wa{{"name", "x"}, {"category", "UTILITY"}, {"details", QJsonObject{{"components", QJsonArray()}}}};
        QCOMPARE(TemplateValidator::channelOf(wa), TemplateValidator::Channel::Whatsapp);
    }

    // Drafts skip only the content and button names ("Not required for draft").
    void draftsThroughTheValidator()
    {
        QJsonObject draft = withDetails({{"content", null}, {"buttons", QJsonArray{button(1, "DELIVERY_SEARCH", QString())}}});
        QVERIFY(TemplateValidator::validateKakaotalk(draft, Mode::Submit).size() >= 2);
        draft.insert(QStringLiteral("status"), QStringLiteral("DRAFT"));
        QCOMPARE(rulesOf(TemplateValidator::validateKakaotalk(draft)), QStringList());
    }

private:
    const QJsonValue null = QJsonValue(QJsonValue::Null);
};

QTEST_GUILESS_MAIN(TstKakaotalkTemplateRules)
#include "tst_kakaotalktemplaterules.moc"
