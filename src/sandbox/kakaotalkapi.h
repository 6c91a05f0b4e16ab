#pragma once

namespace sinch::sandbox {

class SandboxState;

// KakaoTalk senders and templates: stored by the generic store, with the review added on
// top. A created (or edited) sender or template is submitted: its details move into
// `changes` (status IN_PROGRESS) and ReviewLifecycle decides on the review clock (senders
// become ACTIVE, templates APPROVED; a name containing "reject" is rejected).
class KakaotalkApi
{
public:
    static void install(SandboxState *state);
};

} // namespace sinch::sandbox
