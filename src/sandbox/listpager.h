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
// The default page size and the order are the ones the operation's text states ("the
// first `50` templates ... in alphabetical order"); lists that state none come in
// creation order, 100 at a time (or their maximum).
class ListPager
{
public:
    // The name of the array property of the operation's 200 schema ("webhooks", ...).
    static QString listKey(const Operation *op);
    // The page size without a pageSize parameter.
    static int defaultPageSize(const Operation *op);
    static bool isAlphabetical(const Operation *op);
    // The items in the operation's stated order (a stable sort: equal keys keep theirs).
    static QJsonArray ordered(const Operation *op, const QJsonArray &items);
    // Builds the page; on a bad pageSize or pageToken returns false with *error set.
    // `context` identifies the list (path parameters and filters).
    static bool page(const Operation *op, const QUrlQuery &query, const QJsonArray &items,
                     const QString &context, QJsonObject *body, SandboxReply *error);

private:
    // A token names its list (context), the offset of its page and, in a sorted list, the
    // sort key of the page's first item.
    static QString encode(const QString &context, int offset, const QString &key);
    static bool decode(const QString &token, const QString &context, int *offset, QString *key);
};

} // namespace sinch::sandbox
