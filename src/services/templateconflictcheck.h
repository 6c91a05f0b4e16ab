#pragma once

#include "api/apiresult.h"
#include "services/whatsapptemplateservice.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace sinch {

class ApiClient;
class ApiJob;

// WhatsApp templates carry no `modified` that a PATCH could be made conditional on: before
// one, the template is read again and its `details` and `changes` are compared with the
// version the editor started from. A difference means another console (or the web UI)
// saved in between, and a PATCH now would overwrite that silently.
class TemplateConflictCheck : public QObject
{
    Q_OBJECT
public:
    TemplateConflictCheck(ApiClient *client, const QString &projectKey, QObject *parent = nullptr);

    // Reads `base`'s name and language again; finished() says whether it still is `base`.
    void check(const QJsonObject &base);
    bool isBusy() const { return !m_job.isNull(); }
    void stopWaiting(); // the read fails as stopped
    // The same version as far as a PATCH is concerned: equal `details` and `changes`.
    static bool sameVersion(const QJsonObject &base, const QJsonObject &fresh);

signals:
    // `result.json` is the server's version now; `conflict` when it is not `base`.
    void finished(const sinch::ApiResult &result, bool conflict);

private:
    WhatsappTemplateService m_templates;
    QPointer<ApiJob> m_job;
};

} // namespace sinch
