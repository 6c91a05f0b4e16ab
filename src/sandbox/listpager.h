#pragma once

#include "sandboxreply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace sinch {
struct Operation;
}

namespace sinch::sandbox {

// Paging of every list operation: pageSize validated against the operation's own
// parameter schema (minimum/maximum), opaque page tokens bound to the list they came from
// (a token from another list or with other filters is refused as invalid_page_token),
// and the list body {totalSize, pageSize, nextPageToken, previousPageToken, <listKey>}.
class ListPager
{
public:
    // The name of the array property of the operation's 200 schema ("webhooks", ...).
    static QString listKey(const Operation *op);
    // Builds the page; on a bad pageSize or pageToken returns false with *error set.
    // `context` identifies the list (path parameters and filters).
    static bool page(const Operation *op, const QUrlQuery &query, const QJsonArray &items,
                     const QString &context, QJsonObject *body, SandboxReply *error);

private:
    static QString encode(const QString &context, int offset);
    static bool decode(const QString &token, const QString &context, int *offset);
};

} // namespace sinch::sandbox
