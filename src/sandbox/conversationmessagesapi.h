#pragma once

#include "sandboxreply.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace sinch {
struct Operation;
}

namespace sinch::sandbox {

class SandboxState;

// The Conversation API operations the sandbox serves, over a project's state:
//  - App_ListApps / App_GetApp: the seed's apps (SeedIds::conversationApps, the same IDs
//    the Provisioning API's senders name) with their channels;
//  - Messages_SendMessage: a template message to a phone number (identified_by) from an
//    app that has the channel; the channel template must be a stored template of that
//    channel (WhatsApp: name and language; KakaoTalk: template code, of any sender of the
//    project) that is approved,
//    with a value for each of its variables, else 400 as the API answers; or an RCS text
//    from the app of an RCS sender that is launched or to one of its verified test devices;
//  - Messages_GetMessage: a message sent before, as the API stores it.
// Errors are the contract's runtimeError ({code, message, status, details}).
class ConversationMessagesApi
{
public:
    static SandboxReply handle(SandboxState *state, const Operation *op, const QHash<QString, QString> &params,
                               const QByteArray &body);
    static QJsonObject runtimeError(int code, const QString &status, const QString &message);
    // The channels each seeded app has connected ("WHATSAPP", "RCS" ...), in priority order.
    static QStringList channelsOf(const QString &appKey);
};

} // namespace sinch::sandbox
