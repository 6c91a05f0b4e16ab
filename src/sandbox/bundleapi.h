#pragma once

namespace sinch::sandbox {

class SandboxState;

// Bundles (create, get) and the Conversation API channel lookups (Instagram, Messenger,
// Telegram, Viber: any app id is answered with the channel's details; an id that is not
// ULID-shaped, 26 letters and digits, has no such app: 404 conversation_app_not_found).
class BundleApi
{
public:
    static void install(SandboxState *state);
};

} // namespace sinch::sandbox
