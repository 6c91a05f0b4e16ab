#pragma once

#include <QJsonObject>
#include <QStringList>

namespace sinch::sandbox {

class SandboxState;

// RCS senders where they differ from the generic store:
// - create: state IN_TEST, every chosen country NOT_LAUNCHED with its operators, test
//   numbers UNVERIFIED until the review clock verifies them (VERIFIED);
// - test numbers: added UNVERIFIED (re-adding a verified one makes it unverified again),
//   verified on the review clock, except numbers ending in "00", whose owner never accepts
//   the tester invite (they stay UNVERIFIED); deleted;
// - capabilities of a test number: 404 user_is_not_tester_for_agent when not listed, 429
//   rbm_too_many_requests past SandboxLimits::rcsCapabilityChecks a window for one number,
//   403 wrong_supplier_configuration while it is not VERIFIED;
// - in the trial project (SandboxLimits::otherProjectId) every operation that declares 403
//   rbm_has_not_been_used answers it (RCS never enabled; SandboxState::handle);
// - launch: refused with 409 launch_invalid_agent_state unless IN_TEST, and with 412
//   launch_precondition_failed listing every missing checklist item (TEMPLATE-RULES.md:
//   brand name, logoUrl, bannerUrl, privacyPolicyUrl, termsOfServiceUrl; a phone or an
//   email; a country; questionnaire general and verification answers, and gb / us / fr
//   answers for those countries). A launch sets LAUNCHING and operators PENDING; on the
//   review clock operators become LAUNCHED and the sender LAUNCHED, or, when the brand name
//   contains "reject", REJECTED with a remark (the sender stays LAUNCHING).
// Each sender gets its own authName/authToken (from its ID) and the hosting region of its
// region; it names a Conversation API app once one is connected (ConversationApi; the seed
// connects its own).
// States only from RcsSenderStates, operator states only from RcsOperatorStatus.
class RcsSenderApi
{
public:
    static void install(SandboxState *state);
    static QStringList launchProblems(const QJsonObject &sender);
    static QJsonObject newSender(SandboxState *state, const QJsonObject &input);
    static const QString &storeKey();
    // RcsSenderHostingRegions for a sender's region.
    static QString hostingRegion(const QString &region);
};

} // namespace sinch::sandbox
