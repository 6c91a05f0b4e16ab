#pragma once

#include <QJsonObject>
#include <QString>

namespace sinch::sandbox {

class SandboxState;
struct SeedConversationApp;

// The Conversation API apps as the Provisioning API shows them: the channel operations
// (GET /conversation/apps/{id}/instagram, messenger, telegram, viber) and the app a
// sender names (conversationApiApp, conversationApiAppDetails).
//  - An app of the seed (SeedIds) answers with its own channels: pages, bots and
//    accounts named after its brand, ACTIVE (the WhatsApp business's Viber bot PENDING).
//  - Another well-formed app ID (a ULID) answers with the contract's example, so that
//    clients can try any app; other IDs are 404 conversation_app_not_found.
class ConversationApi
{
public:
    static void install(SandboxState *state);
    // Names `app` in a sender (RCS or WhatsApp: both DTOs have the same two fields).
    static void connect(QJsonObject *sender, const SeedConversationApp &app, const QString &projectId);
    // A sender no app has been connected to yet.
    static void disconnect(QJsonObject *sender);
    // The channel information of a seeded app ("instagram", "messenger", "telegram", "viber").
    static QJsonObject channel(const SeedConversationApp &app, const QString &channel);
    // Whether the seeded app of `appKey` has `channel` ("telegram") set up: as its channel
    // credentials say (ConversationMessagesApi::channelsOf).
    static bool hasChannel(const QString &appKey, const QString &channel);
};

} // namespace sinch::sandbox
