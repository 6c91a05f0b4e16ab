#pragma once

#include "api/apirequest.h"

#include <QJsonObject>
#include <QPointer>
#include <QString>

namespace sinch {

class ApiClient;
class ApiJob;
struct ApiResult;

// The webhooks of one project as typed calls: the views ask for "the webhook with this
// ID", never for an operation ID. Each call returns the running job; its finished()
// carries the webhook (WebhookWebhookDto: id, target, triggers; the server never returns
// the secret).
class WebhookService
{
public:
    WebhookService(ApiClient *client, QString projectKey);

    // The cheapest call every project answers (one webhook at most): tests a key
    // (CLARIFICATIONS.md, "Projects and auth").
    ApiJob *probe() const;
    // The first page of the list, for a list model (it reads the further pages itself).
    static ApiRequest listRequest();
    ApiJob *get(const QString &id) const;
    // `webhook`: target, secret and triggers (WebhookWebhookInputDto).
    ApiJob *create(const QJsonObject &webhook) const;
    // PUT: every field is replaced; the secret is required.
    ApiJob *replace(const QString &id, const QJsonObject &webhook) const;
    // PATCH: only the fields in `changes` change.
    ApiJob *update(const QString &id, const QJsonObject &changes) const;
    ApiJob *remove(const QString &id) const;

    // The body of a create or a replace: the three fields of the input schema, nothing else.
    static QJsonObject inputBody(const QJsonObject &webhook);

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
