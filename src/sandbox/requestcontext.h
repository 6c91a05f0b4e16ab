#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrlQuery>

namespace sinch {
struct Operation;
}

namespace sinch::sandbox {

// What a route handler sees of one API request: the matched operation, its path
// parameters (percent-decoded), the query (repeated keys kept) and the parsed JSON body.
struct RequestContext
{
    const Operation *op = nullptr;
    QHash<QString, QString> params;
    QUrlQuery query;
    QJsonValue body;

    QString param(const QString &name) const { return params.value(name); }
    QJsonObject object() const { return body.toObject(); }
    // All values of a query parameter, repeated keys and comma lists both accepted.
    QStringList queryList(const QString &name) const
    {
        QStringList out;
        for (const QString &v : query.allQueryItemValues(name, QUrl::FullyDecoded))
            for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
                out << part.trimmed();
        return out;
    }
    QString queryValue(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
};

} // namespace sinch::sandbox
