#pragma once

#include "domain/jsondiff.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sinch {

// One line of an import plan: a resource of the export and what importing it into the
// target project would do. Create: the target has none of that key. Identical: the target
// has it with the same content (skipped). Conflict: the target has it with other content
// (`changes` say how the export differs from the target; applied only when chosen, it
// replaces the target's content). Unavailable: it cannot be imported here (`note` says why
// and what to do).
struct ImportItem
{
    Q_DECLARE_TR_FUNCTIONS(sinch::ImportItem)
public:
    enum class Kind { WhatsappTemplate, KakaotalkTemplate, Webhook };
    enum class Action { Create, Identical, Conflict, Unavailable };

    Kind kind = Kind::WhatsappTemplate;
    Action action = Action::Create;
    QString file;        // relative path in the export
    QString title;       // "order_update · EN_US", "https://example.com/hook"
    QJsonObject request; // what would be sent: the contract's create-request shape (no secret)
    QJsonObject target;  // the target's resource when it has one (Identical, Conflict)
    QList<JsonChange> changes; // target -> export, for a Conflict
    QString note;        // why Unavailable, or what else to know
    QString parent;      // a KakaoTalk template's sender (plusFriendId)

    // Whether applying the item does something (Create and Conflict).
    bool isApplicable() const { return action == Action::Create || action == Action::Conflict; }
    // Whether a plan selects it before anyone chooses: what is new, not what would overwrite.
    bool isSelectedByDefault() const { return action == Action::Create; }
    // A stable key within a plan: the file.
    QString key() const { return file; }

    static QString kindText(Kind kind);
    static QString actionText(Action action);
    // "create", "identical", "conflict", "unavailable": what the command line prints.
    static QString actionWord(Action action);
};

} // namespace sinch
