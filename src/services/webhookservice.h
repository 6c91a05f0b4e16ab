#pragma once

#include <QPointer>
#include <QString>

namespace sinch {

class ApiClient;
class ApiJob;

// The webhooks of one project as typed calls.
class WebhookService
{
public:
    WebhookService(ApiClient *client, QString projectKey);
    // The cheapest call every project answers (one webhook at most): tests a key
    // (CLARIFICATIONS.md, "Projects and auth").
    ApiJob *probe() const;

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
