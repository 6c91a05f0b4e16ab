#include "credentialstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {
Q_LOGGING_CATEGORY(lcKeychain, "sinch.auth", QtWarningMsg)

// What a keychain error means for us.
enum class Outcome {
    Done,        // the keychain did it
    NotFound,    // no entry for this key
    Unavailable, // no keychain reachable (no backend, no daemon, locked, not implemented)
    Declined,    // the user said no to a keychain prompt
    Failed,      // the keychain answered with another error
};

Outcome classify(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return Outcome::Done;
    case QKeychain::EntryNotFound:
        return Outcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:   // libsecret without a D-Bus session, KWallet not running ...
    case QKeychain::AccessDenied: // the Secret Service is there but locked and cannot prompt
    case QKeychain::NotImplemented:
        return Outcome::Unavailable;
    case QKeychain::AccessDeniedByUser:
        return Outcome::Declined;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return Outcome::Failed;
}

// The Secret Service or KWallet may simply not be up yet when the console starts with the
// session: those errors get one more try a moment later.
bool mayBeNotReadyYet(QKeychain::Error error)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
#else
    Q_UNUSED(error)
    return false;
#endif
}
} // namespace

namespace sinch {

struct CredentialStore::Operation
{
    enum Kind { Write, Read, Remove };
    Kind kind;
    QUuid project;
    QString secret; // for Write
    QPointer<QObject> context;
    Callback done;
    bool retried = false;
};

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QString CredentialStore::keyFor(const QUuid &project)
{
    return QStringLiteral("project/") + project.toString(QUuid::WithoutBraces);
}

QString CredentialStore::jobKey(const QUuid &project) const
{
#ifdef Q_OS_WIN
    // The Windows credential store ignores the service name: namespace the key ourselves.
    return m_service + QLatin1Char('/') + keyFor(project);
#else
    return keyFor(project);
#endif
}

void CredentialStore::write(const QUuid &project, const QString &secret, QObject *context, Callback done)
{
    auto op = std::make_shared<Operation>(Operation{Operation::Write, project, secret, context, std::move(done)});
    if (secret.isEmpty()) {
        SecretResult r;
        r.error = tr("Enter the key secret: an empty secret is not stored.");
        deliverLater(op, r);
        return;
    }
    if (!m_available) {
        deliverLater(op, resultWithoutKeychain(op));
        return;
    }
    startJob(op);
}

void CredentialStore::read(const QUuid &project, QObject *context, Callback done)
{
    auto op = std::make_shared<Operation>(Operation{Operation::Read, project, QString(), context, std::move(done)});
    if (!m_available || m_memory.contains(project)) {
        deliverLater(op, resultWithoutKeychain(op));
        return;
    }
    startJob(op);
}

void CredentialStore::remove(const QUuid &project, QObject *context, Callback done)
{
    auto op = std::make_shared<Operation>(Operation{Operation::Remove, project, QString(), context, std::move(done)});
    m_memory.remove(project);
    if (!m_available) {
        deliverLater(op, resultWithoutKeychain(op));
        return;
    }
    startJob(op);
}

void CredentialStore::startJob(const OperationPtr &op)
{
    QKeychain::Job *job = nullptr;
    switch (op->kind) {
    case Operation::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service);
        w->setTextData(op->secret);
        job = w;
        break;
    }
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file: memory is the only fallback
    job->setKey(jobKey(op->project));
    // The job deletes itself after `finished`; the store being gone drops the callback.
    connect(job, &QKeychain::Job::finished, this, [this, op](QKeychain::Job *j) { onJobFinished(op, j); });
    qCDebug(lcKeychain) << "keychain job" << op->kind << "for" << keyFor(op->project);
    job->start();
}

void CredentialStore::onJobFinished(const OperationPtr &op, QKeychain::Job *job)
{
    const QKeychain::Error error = job->error();
    const QString errorString = job->errorString();
    SecretResult r;

    switch (classify(error)) {
    case Outcome::Done:
        r.ok = true;
        r.persisted = true;
        if (op->kind == Operation::Read)
            r.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        else
            m_memory.remove(op->project); // the keychain holds the truth now
        deliver(op, r);
        return;

    case Outcome::NotFound:
        if (op->kind == Operation::Read) {
            r.error = tr("No key secret is stored for this project. Enter it in the project's settings.");
        } else if (op->kind == Operation::Remove) {
            r.ok = true; // nothing to remove is a success
            r.persisted = true;
        } else {
            r.error = tr("The keychain could not store the key secret (%1). Try again, or check the keychain application.")
                          .arg(errorString);
        }
        deliver(op, r);
        return;

    case Outcome::Unavailable:
        if (mayBeNotReadyYet(error) && !op->retried) {
            op->retried = true;
            qCInfo(lcKeychain) << "keychain not ready (yet?), retrying in" << kRetryDelayMs << "ms:" << errorString;
            QTimer::singleShot(kRetryDelayMs, this, [this, op] {
                if (m_available)
                    startJob(op);
                else
                    deliver(op, resultWithoutKeychain(op));
            });
            return;
        }
        markUnavailable(errorString);
        deliver(op, resultWithoutKeychain(op));
        return;

    case Outcome::Declined:
        qCWarning(lcKeychain) << "keychain access declined by the user";
        switch (op->kind) {
        case Operation::Write:
            m_memory.insert(op->project, op->secret);
            r.ok = true;
            r.error = tr("Access to the keychain was declined, so the key secret is kept only until the console closes. Allow the console to use the keychain to keep it between sessions.");
            break;
        case Operation::Read:
            r.error = tr("Access to the keychain was declined, so the key secret could not be read. Allow the console to use the keychain, or enter the key secret again.");
            break;
        case Operation::Remove:
            r.error = tr("Access to the keychain was declined, so the key secret stored there was not removed.");
            break;
        }
        deliver(op, r);
        return;

    case Outcome::Failed:
        break;
    }

    qCWarning(lcKeychain) << "keychain job failed:" << error << errorString;
    switch (op->kind) {
    case Operation::Write:
        r.error = tr("The keychain could not store the key secret (%1). Try again, or check the keychain application.")
                      .arg(errorString);
        break;
    case Operation::Read:
        r.error = tr("The keychain could not read the key secret (%1). Try again, or enter the key secret again.")
                      .arg(errorString);
        break;
    case Operation::Remove:
        r.error = tr("The keychain could not remove the key secret (%1). Remove the entry \"%2\" of \"%3\" in the keychain application.")
                      .arg(errorString, jobKey(op->project), m_service);
        break;
    }
    deliver(op, r);
}

SecretResult CredentialStore::resultWithoutKeychain(const OperationPtr &op)
{
    SecretResult r;
    const QString memoryOnly = tr("The key secret is kept only until the console closes, because no keychain is available. Install and unlock GNOME Keyring or KWallet, then enter the secret again to keep it between sessions.");
    switch (op->kind) {
    case Operation::Write:
        m_memory.insert(op->project, op->secret);
        r.ok = true;
        r.error = memoryOnly;
        break;
    case Operation::Read: {
        const auto it = m_memory.constFind(op->project);
        if (it != m_memory.constEnd()) {
            r.ok = true;
            r.secret = *it;
            r.error = memoryOnly;
        } else {
            r.error = tr("The key secret cannot be read because no keychain is available. Enter the key secret again; it is kept until the console closes.");
        }
        break;
    }
    case Operation::Remove:
        m_memory.remove(op->project);
        r.ok = true;
        if (!m_available)
            r.error = tr("The key secret was removed from memory. No keychain is available, so a secret stored there in an earlier session could not be removed.");
        break;
    }
    return r;
}

void CredentialStore::markUnavailable(const QString &backendError)
{
    if (!m_available)
        return;
    m_available = false;
    m_unavailableReason = tr("No keychain is available (%1). Key secrets are kept only until the console closes; install and unlock GNOME Keyring or KWallet to keep them between sessions.")
                              .arg(backendError);
    qCWarning(lcKeychain).noquote() << "no keychain available, keeping key secrets in memory:" << backendError;
    emit keychainUnavailable(m_unavailableReason);
}

void CredentialStore::deliverLater(const OperationPtr &op, const SecretResult &result)
{
    QTimer::singleShot(0, this, [op, result] { deliver(op, result); });
}

void CredentialStore::deliver(const OperationPtr &op, const SecretResult &result)
{
    if (op->context && op->done)
        op->done(result);
}

} // namespace sinch
