#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QMetaType>

namespace sinch {

// What a finished request hands back: either the parsed JSON of a 2xx answer or an error.
struct ApiResult
{
    int httpStatus = 0;
    QJsonDocument json;      // empty for 204
    QList<QPair<QByteArray, QByteArray>> headers; // response headers of the last attempt
    ApiError error;          // kind None on success
    QString requestId;
    QString operationId;
    int attempts = 0;        // 1 + retries
    qint64 elapsedMs = 0;
    bool errorExpected = false; // the error's status is one the request expected (ApiRequest::expect)

    bool ok() const { return !error.isError(); }
};

} // namespace sinch

Q_DECLARE_METATYPE(sinch::ApiResult)
