#include "kakaotalktemplaterules.h"

#include "domain/kakaotalktemplateview.h"

#include "contractlimits.h"
#include "findingcollector.h"
#include "mediatype.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace sinch::rules {

namespace {

using Limits = KakaotalkTemplateRules::Limits;
using Range = KakaotalkTemplateRules::Range;

const QString kDetails = QStringLiteral("details");
const QLatin1String kWebLink("WEB_LINK");
const QLatin1String kAppLink("APP_LINK");
const QLatin1String kChannelAdded("CHANNEL_ID_ADDED");
const QLatin1String kEmphasizeNone("EMPHASIZE_TYPE_NONE");
const QLatin1String kEmphasizeText("EMPHASIZE_TYPE_TEXT");
const QLatin1String kEmphasizeImage("EMPHASIZE_TYPE_IMAGE");

QString at(const QString &key) { return FindingCollector::at(kDetails, key); }

Range rangeOf(const QJsonObject &props, const char *name, const char *minKey, const char *maxKey, Range fallback)
{
    const QJsonObject schema = ContractLimits::property(props, QLatin1String(name));
    return Range{ContractLimits::intOf(schema, minKey, fallback.min), ContractLimits::intOf(schema, maxKey, fallback.max)};
}

Range lengthOf(const QJsonObject &props, const char *name, Range fallback)
{
    return rangeOf(props, name, "minLength", "maxLength", fallback);
}

Limits readLimits()
{
    Limits l;
    const QJsonObject details = ContractLimits::properties(QStringLiteral("KakaotalkInputTemplateDetailsDto"));
    l.name = lengthOf(details, "name", l.name);
    l.content = lengthOf(details, "content", l.content);
    l.title = lengthOf(details, "title", l.title);
    l.subtitle = lengthOf(details, "subtitle", l.subtitle);
    l.extra = lengthOf(details, "extra", l.extra);
    l.imageName = lengthOf(details, "imageName", l.imageName);
    l.categoryCode = lengthOf(details, "categoryCode", l.categoryCode);
    l.maxButtons = ContractLimits::intOf(ContractLimits::property(details, QStringLiteral("buttons")), "maxItems", l.maxButtons);
    l.languages = ContractLimits::enumOf(ContractLimits::property(details, QStringLiteral("language")));
    l.messageTypes = ContractLimits::enumOf(ContractLimits::property(details, QStringLiteral("messageType")));
    l.emphasizeTypes = ContractLimits::enumOf(ContractLimits::property(details, QStringLiteral("emphasizeType")));
    const QJsonObject button = ContractLimits::properties(QStringLiteral("KakaotalkInputButtonDto"));
    l.ordering = rangeOf(button, "ordering", "minimum", "maximum", l.ordering);
    l.buttonName = lengthOf(button, "name", l.buttonName);
    l.link = lengthOf(button, "linkMo", l.link);
    l.buttonTypes = ContractLimits::enumOf(ContractLimits::property(button, QStringLiteral("type")));
    return l;
}

// A text field that may be absent but, when present, has a length range (the contract's
// minLength 1 means "absent rather than empty").
void checkLength(FindingCollector &c, const QString &path, const QString &value, Range range, const char *rule)
{
    if (value.size() > range.max)
        c.error(path, rule, KakaotalkTemplateRules::tr("At most %1 characters are allowed; this has %2.").arg(range.max).arg(value.size()));
}

void checkEnum(FindingCollector &c, const QString &path, const QJsonValue &value, const QStringList &allowed, const char *rule)
{
    if (value.isUndefined() || value.isNull() || allowed.isEmpty())
        return;
    if (!allowed.contains(value.toString()))
        c.error(path, rule, KakaotalkTemplateRules::tr("\"%1\" is not one of %2.").arg(value.toString(), allowed.join(QStringLiteral(", "))));
}

// #{name} variables: an opening "#{" must close, names are not empty, and WhatsApp's {{1}}
// is not a KakaoTalk variable (it would be sent as literal text).
void checkVariables(FindingCollector &c, const QString &path, const QString &text)
{
    // Its length is reported; scanning megabytes for variables would only freeze the editor.
    if (text.size() > ContractLimits::kLongestWorkedText)
        return;
    static const QRegularExpression unclosed(QStringLiteral("#\\{[^}]*($|#\\{)"));
    static const QRegularExpression empty(QStringLiteral("#\\{\\s*\\}"));
    static const QRegularExpression whatsapp(QStringLiteral("\\{\\{\\s*\\w*\\s*\\}\\}"));
    if (unclosed.match(text).hasMatch())
        c.error(path, "kt.variables.unclosed", KakaotalkTemplateRules::tr("A variable is not closed: write it as #{name}."));
    if (empty.match(text).hasMatch())
        c.error(path, "kt.variables.empty", KakaotalkTemplateRules::tr("A variable has no name: write it as #{name}, e.g. #{customer}."));
    const auto m = whatsapp.match(text);
    if (m.hasMatch())
        c.error(path, "kt.variables.syntax",
                KakaotalkTemplateRules::tr("%1 is not a KakaoTalk variable: write variables as #{name}, e.g. #{customer}.").arg(m.captured(0)));
}

bool isHttpUrl(const QString &link)
{
    const QUrl u(link, QUrl::StrictMode);
    return u.isValid() && !u.host().isEmpty()
        && (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http"));
}

void checkButtons(FindingCollector &c, const QJsonArray &buttons, const Limits &l)
{
    const QString listPath = at(QStringLiteral("buttons"));
    if (buttons.size() > l.maxButtons)
        c.error(listPath, "kt.buttons.count",
                KakaotalkTemplateRules::tr("At most %1 buttons are allowed; remove %2.").arg(l.maxButtons).arg(buttons.size() - l.maxButtons));
    QHash<int, int> orderingSeen;
    QHash<QString, int> typeSeen;
    for (int i = 0; i < buttons.size(); ++i) {
        const QJsonObject b = buttons.at(i).toObject();
        const QString bp = FindingCollector::at(listPath, i);
        const auto field = [&bp](const char *key) { return FindingCollector::at(bp, QLatin1String(key)); };

        // ordering and type stay required in a draft (TEMPLATE-RULES.md).
        const QJsonValue ordering = b.value(QLatin1String("ordering"));
        if (!ordering.isDouble()) {
            c.error(field("ordering"), "kt.button.ordering.required", KakaotalkTemplateRules::tr("Give the button its position, %1 to %2.").arg(l.ordering.min).arg(l.ordering.max));
        } else {
            const int n = ordering.toInt();
            if (n < l.ordering.min || n > l.ordering.max || ordering.toDouble() != n)
                c.error(field("ordering"), "kt.button.ordering.range", KakaotalkTemplateRules::tr("Positions are whole numbers from %1 to %2.").arg(l.ordering.min).arg(l.ordering.max));
            else if (orderingSeen.contains(n))
                c.error(field("ordering"), "kt.button.ordering.unique",
                        KakaotalkTemplateRules::tr("Button %1 already has position %2: each button needs its own.").arg(orderingSeen.value(n) + 1).arg(n));
            orderingSeen.insert(n, i);
        }

        const QString type = b.value(QLatin1String("type")).toString();
        if (type.isEmpty()) {
            c.error(field("type"), "kt.button.type.required", KakaotalkTemplateRules::tr("Choose what the button does."));
        } else if (!l.buttonTypes.isEmpty() && !l.buttonTypes.contains(type)) {
            checkEnum(c, field("type"), type, l.buttonTypes, "kt.button.type.unknown");
        } else if (typeSeen.contains(type)) {
            // The contract: "Field 'type' must have unique values across items".
            c.error(field("type"), "kt.button.type.unique",
                    KakaotalkTemplateRules::tr("Button %1 is already a “%2” button: a template has at most one button of each kind.")
                        .arg(typeSeen.value(type) + 1).arg(KakaotalkTemplateView::buttonTypeWord(type)));
        } else {
            typeSeen.insert(type, i);
        }

        const QString name = b.value(QLatin1String("name")).toString();
        if (name.isEmpty()) {
            if (c.submit())
                c.error(field("name"), "kt.button.name.required", KakaotalkTemplateRules::tr("Give the button a label."));
        } else if (name.size() > l.buttonName.max) {
            c.error(field("name"), "kt.button.name.length",
                    KakaotalkTemplateRules::tr("Button labels are at most %1 characters; this one has %2.").arg(l.buttonName.max).arg(name.size()));
        }

        int appLinks = 0;
        for (const char *key : {"linkMo", "linkPc", "schemeIos", "schemeAndroid"}) {
            const QJsonValue v = b.value(QLatin1String(key));
            if (v.isUndefined() || v.isNull())
                continue;
            const QString link = v.toString();
            if (link.size() < l.link.min || link.size() > l.link.max)
                c.error(field(key), "kt.button.link.length", KakaotalkTemplateRules::tr("Links are %1 to %2 characters; this one has %3.").arg(l.link.min).arg(l.link.max).arg(link.size()));
            else if (!isHttpUrl(link))
                // Every link of the create request is a URL in the contract, the app links
                // too. A variable is what makes most such links fail: said so, rather than
                // "not https" of one that starts with it. Named as the form labels it.
                c.error(field(key), "kt.button.link.invalid",
                        (link.contains(QLatin1String("#{"))
                             ? KakaotalkTemplateRules::tr("%1: a link cannot hold a variable (#{…}); enter the full web address.")
                             : KakaotalkTemplateRules::tr("%1: enter a full web address starting with https://."))
                            .arg(KakaotalkTemplateView::linkWord(QLatin1String(key))));
            if (qstrcmp(key, "linkPc") != 0 && !link.isEmpty())
                ++appLinks;
        }
        if (type == kWebLink && b.value(QLatin1String("linkMo")).toString().isEmpty())
            c.error(field("linkMo"), "kt.button.weblink.mobile", KakaotalkTemplateRules::tr("A web link button needs its mobile link: the web address it opens on phones."));
        if (type == kAppLink && appLinks < KakaotalkTemplateRules::kAppLinksNeeded)
            c.error(bp, "kt.button.applink.links",
                    KakaotalkTemplateRules::tr("An app link button needs at least %1 of the mobile link, the iOS app link and the Android app link; the PC link does not count.")
                        .arg(KakaotalkTemplateRules::kAppLinksNeeded));
    }
}

// Content that reads like a one-time code: Kakao shows security messages only on the main
// device, so such content without securityFlag is a known rejection risk.
bool looksLikeCode(const QString &content)
{
    static const QRegularExpression code(QStringLiteral("\\b(otp|one[- ]time|verification code|security code|passcode|auth(entication)? code)\\b|인증\\s*번호|인증\\s*코드"),
                                         QRegularExpression::CaseInsensitiveOption);
    return code.match(content).hasMatch();
}

} // namespace

const KakaotalkTemplateRules::Limits &KakaotalkTemplateRules::limits()
{
    static const Limits l = readLimits();
    return l;
}

QStringList KakaotalkTemplateRules::variables(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("#\\{([^{}#]+)\\}"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(1).trimmed();
    return out;
}

QList<Finding> KakaotalkTemplateRules::check(const QJsonObject &input, Mode mode)
{
    FindingCollector c(mode);
    const Limits &l = limits();
    if (!input.value(kDetails).isObject()) {
        c.error(kDetails, "kt.details.required", tr("The template has no details: add at least a name, a language and the content."));
        return c.out;
    }
    const QJsonObject d = input.value(kDetails).toObject();
    const auto text = [&d](const char *key) { return d.value(QLatin1String(key)).toString(); };

    // name and language stay required in a draft; content is "Not required for draft".
    const QString name = text("name");
    if (name.trimmed().isEmpty())
        c.error(at(QStringLiteral("name")), "kt.name.required", tr("Give the template a name."));
    else if (name.size() > l.name.max)
        c.error(at(QStringLiteral("name")), "kt.name.length", tr("Names are at most %1 characters; this one has %2.").arg(l.name.max).arg(name.size()));
    if (text("language").isEmpty())
        c.error(at(QStringLiteral("language")), "kt.language.required", tr("Choose the template's language."));
    else
        checkEnum(c, at(QStringLiteral("language")), d.value(QLatin1String("language")), l.languages, "kt.language.unknown");

    const QString content = text("content");
    if (content.trimmed().isEmpty()) {
        if (c.submit())
            c.error(at(QStringLiteral("content")), "kt.content.required", tr("Write the message text."));
    } else if (content.size() > l.content.max) {
        c.error(at(QStringLiteral("content")), "kt.content.length",
                tr("The text is at most %1 characters; this one has %2.").arg(l.content.max).arg(content.size()));
    }
    checkVariables(c, at(QStringLiteral("content")), content);

    const QString title = text("title"), subtitle = text("subtitle"), extra = text("extra");
    const QString imageName = text("imageName"), imageUrl = text("imageUrl");
    checkLength(c, at(QStringLiteral("title")), title, l.title, "kt.title.length");
    checkLength(c, at(QStringLiteral("subtitle")), subtitle, l.subtitle, "kt.subtitle.length");
    checkLength(c, at(QStringLiteral("extra")), extra, l.extra, "kt.extra.length");
    checkLength(c, at(QStringLiteral("imageName")), imageName, l.imageName, "kt.imageName.length");
    if (title.size() > kTitleLineChars * kTitleLines && title.size() <= l.title.max)
        c.warning(at(QStringLiteral("title")), "kt.title.cut",
                  tr("Phones show about %1 characters of a title (%2 lines); the rest is cut off.").arg(kTitleLineChars * kTitleLines).arg(kTitleLines));
    if (subtitle.size() > kSubtitleShown && subtitle.size() <= l.subtitle.max)
        c.warning(at(QStringLiteral("subtitle")), "kt.subtitle.cut",
                  tr("Android phones show %1 characters of a subtitle; the rest is cut off.").arg(kSubtitleShown));

    const QJsonValue category = d.value(QLatin1String("categoryCode"));
    if (!category.isUndefined() && !category.isNull()) {
        const QString code = category.toString();
        if (code.size() < l.categoryCode.min || code.size() > l.categoryCode.max)
            c.error(at(QStringLiteral("categoryCode")), "kt.categoryCode.length",
                    tr("The category code is %1 to %2 characters, e.g. 999999; pick it from the template categories.").arg(l.categoryCode.min).arg(l.categoryCode.max));
    }

    // The message type: the extra-information kinds need `extra`; advertising kinds are
    // expected to let people add the channel.
    const QJsonArray buttons = d.value(QLatin1String("buttons")).toArray();
    const QString messageType = d.value(QLatin1String("messageType")).toString(QStringLiteral("BASIC"));
    checkEnum(c, at(QStringLiteral("messageType")), d.value(QLatin1String("messageType")), l.messageTypes, "kt.messageType.unknown");
    if ((messageType == QLatin1String("EXTRA_INFORMATION") || messageType == QLatin1String("MIXED")) && extra.isEmpty())
        c.error(at(QStringLiteral("extra")), "kt.extra.required",
                tr("“%1” templates need the additional information.").arg(KakaotalkTemplateView::messageTypeWord(messageType)));
    if (messageType == QLatin1String("AD_INCLUDED") || messageType == QLatin1String("MIXED")) {
        bool channelButton = false;
        for (const QJsonValue &b : buttons)
            channelButton = channelButton || b.toObject().value(QLatin1String("type")).toString() == kChannelAdded;
        if (!channelButton)
            c.warning(at(QStringLiteral("buttons")), "kt.ad.channelButton",
                      tr("Advertising templates are expected to have an “%1” button; Kakao may reject the template without it.")
                          .arg(KakaotalkTemplateView::buttonTypeWord(kChannelAdded)));
    }

    // The emphasis: what it needs, and what it hides.
    const QString emphasize = d.value(QLatin1String("emphasizeType")).toString(kEmphasizeNone);
    checkEnum(c, at(QStringLiteral("emphasizeType")), d.value(QLatin1String("emphasizeType")), l.emphasizeTypes, "kt.emphasizeType.unknown");
    if (emphasize == kEmphasizeText) {
        // A finding a field, each saying which: one message twice read as a repeat.
        if (text("title").isEmpty())
            c.error(at(QStringLiteral("title")), "kt.emphasize.text", tr("An emphasized-text template needs a title."));
        if (text("subtitle").isEmpty())
            c.error(at(QStringLiteral("subtitle")), "kt.emphasize.text", tr("An emphasized-text template needs a subtitle."));
    } else if (emphasize == kEmphasizeImage) {
        if (text("imageName").isEmpty())
            c.error(at(QStringLiteral("imageName")), "kt.emphasize.image", tr("An image template needs the image's name."));
        if (text("imageUrl").isEmpty())
            c.error(at(QStringLiteral("imageUrl")), "kt.emphasize.image", tr("An image template needs the image's URL."));
        if (!imageUrl.isEmpty() && MediaType::fits(QStringLiteral("IMAGE"), imageUrl) == MediaType::Wrong)
            c.error(at(QStringLiteral("imageUrl")), "kt.image.type",
                    tr("Use a JPEG or PNG image of up to 500 KB, at least 500×250 pixels, in a 2:1 ratio."));
    } else if (emphasize == kEmphasizeNone) {
        // Each names its field, as the ones above do: four of one sentence read as a repeat.
        const struct { const char *key; const char *what; } hidden[] = {
            {"title", QT_TR_NOOP("The title")},
            {"subtitle", QT_TR_NOOP("The subtitle")},
            {"imageName", QT_TR_NOOP("The image's name")},
            {"imageUrl", QT_TR_NOOP("The image's URL")},
        };
        for (const auto &h : hidden)
            if (!text(h.key).isEmpty())
                c.warning(at(QLatin1String(h.key)), "kt.emphasize.none.hidden",
                          tr("%1 is not shown without emphasis: choose text or image emphasis, or remove it.").arg(tr(h.what)));
    }

    if (!d.value(QLatin1String("securityFlag")).toBool() && looksLikeCode(content))
        c.warning(at(QStringLiteral("securityFlag")), "kt.security.flag",
                  tr("The text looks like a one-time code: set the security flag so it shows only on the main device."));

    checkButtons(c, buttons, l);
    return c.out;
}

} // namespace sinch::rules
