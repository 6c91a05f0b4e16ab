#pragma once

#include <QJsonObject>
#include <QStringList>

namespace sinch::sandbox {

class SandboxState;

// RCS senders where they differ from the generic store:
// - create: state IN_TEST, every chosen country NOT_LAUNCHED with its operators, test
//   numbers UNVERIFIED until the review clock verifies them (VERIFIED);
// - test numbers: added UNVERIFIED (re-adding a verified one makes it unverified again),
//   verified on the review clock; deleted;
// - launch: refused with 409 launch_invalid_agent_state unless IN_TEST, and with 412
//   launch_precondition_failed listing every missing checklist item (TEMPLATE-RULES.md:
//   brand name, logoUrl, bannerUrl, privacyPolicyUrl, termsOfServiceUrl; a phone or an
//   email; a country; questionnaire general and verification answers, and gb / us / fr
//   answers for those countries). A launch sets LAUNCHING and operators PENDING; on the
//   review clock operators become LAUNCHED and the sender LAUNCHED, or, when the brand name
//   contains "reject", REJECTED with a remark (the sender stays LAUNCHING).
// States only from RcsSenderStates, operator states only from RcsOperatorStatus.
class RcsSenderApi
{
public:
    static void install(SandboxState *state);
    static QStringList launchProblems(const QJsonObject &sender);
    static QJsonObject newSender(SandboxState *state, const QJsonObject &input);
    static const QString &storeKey();
};

} // namespace sinch::sandbox
