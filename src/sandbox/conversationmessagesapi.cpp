#include "conversationmessagesapi.h"

#include "conversationapi.h"
#include "sandboxstate.h"
#include "seedids.h"
#include "rcssenderapi.h"
#include "whatsapptemplateapi.h"

#include "api/operations.h"
#include "domain/testmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sinch::sandbox {

namespace {

const QString kMessages = QStringLiteral("conversation/messages");

SandboxReply refuse(const QString &message)
{
    // The API's 400 for a request it cannot act on (the contract declares no 404 here).
    return SandboxReply::ok(400, ConversationMessagesApi::runtimeError(400, QStringLiteral("INVALID_ARGUMENT"), message));
}

QJsonObject appJson(const SeedConversationApp &app)
{
    QJsonArray credentials;
    for (const QString &channel : ConversationMessagesApi::channelsOf(app.key))
        credentials << QJsonObject{{QStringLiteral("channel"), channel},
                                   {QStringLiteral("static_token"),
                                    QJsonObject{{QStringLiteral("token"), SeedIds::token(app.id + channel, 24)}}}};
    return QJsonObject{{QStringLiteral("id"), app.id},
                       {QStringLiteral("display_name"), app.displayName},
                       {QStringLiteral("channel_credentials"), credentials},
                       {QStringLiteral("conversation_metadata_report_view"), QStringLiteral("NONE")},
                       {QStringLiteral("processing_mode"), QStringLiteral("CONVERSATION")}};
}

// The stored WhatsApp template a channel template names, or a sentence why it cannot be sent.
QJsonObject whatsappTemplate(SandboxState *state, const QJsonObject &reference, QString *problem)
{
    const QString name = reference.value(QLatin1String("template_id")).toString();
    const QString language = reference.value(QLatin1String("language_code")).toString();
    for (const QJsonObject &t : state->store(WhatsappTemplateApi::storeKey()).values()) {
        if (t.value(QLatin1String("name")).toString() != name
            || !TestMessage::sameLanguage(t.value(QLatin1String("language")).toString(), language))
            continue;
        const QString st = t.value(QLatin1String("state")).toString();
        if (st != QLatin1String("APPROVED")) {
            *problem = QStringLiteral("Template %1 (%2) is not approved (state %3): only approved templates can be sent.")
                           .arg(name, language, st.isEmpty() ? QStringLiteral("DRAFT") : st);
            return {};
        }
        return t;
    }
    *problem = QStringLiteral("Template %1 (%2) does not exist in the WhatsApp account of this app.").arg(name, language);
    return {};
}

// The stored KakaoTalk template of a code (of any of the project's senders), or why it
// cannot be sent.
QJsonObject kakaotalkTemplate(SandboxState *state, const QJsonObject &reference, QString *problem)
{
    const QString code = reference.value(QLatin1String("template_id")).toString();
    for (const QString &sender : state->store(QStringLiteral("/kakaotalk/senders")).ids()) {
        const QString key = QStringLiteral("/kakaotalk/senders/%1/templates").arg(sender);
        if (!state->hasStore(key) || !state->store(key).contains(code))
            continue;
        const QJsonObject t = state->store(key).get(code);
        const QString st = t.value(QLatin1String("state")).toString();
        if (st != QLatin1String("APPROVED")) {
            *problem = QStringLiteral("KakaoTalk template %1 is not approved (state %2): only approved templates can be sent.")
                           .arg(code, st.isEmpty() ? QStringLiteral("DRAFT") : st);
            return {};
        }
        return t;
    }
    *problem = QStringLiteral("KakaoTalk template %1 does not exist in this project.").arg(code);
    return {};
}

QString digits(QString number)
{
    number.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    return number;
}

// An RCS text goes out through the sender connected to the app: to anyone once it is
// launched, before that only to its verified test devices.
QString rcsRefusal(SandboxState *state, const QString &appId, const QString &number)
{
    for (const QJsonObject &s : state->store(RcsSenderApi::storeKey()).values()) {
        if (s.value(QLatin1String("conversationApiAppDetails")).toObject().value(QLatin1String("id")).toString() != appId)
            continue;
        if (s.value(QLatin1String("state")).toString() == QLatin1String("LAUNCHED"))
            return QString();
        for (const QJsonValue &v : s.value(QLatin1String("testNumberStates")).toArray()) {
            const QJsonObject n = v.toObject();
            const QString tn = n.value(QLatin1String("number")).toString(n.value(QLatin1String("phoneNumber")).toString());
            if (digits(tn) == digits(number) && n.value(QLatin1String("state")).toString() == QLatin1String("VERIFIED"))
                return QString();
        }
        return QStringLiteral("The RCS sender of app %1 is not launched, and %2 is not one of its verified test devices.").arg(appId, number);
    }
    return QStringLiteral("App %1 has no RCS sender connected.").arg(appId);
}

// Why a channel template cannot be sent: unknown, not approved, a variable without a value.
QString templateRefusal(SandboxState *state, const QString &channel, const QJsonObject &reference)
{
    const bool kakaotalk = channel == QLatin1String("KAKAOTALK");
    if (channel != QLatin1String("WHATSAPP") && !kakaotalk)
        return QStringLiteral("The sandbox sends WhatsApp and KakaoTalk templates only.");
    QString problem;
    const QJsonObject tmpl = kakaotalk ? kakaotalkTemplate(state, reference, &problem) : whatsappTemplate(state, reference, &problem);
    if (tmpl.isEmpty())
        return problem;
    const QJsonObject values = reference.value(QLatin1String("parameters")).toObject();
    const QJsonObject details = tmpl.value(QLatin1String("details")).toObject();
    for (const TestMessage::Parameter &p : kakaotalk ? TestMessage::kakaotalkParameters(details) : TestMessage::whatsappParameters(details)) {
        if (values.value(p.key).toString().trimmed().isEmpty())
            return QStringLiteral("The template's parameter %1 has no value.").arg(p.key);
    }
    return QString();
}

SandboxReply send(SandboxState *state, const QJsonObject &body)
{
    const QString projectId = state->config().projectId;
    const QString appId = body.value(QLatin1String("app_id")).toString();
    const QString appKey = SeedIds::conversationAppKey(projectId, appId);
    if (appKey.isEmpty())
        return refuse(QStringLiteral("App %1 does not exist in this project.").arg(appId));
    const QJsonArray identities = body.value(QLatin1String("recipient")).toObject().value(QLatin1String("identified_by"))
                                      .toObject().value(QLatin1String("channel_identities")).toArray();
    if (identities.isEmpty())
        return refuse(QStringLiteral("The sandbox sends to a channel identity (recipient.identified_by) only."));
    const QJsonObject identity = identities.first().toObject();
    const QString channel = identity.value(QLatin1String("channel")).toString();
    const QString number = identity.value(QLatin1String("identity")).toString();
    if (!TestMessage::isE164(number.startsWith(QLatin1Char('+')) ? number : QLatin1Char('+') + number))
        return refuse(QStringLiteral("%1 is not a phone number (MSISDN) of the %2 channel.").arg(number, channel));
    if (!ConversationMessagesApi::channelsOf(appKey).contains(channel))
        return refuse(QStringLiteral("App %1 has no %2 channel.").arg(appId, channel));
    const QJsonObject reference = TestMessage::channelTemplate(body, channel);
    const QString text = body.value(QLatin1String("message")).toObject().value(QLatin1String("message")).toObject()
                             .value(QLatin1String("text")).toString();
    QString refusal;
    if (!reference.isEmpty())
        refusal = templateRefusal(state, channel, reference);
    else if (channel == QLatin1String("RCS") && !text.trimmed().isEmpty())
        refusal = rcsRefusal(state, appId, number);
    else
        refusal = QStringLiteral("The sandbox sends channel templates (message.message.channel_template.%1) and RCS texts only.").arg(channel);
    if (!refusal.isEmpty())
        return refuse(refusal);

    const QString id = SeedIds::ulid(projectId, state->newId(QStringLiteral("conversation-message")));
    const QString accepted = state->now();
    const QString contact = SeedIds::ulid(projectId, QStringLiteral("contact:") + number);
    QJsonObject stored{{QStringLiteral("id"), id},
                       {QStringLiteral("accept_time"), accepted},
                       {QStringLiteral("app_message"), body.value(QLatin1String("message")).toObject()},
                       {QStringLiteral("channel_identity"), QJsonObject{{QStringLiteral("channel"), channel},
                                                                        {QStringLiteral("identity"), number},
                                                                        {QStringLiteral("app_id"), appId}}},
                       {QStringLiteral("contact_id"), contact},
                       {QStringLiteral("conversation_id"), SeedIds::ulid(projectId, QStringLiteral("conversation:") + appId + contact)},
                       {QStringLiteral("direction"), QStringLiteral("TO_CONTACT")},
                       {QStringLiteral("injected"), false}};
    if (body.contains(QLatin1String("message_metadata")))
        stored.insert(QStringLiteral("metadata"), body.value(QLatin1String("message_metadata")));
    state->store(kMessages).put(id, stored);
    return SandboxReply::ok(200, QJsonObject{{QStringLiteral("message_id"), id}, {QStringLiteral("accepted_time"), accepted}});
}

} // namespace

QJsonObject ConversationMessagesApi::runtimeError(int code, const QString &status, const QString &message)
{
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message},
                       {QStringLiteral("status"), status}, {QStringLiteral("details"), QJsonArray()}};
}

QStringList ConversationMessagesApi::channelsOf(const QString &appKey)
{
    if (appKey == SeedIds::whatsappAppKey())
        return {QStringLiteral("WHATSAPP"), QStringLiteral("KAKAOTALK"), QStringLiteral("MESSENGER"), QStringLiteral("INSTAGRAM"),
                QStringLiteral("VIBERBM")};
    // The RCS brands' apps: RCS first, SMS as its fallback, and the social channels the
    // Provisioning API shows them with (the energy brand never set up Telegram or Viber).
    if (appKey == QLatin1String("acme-energy"))
        return {QStringLiteral("RCS"), QStringLiteral("SMS"), QStringLiteral("MESSENGER"), QStringLiteral("INSTAGRAM")};
    return {QStringLiteral("RCS"), QStringLiteral("SMS"), QStringLiteral("MESSENGER"), QStringLiteral("INSTAGRAM"),
            QStringLiteral("TELEGRAM"), QStringLiteral("VIBERBM")};
}

SandboxReply ConversationMessagesApi::handle(SandboxState *state, const Operation *op, const QHash<QString, QString> &params,
                                             const QByteArray &body)
{
    const QString projectId = state->config().projectId;
    if (op->id == QLatin1String("App_ListApps")) {
        QJsonArray apps;
        for (const SeedConversationApp &app : SeedIds::conversationApps(projectId))
            apps << appJson(app);
        for (const QJsonObject &app : ConversationApi::addedApps(state))
            apps << app;
        return SandboxReply::ok(200, QJsonObject{{QStringLiteral("apps"), apps}});
    }
    if (op->id == QLatin1String("App_GetApp")) {
        const QString key = SeedIds::conversationAppKey(projectId, params.value(QStringLiteral("app_id")));
        if (const QJsonObject added = ConversationApi::addedApp(state, params.value(QStringLiteral("app_id"))); !added.isEmpty())
            return SandboxReply::ok(200, added);
        if (key.isEmpty())
            return refuse(QStringLiteral("App %1 does not exist in this project.").arg(params.value(QStringLiteral("app_id"))));
        return SandboxReply::ok(200, appJson(SeedIds::conversationApp(projectId, key)));
    }
    if (op->id == QLatin1String("Messages_SendMessage")) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return SandboxReply::ok(400, runtimeError(400, QStringLiteral("INVALID_REQUEST"), QStringLiteral("Malformed request")));
        return send(state, doc.object());
    }
    if (op->id == QLatin1String("Messages_GetMessage")) {
        const QString id = params.value(QStringLiteral("message_id"));
        if (!state->store(kMessages).contains(id))
            return refuse(QStringLiteral("Message %1 does not exist.").arg(id));
        return SandboxReply::ok(200, state->store(kMessages).get(id));
    }
    return SandboxReply::ok(501, runtimeError(501, QStringLiteral("UNIMPLEMENTED"),
                                              QStringLiteral("The sandbox does not emulate %1.").arg(op->id)));
}

} // namespace sinch::sandbox
