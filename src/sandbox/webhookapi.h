#pragma once

namespace sinch::sandbox {

class SandboxState;

// Webhooks: list (alphabetical by target, paged, at most 15 a page), create (unique
// target, at most 15 webhooks: 409 webhook_exists, 424 webhook_limit_reached), get, put,
// patch, delete (404 webhook_not_found). The secret is kept but never shown.
class WebhookApi
{
public:
    static void install(SandboxState *state);
    static const int kLimit = 15;
};

} // namespace sinch::sandbox
