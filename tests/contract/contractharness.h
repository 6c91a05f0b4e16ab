#pragma once

#include "api/apiclient.h"
#include "api/operations.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <memory>

namespace sinch::test {

// One violation Prism reported in the sl-violations header.
struct Violation
{
    QString location; // "response.body.templates.0.changes"
    QString code;     // "oneOf", "type", "required" ...
    QString message;
    QString operationId;
    int status = 0;
    QString step;
};

// A row of KNOWN-DEFECTS.md as data (tests/contract/known-defects.json).
struct KnownDefect
{
    QString row;
    QStringList codes;
    QList<QRegularExpression> locations;
    QStringList operations; // "*" = any
    QStringList tags;
    QList<int> statuses;
    bool errorStatusesWithOneOf = false;
    bool below = false;

    bool covers(const Operation &op, int status, const Violation &v) const;
    static QList<KnownDefect> load(const QString &file, QString *error);
};

// Prism as a child process (proxy in front of a server, or mock), ready when it says so.
class Prism
{
public:
    ~Prism();
    // `spec`: the contract to check against (the Provisioning API's when empty).
    bool startProxy(const QUrl &upstream, QString *error, const QString &spec = QString());
    bool startMock(QString *error);
    QUrl url() const { return m_url; }
    QString output() const;

private:
    bool start(const QStringList &args, QString *error);
    // One try on a free port; false with `*exited` when Prism quit before it listened.
    bool startOnce(const QStringList &args, QString *error, bool *exited);
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
};

QList<Violation> parseViolations(const QList<QPair<QByteArray, QByteArray>> &headers);

// Replaces ${name} in every string of `value` with the saved variables.
QJsonValue substitute(const QJsonValue &value, const QMap<QString, QString> &vars, QStringList *missing);

// Reads "a.b.0.c" from a JSON document.
QJsonValue pick(const QJsonValue &root, const QString &path);

} // namespace sinch::test
