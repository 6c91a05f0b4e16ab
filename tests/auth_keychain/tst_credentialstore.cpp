// The credential store against a real Secret Service (gnome-keyring in the private session
// that scripts/with-keyring starts).
#include "auth/credentialstore.h"
#include "secretoutcome.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace sinch;
using sinch::test::wait;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void entryVisibleToOtherSecretServiceClients();
    void overwrite();
    void removeThenReadIsNotFound();
    void removeMissingIsOk();
    void servicesAreSeparate();
    void noCallbackAfterContextDies();

private:
    SecretResult write(CredentialStore &store, const QUuid &id, const QString &secret);
    SecretResult read(CredentialStore &store, const QUuid &id);
    SecretResult remove(CredentialStore &store, const QUuid &id);
};

void TestCredentialStore::init()
{
    if (qEnvironmentVariable("SINCH_KEYRING_SESSION") != QLatin1String("1"))
        QSKIP("not running under scripts/with-keyring: no private keyring to test against");
}

SecretResult TestCredentialStore::write(CredentialStore &store, const QUuid &id, const QString &secret)
{
    test::SecretOutcome o;
    store.write(id, secret, this, o.callback());
    return wait(o);
}

SecretResult TestCredentialStore::read(CredentialStore &store, const QUuid &id)
{
    test::SecretOutcome o;
    store.read(id, this, o.callback());
    return wait(o);
}

SecretResult TestCredentialStore::remove(CredentialStore &store, const QUuid &id)
{
    test::SecretOutcome o;
    store.remove(id, this, o.callback());
    return wait(o);
}

void TestCredentialStore::roundTrip()
{
    const QUuid id = QUuid::createUuid();
    const QString secret = QStringLiteral("s3cr3t-Ä€-") + QUuid::createUuid().toString();
    {
        CredentialStore store;
        QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
        const SecretResult w = write(store, id, secret);
        QVERIFY2(w.ok, qPrintable(w.error));
        QVERIFY2(w.persisted, qPrintable(w.error));
        QVERIFY(w.error.isEmpty());
        QVERIFY(store.keychainAvailable());
        QCOMPARE(unavailable.count(), 0);
    }
    // A new store has nothing in memory: what it reads comes from the keychain.
    CredentialStore fresh;
    const SecretResult r = read(fresh, id);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.persisted);
    QCOMPARE(r.secret, secret);
    QVERIFY(remove(fresh, id).ok);
}

void TestCredentialStore::entryVisibleToOtherSecretServiceClients()
{
    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    const QUuid id = QUuid::createUuid();
    const QString secret = QStringLiteral("visible-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    CredentialStore store;
    QVERIFY(write(store, id, secret).persisted);

    // QtKeychain's libsecret schema: "server" is the service, "user" the key.
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("sinch-console"),
                  QStringLiteral("user"), CredentialStore::keyFor(id)});
    QVERIFY(lookup.waitForFinished(test::kKeychainTimeout));
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), secret);
    QVERIFY(remove(store, id).ok);
}

void TestCredentialStore::overwrite()
{
    const QUuid id = QUuid::createUuid();
    CredentialStore store;
    QVERIFY(write(store, id, QStringLiteral("first")).persisted);
    QVERIFY(write(store, id, QStringLiteral("second")).persisted);
    CredentialStore fresh;
    QCOMPARE(read(fresh, id).secret, QStringLiteral("second"));
    QVERIFY(remove(fresh, id).ok);
}

void TestCredentialStore::removeThenReadIsNotFound()
{
    const QUuid id = QUuid::createUuid();
    CredentialStore store;
    QVERIFY(write(store, id, QStringLiteral("gone soon")).persisted);
    const SecretResult rm = remove(store, id);
    QVERIFY2(rm.ok, qPrintable(rm.error));
    QVERIFY(rm.persisted);

    CredentialStore fresh;
    const SecretResult r = read(fresh, id);
    QVERIFY(!r.ok);
    QVERIFY(r.secret.isEmpty());
    QVERIFY2(r.error.contains(QLatin1String("No key secret is stored")), qPrintable(r.error));
    QVERIFY(fresh.keychainAvailable()); // "not found" is not "no keychain"
}

void TestCredentialStore::removeMissingIsOk()
{
    CredentialStore store;
    const SecretResult rm = remove(store, QUuid::createUuid());
    QVERIFY2(rm.ok, qPrintable(rm.error));
}

void TestCredentialStore::servicesAreSeparate()
{
    const QUuid id = QUuid::createUuid();
    CredentialStore a(QStringLiteral("sinch-console-test-a"));
    CredentialStore b(QStringLiteral("sinch-console-test-b"));
    QVERIFY(write(a, id, QStringLiteral("for a")).persisted);
    const SecretResult r = read(b, id);
    QVERIFY(!r.ok);
    QCOMPARE(read(a, id).secret, QStringLiteral("for a"));
    QVERIFY(remove(a, id).ok);
}

void TestCredentialStore::noCallbackAfterContextDies()
{
    const QUuid id = QUuid::createUuid();
    CredentialStore store;
    QVERIFY(write(store, id, QStringLiteral("x")).persisted);

    test::SecretOutcome early;
    auto *context = new QObject;
    store.read(id, context, early.callback());
    delete context; // the caller went away before the keychain answered

    // QtKeychain runs jobs in order: once this one is answered, the first one was too.
    test::SecretOutcome later;
    store.read(id, this, later.callback());
    QTRY_VERIFY_WITH_TIMEOUT(later.result.has_value(), test::kKeychainTimeout);
    QCOMPARE(later.result->secret, QStringLiteral("x"));
    QCOMPARE(early.calls, 0);
    QVERIFY(remove(store, id).ok);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
