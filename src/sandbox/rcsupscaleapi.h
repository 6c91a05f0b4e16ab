#pragma once

#include <QJsonObject>
#include <QString>

namespace sinch::sandbox {

class SandboxState;

// RCS routes beside the senders (RcsSenderApi): upscales and their lifecycle, upscale
// senders, the questionnaire and test-number invites.
//  - an upscale needs a LAUNCHED RCS sender (404 sender_not_found, 403
//    incorrect_rcs_sender_state, 403 sms_number_is_already_upscaled when another upscale has
//    the SMS numberId, 403 rcs_sender_is_already_upscaled); it starts UPSCALING and
//    is decided on the review clock: UPSCALED, or UPSCALING_FAILED when the SMS numberId
//    starts with "fa11" (first attempt only). POST .../retry restarts a failed one (409
//    upscale_not_retryable otherwise), which then completes. DELETE is refused (409
//    upscale_not_deletable) while UPSCALING.
//  - upscale senders: the project's LAUNCHED RCS senders with isUpscaled.
//  - GET /rcs/questionnaire/{useCase}: 400 questionnaire_invalid_use_case /
//    questionnaire_invalid_country; sections general, verification and the chosen countries'.
class RcsUpscaleApi
{
public:
    static void install(SandboxState *state);
    static const QString &storeKey();
    // The questionnaire as the sender DTO shows it: general and verification always, every
    // section with its questions (from the contract) and its answers.
    static QJsonObject questionnaireView(const QJsonObject &questionnaire, const QString &useCase);
    static QJsonObject newUpscale(SandboxState *state, const QJsonObject &input);
};

} // namespace sinch::sandbox
