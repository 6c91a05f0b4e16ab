#pragma once

#include "faultinjector.h"

#include <QAbstractHttpServer>
#include <QUrl>
#include <functional>

namespace sinch {
class Clock;
}

namespace sinch::sandbox {

class SandboxState;
class ReplyWriter;
struct SandboxReply;

// The Conversation API's part of the emulator, on a port of its own (the API is another
// host, and both contracts have /v1/projects/{id}/webhooks): apps (list, get),
// messages:send and messages/{message_id}, routed from the Conversation contract. The
// same credentials as the Provisioning API (Basic or the bearer tokens the sandbox
// issues) and the same project state (its apps are the seed's, its templates the ones a
// test send is checked against). Other operations answer 501, as the contract allows.
// Faults as on the Provisioning API's port: the same settings, its own one-shots
// (faults()), answers written by a ReplyWriter on the sandbox's clock.
class ConversationServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Authorize = std::function<bool(const QHttpServerRequest &)>;
    // The project a request's credentials reach; null: unknown, or not this key's.
    using StateFor = std::function<SandboxState *(const QHttpServerRequest &, const QString &projectId)>;

    ConversationServer(Authorize authorize, StateFor stateFor, QObject *parent = nullptr);

    bool start(QString *error = nullptr);
    QUrl baseUrl() const;   // http://127.0.0.1:PORT
    int requestCount(const QString &operationId) const { return m_counts.value(operationId); }

    void setClock(Clock *clock);   // not owned; null: the system's
    void setFaults(const FaultSettings &faults);
    FaultInjector &faults() { return m_faults; }
    int heldAnswers() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxReply &reply,
                 const FaultInjector::Decision &fault = FaultInjector::Decision());

    Authorize m_authorize;
    StateFor m_stateFor;
    quint16 m_port = 0;
    QHash<QString, int> m_counts;
    FaultInjector m_faults;
    ReplyWriter *m_writer;   // a child
};

} // namespace sinch::sandbox
