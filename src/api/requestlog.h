#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace sinch {

// The request log: every request with method, path, status, duration and request id,
// in the QLoggingCategory "sinch.api" (checked before anything is formatted) and in a
// bounded in-memory list the UI shows. Secrets never enter it: Authorization headers,
// token responses, form bodies and JSON fields named like secrets are redacted, and so
// are query values of such names.
class RequestLog : public QObject
{
    Q_OBJECT
public:
    struct Entry {
        QDateTime at;
        QString requestId;
        QString projectKey;
        QString operationId;
        QByteArray method;
        QString url;          // redacted
        int status = 0;       // 0 = no HTTP answer
        QString error;        // short error summary
        qint64 durationMs = 0;
        int attempt = 1;
        QByteArray requestBody;  // redacted, cut at kBodyLimit
        QByteArray responseBody; // redacted, cut at kBodyLimit
    };
    static constexpr int kBodyLimit = 4096;

    explicit RequestLog(QObject *parent = nullptr);

    void record(Entry entry);
    const QList<Entry> &entries() const { return m_entries; }
    void setCapacity(int n);
    void clear();

    // Redaction helpers, public for the tests and for error details.
    static QString redactUrl(const QUrl &url);
    static QByteArray redactBody(const QByteArray &body, const QByteArray &contentType);
    static QByteArray redactHeader(const QByteArray &name, const QByteArray &value);
    static bool isSecretName(QStringView name);

signals:
    void entryAdded(const sinch::RequestLog::Entry &entry);

private:
    QList<Entry> m_entries;
    int m_capacity = 500;
};

} // namespace sinch
