#pragma once

#include "api/apiresult.h"
#include "services/webhookservice.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace sinch {
class ApiJob;
class Pager;
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
    bool isBusy() const { return !m_job.isNull() || !m_lookup.isNull(); }
    // Stops waiting for the save in flight (or the list read before it): it fails as
    // stopped, an answer that never came.
    void stopWaiting();

    // The fields of `document` that differ from what was last saved; an empty secret is
    // "unchanged" (the server keeps its own).
    QJsonObject changes(const QJsonObject &document) const;
    // After a create whose answer never came, the list is read first: a webhook there that
    // shows what that create sent is taken as this one, and the save changes it (the server
    // keeps one webhook a URL, and would refuse a second create).
    void send(Kind kind, const QJsonObject &document);
    // `row`, a webhook of a list read again, after a save whose answer never came: when it is
    // this webhook (for a create, any row) and shows what that save sent, and `document` (the
    // editor's) has nothing besides, the save was made (saved() follows); true then.
    bool settleFrom(const QJsonObject &row, const QJsonObject &document);

signals:
    void saved(const QJsonObject &webhook);
    void failed(const sinch::ApiResult &result);
    void busyChanged(bool busy);

private:
    ApiClient *m_client;
    QString m_projectKey;
    WebhookService m_service;
    QJsonObject m_server;
    QJsonObject m_base; // the input fields as last saved (secret included when one was sent)
    QPointer<ApiJob> m_job;
    QPointer<Pager> m_lookup; // the list read after an unanswered create
    QJsonObject m_unanswered; // what a save sent that got no answer (its outcome unknown)

    void lookUpThenSend(Kind kind, const QJsonObject &document);
    // Whether `row` has every field of `sent`, the secret aside (the server never shows it).
    static bool shows(const QJsonObject &row, const QJsonObject &sent);
    // `webhook` becomes the server's copy, with what was `sent` as the base of the next PATCH.
    void adopt(const QJsonObject &webhook, const QJsonObject &sent);
    void take(const QJsonObject &webhook, const QJsonObject &sent);
};

} // namespace sinch::ui
