#include "conversationserver.h"

#include "conversationmessagesapi.h"
#include "replywriter.h"
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

// The google.rpc status of an HTTP status, as the Conversation API names its errors.
QString statusName(int status)
{
    switch (status) {
    case 400: return QStringLiteral("INVALID_ARGUMENT");
    case 401: return QStringLiteral("UNAUTHENTICATED");
    case 403: return QStringLiteral("PERMISSION_DENIED");
    case 404: return QStringLiteral("NOT_FOUND");
    case 429: return QStringLiteral("RESOURCE_EXHAUSTED");
    case 503: return QStringLiteral("UNAVAILABLE");
    case 504: return QStringLiteral("DEADLINE_EXCEEDED");
    default: return QStringLiteral("INTERNAL");
    }
}

} // namespace

ConversationServer::ConversationServer(Authorize authorize, StateFor stateFor, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_authorize(std::move(authorize))
    , m_stateFor(std::move(stateFor))
    , m_writer(new ReplyWriter(this))
{
}

void ConversationServer::setClock(Clock *clock)
{
    m_writer->setClock(clock);
}

void ConversationServer::setFaults(const FaultSettings &faults)
{
    m_faults.setSettings(faults);
    m_writer->setDefaultLatencyMs(faults.latencyMs);
}

int ConversationServer::heldAnswers() const
{
    return m_writer->held();
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
    const FaultInjector::Decision fault = m_faults.next();
    if (fault.kind == FaultInjector::Kind::Drop || fault.kind == FaultInjector::Kind::Huge) {
        respond(request, socket, SandboxReply(), fault);
        return true;
    }
    if (fault.kind == FaultInjector::Kind::Status) {
        const QJsonObject error = ConversationMessagesApi::runtimeError(fault.status, statusName(fault.status),
                                                                        QStringLiteral("Injected fault."));
        const SandboxReply r = ReplyWriter::statusReply(
            fault,
            [&] {
                return state && m_authorize(request) ? ConversationMessagesApi::handle(state, op, params, request.body())
                                                     : SandboxReply::ok(fault.status, error);
            },
            error);
        respond(request, socket, r, fault);
        return true;
    }
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
    respond(request, socket, ConversationMessagesApi::handle(state, op, params, request.body()), fault);
    return true;
}

void ConversationServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket, notFound());
}

void ConversationServer::respond(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxReply &reply,
                                 const FaultInjector::Decision &fault)
{
    const bool answers = fault.kind == FaultInjector::Kind::None || fault.kind == FaultInjector::Kind::Status;
    auto responder = answers ? std::make_shared<QHttpServerResponder>(makeResponder(request, socket)) : nullptr;
    m_writer->write(socket, responder, QByteArray(), reply, fault);
}

} // namespace sinch::sandbox
