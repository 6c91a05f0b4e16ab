#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sinch {

// One operation of the contract, read from the embedded document: the client, the
// sandbox's route table and the contract tests are driven from this table, so the 87
// operations are data rather than 87 functions.
// The two contracts the console calls: the Provisioning API (its 87 operations) and the
// Conversation API (apps and messages, another host: Endpoint::conversationUrl).
enum class ApiFamily { Provisioning, Conversation };

struct Operation
{
    QString id;            // operationId, e.g. "WebhookController_listWebhooks_v1"
    QString tag;           // first tag, e.g. "Webhooks"
    QString summary;
    QByteArray method;     // "GET", "POST", "PUT", "PATCH", "DELETE"
    QString path;          // relative to /v1/projects/{projectId}, e.g. "/webhooks/{webhookId}"
    QStringList pathParams;   // in order of appearance, without projectId
    QStringList queryParams;
    QString requestSchema;    // "$ref" of the JSON request body, or empty (see requestBodySchema)
    bool hasRequestBody = false;
    int successStatus = 200;
    QList<int> errorStatuses;
    ApiFamily api = ApiFamily::Provisioning;

    // Automatic retries are allowed only for these (GET, PUT, DELETE); the retry
    // endpoint of RCS test numbers resends an invite and is never retried.
    bool isIdempotent() const;
    bool isList() const { return queryParams.contains(QLatin1String("pageToken")); }

    // The contract document the operation belongs to.
    const QJsonObject &document() const;
    // The full "operation" object of the contract (parameters, responses, examples).
    QJsonObject definition() const;
    // The request body schema (may be inline, e.g. a oneOf).
    QJsonObject requestBodySchema() const;
    // The schema of the response for the given status (inline or resolved $ref).
    QJsonObject responseSchema(int status) const;

    // Fills the path template with values; values are percent-encoded.
    QString expandPath(const QHash<QString, QString> &values) const;
};

class Operations
{
public:
    // The Provisioning API's operations (what the sandbox's main port routes).
    static const Operations &instance();
    // The Conversation API's operations (paths below /v1/projects/{project_id}).
    static const Operations &conversation();
    // An operation of either contract (their IDs do not overlap).
    static const Operation *findAny(const QString &operationId);

    const Operation *find(const QString &operationId) const;
    const QList<Operation> &all() const { return m_all; }
    // Finds the operation for a method and a path relative to the project prefix
    // (e.g. "GET", "/webhooks/abc"), filling the path parameters it matched.
    const Operation *match(const QByteArray &method, const QString &relativePath,
                           QHash<QString, QString> *params = nullptr) const;

private:
    explicit Operations(ApiFamily api);
    QList<Operation> m_all;
    QHash<QString, int> m_byId;
};

} // namespace sinch
