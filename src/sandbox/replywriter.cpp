#include "replywriter.h"

#include "sandboxlogging.h"
#include "sandboxreply.h"

#include "api/clocktimer.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace sinch::sandbox {

namespace {

// An answer written by hand (the responder would finish it): status line and headers.
QByteArray rawHead(int status, const QByteArray &contentType, qint64 contentLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + (status < 400 ? " OK" : " Error") + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    return head + "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
}

} // namespace

ReplyWriter::ReplyWriter(QObject *parent) : QObject(parent) {}

SandboxReply ReplyWriter::statusReply(const FaultInjector::Decision &fault, const std::function<SandboxReply()> &carryOut,
                                      const QJsonObject &errorBody)
{
    SandboxReply r;
    if (!fault.body.isEmpty())
        r.raw = fault.body;
    else if (fault.status >= 200 && fault.status < 300)
        r = carryOut();
    else
        r.json = errorBody;
    r.status = fault.status;
    r.contentType = fault.contentType;
    if (fault.retryAfterSeconds >= 0)
        r.headers << qMakePair(QByteArray("Retry-After"), QByteArray::number(fault.retryAfterSeconds));
    return r;
}

QByteArray ReplyWriter::bodyOf(const SandboxReply &reply)
{
    if (!reply.raw.isEmpty())
        return reply.raw;
    if (reply.status == 204 || reply.json.isUndefined())
        return QByteArray();
    return reply.json.isArray() ? QJsonDocument(reply.json.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(reply.json.toObject()).toJson(QJsonDocument::Compact);
}

int ReplyWriter::held() const
{
    int open = 0;
    for (const QPointer<QTcpSocket> &s : m_stalled)
        open += s && s->state() == QAbstractSocket::ConnectedState;
    return m_waiting + open;
}

void ReplyWriter::write(QTcpSocket *socket, std::shared_ptr<QHttpServerResponder> responder,
                        const QByteArray &requestId, const SandboxReply &reply, const FaultInjector::Decision &fault)
{
    const int latency = fault.latencyMs >= 0 ? fault.latencyMs : m_defaultLatencyMs;
    if (latency <= 0) {
        writeNow(socket, responder, requestId, reply, fault);
        return;
    }
    // On the sandbox's clock: a test that shares a ManualClock advances it past the latency.
    auto *timer = new ClockTimer(m_clock, this);
    timer->setSingleShot(true);
    timer->setInterval(latency);
    ++m_waiting;
    QPointer<QTcpSocket> guard(socket);
    connect(timer, &ClockTimer::timeout, this, [this, timer, guard, responder, requestId, reply, fault] {
        --m_waiting;
        timer->deleteLater();
        if (guard)
            writeNow(guard, responder, requestId, reply, fault);
    });
    timer->start();
}

void ReplyWriter::writeNow(QTcpSocket *socket, const std::shared_ptr<QHttpServerResponder> &responder,
                           const QByteArray &requestId, const SandboxReply &reply,
                           const FaultInjector::Decision &fault)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    switch (fault.kind) {
    case FaultInjector::Kind::Drop:
        socket->abort();
        return;
    case FaultInjector::Kind::Huge:
        streamHuge(socket, fault.hugeBytes);
        return;
    case FaultInjector::Kind::Stall:
        stall(socket, reply, bodyOf(reply));
        return;
    case FaultInjector::Kind::None:
    case FaultInjector::Kind::Status:
        break;
    }
    QByteArray body = bodyOf(reply);
    if (!body.isEmpty())
        body = FaultInjector::damage(body, fault);
    const int status = reply.status;
    responder->writeStatusLine(QHttpServerResponder::StatusCode(status));
    if (status != 204)
        responder->writeHeader("Content-Type", reply.contentType.isEmpty() ? QByteArray("application/json")
                                                                           : reply.contentType);
    responder->writeHeader("Content-Length", QByteArray::number(body.size()));
    for (const auto &h : reply.headers)
        responder->writeHeader(h.first, h.second);
    if (!requestId.isEmpty())
        responder->writeHeader("X-Request-ID", requestId);
    responder->writeBody(body);
}

void ReplyWriter::stall(QTcpSocket *socket, const SandboxReply &reply, const QByteArray &body)
{
    qCDebug(lcSandbox) << "stalling an answer of" << body.size() << "bytes";
    m_stalled.removeAll(nullptr);
    m_stalled << socket;
    if (body.isEmpty()) {
        // No body to leave unfinished (204): the headers never end instead.
        socket->write(rawHead(reply.status, QByteArray(), 0));
        return;
    }
    socket->write(rawHead(reply.status, "application/json", body.size()) + "\r\n" + body.left(body.size() / 2));
}

void ReplyWriter::streamHuge(QTcpSocket *socket, qint64 size)
{
    qCDebug(lcSandbox) << "streaming a body of" << size << "bytes";
    socket->write(rawHead(200, "application/json", size) + "\r\n");
    // A JSON array of blanks, written as the socket drains, so the sandbox never holds it.
    static const QByteArray blanks(256 * 1024, ' ');
    auto sent = std::make_shared<qint64>(0);
    const auto pump = [socket, sent, size] {
        while (*sent < size && socket->bytesToWrite() < 4 * blanks.size()
               && socket->state() == QAbstractSocket::ConnectedState) {
            QByteArray chunk = blanks.left(int(qMin<qint64>(blanks.size(), size - *sent)));
            if (*sent == 0)
                chunk[0] = '[';
            if (*sent + chunk.size() == size)
                chunk[chunk.size() - 1] = ']';
            socket->write(chunk);
            *sent += chunk.size();
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

} // namespace sinch::sandbox
