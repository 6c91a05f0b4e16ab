#include "conversationserver.h"

#include "conversationmessagesapi.h"
#include "sandboxlogging.h"
#include "sandboxreply.h"
#include "sandboxserver.h"
#include "sandboxstate.h"

#include "api/operations.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>

namespace sinch::sandbox {

namespace {

const QLatin1String kApiPrefix("/v1/projects/");

SandboxReply notFound()
{
    // No operation of the contract at this path: the API's own 404.
    return SandboxReply::ok(404, ConversationMessagesApi::runtimeError(404, QStringLiteral("NOT_FOUND"),
                                                                       QStringLiteral("Not found")));
}

} // namespace

ConversationServer::ConversationServer(Authorize authorize, StateFor stateFor, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_authorize(std::move(authorize))
    , m_stateFor(std::move(stateFor))
{
}

bool ConversationServer::start(QString *error)
{
    m_port = listen(QHostAddress::LocalHost, 0);
    if (m_port == 0) {
        if (error)
            *error = QStringLiteral("The sandbox's Conversation API cannot listen on 127.0.0.1.");
        return false;
    }
    qCInfo(lcSandbox) << "sandbox Conversation API listening on" << baseUrl().toString();
    return true;
}

QUrl ConversationServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool ConversationServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (!path.startsWith(kApiPrefix)) {
        respond(request, socket, notFound());
        return true;
    }
    const QString rest = path.mid(kApiPrefix.size());
    const int slash = rest.indexOf(QLatin1Char('/'));
    const QString projectId = slash < 0 ? rest : rest.left(slash);
    QHash<QString, QString> params;
    const Operation *op = Operations::conversation().match(SandboxServer::methodName(request.method()),
                                                           slash < 0 ? QString() : rest.mid(slash), &params);
    if (!op) {
        respond(request, socket, notFound());
        return true;
    }
    m_counts[op->id]++;
    SandboxState *state = m_stateFor(request, projectId);
    if (!m_authorize(request)) {
        respond(request, socket, SandboxReply::ok(401, ConversationMessagesApi::runtimeError(
            401, QStringLiteral("UNAUTHENTICATED"), QStringLiteral("Request had invalid credentials."))));
        return true;
    }
    if (!state) {
        respond(request, socket, SandboxReply::ok(403, ConversationMessagesApi::runtimeError(
            403, QStringLiteral("PERMISSION_DENIED"), QStringLiteral("You do not have access to project %1.").arg(projectId))));
        return true;
    }
    respond(request, socket, ConversationMessagesApi::handle(state, op, params, request.body()));
    return true;
}

void ConversationServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket, notFound());
}

void ConversationServer::respond(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxReply &reply)
{
    const QByteArray body = QJsonDocument(reply.json.toObject()).toJson(QJsonDocument::Compact);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
}

} // namespace sinch::sandbox
