#pragma once

#include <QJsonArray>
#include <QString>

#include <functional>

class QObject;

namespace sinch {

class ApiClient;
class Pager;
struct ApiError;
struct ApiRequest;

// Reads every page of a list for an export or an import's plan: a Pager owned by
// `context`, asking for the largest pages the operation takes; `page` gets each page's
// items, then `done` gets null at the end or the error (a cancel too), and the pager
// deletes itself. Returns the running pager (to cancel it).
Pager *readAllPages(ApiClient *client, const QString &projectKey, const ApiRequest &first, QObject *context,
                    std::function<void(const QJsonArray &)> page, std::function<void(const ApiError *)> done);

} // namespace sinch
