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

    ApiRequest() = default;
    explicit ApiRequest(QString op) : operationId(std::move(op)) {}
    ApiRequest &path(const QString &name, const QString &value) { pathParams.insert(name, value); return *this; }
    ApiRequest &arg(const QString &name, const QString &value) { query.append({name, value}); return *this; }
    ApiRequest &json(const QJsonValue &value) { body = value; return *this; }
};

} // namespace sinch
