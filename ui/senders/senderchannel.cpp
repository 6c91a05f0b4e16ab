#include "senderchannel.h"

#include "api/apiclient.h"
#include "domain/enumtext.h"
#include "rules/contractlimits.h"
#include "services/kakaotalksenderservice.h"
#include "services/whatsappsenderservice.h"

namespace sinch::ui {

namespace {

const QString kDetails = QStringLiteral("details");

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList enumOf(const QString &schema, const QString &field)
{
    return rules::ContractLimits::enumOf(rules::ContractLimits::property(rules::ContractLimits::properties(schema), field));
}

} // namespace

SenderChannel::SenderChannel(Channel channel, ApiClient *client, const QString &projectKey)
    : m_channel(channel)
    , m_client(client)
    , m_projectKey(projectKey)
{
}

rules::SenderRules::Channel SenderChannel::rulesChannel() const
{
    return m_channel == Channel::Whatsapp ? rules::SenderRules::Channel::Whatsapp : rules::SenderRules::Channel::Kakaotalk;
}

QString SenderChannel::idOf(const QJsonObject &sender) const
{
    return text(sender, m_channel == Channel::Whatsapp ? "id" : "plusFriendId");
}

QString SenderChannel::titleOf(const QJsonObject &sender) const
{
    const QJsonObject live = sender.value(kDetails).toObject();
    const QJsonObject pending = sender.value(QLatin1String("changes")).toObject().value(kDetails).toObject();
    const char *nameKey = m_channel == Channel::Whatsapp ? "displayName" : "name";
    for (const QJsonObject &o : {live, pending})
        if (!text(o, nameKey).isEmpty())
            return text(o, nameKey);
    return m_channel == Channel::Whatsapp ? SenderNextStep::phoneOf(m_channel, sender) : idOf(sender);
}

QList<QPair<QString, QString>> SenderChannel::shownFields() const
{
    using rules::SenderRules;
    QList<QPair<QString, QString>> out;
    if (m_channel == Channel::Whatsapp) {
        out.append({QStringLiteral("phone"), SenderRules::label(QStringLiteral("phoneNumber"))});
        for (const char *k : {"displayName", "vertical", "about", "description", "address", "email", "websiteOne",
                              "websiteTwo", "photoUrl"})
            out.append({kDetails + QLatin1Char('.') + QLatin1String(k), SenderRules::label(QLatin1String(k))});
        out.append({QStringLiteral("region"), SenderRules::label(QStringLiteral("region"))});
        out.append({QStringLiteral("qualityRating"), tr("Quality rating")});
        out.append({QStringLiteral("id"), tr("Sender ID")});
    } else {
        out.append({QStringLiteral("plusFriendId"), SenderRules::label(QStringLiteral("plusFriendId"))});
        for (const char *k : {"name", "adminPhoneNo", "topLevelCategoryCode", "logoImage"})
            out.append({kDetails + QLatin1Char('.') + QLatin1String(k), SenderRules::label(QLatin1String(k))});
    }
    return out;
}

QList<SenderChannel::FormField> SenderChannel::formFields(Request request) const
{
    using Kind = FormField::Kind;
    const QString top = rules::SenderRules::schemaOf(rulesChannel(), request);
    const QString details = rules::SenderRules::detailsSchemaOf(rulesChannel(), request);
    QList<FormField> out;
    const auto add = [&out](const QString &path, Kind kind, const QString &placeholder, const QStringList &choices = {},
                            const QString &hint = QString()) { out.append(FormField{path, kind, placeholder, choices, hint}); };
    if (m_channel == Channel::Whatsapp) {
        if (request == Request::Create) {
            add(QStringLiteral("phoneNumberProvider"), Kind::Choice, QString(), enumOf(top, QStringLiteral("phoneNumberProvider")),
                tr("%1: a number Sinch provides; %2: your own number, which must receive the code.")
                    .arg(EnumText::words(QStringLiteral("SINCH")), EnumText::words(QStringLiteral("CUSTOMER"))));
            add(QStringLiteral("details.countryCode"), Kind::Line, tr("49"));
            add(QStringLiteral("details.phoneNumber"), Kind::Line, tr("15123456789"),
                {}, tr("Digits only, without the country code."));
            add(QStringLiteral("region"), Kind::Choice, QString(), enumOf(top, QStringLiteral("region")));
            add(QStringLiteral("metaLocalStorage"), Kind::Choice, QString(), enumOf(top, QStringLiteral("metaLocalStorage")),
                tr("Optional: the country where Meta keeps the sender's data."));
        }
        add(QStringLiteral("details.displayName"), Kind::Line, tr("Acme Retail"),
            {}, tr("Shown to customers; Meta checks it against its display name guidelines."));
        add(QStringLiteral("details.vertical"), Kind::Choice, QString(), enumOf(details, QStringLiteral("vertical")));
        add(QStringLiteral("details.about"), Kind::Line, tr("Fresh bread every morning"));
        add(QStringLiteral("details.description"), Kind::Text, QString());
        add(QStringLiteral("details.address"), Kind::Line, tr("Hauptstraße 1, 10115 Berlin"));
        add(QStringLiteral("details.email"), Kind::Line, tr("support@example.com"));
        add(QStringLiteral("details.websiteOne"), Kind::Line, tr("https://example.com"));
        add(QStringLiteral("details.websiteTwo"), Kind::Line, tr("https://shop.example.com"));
        const QStringList types = rules::SenderRules::imageTypes(rulesChannel(), QStringLiteral("photoUrl"));
        add(QStringLiteral("details.photoUrl"), Kind::Line, tr("https://example.com/logo.png"), {},
            tr("A square image (%1).").arg(types.join(QLatin1String(", "))));
        if (request == Request::Create)
            add(QStringLiteral("saveDraftOnFailure"), Kind::Check, tr("Keep the sender as a draft if Meta refuses the submission"));
    } else {
        if (request == Request::Create)
            add(QStringLiteral("plusFriendId"), Kind::Line, tr("@acmeshop"), {},
                tr("The KakaoTalk channel's search ID."));
        add(QStringLiteral("details.name"), Kind::Line, tr("Acme Shop"));
        add(QStringLiteral("details.adminPhoneNo"), Kind::Line, tr("+821012345678"), {},
            tr("The channel admin's phone: Kakao sends the verification token there."));
        add(QStringLiteral("details.topLevelCategoryCode"), Kind::Category, QString());
        const QStringList types = rules::SenderRules::imageTypes(rulesChannel(), QStringLiteral("logoImage"));
        add(QStringLiteral("details.logoImage"), Kind::Line, tr("https://example.com/logo.png"), {},
            tr("Optional: %1, at most 5 MB.").arg(types.join(QLatin1String(", "))));
        if (request == Request::Create)
            add(QStringLiteral("saveDraftOnFailure"), Kind::Check, tr("Keep the sender as a draft if Kakao refuses the submission"));
    }
    return out;
}

QJsonObject SenderChannel::startDocument(const QJsonObject &sender) const
{
    QJsonObject doc;
    QJsonObject details;
    if (sender.isEmpty()) {
        if (m_channel == Channel::Whatsapp) {
            doc.insert(QStringLiteral("phoneNumberProvider"), QStringLiteral("CUSTOMER"));
            doc.insert(QStringLiteral("region"), QStringLiteral("EU"));
            doc.insert(QStringLiteral("metaLocalStorage"), QString());
            for (const char *k : {"countryCode", "phoneNumber", "displayName", "vertical"})
                details.insert(QLatin1String(k), QString());
        } else {
            doc.insert(QStringLiteral("plusFriendId"), QString());
            for (const char *k : {"name", "adminPhoneNo", "topLevelCategoryCode", "midLevelCategoryCode", "subLevelCategoryCode"})
                details.insert(QLatin1String(k), QString());
        }
    } else {
        // An update starts from what the sender will be: its pending details over the live ones.
        details = sender.value(kDetails).toObject();
        const QJsonObject pending = sender.value(QLatin1String("changes")).toObject().value(kDetails).toObject();
        for (auto it = pending.constBegin(); it != pending.constEnd(); ++it)
            details.insert(it.key(), it.value());
        // Only what the update DTO takes (a pending create's details carry the number too).
        const QJsonObject allowed = rules::ContractLimits::properties(
            rules::SenderRules::detailsSchemaOf(rulesChannel(), Request::Update));
        for (const QString &k : details.keys())
            if (!allowed.contains(k))
                details.remove(k);
    }
    doc.insert(kDetails, details);
    return doc;
}

QJsonObject SenderChannel::cleaned(const QJsonObject &document)
{
    QJsonObject out;
    for (auto it = document.constBegin(); it != document.constEnd(); ++it) {
        if (it.value().isObject()) {
            out.insert(it.key(), cleaned(it.value().toObject()));
        } else if (!(it.value().isString() && it.value().toString().trimmed().isEmpty()) && !it.value().isNull()) {
            out.insert(it.key(), it.value().isString() ? QJsonValue(it.value().toString().trimmed()) : it.value());
        }
    }
    return out;
}

QStringList SenderChannel::registrationMethods() const
{
    if (m_channel == Channel::Kakaotalk)
        return {};
    return rules::ContractLimits::enumOf(rules::ContractLimits::property(
        rules::ContractLimits::properties(QStringLiteral("WhatsappSenderInputRegisterDto")), QStringLiteral("method")));
}

QString SenderChannel::codeName() const
{
    return m_channel == Channel::Whatsapp ? tr("code") : tr("token");
}

int SenderChannel::codeLength() const
{
    // WhatsappSenderInputVerifyDto: "Must be exact 6 characters"; Kakao's token is a number.
    return m_channel == Channel::Whatsapp ? 6 : 0;
}

bool SenderChannel::canRegister(const QJsonObject &sender) const
{
    const QString state = text(sender, "state");
    if (m_channel == Channel::Whatsapp)
        return state == QLatin1String("PENDING_VERIFICATION") || state == QLatin1String("INACTIVE");
    return state.isEmpty() || state == QLatin1String("VERIFYING") || state == QLatin1String("INACTIVE");
}

bool SenderChannel::canVerify(const QJsonObject &sender, bool codeRequested) const
{
    const QString state = text(sender, "state");
    if (m_channel == Channel::Whatsapp)
        return codeRequested && canRegister(sender);
    return state == QLatin1String("VERIFYING");
}

ApiJob *SenderChannel::get(const QString &id) const
{
    if (m_channel == Channel::Whatsapp)
        return WhatsappSenderService(m_client, m_projectKey).get(id);
    return KakaotalkSenderService(m_client, m_projectKey).get(id);
}

ApiJob *SenderChannel::create(const QJsonObject &document, bool submit) const
{
    const QJsonObject body = cleaned(document);
    if (m_channel == Channel::Whatsapp) {
        QJsonObject withStatus = body;
        withStatus.insert(QStringLiteral("status"), submit ? QStringLiteral("SUBMIT") : QStringLiteral("DRAFT"));
        return WhatsappSenderService(m_client, m_projectKey).create(withStatus);
    }
    return KakaotalkSenderService(m_client, m_projectKey).create(body, submit);
}

ApiJob *SenderChannel::update(const QString &id, const QJsonObject &document, bool submit) const
{
    const QJsonObject details = cleaned(document).value(kDetails).toObject();
    if (m_channel == Channel::Whatsapp)
        return WhatsappSenderService(m_client, m_projectKey).update(id, details, submit);
    return KakaotalkSenderService(m_client, m_projectKey).update(id, details, submit);
}

ApiJob *SenderChannel::registerSender(const QString &id, const QString &method) const
{
    if (m_channel == Channel::Whatsapp)
        return WhatsappSenderService(m_client, m_projectKey).registerNumber(id, method);
    return KakaotalkSenderService(m_client, m_projectKey).registerSender(id);
}

ApiJob *SenderChannel::verify(const QString &id, const QString &code) const
{
    if (m_channel == Channel::Whatsapp)
        return WhatsappSenderService(m_client, m_projectKey).verify(id, code);
    return KakaotalkSenderService(m_client, m_projectKey).verify(id, code);
}

ApiJob *SenderChannel::remove(const QString &id) const
{
    if (m_channel == Channel::Whatsapp)
        return WhatsappSenderService(m_client, m_projectKey).remove(id);
    return KakaotalkSenderService(m_client, m_projectKey).remove(id);
}

ApiJob *SenderChannel::removeChanges(const QString &id) const
{
    if (m_channel == Channel::Whatsapp)
        return WhatsappSenderService(m_client, m_projectKey).removeChanges(id);
    return KakaotalkSenderService(m_client, m_projectKey).removeChanges(id);
}

ApiJob *SenderChannel::categories() const
{
    return KakaotalkSenderService(m_client, m_projectKey).senderCategories();
}

} // namespace sinch::ui
