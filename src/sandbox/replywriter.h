#pragma once

#include "faultinjector.h"

#include "sandboxreply.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QHttpServerResponder;
class QTcpSocket;

namespace sinch {
class Clock;
}

namespace sinch::sandbox {

// Writes the answers of one server of the sandbox as their fault says: late (on the
// sandbox's clock, so that a test advances a ManualClock instead of waiting), not at all
// (a dropped connection), damaged (truncated, malformed), with a body over 50 MB streamed
// in chunks, or never finished (headers and half the body, then the connection is held).
// held() counts the answers it holds back, so a test knows when to advance the clock.
class ReplyWriter : public QObject
{
    Q_OBJECT
public:
    explicit ReplyWriter(QObject *parent = nullptr);

    void setClock(Clock *clock) { m_clock = clock; }   // not owned; null: the system's
    void setDefaultLatencyMs(int ms) { m_defaultLatencyMs = ms; }

    // `responder` is needed (non-null) unless the fault is Drop, Huge or Stall.
    void write(QTcpSocket *socket, std::shared_ptr<QHttpServerResponder> responder, const QByteArray &requestId,
               const SandboxReply &reply, const FaultInjector::Decision &fault);

    // Answers waiting for their latency, plus stalled answers whose connection is open.
    int held() const;

    // The answer of a scripted or rolled Status fault: its own body when it has one, else for
    // a 2xx status what `carryOut` answers (the request is carried out), else `errorBody`;
    // with the fault's status, content type and Retry-After.
    static SandboxReply statusReply(const FaultInjector::Decision &fault, const std::function<SandboxReply()> &carryOut,
                                    const QJsonObject &errorBody);

    // The serialized body of a reply (raw bytes, or its JSON; empty for 204).
    static QByteArray bodyOf(const SandboxReply &reply);

private:
    void writeNow(QTcpSocket *socket, const std::shared_ptr<QHttpServerResponder> &responder,
                  const QByteArray &requestId, const SandboxReply &reply, const FaultInjector::Decision &fault);
    void stall(QTcpSocket *socket, const SandboxReply &reply, const QByteArray &body);
    static void streamHuge(QTcpSocket *socket, qint64 size);

    Clock *m_clock = nullptr;
    int m_defaultLatencyMs = 0;
    int m_waiting = 0;
    QList<QPointer<QTcpSocket>> m_stalled;
};

} // namespace sinch::sandbox
