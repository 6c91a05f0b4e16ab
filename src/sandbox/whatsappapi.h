#pragma once

#include <QString>

namespace sinch::sandbox {

class SandboxState;

// Hand-written WhatsApp routes beside the templates (WhatsappTemplateApi):
//  - the account, a singleton that a project does not have until POST /whatsapp (the seed
//    gives the sandbox project an onboarded one, WhatsappApi::seed)
//    (GET is 404 account_not_found before, a second POST 409 account_exists, PATCH 409
//    account_not_updatable unless the account or its changes were REJECTED); created
//    PENDING_FACEBOOK_VERIFICATION with its details as IN_PROGRESS changes, ONBOARDED on the
//    review clock (REJECTED when companyLegalName contains "reject"); edits reviewed alike.
//    PUT /whatsapp/enableTemplateAnalytics is 424 template_insights_not_yet_available until
//    the account is ONBOARDED, then sets wabaEnabledForInsights;
//  - senders and their lifecycle: created PENDING_VERIFICATION with their details as
//    pending DRAFT changes; register (activity REGISTERED) -> verify (code "000000" is
//    wrong_otp; activity VERIFIED) -> review on the review clock: ACTIVE (details applied,
//    activity ACTIVE) or, when the display name contains "reject", changes REJECTED with an
//    errorReason (activity REJECTED). Edits of an ACTIVE sender are reviewed the same way.
//    Register answers 429 sender-already-registered once verified, 429
//    sender-register-too-many-requests within registerRetrySeconds of the last code and 429
//    too_many_invalid_verification_codes after wrongCodeLimit wrong codes (SandboxLimits);
//  - solutions (create, list, get, assign), flows (seeded, each with its screens; 404
//    flow_not_found for another ID), the embedded-signup helpers (a fresh long-lived token
//    per exchange, 400 invalid_input without token or code; the WABA details list the
//    project's account with its senders' numbers) and the comparison of templates.
class WhatsappApi
{
public:
    static void install(SandboxState *state);
    // The account, the flows and, in the shape a newcomer clicks through, a solution.
    static void seed(SandboxState *state);
    static const QString &senderStoreKey();
    static const QString &senderFeed();
    // Submits a sender's pending changes to the review (verify, edits of active senders).
    static void submitSender(SandboxState *state, const QString &id);
    // Reviews the account's IN_PROGRESS changes on the review clock.
    static void reviewAccount(SandboxState *state);
};

} // namespace sinch::sandbox
