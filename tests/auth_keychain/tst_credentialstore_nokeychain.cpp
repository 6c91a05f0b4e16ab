// The credential store when no keychain is reachable: D-Bus points at a socket that does not
// exist, set before the first keychain job (QtKeychain picks its backend once per process).
#include "auth/credentialstore.h"
#include "secretoutcome.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace sinch;
using sinch::test::wait;

namespace {
QString g_home;
} // namespace

class TestCredentialStoreNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyFormat();
    void emptySecretRefused();
    void writeKeepsSecretInMemory();
    void readComesFromMemory();
    void unknownProjectCannotBeRead();
    void signalledOnceOnly();
    void concurrentFailuresSignalOnce();
    void removeForgetsSecret();
    void noCallbackAfterContextDies();
    void noFileHoldsTheSecret();

private:
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<QSignalSpy> m_unavailable;
    const QUuid m_project = QUuid::createUuid();
    const QString m_secret = QStringLiteral("memory-only-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList m_secrets; // every secret handed to a store, for the file scan
};

void TestCredentialStoreNoKeychain::initTestCase()
{
    QVERIFY(!g_home.isEmpty());
    m_store = std::make_unique<CredentialStore>();
    m_unavailable = std::make_unique<QSignalSpy>(m_store.get(), &CredentialStore::keychainUnavailable);
    QVERIFY(m_store->keychainAvailable()); // nothing tried yet
}

void TestCredentialStoreNoKeychain::keyFormat()
{
    const QUuid id = QUuid::fromString(QStringLiteral("{0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d}"));
    QCOMPARE(CredentialStore::keyFor(id), QStringLiteral("project/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));
}

void TestCredentialStoreNoKeychain::emptySecretRefused()
{
    CredentialStore store;
    test::SecretOutcome o;
    store.write(QUuid::createUuid(), QString(), this, o.callback());
    QCOMPARE(o.calls, 0); // always answered later, never inside the call
    const SecretResult r = wait(o);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
}

void TestCredentialStoreNoKeychain::writeKeepsSecretInMemory()
{
    m_secrets << m_secret;
    test::SecretOutcome o;
    QElapsedTimer timer;
    timer.start();
    m_store->write(m_project, m_secret, this, o.callback());
    QCOMPARE(o.calls, 0);
    const SecretResult r = wait(o);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.persisted);
    QVERIFY2(r.error.contains(QLatin1String("only until the console closes")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QLatin1String("GNOME Keyring")), qPrintable(r.error));
    QCOMPARE(o.calls, 1);
    // The Linux keyring may just not be up yet: one retry about half a second later.
    QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));

    QVERIFY(!m_store->keychainAvailable());
    QCOMPARE(m_unavailable->count(), 1);
    const QString reason = m_unavailable->at(0).at(0).toString();
    QVERIFY2(reason.contains(QLatin1String("No keychain is available")), qPrintable(reason));
}

void TestCredentialStoreNoKeychain::readComesFromMemory()
{
    test::SecretOutcome o;
    m_store->read(m_project, this, o.callback());
    const SecretResult r = wait(o);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.secret, m_secret);
    QVERIFY(!r.persisted);
    QVERIFY(!r.error.isEmpty());
}

void TestCredentialStoreNoKeychain::unknownProjectCannotBeRead()
{
    test::SecretOutcome o;
    m_store->read(QUuid::createUuid(), this, o.callback());
    const SecretResult r = wait(o);
    QVERIFY(!r.ok);
    QVERIFY(r.secret.isEmpty());
    QVERIFY(!r.error.isEmpty());
}

void TestCredentialStoreNoKeychain::signalledOnceOnly()
{
    const QUuid other = QUuid::createUuid();
    const QString secret = QStringLiteral("second-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_secrets << secret;
    test::SecretOutcome o;
    m_store->write(other, secret, this, o.callback());
    const SecretResult r = wait(o);
    QVERIFY(r.ok);
    QVERIFY(!r.persisted);
    QCOMPARE(m_unavailable->count(), 1);
}

void TestCredentialStoreNoKeychain::concurrentFailuresSignalOnce()
{
    // A new store finds out on its own; two jobs failing at the same time still signal once.
    CredentialStore store;
    QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
    const QString s1 = QStringLiteral("c1-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString s2 = QStringLiteral("c2-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_secrets << s1 << s2;
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    test::SecretOutcome oa, ob;
    store.write(a, s1, this, oa.callback());
    store.write(b, s2, this, ob.callback());
    QVERIFY(wait(oa).ok);
    QVERIFY(wait(ob).ok);
    QCOMPARE(unavailable.count(), 1);
    test::SecretOutcome ra;
    store.read(a, this, ra.callback());
    QCOMPARE(wait(ra).secret, s1);
}

void TestCredentialStoreNoKeychain::removeForgetsSecret()
{
    test::SecretOutcome rm;
    m_store->remove(m_project, this, rm.callback());
    const SecretResult r = wait(rm);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.persisted);

    test::SecretOutcome o;
    m_store->read(m_project, this, o.callback());
    const SecretResult after = wait(o);
    QVERIFY(!after.ok);
    QVERIFY(after.secret.isEmpty());
}

void TestCredentialStoreNoKeychain::noCallbackAfterContextDies()
{
    test::SecretOutcome early;
    auto *context = new QObject;
    m_store->write(QUuid::createUuid(), QStringLiteral("x"), context, early.callback());
    delete context;
    test::SecretOutcome later;
    m_store->read(QUuid::createUuid(), this, later.callback());
    QVERIFY(wait(later).ok == false); // an unknown project; answered after the first call
    QVERIFY(later.result.has_value());
    QTest::qWait(100); // let anything still queued run
    QCOMPARE(early.calls, 0);
}

void TestCredentialStoreNoKeychain::noFileHoldsTheSecret()
{
    QVERIFY(m_secrets.size() >= 3);
    int files = 0;
    QDirIterator it(g_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const QByteArray data = f.readAll();
        for (const QString &secret : std::as_const(m_secrets)) {
            for (const QByteArray &form : {secret.toUtf8(), secret.toUtf8().toBase64(), secret.toUtf8().toHex()})
                QVERIFY2(!data.contains(form), qPrintable(path));
        }
    }
    qInfo("scanned %d file(s) under the test HOME", files);
}

int main(int argc, char **argv)
{
    // A private HOME (scanned at the end) and a D-Bus session address that leads nowhere.
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    g_home = home.path();
    qputenv("HOME", QFile::encodeName(g_home));
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                             "XDG_RUNTIME_DIR", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                             "KDE_SESSION_VERSION", "DISPLAY"})
        qunsetenv(name);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(g_home) + "/no-such-bus");

    QCoreApplication app(argc, argv);
    // Were an insecure fallback ever switched on, its settings file would land under HOME.
    QCoreApplication::setOrganizationName(QStringLiteral("sinch-console-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_credentialstore_nokeychain"));
    TestCredentialStoreNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore_nokeychain.moc"
