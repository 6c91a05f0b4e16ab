#pragma once

#include <QString>

namespace sinch::sandbox {

class SandboxState;

// Hand-written WhatsApp routes beside the templates (WhatsappTemplateApi):
//  - the account, a singleton that the project does not have until POST /whatsapp
//    (GET is 404 account_not_found before, a second POST 409 account_exists);
//  - senders and their lifecycle: created PENDING_VERIFICATION with their details as
//    pending DRAFT changes; register (activity REGISTERED) -> verify (code "000000" is
//    wrong_otp; activity VERIFIED) -> review on the review clock: ACTIVE (details applied,
//    activity ACTIVE) or, when the display name contains "reject", changes REJECTED with an
//    errorReason (activity REJECTED). Edits of an ACTIVE sender are reviewed the same way;
//  - solutions (create, list, get, assign), flows (seeded), the embedded-signup helpers
//    and the comparison of templates.
class WhatsappApi
{
public:
    static void install(SandboxState *state);
    static void seed(SandboxState *state);
    static const QString &senderStoreKey();
    static const QString &senderFeed();
    // Submits a sender's pending changes to the review (verify, edits of active senders).
    static void submitSender(SandboxState *state, const QString &id);
};

} // namespace sinch::sandbox
