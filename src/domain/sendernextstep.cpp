#include "sendernextstep.h"

#include "api/contract.h"
#include "domain/enumtext.h"

#include <QJsonArray>

namespace sinch {

namespace {

QStringList enumOf(const QString &schema)
{
    QStringList out;
    for (const QJsonValue &v : Contract::schema(schema).value(QLatin1String("enum")).toArray())
        out << v.toString();
    return out;
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// Digits and a leading "+" only: the contract has the country code with or without it.
QString international(QString countryCode, const QString &number)
{
    countryCode.remove(QLatin1Char('+'));
    if (countryCode.isEmpty())
        return number;
    return QLatin1Char('+') + countryCode + QLatin1Char(' ') + number;
}

} // namespace

QStringList SenderNextStep::states(Channel channel)
{
    return enumOf(channel == Channel::Whatsapp ? QStringLiteral("WhatsappSenderStates") : QStringLiteral("KakaotalkSenderStates"));
}

QStringList SenderNextStep::changeStatuses(Channel channel)
{
    return enumOf(channel == Channel::Whatsapp ? QStringLiteral("WhatsappSenderStatuses")
                                               : QStringLiteral("KakaotalkSenderStatuses"));
}

QString SenderNextStep::stateText(const QJsonObject &sender)
{
    const QString state = sender.value(QLatin1String("state")).toString();
    return state.isEmpty() ? tr("Not live yet") : EnumText::words(state);
}

QString SenderNextStep::phoneOf(Channel channel, const QJsonObject &sender)
{
    if (channel == Channel::Whatsapp) {
        // Before verification the number may still be in the pending details.
        const QJsonObject pending = sender.value(QLatin1String("changes")).toObject().value(QLatin1String("details")).toObject();
        for (const QJsonObject &o : {sender, pending})
            if (!text(o, "phoneNumber").isEmpty())
                return international(text(o, "countryCode"), text(o, "phoneNumber"));
        return QString();
    }
    const QJsonObject details = sender.value(QLatin1String("details")).toObject();
    const QJsonObject pending = sender.value(QLatin1String("changes")).toObject().value(QLatin1String("details")).toObject();
    return text(pending, "adminPhoneNo").isEmpty() ? text(details, "adminPhoneNo") : text(pending, "adminPhoneNo");
}

SenderNextStep::Step SenderNextStep::of(Channel channel, const QJsonObject &sender, bool codeRequested)
{
    Step step;
    step.state = text(sender, "state");
    step.changesStatus = text(sender.value(QLatin1String("changes")).toObject(), "status");
    const bool knownState = step.state.isEmpty() || states(channel).contains(step.state);
    const bool knownStatus = step.changesStatus.isEmpty() || changeStatuses(channel).contains(step.changesStatus);
    if (!knownState || !knownStatus || (step.state.isEmpty() && step.changesStatus.isEmpty())) {
        step.action = Action::Unknown;
        step.sentence = tr("The sender is in a state this console does not know (%1): see its activity for what happened.")
                            .arg(step.state.isEmpty() ? step.changesStatus : step.state);
        return step;
    }
    return channel == Channel::Whatsapp ? whatsapp(step, sender, codeRequested) : kakaotalk(step, sender, codeRequested);
}

QString SenderNextStep::whatsappErrorMeaning(const QJsonObject &changes)
{
    // The codes a customer can act on; the rest are Sinch's or Meta's set-up failures.
    static const struct { const char *code; const char *meaning; } kMeanings[] = {
        {"DUPLICATES_ON_SENDER_PHONE_NUMBER",
         QT_TR_NOOP("The number is already a WhatsApp sender elsewhere: remove it there, or use another number.")},
        {"NOT_VERIFIED_REQUESTED_PHONE_NUMBER", QT_TR_NOOP("The number was never verified: register it again and enter the code.")},
        {"NO_VERIFIED_PHONE_NUMBER", QT_TR_NOOP("The number was never verified: register it again and enter the code.")},
        {"WABA_CONNECTED_TO_ANOTHER_PROJECT",
         QT_TR_NOOP("The WhatsApp business account belongs to another project: use that project, or ask Sinch support to move it.")},
        {"NOT_VERIFY_BUSINESS_VIA_WHATSAPP",
         QT_TR_NOOP("Meta has not verified the business: finish the business verification in Meta's Business Manager.")},
        {"SENDER_HAS_BEEN_DELETED", QT_TR_NOOP("The sender was deleted at Meta: create it again.")},
    };
    const QString code = text(changes, "errorCode");
    for (const auto &m : kMeanings)
        if (code == QLatin1String(m.code))
            return tr(m.meaning);
    const QString reason = text(changes, "errorReason");
    return reason.isEmpty() ? tr("Setting the sender up failed (%1): contact Sinch support with the sender's ID.")
                                  .arg(code.isEmpty() ? tr("no error code") : code)
                            : tr("Setting the sender up failed: \"%1\". Contact Sinch support with the sender's ID.").arg(reason);
}

SenderNextStep::Step SenderNextStep::whatsapp(Step step, const QJsonObject &sender, bool codeRequested)
{
    const QJsonObject changes = sender.value(QLatin1String("changes")).toObject();
    const QString phone = phoneOf(Channel::Whatsapp, sender);
    const QString &st = step.state;
    const QString &status = step.changesStatus;
    if (status == QLatin1String("REJECTED")) {
        // Meta's reason names the rule (display name guidelines, ...): the fix is an edit.
        const QString reason = text(changes, "errorReason");
        step.action = Action::FixChanges;
        step.sentence = reason.isEmpty()
            ? tr("Meta rejected the changes without a reason: edit them and submit again, or discard them.")
            : tr("Meta rejected the changes: \"%1\" Edit them to follow that rule and submit again, or discard them.").arg(reason);
    } else if (status == QLatin1String("ERROR") || st == QLatin1String("ERROR")) {
        step.action = Action::ContactSupport;
        step.sentence = whatsappErrorMeaning(changes);
    } else if (st == QLatin1String("PENDING_VERIFICATION")) {
        step.action = codeRequested ? Action::EnterCode : Action::RequestCode;
        step.sentence = codeRequested ? tr("Enter the 6-digit code sent to %1.").arg(phone)
                                      : tr("Request a verification code for %1: Meta sends it by SMS or voice call.").arg(phone);
    } else if (status == QLatin1String("IN_PROGRESS") || st == QLatin1String("IN_PROGRESS")) {
        step.action = Action::Wait;
        step.sentence = tr("Nothing to do: Meta is reviewing the sender; this page follows the review.");
    } else if (status == QLatin1String("DRAFT")) {
        step.action = Action::SubmitChanges;
        step.sentence = tr("Submit the draft changes for Meta's review, or discard them.");
    } else if (st == QLatin1String("INACTIVE")) {
        step.action = codeRequested ? Action::EnterCode : Action::RequestCode;
        step.sentence = codeRequested ? tr("Enter the 6-digit code sent to %1.").arg(phone)
                                      : tr("The sender is inactive: register %1 again and enter the new code.").arg(phone);
    } else if (st == QLatin1String("SUSPENDED")) {
        step.action = Action::ContactSupport;
        step.sentence = tr("Meta suspended the sender: check its quality rating and contact Sinch support to appeal.");
    } else {
        step.action = Action::None;
        step.sentence = tr("Nothing to do: the sender is active.");
    }
    return step;
}

SenderNextStep::Step SenderNextStep::kakaotalk(Step step, const QJsonObject &sender, bool codeRequested)
{
    const QString phone = phoneOf(Channel::Kakaotalk, sender);
    const QString &st = step.state;
    const QString &status = step.changesStatus;
    if (status == QLatin1String("REJECTED")) {
        // Kakao gives no reason for a sender: its rules are the name, the category and the logo.
        step.action = Action::FixChanges;
        step.sentence = tr("Kakao rejected the changes: check that the name, the categories and the logo match the "
                           "KakaoTalk channel, then submit again or discard them.");
    } else if (st == QLatin1String("VERIFYING") || (st == QLatin1String("INACTIVE") && codeRequested)) {
        step.action = codeRequested ? Action::EnterCode : Action::RequestCode;
        step.sentence = codeRequested ? tr("Enter the token Kakao sent to the admin phone %1.").arg(phone)
                                      : tr("Request a token: Kakao sends it to the admin phone %1.").arg(phone);
    } else if (status == QLatin1String("IN_PROGRESS")) {
        step.action = Action::Wait;
        step.sentence = tr("Nothing to do: Kakao is reviewing the sender; this page follows the review.");
    } else if (status == QLatin1String("DRAFT")) {
        step.action = Action::SubmitChanges;
        step.sentence = st.isEmpty() ? tr("Submit the sender for Kakao's review, or discard the draft.")
                                     : tr("Submit the draft changes for Kakao's review, or discard them.");
    } else if (st == QLatin1String("INACTIVE")) {
        // Kakao puts a channel that sent nothing for a year to sleep; a new token wakes it.
        step.action = Action::RequestCode;
        step.sentence = tr("The sender is dormant: request a token for the admin phone %1 to wake it.").arg(phone);
    } else if (st == QLatin1String("BLOCKED")) {
        step.action = Action::ContactSupport;
        step.sentence = tr("Kakao blocked the KakaoTalk channel: the channel's owner must resolve it with Kakao.");
    } else if (st == QLatin1String("SUSPENDED")) {
        step.action = Action::ContactSupport;
        step.sentence = tr("Kakao suspended the sender: contact Sinch support.");
    } else {
        step.action = Action::None;
        step.sentence = tr("Nothing to do: the sender is active.");
    }
    return step;
}

QString SenderNextStep::verificationProblem(Channel channel, const QString &errorCode, const QJsonObject &sender)
{
    const QString phone = phoneOf(channel, sender);
    const QString state = sender.value(QLatin1String("state")).toString();
    const bool active = state == QLatin1String("ACTIVE"); // verified meanwhile, elsewhere
    if (channel == Channel::Kakaotalk) {
        if (errorCode == QLatin1String("not_allowed_register") || (active && errorCode == QLatin1String("not_allowed_verify")))
            return tr("This sender is verified and active already: it needs no token.");
        // The contract's only refusal of a verify: with the sender waiting for its token, the
        // token was not the one Kakao sent.
        if (errorCode == QLatin1String("not_allowed_verify"))
            return state == QLatin1String("VERIFYING")
                ? tr("Kakao did not accept this token. Check the digits of the last token sent to %1 and type "
                     "them again, or request a new token.").arg(phone)
                : tr("This sender is not waiting for a token: request a token first.");
        return QString();
    }
    if (errorCode == QLatin1String("wrong_otp"))
        return tr("That is not the code Meta sent to %1. Check the 6 digits of the latest SMS or call and type them "
                  "again; after a few wrong codes the code is void and new ones are refused for a while.").arg(phone);
    if (errorCode == QLatin1String("too_many_invalid_verification_codes"))
        return tr("Too many wrong codes were entered for %1, so Meta voided the code and refuses new ones for now. "
                  "Wait a few hours, then register again to get a new code; if it is still refused, ask Sinch "
                  "support to check the number with Meta.").arg(phone);
    if (errorCode == QLatin1String("sender-already-registered") || (active && errorCode == QLatin1String("not_allowed_verify")))
        return tr("This number is registered and verified already: it needs no new code.");
    if (errorCode == QLatin1String("not_allowed_verify"))
        return tr("There is no valid code to check: it was used, voided after wrong codes, or never requested. "
                  "Register again to get a new code.");
    if (errorCode == QLatin1String("sender-register-too-many-requests"))
        return tr("A code was requested moments ago: wait a minute for it to arrive before asking for another.");
    if (errorCode == QLatin1String("not_allowed_register"))
        return tr("A code can only be requested while the sender waits for verification or is inactive.");
    return QString();
}

} // namespace sinch
