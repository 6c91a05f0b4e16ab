#include "transfer/allpages.h"

#include "api/pager.h"

namespace sinch {

Pager *readAllPages(ApiClient *client, const QString &projectKey, const ApiRequest &first, QObject *context,
                    std::function<void(const QJsonArray &)> page, std::function<void(const ApiError *)> done)
{
    auto *pager = new Pager(client, projectKey, first, context);
    pager->setPageSize(Pager::pageSizeFor(first.operationId, 1000)); // few requests; capped at the list's maximum
    QObject::connect(pager, &Pager::pageReceived, context, [page](const QJsonArray &items) { page(items); });
    QObject::connect(pager, &Pager::finished, context, [pager, done] {
        pager->deleteLater();
        done(nullptr);
    });
    QObject::connect(pager, &Pager::failed, context, [pager, done](const ApiError &error) {
        pager->deleteLater();
        done(&error);
    });
    pager->fetchAll();
    return pager;
}

} // namespace sinch
