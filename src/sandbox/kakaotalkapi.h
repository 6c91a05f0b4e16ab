#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sinch::sandbox {

class SandboxState;

// KakaoTalk senders and templates: stored by the generic store, with the review added on
// top. A created (or edited) sender or template is submitted: its details move into
// `changes` (status IN_PROGRESS) and ReviewLifecycle decides on the review clock (senders
// become ACTIVE, templates APPROVED; a name containing "reject" is rejected). A submitted
// (not DRAFT) template that breaks a Kakao rule of TEMPLATE-RULES.md (reviewerProblems())
// is refused at once with 424 template_kakaotalk_validation_error, as Kakao answers.
//
// Register and verify: register sends the sandbox's fixed token (verificationToken(),
// 123456, as Kakao would text it to the admin phone) and puts the sender in VERIFYING;
// verify with that token makes it ACTIVE. Any other token is refused with the contract's
// 409 not_allowed_verify (the only error the contract declares for a refused verify) and
// the sender stays VERIFYING, so the token can be typed again. Verify outside VERIFYING is
// the same 409; register of a verified ACTIVE sender is 409 not_allowed_register.
class KakaotalkApi
{
public:
    static QString verificationToken();
    static void install(SandboxState *state);
    // Kakao's rules for a template's details: extra for EXTRA_INFORMATION / MIXED, title and
    // subtitle for EMPHASIZE_TYPE_TEXT, imageName and imageUrl for EMPHASIZE_TYPE_IMAGE,
    // button types and orderings unique, WEB_LINK with linkMo, APP_LINK with two links.
    static QStringList reviewerProblems(const QJsonObject &details);
};

} // namespace sinch::sandbox
