#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace sinch {

// A request for one operation of the contract. Path parameters by name (projectId is
// filled from the project), query items in order (repeated keys allowed, for filters),
// and an optional JSON body.
struct ApiRequest
{
    QString operationId;
    QHash<QString, QString> pathParams;
    QList<QPair<QString, QString>> query;
    QJsonValue body = QJsonValue(QJsonValue::Undefined);
    // HTTP statuses that answer the caller's question rather than fail it (a look-up's 404:
    // "no such name, it is free"); the result still carries the error, but the console's
    // "last error" does not show it.
    QList<int> expectedStatuses;

    ApiRequest() = default;
    explicit ApiRequest(QString op) : operationId(std::move(op)) {}
    ApiRequest &path(const QString &name, const QString &value) { pathParams.insert(name, value); return *this; }
    ApiRequest &arg(const QString &name, const QString &value) { query.append({name, value}); return *this; }
    ApiRequest &json(const QJsonValue &value) { body = value; return *this; }
    ApiRequest &expect(int httpStatus) { expectedStatuses.append(httpStatus); return *this; }
};

} // namespace sinch
