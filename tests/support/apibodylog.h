#pragma once

#include <QJsonObject>
#include <QStringList>

namespace sinch {
class RequestLog;
}

namespace sinch::test {

// Request bodies enter the request log (redacted) only at debug level. While one of these
// lives, "sinch.api" logs at debug level whatever QT_LOGGING_RULES says, and every message
// logged is kept (those of "sinch.api" are not printed), so a suite can check what was sent
// and look for a secret wherever it could leak.
class ApiBodyLog
{
public:
    ApiBodyLog();
    ~ApiBodyLog();
    ApiBodyLog(const ApiBodyLog &) = delete;
    ApiBodyLog &operator=(const ApiBodyLog &) = delete;

    // Every message logged while it lived.
    static QStringList messages();
    // The JSON body of the last request of `operationId` in `log` (empty when none).
    static QJsonObject lastBody(const RequestLog &log, const QString &operationId);
};

} // namespace sinch::test
