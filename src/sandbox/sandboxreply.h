#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

namespace sinch::sandbox {

// One answer of the emulator before it is written to the socket: a status, a JSON body
// (undefined for 204) or raw bytes (scripted faults), and extra headers.
struct SandboxReply
{
    int status = 200;
    QJsonValue json = QJsonValue(QJsonValue::Undefined);
    QByteArray raw;          // used as is when non-empty (overrides json)
    QByteArray contentType;  // of `raw` (empty: application/json)
    QList<QPair<QByteArray, QByteArray>> headers;

    static SandboxReply ok(int status, const QJsonValue &body)
    {
        SandboxReply r;
        r.status = status;
        r.json = body;
        return r;
    }
    static SandboxReply noContent()
    {
        SandboxReply r;
        r.status = 204;
        return r;
    }
    bool isError() const { return status >= 400; }
};

} // namespace sinch::sandbox
