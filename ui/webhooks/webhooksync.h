#pragma once

#include "api/apiresult.h"
#include "services/webhookservice.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace sinch {
class ApiJob;
}

namespace sinch::ui {

// The server side of the webhook editor: the webhook as last saved, and its saves. A new
// webhook is created (POST); one on the server is updated with the fields that changed
// since it was last saved (PATCH), or replaced as a whole (PUT) when the user asks. What
// was sent last, the secret included, is the base of the next PATCH, so a secret sent once
// is not sent again with every later change; it lives in memory only.
class WebhookSync : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Save, Replace };

    WebhookSync(ApiClient *client, const QString &projectKey, const QJsonObject &server, QObject *parent = nullptr);
    ~WebhookSync() override;

    bool isExisting() const { return !id().isEmpty(); }
    QString id() const { return m_server.value(QLatin1String("id")).toString(); }
    QJsonObject server() const { return m_server; }
    bool isBusy() const { return !m_job.isNull(); }

    // The fields of `document` that differ from what was last saved; an empty secret is
    // "unchanged" (the server keeps its own).
    QJsonObject changes(const QJsonObject &document) const;
    void send(Kind kind, const QJsonObject &document);
    // `row`, this webhook as a list read again has it, after a save whose answer never came:
    // when it shows what that save sent, and `document` (the editor's) has nothing besides,
    // the save was made (saved() follows); true then.
    bool settleFrom(const QJsonObject &row, const QJsonObject &document);

signals:
    void saved(const QJsonObject &webhook);
    void failed(const sinch::ApiResult &result);
    void busyChanged(bool busy);

private:
    WebhookService m_service;
    QJsonObject m_server;
    QJsonObject m_base; // the input fields as last saved (secret included when one was sent)
    QPointer<ApiJob> m_job;
    QJsonObject m_unanswered; // what a save sent that got no answer (its outcome unknown)

    void take(const QJsonObject &webhook, const QJsonObject &sent);
};

} // namespace sinch::ui
