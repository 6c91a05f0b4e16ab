#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sinch {

// Where a WhatsApp or KakaoTalk sender stands and the one thing its owner must do next,
// as one translated sentence for the sender page's banner. Read from the sender's JSON
// (WhatsappSenderDto / KakaotalkSenderDto): the state, and the pending changes whose
// status (rejected, in review, draft) says more than the state does. The states and
// statuses known are the contract's enums, read at run time, so a state the contract
// adds later shows as unknown rather than as a wrong instruction.
class SenderNextStep
{
    Q_DECLARE_TR_FUNCTIONS(sinch::SenderNextStep)

public:
    enum class Channel { Whatsapp, Kakaotalk };
    // What the banner offers: the button next to the sentence.
    enum class Action {
        None,            // active: nothing to do
        Wait,            // the review runs; the page polls
        RequestCode,     // register: Meta / Kakao sends a code
        EnterCode,       // verify with the code sent
        SubmitChanges,   // a draft waits for its submission (or to be discarded)
        FixChanges,      // rejected or failed: edit and submit again, or discard
        ContactSupport,  // blocked, suspended or failed on the provider's side
        Unknown          // a state the contract does not list
    };

    struct Step
    {
        QString state;          // the sender's state as the server spells it (may be empty)
        QString changesStatus;  // status of the pending changes, empty without changes
        Action action = Action::Unknown;
        QString sentence;
    };

    // `codeRequested`: a code was asked for since the sender was loaded (the DTO does not
    // say so), which turns "ask for a code" into "enter the code sent to ...".
    static Step of(Channel channel, const QJsonObject &sender, bool codeRequested = false);

    // The contract's enums for the channel.
    static QStringList states(Channel channel);
    static QStringList changeStatuses(Channel channel);

    // "+49 1512 3456789" for WhatsApp (countryCode + phoneNumber), the admin phone for Kakao.
    static QString phoneOf(Channel channel, const QJsonObject &sender);
    // The sender's state in words, as the lists show it. A new sender has no state until its
    // first review approves it: "Not live yet", not an empty cell.
    static QString stateText(const QJsonObject &sender);

    // What a refused register or verify means for the person who typed the code, and what
    // to do now, from the API's errorCode (wrong_otp, too_many_invalid_verification_codes,
    // KakaoTalk's not_allowed_verify of a sender that waits for its token ...); empty for
    // an error this does not know (the API's own message is shown then).
    static QString verificationProblem(Channel channel, const QString &errorCode, const QJsonObject &sender);

private:
    static Step whatsapp(Step step, const QJsonObject &sender, bool codeRequested);
    static Step kakaotalk(Step step, const QJsonObject &sender, bool codeRequested);
    static QString whatsappErrorMeaning(const QJsonObject &changes);
};

} // namespace sinch
