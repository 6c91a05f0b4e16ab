// Every hand-written WhatsApp template rule (TEMPLATE-RULES.md) firing and not firing,
// table-driven: four valid templates give no findings; each row changes one thing and
// expects one rule at one path.
#include "rules/templatevalidator.h"
#include "rules/whatsapptemplaterules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sinch::rules;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(json, &err).object();
    if (err.error != QJsonParseError::NoError)
        qFatal("bad fixture: %s", qPrintable(err.errorString()));
    return o;
}

// Sets (or, with an undefined value, removes) the value at a dotted path.
QJsonValue setAt(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int idx = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = node.toArray();
        if (path.isEmpty() && value.isUndefined()) {
            a.removeAt(idx);
            return a;
        }
        while (a.size() <= idx)
            a.append(QJsonObject());
        a[idx] = setAt(a.at(idx), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(head);
    else
        o.insert(head, setAt(o.value(head), path, value));
    return o;
}

QJsonObject with(QJsonObject base, const QString &path, const QJsonValue &value)
{
    return setAt(base, path.split('.'), value).toObject();
}

const char *kText = "{\"name\":\"order_update\",\"language\":\"en_US\",\"category\":\"UTILITY\", \"details\":{\"components\":[ {\"type\":\"HEADER\",\"format\":\"TEXT\",\"text\":\"Order {{1}}\",\"example\":\"A-1234\"}, {\"type\":\"BODY\",\"text\":\"Hi {{1}}, your order {{2}} has shipped and will arrive soon.\",\"examples\":[\"Ana\",\"A-1234\"]}, {\"type\":\"FOOTER\",\"text\":\"Reply STOP to opt out\"}]}}";

const char *kMedia = "{\"name\":\"spring_sale\",\"language\":\"en_US\",\"category\":\"MARKETING\", \"details\":{\"messageSendTtlSeconds\":86400,\"components\":[ {\"type\":\"HEADER\",\"format\":\"IMAGE\",\"example\":{\"url\":\"https://cdn.example.com/spring.jpg\"}}, {\"type\":\"BODY\",\"text\":\"Our spring sale starts today with twenty percent off everything in store.\"}, {\"type\":\"BUTTONS\",\"buttons\":[ {\"type\":\"QUICK_REPLY\",\"text\":\"Stop promotions\"}, {\"type\":\"QUICK_REPLY\",\"text\":\"Tell me more\"}, {\"type\":\"URL\",\"text\":\"Shop now\",\"url\":\"https://shop.example.com/sale/{{1}}\",\"example\":\"https://shop.example.com/sale/spring\"}, {\"type\":\"PHONE_NUMBER\",\"text\":\"Call us\",\"phoneNumber\":\"+46701234567\"}, {\"type\":\"FLOW\",\"text\":\"Book a visit\",\"flowId\":\"1234567890\",\"flowAction\":\"NAVIGATE\",\"navigateScreen\":\"WELCOME\"}]}]}}";

const char *kAuth = "{\"name\":\"login_code\",\"language\":\"en_US\",\"category\":\"AUTHENTICATION\", \"details\":{\"messageSendTtlSeconds\":300,\"components\":[ {\"type\":\"BODY\",\"addSecurityRecommendation\":true}, {\"type\":\"FOOTER\",\"codeExpirationMinutes\":10}, {\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"OTP\",\"otpType\":\"ONE_TAP\",\"text\":\"Copy code\",\"autofillText\":\"Autofill\", \"supportedApps\":[{\"packageName\":\"com.example.app\",\"signatureHash\":\"K8a/AINcGX7\"}]}]}]}}";

const char *kCarousel = "{\"name\":\"summer_carousel\",\"language\":\"en_US\",\"category\":\"MARKETING\", \"details\":{\"components\":[ {\"type\":\"BODY\",\"text\":\"Meet the summer collection, picked for you {{1}} this week.\",\"examples\":[\"Ana\"]}, {\"type\":\"CAROUSEL\",\"cards\":[ {\"components\":[{\"type\":\"HEADER\",\"format\":\"IMAGE\",\"example\":{\"url\":\"https://cdn.example.com/c1.png\"}}, {\"type\":\"BODY\",\"text\":\"Linen shirt in five colours.\"}, {\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"QUICK_REPLY\",\"text\":\"Show me\"},{\"type\":\"URL\",\"text\":\"Buy\",\"url\":\"https://shop.example.com/1\"}]}]}, {\"components\":[{\"type\":\"HEADER\",\"format\":\"IMAGE\",\"example\":{\"url\":\"https://cdn.example.com/c2.png\"}}, {\"type\":\"BODY\",\"text\":\"Straw hat for sunny days.\"}, {\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"QUICK_REPLY\",\"text\":\"Show me\"},{\"type\":\"URL\",\"text\":\"Buy\",\"url\":\"https://shop.example.com/2\"}]}]}]}]}}";

QJsonObject base(const QString &which)
{
    if (which == "text") return parse(kText);
    if (which == "media") return parse(kMedia);
    if (which == "auth") return parse(kAuth);
    return parse(kCarousel);
}

bool has(const QList<Finding> &fs, const QString &rule, const QString &path, Severity sev)
{
    for (const Finding &f : fs)
        if (f.rule == rule && f.path == path && f.severity == sev)
            return true;
    return false;
}

QString dump(const QList<Finding> &fs)
{
    QStringList out;
    for (const Finding &f : fs)
        out << QString("%1 %2 %3: %4").arg(f.isError() ? "E" : "W", f.rule, f.path, f.message);
    return out.join('\n');
}

} // namespace

class TestWhatsappTemplateRules : public QObject
{
    Q_OBJECT
private slots:
    void validTemplatesAreClean_data()
    {
        QTest::addColumn<QString>("which");
        for (const char *w : {"text", "media", "auth", "carousel"})
            QTest::newRow(w) << QString(w);
    }
    void validTemplatesAreClean()
    {
        QFETCH(QString, which);
        const auto findings = WhatsappTemplateRules::check(base(which), Mode::Submit);
        QVERIFY2(findings.isEmpty(), qPrintable(dump(findings)));
    }

    void rules_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("error");
        const QString B = "details.components.1";  // body of the text template
        const QString BT = "details.components.2.buttons"; // buttons of the media template
        auto row = [](const char *name, const QJsonObject &in, const char *rule, const QString &path, bool error = true) {
            QTest::newRow(name) << in << QString(rule) << path << error;
        };
        row("name missing", with(base("text"), "name", QJsonValue::Undefined), "wa.name.required", "name");
        row("name pattern", with(base("text"), "name", "Order-Update"), "wa.name.pattern", "name");
        row("name trailing _", with(base("text"), "name", "order_"), "wa.name.pattern", "name");
        row("name length", with(base("text"), "name", QString(513, 'a')), "wa.name.length", "name");
        row("language", with(base("text"), "language", QJsonValue::Undefined), "wa.language.required", "language");
        row("category", with(base("text"), "category", QJsonValue::Undefined), "wa.category.required", "category");
        row("details", with(base("text"), "details", QJsonValue::Undefined), "wa.details.required", "details");
        row("ttl utility", with(base("text"), "details.messageSendTtlSeconds", 50000), "wa.ttl.range", "details.messageSendTtlSeconds");
        row("ttl marketing", with(base("media"), "details.messageSendTtlSeconds", 600), "wa.ttl.range", "details.messageSendTtlSeconds");
        row("ttl auth short", with(base("auth"), "details.messageSendTtlSeconds", 20), "wa.ttl.short", "details.messageSendTtlSeconds", false);
        row("ttl auth long", with(base("auth"), "details.messageSendTtlSeconds", 1000), "wa.ttl.range", "details.messageSendTtlSeconds");
        row("two bodies", with(base("text"), "details.components.3", QJsonObject{{"type", "BODY"}, {"text", "x"}}), "wa.components.unique", "details.components.3.type");
        row("no body", with(base("text"), B, QJsonValue::Undefined), "wa.body.required", "details.components");
        row("unknown part", with(base("text"), "details.components.3", QJsonObject{{"type", "SIDEBAR"}}), "wa.components.kind", "details.components.3.type");
        row("header text empty", with(base("text"), "details.components.0.text", ""), "wa.header.text.required", "details.components.0.text");
        row("header text long", with(with(base("text"), "details.components.0.text", QString(61, 'h')), "details.components.0.example", QJsonValue::Undefined), "wa.header.text.length", "details.components.0.text");
        row("header two vars", with(base("text"), "details.components.0.text", "{{1}} and {{2}}"), "wa.header.variables", "details.components.0.text");
        row("header example", with(base("text"), "details.components.0.example", QJsonValue::Undefined), "wa.header.example", "details.components.0.example");
        row("header format", with(base("text"), "details.components.0.format", "GIF"), "wa.header.format", "details.components.0.format");
        row("media example", with(base("media"), "details.components.0.example", QJsonValue::Undefined), "wa.media.example", "details.components.0.example.url");
        row("media wrong type", with(base("media"), "details.components.0.example.url", "https://cdn.example.com/a.pdf"), "wa.media.type", "details.components.0.example.url");
        row("media unknown type", with(base("media"), "details.components.0.example.url", "https://cdn.example.com/asset"), "wa.media.unknown", "details.components.0.example.url", false);
        row("media mime wrong", with(base("media"), "details.components.0.example.mimeType", "video/mp4"), "wa.media.type", "details.components.0.example.url");
        row("media not url", with(base("media"), "details.components.0.example.url", "spring.jpg"), "wa.media.url", "details.components.0.example.url");
        row("location example", with(with(base("media"), "details.components.0.format", "LOCATION"), "details.components.0.example", QJsonObject{{"url", "x"}}), "wa.header.location.example", "details.components.0.example", false);
        row("body empty", with(base("text"), B + ".text", QJsonValue::Undefined), "wa.body.text.required", B + ".text");
        row("body long", with(with(base("text"), B + ".text", QString(1025, 'b')), B + ".examples", QJsonValue::Undefined), "wa.body.text.length", B + ".text");
        row("variable gap", with(base("text"), B + ".text", "Hi {{1}}, your order {{3}} has shipped today."), "wa.variables.sequence", B + ".text");
        row("examples count", with(base("text"), B + ".examples", QJsonArray{"Ana"}), "wa.variables.examples", B + ".examples");
        row("example empty", with(base("text"), B + ".examples", QJsonArray{"Ana", " "}), "wa.variables.example.empty", B + ".examples.1");
        row("starts with variable", with(base("text"), B + ".text", "{{1}}, your order {{2}} has shipped and will arrive soon."), "wa.body.variable.start", B + ".text", false);
        row("ends with variable", with(base("text"), B + ".text", "Hi there, your order has shipped, track it {{1}} with code {{2}}"), "wa.body.variable.end", B + ".text", false);
        row("variables touch", with(base("text"), B + ".text", "Hi {{1}} {{2}}, your order has shipped and will arrive soon."), "wa.body.variable.adjacent", B + ".text", false);
        row("too many variables", with(with(base("text"), B + ".text", "Hi {{1}} x {{2}} y {{3}} z {{4}} ok."), B + ".examples", QJsonArray{"a", "b", "c", "d"}), "wa.body.variable.density", B + ".text", false);
        row("security outside auth", with(base("text"), B + ".addSecurityRecommendation", true), "wa.auth.option", B + ".addSecurityRecommendation");
        row("auth body text", with(base("auth"), "details.components.0.text", "Your code"), "wa.auth.body.text", "details.components.0.text", false);
        row("footer long", with(base("text"), "details.components.2.text", QString(61, 'f')), "wa.footer.length", "details.components.2.text");
        row("footer variable", with(base("text"), "details.components.2.text", "Bye {{1}}"), "wa.footer.variables", "details.components.2.text");
        row("expiry outside auth", with(base("text"), "details.components.2.codeExpirationMinutes", 5), "wa.auth.option", "details.components.2.codeExpirationMinutes");
        row("expiry range", with(base("auth"), "details.components.1.codeExpirationMinutes", 91), "wa.auth.expiry", "details.components.1.codeExpirationMinutes");
        row("no buttons", with(base("media"), BT, QJsonArray()), "wa.buttons.count", BT);
        QJsonArray eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(QJsonObject{{"type", "QUICK_REPLY"}, {"text", QString("Option %1").arg(i)}});
        row("eleven buttons", with(base("media"), BT, eleven), "wa.buttons.count", BT);
        row("button text long", with(base("media"), BT + ".0.text", QString(26, 't')), "wa.button.text.length", BT + ".0.text");
        row("button text empty", with(base("media"), BT + ".0.text", ""), "wa.button.text.required", BT + ".0.text");
        row("button text unique", with(base("media"), BT + ".1.text", "Stop promotions"), "wa.button.text.unique", BT + ".1.text");
        row("quick replies interleaved", with(base("media"), BT + ".5", QJsonObject{{"type", "QUICK_REPLY"}, {"text", "Later"}}), "wa.buttons.grouping", BT + ".5.type");
        row("three urls", with(with(base("media"), BT + ".5", QJsonObject{{"type", "URL"}, {"text", "A"}, {"url", "https://a.example.com"}}), BT + ".6", QJsonObject{{"type", "URL"}, {"text", "B"}, {"url", "https://b.example.com"}}), "wa.buttons.url.count", BT);
        row("two phones", with(base("media"), BT + ".5", QJsonObject{{"type", "PHONE_NUMBER"}, {"text", "Call 2"}, {"phoneNumber", "+46701234568"}}), "wa.buttons.phone.count", BT);
        row("phone missing", with(base("media"), BT + ".3.phoneNumber", QJsonValue::Undefined), "wa.button.phone.required", BT + ".3.phoneNumber");
        row("phone format", with(base("media"), BT + ".3.phoneNumber", "call me"), "wa.button.phone.format", BT + ".3.phoneNumber");
        row("url missing", with(base("media"), BT + ".2.url", QJsonValue::Undefined), "wa.button.url.required", BT + ".2.url");
        row("url variable middle", with(base("media"), BT + ".2.url", "https://shop.example.com/{{1}}/sale"), "wa.button.url.variable", BT + ".2.url");
        row("url variable 2", with(base("media"), BT + ".2.url", "https://shop.example.com/{{2}}"), "wa.button.url.variable", BT + ".2.url");
        row("url invalid", with(base("media"), BT + ".2.url", "shop/{{1}}"), "wa.button.url.invalid", BT + ".2.url");
        row("url restricted", with(base("media"), BT + ".2.url", "https://m.facebook.com/page/{{1}}"), "wa.button.url.restricted", BT + ".2.url");
        row("url restricted wa.me", with(with(base("media"), BT + ".2.url", "https://wa.me/4670"), BT + ".2.example", QJsonValue::Undefined), "wa.button.url.restricted", BT + ".2.url");
        row("url example missing", with(base("media"), BT + ".2.example", QJsonValue::Undefined), "wa.button.url.example", BT + ".2.example");
        row("url example raw", with(base("media"), BT + ".2.example", "https://shop.example.com/sale/{{1}}"), "wa.button.url.example", BT + ".2.example");
        row("otp outside auth", with(base("media"), BT + ".5", QJsonObject{{"type", "OTP"}, {"otpType", "COPY_CODE"}, {"text", "Copy"}}), "wa.button.otp.category", BT + ".5.type");
        const QString AB = "details.components.2.buttons";
        row("auth without otp", with(base("auth"), AB, QJsonArray{QJsonObject{{"type", "QUICK_REPLY"}, {"text", "Hi"}}}), "wa.auth.otp", AB);
        row("auth without buttons", with(base("auth"), "details.components.2", QJsonValue::Undefined), "wa.auth.otp", "details.components");
        row("two otps", with(base("auth"), AB + ".1", QJsonObject{{"type", "OTP"}, {"otpType", "COPY_CODE"}, {"text", "Copy 2"}}), "wa.auth.otp", AB);
        row("otp type", with(base("auth"), AB + ".0.otpType", QJsonValue::Undefined), "wa.button.otp.type", AB + ".0.otpType");
        row("otp apps", with(base("auth"), AB + ".0.supportedApps", QJsonValue::Undefined), "wa.button.otp.apps", AB + ".0.supportedApps");
        row("otp app incomplete", with(base("auth"), AB + ".0.supportedApps.0.signatureHash", QJsonValue::Undefined), "wa.button.otp.app", AB + ".0.supportedApps.0.signatureHash");
        row("otp legacy", with(base("auth"), AB + ".0.packageName", "com.example.app"), "wa.button.otp.legacy", AB + ".0.packageName", false);
        row("otp autofill", with(base("auth"), AB + ".0.autofillText", QString(26, 'a')), "wa.button.otp.autofill", AB + ".0.autofillText");
        row("zero tap terms", with(base("auth"), AB + ".0.otpType", "ZERO_TAP"), "wa.button.otp.terms", AB + ".0.zeroTapTermsAccepted");
        row("flow id", with(base("media"), BT + ".4.flowId", "flow-id"), "wa.button.flow.id", BT + ".4.flowId");
        row("flow action", with(base("media"), BT + ".4.flowAction", "OPEN"), "wa.button.flow.action", BT + ".4.flowAction");
        row("flow screen", with(base("media"), BT + ".4.navigateScreen", QJsonValue::Undefined), "wa.button.flow.screen", BT + ".4.navigateScreen");
        const QString C = "details.components.1.cards";
        row("carousel no cards", with(base("carousel"), C, QJsonArray()), "wa.carousel.count", C);
        row("carousel one card", with(base("carousel"), C + ".1", QJsonValue::Undefined), "wa.carousel.few", C, false);
        QJsonArray cards = base("carousel").value("details").toObject().value("components").toArray().at(1).toObject().value("cards").toArray();
        while (cards.size() < 11)
            cards.append(cards.at(0));
        row("carousel eleven", with(base("carousel"), C, cards), "wa.carousel.count", C);
        row("carousel category", with(base("carousel"), "category", "UTILITY"), "wa.carousel.category", "category", false);
        row("carousel header top", with(base("carousel"), "details.components.2", QJsonObject{{"type", "HEADER"}, {"format", "TEXT"}, {"text", "Hi"}}), "wa.carousel.toplevel", "details.components.2");
        row("carousel footer top", with(base("carousel"), "details.components.2", QJsonObject{{"type", "FOOTER"}, {"text", "Bye"}}), "wa.carousel.toplevel", "details.components.2");
        row("carousel buttons top", with(base("carousel"), "details.components.2", QJsonObject{{"type", "BUTTONS"}, {"buttons", QJsonArray{QJsonObject{{"type", "QUICK_REPLY"}, {"text", "x"}}}}}), "wa.carousel.toplevel", "details.components.2");
        row("card header format", with(base("carousel"), C + ".0.components.0.format", "DOCUMENT"), "wa.card.header.format", C + ".0.components.0.format");
        row("card header missing", with(base("carousel"), C + ".0.components.0", QJsonValue::Undefined), "wa.card.header.required", C + ".0.components");
        row("card media example", with(base("carousel"), C + ".1.components.0.example", QJsonValue::Undefined), "wa.media.example", C + ".1.components.0.example.url");
        row("card body long", with(base("carousel"), C + ".0.components.1.text", QString(161, 'c')), "wa.card.body.length", C + ".0.components.1.text");
        row("card body missing", with(base("carousel"), C + ".0.components.1.text", QJsonValue::Undefined), "wa.card.body.required", C + ".0.components.1.text");
        row("card three buttons", with(base("carousel"), C + ".0.components.2.buttons.2", QJsonObject{{"type", "QUICK_REPLY"}, {"text", "More"}}), "wa.card.buttons.count", C + ".0.components.2.buttons");
        row("card button kind", with(base("carousel"), C + ".0.components.2.buttons.0", QJsonObject{{"type", "OTP"}, {"otpType", "COPY_CODE"}, {"text", "Copy"}}), "wa.card.buttons.kind", C + ".0.components.2.buttons.0.type");
        row("card structure", with(base("carousel"), C + ".1.components.0.format", "VIDEO"), "wa.card.structure", C + ".1");
        row("card button order", with(with(base("carousel"), C + ".1.components.2.buttons.0", QJsonObject{{"type", "URL"}, {"text", "Buy"}, {"url", "https://shop.example.com/2"}}), C + ".1.components.2.buttons.1", QJsonObject{{"type", "QUICK_REPLY"}, {"text", "Show me"}}), "wa.card.structure", C + ".1");
    }

    void rules()
    {
        QFETCH(QJsonObject, input);
        QFETCH(QString, rule);
        QFETCH(QString, path);
        QFETCH(bool, error);
        const auto findings = WhatsappTemplateRules::check(input, Mode::Submit);
        QVERIFY2(has(findings, rule, path, error ? Severity::Error : Severity::Warning), qPrintable(dump(findings)));
        for (const Finding &f : findings)
            QVERIFY2(!f.message.isEmpty() && f.message.endsWith('.'), qPrintable(f.message));
    }

    // Drafts skip what the contract marks "Not required for draft", and nothing else.
    void drafts()
    {
        QJsonObject draft = parse("{\"name\":\"draft_one\",\"language\":\"en_US\",\"category\":\"MARKETING\",\"details\":{\"components\":[]}}");
        QVERIFY2(WhatsappTemplateRules::check(draft, Mode::Draft).isEmpty(), qPrintable(dump(WhatsappTemplateRules::check(draft, Mode::Draft))));
        QVERIFY(has(WhatsappTemplateRules::check(draft, Mode::Submit), "wa.body.required", "details.components", Severity::Error));
        // A media header without its sample: fine in a draft.
        QJsonObject media = with(base("media"), "details.components.0.example", QJsonValue::Undefined);
        QVERIFY(!has(WhatsappTemplateRules::check(media, Mode::Draft), "wa.media.example", "details.components.0.example.url", Severity::Error));
        // Names and lengths stay required in a draft.
        QVERIFY(has(WhatsappTemplateRules::check(with(draft, "name", "Bad Name"), Mode::Draft), "wa.name.pattern", "name", Severity::Error));
        QVERIFY(has(WhatsappTemplateRules::check(with(base("text"), "details.components.2.text", QString(61, 'f')), Mode::Draft),
                    "wa.footer.length", "details.components.2.text", Severity::Error));
        // FLOW text stays required in a draft.
        QVERIFY(has(WhatsappTemplateRules::check(with(base("media"), "details.components.2.buttons.4.text", ""), Mode::Draft),
                    "wa.button.text.required", "details.components.2.buttons.4.text", Severity::Error));
    }

    // PATCH of a template on the server (TEMPLATE-RULES.md, WhatsApp `category`: "PATCH may
    // change `category` only while the template is a draft or was rejected with
    // INCORRECT_CATEGORY"); name and language name the template.
    void edits_data()
    {
        QTest::addColumn<QJsonObject>("server");
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<QString>("rule"); // empty: nothing fires
        QTest::addColumn<QString>("path");
        const QJsonObject input = base("text"); // UTILITY
        const QJsonObject marketing = with(input, "category", "MARKETING");
        auto server = [&](const char *json) {
            QJsonObject s = parse(json);
            s.insert("name", input.value("name"));
            s.insert("language", input.value("language"));
            s.insert("details", input.value("details"));
            if (!s.contains("category"))
                s.insert("category", "UTILITY");
            return s;
        };
        const QJsonObject draft = server("{\"changes\":{\"status\":\"DRAFT\"}}");
        const QJsonObject draftRejectedCategory = server("{\"changes\":{\"status\":\"REJECTED\"},\"rejectionCode\":\"INCORRECT_CATEGORY\"}");
        const QJsonObject approved = server("{\"state\":\"APPROVED\"}");
        const QJsonObject approvedPending = server("{\"state\":\"APPROVED\",\"changes\":{\"status\":\"DRAFT\"}}");
        const QJsonObject rejectedCategory = server("{\"state\":\"APPROVED\",\"changes\":{\"status\":\"REJECTED\"},\"rejectionCode\":\"INCORRECT_CATEGORY\"}");
        const QJsonObject rejectedCategoryThenDraft = server("{\"state\":\"APPROVED\",\"changes\":{\"status\":\"DRAFT\"},\"rejectionCode\":\"INCORRECT_CATEGORY\"}");
        const QJsonObject rejectedFormat = server("{\"state\":\"APPROVED\",\"changes\":{\"status\":\"REJECTED\"},\"rejectionCode\":\"INVALID_FORMAT\"}");
        const QJsonObject rejectedNone = server("{\"state\":\"REJECTED\",\"changes\":{\"status\":\"REJECTED\"},\"rejectionCode\":\"NONE\"}");
        const QJsonObject paused = server("{\"state\":\"PAUSED\"}");
        const QString none;
        // Firing.
        QTest::newRow("approved: category") << approved << marketing << QStringLiteral("wa.edit.category") << QStringLiteral("category");
        QTest::newRow("approved with pending changes: category") << approvedPending << marketing << QStringLiteral("wa.edit.category") << QStringLiteral("category");
        QTest::newRow("rejected INVALID_FORMAT: category") << rejectedFormat << marketing << QStringLiteral("wa.edit.category") << QStringLiteral("category");
        QTest::newRow("rejected NONE: category") << rejectedNone << marketing << QStringLiteral("wa.edit.category") << QStringLiteral("category");
        QTest::newRow("paused: category") << paused << with(input, "category", "AUTHENTICATION") << QStringLiteral("wa.edit.category") << QStringLiteral("category");
        QTest::newRow("draft: name") << draft << with(input, "name", "order_update_v2") << QStringLiteral("wa.edit.name") << QStringLiteral("name");
        QTest::newRow("approved: language") << approved << with(input, "language", "de") << QStringLiteral("wa.edit.language") << QStringLiteral("language");
        // Not firing.
        QTest::newRow("draft: category") << draft << marketing << none << none;
        QTest::newRow("never approved, rejected INCORRECT_CATEGORY") << draftRejectedCategory << marketing << none << none;
        QTest::newRow("rejected INCORRECT_CATEGORY: category") << rejectedCategory << marketing << none << none;
        QTest::newRow("INCORRECT_CATEGORY fix saved as a draft") << rejectedCategoryThenDraft << marketing << none << none;
        QTest::newRow("approved: same category") << approved << input << none << none;
        QTest::newRow("approved: body edited") << approvedPending << with(input, "details.components.1.text", "Hi {{1}}, order {{2}} is on its way today.") << none << none;
        QTest::newRow("new template (no server version)") << QJsonObject() << marketing << none << none;
        QTest::newRow("input without name and language (a PATCH body)") << approved
            << with(with(input, "name", QJsonValue::Undefined), "language", QJsonValue::Undefined) << none << none;
    }

    void edits()
    {
        QFETCH(QJsonObject, server);
        QFETCH(QJsonObject, input);
        QFETCH(QString, rule);
        QFETCH(QString, path);
        const QList<Finding> findings = WhatsappTemplateRules::checkEdit(input, server);
        if (rule.isEmpty()) {
            QVERIFY2(findings.isEmpty(), qPrintable(dump(findings)));
            QCOMPARE(WhatsappTemplateRules::categoryMayChange(server),
                     server.isEmpty() || !server.contains("state") || server.value("rejectionCode") == "INCORRECT_CATEGORY");
            return;
        }
        QCOMPARE(findings.size(), 1);
        QVERIFY2(has(findings, rule, path, Severity::Error), qPrintable(dump(findings)));
        const QString message = findings.first().message;
        QVERIFY2(message.endsWith('.'), qPrintable(message));
        // The message says how to fix it: back to the server's value, or a new template.
        QVERIFY2(message.contains(server.value(path).toString()), qPrintable(message));
        QVERIFY2(message.contains("set it back"), qPrintable(message));
        if (rule == "wa.edit.category")
            QVERIFY2(message.contains("new template") && message.contains("INCORRECT_CATEGORY"), qPrintable(message));
    }

    // The rules that need the project: name + language unique (error), a name deleted
    // less than 30 days ago (warning, saying when it can be reused).
    void inProject_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<int>("deletedDaysAgo"); // -1: order_update never deleted
        QTest::addColumn<QString>("rule");       // empty: nothing fires
        QTest::addColumn<bool>("error");
        auto t = [](const char *name, const char *language) {
            return QJsonObject{{"name", name}, {"language", language}, {"category", "UTILITY"}};
        };
        const QString none;
        // Firing.
        QTest::newRow("same name + language") << t("order_update", "EN_US") << -1 << QStringLiteral("wa.name.unique") << true;
        QTest::newRow("deleted today") << t("order_update", "DE") << 0 << QStringLiteral("wa.name.deleted") << false;
        QTest::newRow("deleted 29 days ago") << t("order_update", "DE") << 29 << QStringLiteral("wa.name.deleted") << false;
        // Not firing.
        QTest::newRow("same name, other language") << t("order_update", "DE") << -1 << none << false;
        QTest::newRow("other name, same language") << t("order_update_v2", "EN_US") << -1 << none << false;
        QTest::newRow("name differs in case only from a deleted one") << t("Order_update", "DE") << 3 << none << false;
        QTest::newRow("deleted 30 days ago") << t("order_update", "DE") << 30 << none << false;
        QTest::newRow("deleted 45 days ago") << t("order_update", "DE") << 45 << none << false;
        QTest::newRow("no name yet") << t("", "EN_US") << 0 << none << false;
    }

    void inProject()
    {
        QFETCH(QJsonObject, input);
        QFETCH(int, deletedDaysAgo);
        QFETCH(QString, rule);
        QFETCH(bool, error);
        ProjectTemplates project;
        project.today = QDate(2026, 3, 31);
        project.existing = {ProjectTemplates::key("order_update", "EN_US"), ProjectTemplates::key("order_update", "ES_ES"),
                            ProjectTemplates::key("welcome", "EN_US")};
        if (deletedDaysAgo >= 0)
            project.deletedOn.insert("order_update", project.today.addDays(-deletedDaysAgo));
        const QList<Finding> findings = WhatsappTemplateRules::checkInProject(input, project);
        if (rule.isEmpty()) {
            QVERIFY2(findings.isEmpty(), qPrintable(dump(findings)));
            return;
        }
        QCOMPARE(findings.size(), 1);
        QVERIFY2(has(findings, rule, "name", error ? Severity::Error : Severity::Warning), qPrintable(dump(findings)));
        const QString message = findings.first().message;
        QVERIFY2(message.endsWith('.'), qPrintable(message));
        QVERIFY2(message.contains(input.value("name").toString()), qPrintable(message));
        if (rule == "wa.name.unique")
            QVERIFY2(message.contains("EN_US"), qPrintable(message));
        else // when it can be reused: 30 days after the deletion
            QVERIFY2(message.contains(project.today.addDays(30 - deletedDaysAgo).toString(Qt::ISODate)), qPrintable(message));
    }

    void inProjectBoth()
    {
        ProjectTemplates project;
        project.today = QDate(2026, 3, 31);
        project.existing = {ProjectTemplates::key("promo", "EN_US")};
        project.deletedOn.insert("promo", project.today.addDays(-2));
        const QList<Finding> findings
            = WhatsappTemplateRules::checkInProject(QJsonObject{{"name", "promo"}, {"language", "EN_US"}}, project);
        QCOMPARE(findings.size(), 2);
        QVERIFY(hasErrors(findings));
        // Without a today the rules use the current date.
        project.today = QDate();
        project.deletedOn.insert("promo", QDate::currentDate().addDays(-29));
        QCOMPARE(WhatsappTemplateRules::checkInProject(QJsonObject{{"name", "promo"}, {"language", "DE"}}, project).size(), 1);
        project.deletedOn.insert("promo", QDate::currentDate().addDays(-30));
        QVERIFY(WhatsappTemplateRules::checkInProject(QJsonObject{{"name", "promo"}, {"language", "DE"}}, project).isEmpty());
    }

    // The validator the editor uses for templates on the server adds the edit rules to
    // the ordinary ones, and a new template (no server version) gets none.
    void validatorForEdits()
    {
        const QJsonObject approved{{"state", "APPROVED"}, {"name", "order_update"}, {"language", "en_US"}, {"category", "UTILITY"}};
        const QJsonObject edited = with(base("text"), "category", "MARKETING");
        const auto edit = TemplateValidator::validateWhatsappEdit(edited, approved, Mode::Submit);
        QVERIFY2(has(edit, "wa.edit.category", "category", Severity::Error), qPrintable(dump(edit)));
        QCOMPARE(edit.size(), TemplateValidator::validateWhatsapp(edited, Mode::Submit).size() + 1);
        QCOMPARE(TemplateValidator::validateWhatsappEdit(edited, QJsonObject(), Mode::Submit),
                 TemplateValidator::validateWhatsapp(edited, Mode::Submit));
        QCOMPARE(TemplateValidator::validateWhatsappEdit(base("text"), approved, Mode::Draft),
                 TemplateValidator::validateWhatsapp(base("text"), Mode::Draft));
    }

    void helpers()
    {
        QCOMPARE(WhatsappTemplateRules::variables("a {{1}} b {{ 2 }} {{10}}"), (QList<int>{1, 2, 10}));
        QCOMPARE(WhatsappTemplateRules::ttlRange("UTILITY"), (QPair<int, int>(30, 43200)));
        QCOMPARE(WhatsappTemplateRules::defaultTtl("AUTHENTICATION"), 600);
        QVERIFY(WhatsappTemplateRules::isRestrictedDomain(QUrl("https://cdn.fbcdn.net/x")));
        QVERIFY(!WhatsappTemplateRules::isRestrictedDomain(QUrl("https://notfacebook.com/x")));
        QVERIFY(WhatsappTemplateRules::isRestrictedDomain(QUrl("https://WA.ME/123")));
        QVERIFY(WhatsappTemplateRules::isRestrictedDomain(QUrl("https://a.b.whatsapp.com")));
        QVERIFY(!WhatsappTemplateRules::isRestrictedDomain(QUrl("https://notwa.me/")));
        QVERIFY(!WhatsappTemplateRules::isRestrictedDomain(QUrl("https://me/")));
        QVERIFY(!WhatsappTemplateRules::isRestrictedDomain(QUrl("https://facebook.com.example.org/")));
        // Text without "{{" has no variables (its regular expression is not run).
        QVERIFY(WhatsappTemplateRules::variables("Reply STOP {1} { {2}} }}").isEmpty());
        QCOMPARE(WhatsappTemplateRules::variables("{{{1}}"), (QList<int>{1}));
    }
};

QTEST_GUILESS_MAIN(TestWhatsappTemplateRules)
#include "tst_whatsapptemplaterules.moc"
