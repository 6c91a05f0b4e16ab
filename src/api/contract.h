#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

namespace sinch {

// The Provisioning API contract (OpenAPI 3.0.3) as data. The JSON copy is embedded as a
// resource (":/api/provisioning-api.json", made by scripts/convert-contract.py) so the
// client, the rules and the sandbox all read the same document.
class Contract
{
public:
    // The whole document, parsed once and shared. Thread-safe after first use.
    static const QJsonObject &document();

    // Resolves a local "$ref" such as "#/components/schemas/WebhookWebhookDto".
    // Returns an undefined value when the reference does not exist.
    static QJsonValue resolve(const QString &ref);
    // `schema` with its $ref chain followed (a schema that is only a reference is the one
    // it names); the one place that resolves references.
    static QJsonObject resolved(QJsonObject schema);

    // The schema with the given name under components/schemas.
    static QJsonObject schema(const QString &name);

    // The contract's version string (info.version).
    static QString version();

    // The Conversation API contract (OpenAPI 3.1, ":/api/conversation-api.json", the same
    // conversion): the app list and messages that test sends go through.
    static const QJsonObject &conversationDocument();
    // resolve() and resolved() within another document (the Conversation contract).
    static QJsonValue resolveIn(const QJsonObject &document, const QString &ref);
    static QJsonObject resolvedIn(const QJsonObject &document, QJsonObject schema);
    // The base URLs of the Conversation API (its `servers`: EU, then US).
    static QList<QUrl> conversationServers();

    // Path prefix of every operation; ApiClient builds URLs below it.
    static QString projectPathPrefix() { return QStringLiteral("/v1/projects/{projectId}"); }
};

} // namespace sinch
