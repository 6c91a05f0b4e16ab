#pragma once

#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sinch::test {

// One answer of the sandbox as plain HTTP saw it.
struct HttpAnswer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray raw;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers;   // names in lower case
    bool finished = false;
    QJsonArray array(const char *key) const { return json.value(QLatin1String(key)).toArray(); }
    QString str(const char *key) const { return json.value(QLatin1String(key)).toString(); }
};

// Plain HTTP against a SandboxServer (no ApiClient in between), Basic auth with the
// server's key unless told otherwise, each request run to its end (10 s at most).
class SandboxHttpClient
{
public:
    explicit SandboxHttpClient(sandbox::SandboxServer *server) : m_server(server) {}

    QByteArray basic(const QString &secret = QString()) const;
    HttpAnswer send(const QByteArray &method, const QString &path, const QJsonValue &body = QJsonValue(),
                    const QByteArray &auth = QByteArray(), const QList<QPair<QByteArray, QByteArray>> &extra = {});
    // A request below /v1/projects/<the server's project>.
    HttpAnswer api(const QByteArray &method, const QString &relative, const QJsonValue &body = QJsonValue());
    HttpAnswer token(const QByteArray &auth, const QByteArray &form = "grant_type=client_credentials");

private:
    HttpAnswer finish(QNetworkReply *reply);

    sandbox::SandboxServer *m_server;
    QNetworkAccessManager m_nam;
};

// A sandbox without seed data, deciding reviews at once.
sandbox::SandboxConfig emptyConfig();
// The seeded sandbox, deciding reviews at once.
sandbox::SandboxConfig seededConfig();

// The contract's request example `name` of an operation.
QJsonObject requestExample(const char *operationId, const char *name);
// A small WhatsApp UTILITY template in EN_US (body with two variables, a quick reply).
QJsonObject waTemplate(const QString &name, const QString &status = QStringLiteral("SUBMIT"));
// The types of an activity feed's first page, newest first.
QStringList activityTypes(SandboxHttpClient &c, const QString &path);
// The values of an enum schema of the contract.
QStringList feedEnum(const char *schema);

// Runs the steps of tests/contract/scenarios.json (file at `path`) straight against the
// server; the steps whose status differs from their `expect` come back as
// "name: status".
QStringList runContractScenarios(const QString &path, sandbox::SandboxServer *server);

} // namespace sinch::test
