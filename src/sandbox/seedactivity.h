#pragma once

namespace sinch::sandbox {

class SandboxState;

// Activity histories of the seeded project, dense enough for an inbox. After the seed has
// made its resources (and their lifecycles have recorded CREATED, IN_PROGRESS, REJECTED
// ...), every account, sender and template feed gets a few more events of the types its
// own enum allows: accounts their CREATED (and the WhatsApp business its Facebook
// verification), comments from the user and answers from Sinch support. Then each history
// is spread over the 30 days before the sandbox started (SandboxState::started(), on its
// clock): the order of the lifecycle kept, times from a hash of the item, so the sequence
// is the same on every run. An item's `created`/`modified` follow its first/last event.
class SeedActivity
{
public:
    static void load(SandboxState *state);
};

} // namespace sinch::sandbox
