#include "senderrules.h"

#include "contractlimits.h"
#include "findingcollector.h"
#include "mediatype.h"

#include "api/contract.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace sinch::rules {

namespace {

const QString kDetails = QStringLiteral("details");
constexpr int kShortestPhone = 8; // digits, country code included

bool isGiven(const QJsonValue &v)
{
    return !(v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()));
}

// "Top level category code, must consist of 3 digits (e.g. 001)." -> 3.
int digitsOf(const QString &description)
{
    static const QRegularExpression re(QStringLiteral("consist of (\\d+) digits"));
    const QRegularExpressionMatch m = re.match(description);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QStringList mimeTypesIn(const QString &description)
{
    static const QRegularExpression re(QStringLiteral("`(image/[a-z0-9.+-]+)`"));
    QStringList out;
    for (auto it = re.globalMatch(description); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && !text.contains(QLatin1Char(' '))
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

QString SenderRules::schemaOf(Channel channel, Request request)
{
    if (channel == Channel::Whatsapp)
        return request == Request::Create ? QStringLiteral("WhatsappSenderInputOboDtoDeprecated")
                                          : QStringLiteral("WhatsappUpdateSenderInputDto");
    return request == Request::Create ? QStringLiteral("KakaotalkInputSenderDto") : QStringLiteral("KakaotalkInputUpdateSenderDto");
}

QString SenderRules::detailsSchemaOf(Channel channel, Request request)
{
    if (channel == Channel::Whatsapp)
        return request == Request::Create ? QStringLiteral("WhatsappSenderInputOboDetailsDto")
                                          : QStringLiteral("WhatsappUpdateSenderInputDetailsDto");
    return request == Request::Create ? QStringLiteral("KakaotalkInputSenderDetailsDto")
                                      : QStringLiteral("KakaotalkInputUpdateSenderDetailsDto");
}

QString SenderRules::label(const QString &field)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("displayName"), QT_TR_NOOP("Display name")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("vertical"), QT_TR_NOOP("Business category")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("websiteOne"), QT_TR_NOOP("Website")},
        {QStringLiteral("websiteTwo"), QT_TR_NOOP("Second website")},
        {QStringLiteral("about"), QT_TR_NOOP("About")},
        {QStringLiteral("photoUrl"), QT_TR_NOOP("Profile photo URL")},
        {QStringLiteral("countryCode"), QT_TR_NOOP("Country code")},
        {QStringLiteral("phoneNumber"), QT_TR_NOOP("Phone number")},
        {QStringLiteral("phoneNumberProvider"), QT_TR_NOOP("Number provided by")},
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("metaLocalStorage"), QT_TR_NOOP("Meta local storage")},
        {QStringLiteral("plusFriendId"), QT_TR_NOOP("Search ID")},
        {QStringLiteral("adminPhoneNo"), QT_TR_NOOP("Admin phone number")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("logoImage"), QT_TR_NOOP("Logo URL")},
        {QStringLiteral("topLevelCategoryCode"), QT_TR_NOOP("Category")},
        {QStringLiteral("midLevelCategoryCode"), QT_TR_NOOP("Category (second level)")},
        {QStringLiteral("subLevelCategoryCode"), QT_TR_NOOP("Category (third level)")},
    };
    const char *w = words.value(field);
    return w ? tr(w) : field;
}

QStringList SenderRules::imageTypes(Channel channel, const QString &field)
{
    const QJsonObject props = ContractLimits::properties(detailsSchemaOf(channel, Request::Create));
    return mimeTypesIn(ContractLimits::property(props, field).value(QLatin1String("description")).toString());
}

QList<Finding> SenderRules::check(Channel channel, Request request, const QJsonObject &body, Mode mode)
{
    QList<Finding> out;
    checkObject(&out, body, schemaOf(channel, request), QString(), mode);
    if (request == Request::Create || body.contains(kDetails))
        checkObject(&out, body.value(kDetails).toObject(), detailsSchemaOf(channel, request), kDetails, mode);
    // The contract asks for no number, but the customer's own number is the one that gets the
    // verification code: without it there is nothing to register (Sinch can pick a number of
    // its own).
    if (channel == Channel::Whatsapp && request == Request::Create && mode == Mode::Submit
        && body.value(QLatin1String("phoneNumberProvider")).toString() == QLatin1String("CUSTOMER")
        && !isGiven(body.value(kDetails).toObject().value(QLatin1String("phoneNumber"))))
        out << Finding{kDetails + QStringLiteral(".phoneNumber"), Severity::Error,
                       tr("%1 is required with your own number: WhatsApp sends the verification code to it.")
                           .arg(label(QStringLiteral("phoneNumber"))),
                       QStringLiteral("sender.customerNumber"), QString()};
    // A category is chosen as a whole: the three codes go together or not at all.
    if (channel == Channel::Kakaotalk) {
        const QJsonObject d = body.value(kDetails).toObject();
        const bool top = isGiven(d.value(QLatin1String("topLevelCategoryCode")));
        const bool sub = isGiven(d.value(QLatin1String("subLevelCategoryCode")));
        if (top != sub)
            out << Finding{QStringLiteral("details.topLevelCategoryCode"), Severity::Error,
                           tr("Choose the category down to its third level."), QStringLiteral("sender.category.partial"),
                           QString()};
    }
    return out;
}

void SenderRules::checkObject(QList<Finding> *out, const QJsonObject &object, const QString &schemaName,
                              const QString &base, Mode mode)
{
    const QJsonObject schema = Contract::schema(schemaName);
    const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
    QStringList required;
    for (const QJsonValue &r : schema.value(QLatin1String("required")).toArray())
        required << r.toString();
    for (auto it = props.constBegin(); it != props.constEnd(); ++it) {
        const QString &field = it.key();
        const QJsonObject p = ContractLimits::property(props, field);
        const QString path = FindingCollector::at(base, field);
        const QJsonValue v = object.value(field);
        if (!isGiven(v)) {
            const bool draftSkips = p.value(QLatin1String("description")).toString().contains(QLatin1String("Not required for draft"));
            if (required.contains(field) && p.value(QLatin1String("type")).toString() != QLatin1String("object")
                && !(mode == Mode::Draft && draftSkips))
                *out << Finding{path, Severity::Error, tr("%1 is required.").arg(label(field)),
                                QStringLiteral("sender.required"), QString()};
            continue;
        }
        if (v.isString())
            checkValue(out, path, field, v.toString(), p);
    }
}

void SenderRules::checkValue(QList<Finding> *out, const QString &path, const QString &field, const QString &value,
                             const QJsonObject &p)
{
    const auto add = [&](const QString &message, const char *rule) {
        *out << Finding{path, Severity::Error, message, QLatin1String(rule), QString()};
    };
    const QString name = label(field);
    const int min = ContractLimits::intOf(p, "minLength", 0);
    const int max = ContractLimits::intOf(p, "maxLength", -1);
    if (max >= 0 && value.size() > max)
        add(tr("%1 is %2 characters long; at most %3 are allowed.").arg(name).arg(value.size()).arg(max), "sender.length");
    else if (value.size() < min)
        add(tr("%1 needs at least %n character(s).", nullptr, min).arg(name), "sender.length");
    const QStringList values = ContractLimits::enumOf(p);
    if (!values.isEmpty() && !values.contains(value))
        add(tr("%1: “%2” is not one of %3.").arg(name, value, values.join(QLatin1String(", "))), "sender.enum");

    const QString format = p.value(QLatin1String("format")).toString();
    const QString description = p.value(QLatin1String("description")).toString();
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9]+$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (format == QLatin1String("email") && !email.match(value).hasMatch())
        add(tr("%1 is not an email address: write it as name@example.com.").arg(name), "sender.email");
    else if (format == QLatin1String("url") && !isWebUrl(value))
        add(tr("%1 is not a web address: write it in full, e.g. https://example.com.").arg(name), "sender.url");
    else if (format == QLatin1String("phone number") && !phone.match(value).hasMatch())
        add(tr("%1: digits only, with the country code and an optional leading +, e.g. +821012345678.").arg(name),
            "sender.phone");
    else if (const qsizetype n = value.size() - value.startsWith(QLatin1Char('+')); format == QLatin1String("phone number") && n < kShortestPhone)
        // Valid for the contract (1 to 15 characters), but no phone with its country code is
        // that short: most likely the number is cut or lacks its country code.
        *out << Finding{path, Severity::Warning,
                        tr("%1 has only %n digit(s); with its country code a phone number has at least 8, e.g. +821012345678.",
                           nullptr, int(n)).arg(name),
                        QStringLiteral("sender.phone.short"), QString()};
    else if (format == QLatin1String("numeric phone number") && !digits.match(value).hasMatch())
        add(tr("%1: digits only, without the country code, spaces or dashes.").arg(name), "sender.phone");
    else if (format == QLatin1String("country code") && !(digits.match(value).hasMatch() && value.size() <= 3))
        add(tr("%1: the country's calling code in digits, without + (49 for Germany, 44 for the UK).").arg(name),
            "sender.countryCode");
    if (const int n = digitsOf(description); n > 0 && !(digits.match(value).hasMatch() && value.size() == n))
        add(tr("%1: the code must have exactly %2 digits.").arg(name).arg(n), "sender.code");
    const QStringList types = mimeTypesIn(description);
    if (!types.isEmpty() && format == QLatin1String("url") && isWebUrl(value)) {
        const QString type = MediaType::typeOf(value);
        if (type.isEmpty())
            *out << Finding{path, Severity::Warning,
                            tr("%1: the address does not say the image's type; it must be one of %2.")
                                .arg(name, types.join(QLatin1String(", "))),
                            QStringLiteral("sender.imageType.unknown"), QString()};
        else if (!types.contains(type))
            add(tr("%1: a %2 file; the image must be one of %3.").arg(name, type, types.join(QLatin1String(", "))),
                "sender.imageType");
    }
}

} // namespace sinch::rules
