#pragma once

#include "requestcontext.h"
#include "sandboxreply.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sinch {
struct Operation;
}

namespace sinch::sandbox {

class SandboxState;

// The data-driven part of the emulator: any operation without a hand-written handler is
// served from its method and path in the contract.
//   GET  .../{id}                item of the collection (404 with the operation's code)
//   PATCH/PUT .../{id}           merge of the body into the item
//   DELETE .../{id}              removal (DELETE .../{id}/changes drops pending changes)
//   GET  .../collection          list with paging and filters (filterX, templateName, ...)
//   POST .../collection          create from the contract's example of the answer, with
//                                the request's fields laid over it and a fresh id
//   GET  .../activities          the item's (or area's) activity feed
//   POST .../comments            a COMMENT_ADDED activity and the comment DTO
//   other actions                the item as it is now, or the example of the answer
// Parents of nested collections must exist. Shapes come from the contract's examples or,
// where it has none, from SchemaSampler.
class GenericApi
{
public:
    static SandboxReply handle(SandboxState *state, const RequestContext &ctx);

    // Store key of the collection formed by the first `segments` segments of the path.
    static QString collectionKey(const Operation *op, const QHash<QString, QString> &params, int segments);
    // The item's id property for a collection path template ("/kakaotalk/senders").
    static QString idField(const QString &collectionTemplate, const QString &idParam);
    // The activity types of the feed of items at `itemTemplate` ("/rcs/senders/{senderId}"),
    // from the enum of its GET .../activities answer; empty when it has no feed.
    static QStringList activityTypes(const QString &itemTemplate);
    // Adds an activity to a feed if `type` is in the feed's enum (from the contract).
    static bool addActivity(SandboxState *state, const QString &itemTemplate, const QString &storeKey,
                            const QString &id, const QString &type, const QString &comment = QString(),
                            const QString &author = QString());
    static SandboxReply notFound(SandboxState *state, const RequestContext &ctx);
    // Replaces {{PROJECT_ID}} and other placeholders of contract examples.
    static QJsonValue fill(SandboxState *state, const QJsonValue &value);
    // A new item built from the example of the operation's answer (or a sample).
    static QJsonObject templateFor(SandboxState *state, const Operation *op, int status);
    // Applies a list's filters (filterStates, filterStatuses, templateName, ...).
    static bool matches(const QJsonObject &item, const RequestContext &ctx);
    // Merges an update into a stored item: objects field by field, a null deletes the field.
    static void deepMerge(QJsonObject *into, const QJsonObject &from, const QJsonObject &schema);
};

} // namespace sinch::sandbox
