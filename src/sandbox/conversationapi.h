#pragma once

#include <QJsonObject>
#include <QList>
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

    // An app made after the seed (a bundle's Conversation app), as the Conversation API
    // shows it (id, display_name, no channel set up yet): listed and read there like the
    // seed's, and each channel operation here says the app has no such channel.
    static void addApp(SandboxState *state, const QString &id, const QString &name, const QString &processingMode);
    static QList<QJsonObject> addedApps(SandboxState *state);
    static QJsonObject addedApp(SandboxState *state, const QString &id); // empty when none
};

} // namespace sinch::sandbox
