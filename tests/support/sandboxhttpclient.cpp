#include "sandboxhttpclient.h"

#include "api/contract.h"
#include "api/operations.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace sinch::test {

using sandbox::SandboxConfig;

QByteArray SandboxHttpClient::basic(const QString &secret) const
{
    const SandboxConfig &c = m_server->config();
    return "Basic " + (c.keyId + QLatin1Char(':') + (secret.isNull() ? c.keySecret : secret)).toUtf8().toBase64();
}

HttpAnswer SandboxHttpClient::send(const QByteArray &method, const QString &path, const QJsonValue &body,
                                   const QByteArray &auth, const QList<QPair<QByteArray, QByteArray>> &extra)
{
    QUrl url = m_server->baseUrl();
    const int q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", auth.isNull() ? basic() : auth);
    for (const auto &h : extra)
        req.setRawHeader(h.first, h.second);
    QByteArray data;
    if (!body.isUndefined() && !body.isNull()) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        data = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, data);
    return finish(reply);
}

HttpAnswer SandboxHttpClient::api(const QByteArray &method, const QString &relative, const QJsonValue &body)
{
    return send(method, QStringLiteral("/v1/projects/%1%2").arg(m_server->config().projectId, relative), body);
}

HttpAnswer SandboxHttpClient::token(const QByteArray &auth, const QByteArray &form)
{
    QNetworkRequest req(m_server->tokenUrl());
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    if (!auth.isEmpty())
        req.setRawHeader("Authorization", auth);
    return finish(m_nam.post(req, form));
}

HttpAnswer SandboxHttpClient::finish(QNetworkReply *reply)
{
    QSignalSpy done(reply, &QNetworkReply::finished);
    HttpAnswer r;
    if (!reply->isFinished() && !done.wait(10000)) {
        reply->abort();
        reply->deleteLater();
        return r;
    }
    r.finished = true;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.raw = reply->readAll();
    r.json = QJsonDocument::fromJson(r.raw).object();
    for (const auto &h : reply->rawHeaderPairs())
        r.headers.insert(h.first.toLower(), h.second);
    reply->deleteLater();
    return r;
}

SandboxConfig emptyConfig()
{
    SandboxConfig c = seededConfig();
    c.seed = false;
    return c;
}

SandboxConfig seededConfig()
{
    SandboxConfig c;
    c.reviewDelaySeconds = 0;
    return c;
}

QJsonObject requestExample(const char *operationId, const char *name)
{
    return Operations::instance().find(QLatin1String(operationId))->definition()
        .value(QLatin1String("requestBody")).toObject().value(QLatin1String("content")).toObject()
        .value(QLatin1String("application/json")).toObject().value(QLatin1String("examples")).toObject()
        .value(QLatin1String(name)).toObject().value(QLatin1String("value")).toObject();
}

QJsonObject waTemplate(const QString &name, const QString &status)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("language"), QStringLiteral("EN_US")},
        {QStringLiteral("category"), QStringLiteral("UTILITY")}, {QStringLiteral("status"), status},
        {QStringLiteral("details"), QJsonObject{{QStringLiteral("components"), QJsonArray{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                        {QStringLiteral("text"), QStringLiteral("Hello {{1}}, your order {{2}} has shipped.")},
                        {QStringLiteral("examples"), QJsonArray{QStringLiteral("Anna"), QStringLiteral("A-") + name}}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("BUTTONS")},
                        {QStringLiteral("buttons"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("QUICK_REPLY")},
                                                                           {QStringLiteral("text"), QStringLiteral("Thanks")}}}}}}}}}};
}

QStringList activityTypes(SandboxHttpClient &c, const QString &path)
{
    QStringList out;
    for (const QJsonValue &a : c.api("GET", path).array("notifications"))
        out << a.toObject().value(QLatin1String("type")).toString();
    return out;
}

QStringList feedEnum(const char *schema)
{
    QStringList out;
    for (const QJsonValue &v : Contract::schema(QLatin1String(schema)).value(QLatin1String("enum")).toArray())
        out << v.toString();
    return out;
}

QStringList runContractScenarios(const QString &path, sandbox::SandboxServer *server)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read %1").arg(path)};
    const SandboxConfig &config = server->config();
    SandboxHttpClient c(server);
    QHash<QString, QString> vars;
    const auto subst = [&vars](QString text) {
        for (auto it = vars.constBegin(); it != vars.constEnd(); ++it)
            text.replace(QStringLiteral("${") + it.key() + QLatin1Char('}'), it.value());
        return text;
    };
    QStringList failures;
    for (const QJsonValue &sv : QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("steps")).toArray()) {
        const QJsonObject step = sv.toObject();
        const Operation *op = Operations::instance().find(step.value(QLatin1String("op")).toString());
        if (!op) {
            failures << QStringLiteral("%1: no operation").arg(step.value(QLatin1String("name")).toString());
            continue;
        }
        QString opPath = op->path;
        const QJsonObject params = step.value(QLatin1String("path")).toObject();
        for (auto it = params.begin(); it != params.end(); ++it)
            opPath.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), subst(it.value().toString()));
        QUrlQuery query;
        for (const QJsonValue &q : step.value(QLatin1String("query")).toArray())
            query.addQueryItem(q.toArray().at(0).toString(),
                               QString::fromLatin1(QUrl::toPercentEncoding(subst(q.toArray().at(1).toString()))));
        if (!query.isEmpty())
            opPath += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
        const QString auth = step.value(QLatin1String("auth")).toString(QStringLiteral("ok"));
        const QString project = auth == QLatin1String("otherProject") ? config.limits.otherProjectId : config.projectId;
        QJsonValue body = QJsonValue::Undefined;
        if (step.contains(QLatin1String("body")))
            body = QJsonDocument::fromJson(subst(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("b"), step.value(QLatin1String("body"))}})
                                                                        .toJson(QJsonDocument::Compact))).toUtf8())
                       .object().value(QLatin1String("b"));
        if (op->hasRequestBody && body.isUndefined())
            body = QJsonObject();
        if (step.value(QLatin1String("waitMs")).toInt() > 0)
            QTest::qWait(step.value(QLatin1String("waitMs")).toInt());
        const HttpAnswer r = c.send(op->method, QStringLiteral("/v1/projects/") + project + opPath, body,
                                    auth == QLatin1String("wrong") ? c.basic(QStringLiteral("wrong")) : QByteArray());
        if (r.status != step.value(QLatin1String("expect")).toInt())
            failures << QStringLiteral("%1: %2").arg(step.value(QLatin1String("name")).toString()).arg(r.status);
        const QJsonObject save = step.value(QLatin1String("save")).toObject();
        for (auto it = save.begin(); it != save.end(); ++it) {
            QJsonValue v = r.json;
            for (const QString &part : it.value().toString().split(QLatin1Char('.')))
                v = v.isArray() ? v.toArray().at(part.toInt()) : v.toObject().value(part);
            vars.insert(it.key(), v.isString() ? v.toString() : QString::number(v.toDouble()));
        }
    }
    return failures;
}

} // namespace sinch::test
