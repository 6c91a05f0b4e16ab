#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace sinch::sandbox {

class SandboxState;

// The seeded project's accounts and senders (SeedData runs it after the templates): the
// onboarded WhatsApp account; KakaoTalk senders with templates; RCS senders in several
// countries and states, each connected to its own Conversation API app (SeedIds);
// WhatsApp senders, an upscale and a comment, all from the contract's request examples
// and created through the same handlers as API calls.
class SeedSenders
{
public:
    static void load(SandboxState *state);
    // Runs an operation's handler with a body, as a request would (seeding only).
    static QJsonObject call(SandboxState *state, const char *operationId, const QHash<QString, QString> &params,
                            const QJsonObject &input);
    // The contract's request example `example` of an operation.
    static QJsonObject requestExample(const char *operationId, const char *example);
};

} // namespace sinch::sandbox
