#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUuid>
#include <functional>
#include <memory>

namespace QKeychain {
class Job;
}

namespace sinch {

// Result of a keychain operation, given to the callback.
struct SecretResult
{
    bool ok = false;          // the operation succeeded (possibly in memory only)
    QString secret;           // for read
    bool persisted = false;   // true when the OS keychain holds it; false = memory only
    QString error;            // a sentence for the user when !ok or !persisted
};

// Key secrets in the OS keychain through QtKeychain, service "sinch-console", key
// "project/<uuid>" (namespaced by the app, keyed by the stable local project id).
// Asynchronous: the callback runs later on the caller's thread, only while `context`
// lives. When no keychain is reachable the secret is kept in memory for this run only
// (never in a file) and keychainUnavailable() tells the UI so.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(const QString &service = QStringLiteral("sinch-console"),
                             QObject *parent = nullptr);

    using Callback = std::function<void(const SecretResult &)>;
    void write(const QUuid &project, const QString &secret, QObject *context, Callback done);
    void read(const QUuid &project, QObject *context, Callback done);
    void remove(const QUuid &project, QObject *context, Callback done);

    // False once a keychain operation found no backend.
    bool keychainAvailable() const { return m_available; }

    static QString keyFor(const QUuid &project);

signals:
    void keychainUnavailable(const QString &reason);

private:
    struct Operation;
    using OperationPtr = std::shared_ptr<Operation>;

    void startJob(const OperationPtr &op);
    void onJobFinished(const OperationPtr &op, QKeychain::Job *job);
    SecretResult resultWithoutKeychain(const OperationPtr &op);
    void deliverLater(const OperationPtr &op, const SecretResult &result);
    static void deliver(const OperationPtr &op, const SecretResult &result);
    void markUnavailable(const QString &backendError);
    QString jobKey(const QUuid &project) const;

    // Delay before the one retry when the Linux keyring is not ready yet.
    static constexpr int kRetryDelayMs = 500;

    QString m_service;
    bool m_available = true;
    QString m_unavailableReason;
    QHash<QUuid, QString> m_memory; // fallback for this run only
};

} // namespace sinch
