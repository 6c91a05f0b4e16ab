#include "storage/projectstore.h"

#include "api/contract.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <vector>

using namespace sinch;

class TestProjectStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void authModeStrings();
    void equality();
    void validation_data();
    void validation();

    void roundTripEveryField();
    void updateReplacesTheGroup();
    void projectsSortedByName();
    void invalidProjectRefused();
    void sandboxNeverSaved();
    void secretNeverWritten();
    void removeDropsGroupAndLastProject();
    void lastProject();
    void ignoresForeignGroups();
    void conversationRegionAndTestRecipients();

private:
    static Project validProject(const QString &name = QStringLiteral("Marketing EU"));
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("console.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

// The Conversation API host is one of the contract's servers (EU by default, US chosen);
// the test recipients outlive a save of the project, latest first, without repeats.
void TestProjectStore::conversationRegionAndTestRecipients()
{
    const QList<QUrl> servers = Contract::conversationServers();
    QCOMPARE(servers.size(), 2);
    QCOMPARE(Project().conversationUrl, servers.first());
    Project p = validProject();
    p.conversationUrl = servers.at(1);
    {
        ProjectStore store(settingsFile());
        QVERIFY(store.save(p));
        store.addTestRecipient(p.projectId, QStringLiteral("+46701234567"));
        store.addTestRecipient(p.projectId, QStringLiteral("+46709876543"));
        store.addTestRecipient(p.projectId, QStringLiteral("+46701234567"));
        QVERIFY(store.save(p)); // rewrites the project's group only
    }
    ProjectStore reopened(settingsFile());
    QCOMPARE(reopened.project(p.id)->conversationUrl, servers.at(1));
    QCOMPARE(reopened.testRecipients(p.projectId), (QStringList{QStringLiteral("+46701234567"), QStringLiteral("+46709876543")}));
    QVERIFY(reopened.testRecipients(QStringLiteral("another-project")).isEmpty());
    // A plain-http Conversation host is refused like the base URL (the sandbox's loopback aside).
    p.conversationUrl = QUrl(QStringLiteral("http://conversation.example.com"));
    QVERIFY(!p.errors().isEmpty());
    p.conversationUrl = QUrl(QStringLiteral("http://127.0.0.1:40123"));
    QVERIFY(p.errors().isEmpty());
}

Project TestProjectStore::validProject(const QString &name)
{
    Project p;
    p.id = QUuid::createUuid();
    p.displayName = name;
    p.projectId = QStringLiteral("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9");
    p.keyId = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    return p;
}

void TestProjectStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProjectStore::authModeStrings()
{
    QCOMPARE(authModeToString(AuthMode::Basic), QStringLiteral("basic"));
    QCOMPARE(authModeToString(AuthMode::OAuth2), QStringLiteral("oauth2"));
    QCOMPARE(authModeFromString(QStringLiteral("basic")), AuthMode::Basic);
    QCOMPARE(authModeFromString(QStringLiteral(" Basic ")), AuthMode::Basic);
    QCOMPARE(authModeFromString(QStringLiteral("oauth2")), AuthMode::OAuth2);
    QCOMPARE(authModeFromString(QStringLiteral("kerberos")), AuthMode::OAuth2);
    QCOMPARE(authModeFromString(QString()), AuthMode::OAuth2);
}

void TestProjectStore::equality()
{
    const Project a = validProject();
    Project b = a;
    QVERIFY(a == b);
    QVERIFY(!(a != b));

    const std::vector<std::function<void(Project &)>> changes = {
        [](Project &p) { p.id = QUuid::createUuid(); },
        [](Project &p) { p.displayName += QLatin1Char('x'); },
        [](Project &p) { p.projectId += QLatin1Char('x'); },
        [](Project &p) { p.keyId += QLatin1Char('x'); },
        [](Project &p) { p.authMode = AuthMode::Basic; },
        [](Project &p) { p.baseUrl = QUrl(QStringLiteral("https://eu.example.test")); },
        [](Project &p) { p.tokenUrl = QUrl(QStringLiteral("https://eu.example.test/token")); },
        [](Project &p) { p.sandbox = true; },
    };
    for (size_t i = 0; i < changes.size(); ++i) {
        b = a;
        changes[i](b);
        QVERIFY2(a != b, qPrintable(QStringLiteral("change %1 not seen by operator==").arg(i)));
    }
}

void TestProjectStore::validation_data()
{
    QTest::addColumn<Project>("project");
    QTest::addColumn<QStringList>("errorWords");   // one word per expected error, in order
    QTest::addColumn<QStringList>("warningWords"); // one word per expected warning, in order

    const Project ok = validProject();
    QTest::newRow("valid") << ok << QStringList() << QStringList();

    Project p = ok;
    p.displayName = QStringLiteral("   ");
    QTest::newRow("blank display name") << p << QStringList{QStringLiteral("display name")} << QStringList();

    p = ok;
    p.projectId.clear();
    QTest::newRow("empty project ID") << p << QStringList{QStringLiteral("Enter the project ID")} << QStringList();

    p = ok;
    p.keyId = QStringLiteral(" ");
    QTest::newRow("blank key ID") << p << QStringList{QStringLiteral("Enter the key ID")} << QStringList();

    p = ok;
    p.projectId = QStringLiteral("1f2e3d4c-5b6a-4978 -8695-a4b3c2d1e0f9");
    QTest::newRow("space in project ID") << p << QStringList{QStringLiteral("spaces or line breaks from the project ID")}
                                         << QStringList();

    p = ok;
    p.keyId = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\n");
    QTest::newRow("line break after key ID") << p << QStringList{QStringLiteral("spaces or line breaks from the key ID")}
                                             << QStringList();

    p = ok;
    p.baseUrl = QUrl(QStringLiteral("ftp://provisioning.api.sinch.com"));
    QTest::newRow("ftp base URL") << p << QStringList{QStringLiteral("Enter a base URL that starts with https://")}
                                  << QStringList();

    p = ok;
    p.baseUrl = QUrl(QStringLiteral("https://"));
    QTest::newRow("base URL without host") << p << QStringList{QStringLiteral("Enter a base URL")} << QStringList();

    p = ok;
    p.baseUrl = QUrl();
    QTest::newRow("empty base URL") << p << QStringList{QStringLiteral("Enter a base URL")} << QStringList();

    p = ok;
    p.baseUrl = QUrl(QStringLiteral("http://provisioning.api.sinch.com"));
    QTest::newRow("plain http base URL") << p << QStringList{QStringLiteral("Use https in the base URL")} << QStringList();

    p = ok;
    p.tokenUrl = QUrl(QStringLiteral("http://auth.sinch.com/oauth2/token"));
    QTest::newRow("plain http token URL") << p << QStringList{QStringLiteral("Use https in the token URL")} << QStringList();

    p = ok;
    p.tokenUrl = QUrl(QStringLiteral("mailto:auth@sinch.com"));
    QTest::newRow("token URL not http") << p << QStringList{QStringLiteral("Enter a token URL")} << QStringList();

    p = ok;
    p.tokenUrl = QUrl();
    QTest::newRow("OAuth2 needs a token URL") << p << QStringList{QStringLiteral("Enter a token URL")} << QStringList();

    p.authMode = AuthMode::Basic;
    QTest::newRow("Basic needs no token URL") << p << QStringList() << QStringList();

    p = ok;
    p.baseUrl = QUrl(QStringLiteral("https://user:pw@provisioning.api.sinch.com"));
    QTest::newRow("credentials in base URL") << p << QStringList{QStringLiteral("user name and password from the base URL")}
                                             << QStringList();

    for (const char *url : {"http://127.0.0.1:8080", "http://localhost:8080/", "http://[::1]:8080",
                            "http://LOCALHOST:1"}) {
        p = ok;
        p.baseUrl = QUrl(QString::fromLatin1(url));
        p.tokenUrl = QUrl(QString::fromLatin1(url) + QStringLiteral("/oauth2/token"));
        QTest::newRow(qPrintable(QStringLiteral("sandbox over http %1").arg(QString::fromLatin1(url))))
            << p << QStringList() << QStringList();
    }

    p = ok;
    p.baseUrl = QUrl(QStringLiteral("http://192.168.1.10:8080"));
    QTest::newRow("http to a LAN host") << p << QStringList{QStringLiteral("not for 192.168.1.10")} << QStringList();

    p = ok;
    p.projectId = QStringLiteral("my-project");
    QTest::newRow("project ID not a UUID") << p << QStringList() << QStringList{QStringLiteral("project ID \"my-project\"")};

    p = ok;
    p.keyId = QStringLiteral("AKIA12345");
    QTest::newRow("key ID not a UUID") << p << QStringList() << QStringList{QStringLiteral("key ID \"AKIA12345\"")};

    p = ok;
    p.projectId = QStringLiteral("1F2E3D4C-5B6A-4978-8695-A4B3C2D1E0F9");
    QTest::newRow("upper-case UUID is fine") << p << QStringList() << QStringList();

    p = ok;
    p.projectId = QStringLiteral("{1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9}");
    QTest::newRow("braced UUID warns") << p << QStringList() << QStringList{QStringLiteral("project ID")};

    Project all;
    all.displayName.clear();
    all.baseUrl = QUrl(QStringLiteral("http://example.com"));
    all.tokenUrl = QUrl(QStringLiteral("file:///etc/passwd"));
    QTest::newRow("everything wrong")
        << all
        << QStringList{QStringLiteral("display name"), QStringLiteral("Enter the project ID"),
                       QStringLiteral("Enter the key ID"), QStringLiteral("Use https in the base URL"),
                       QStringLiteral("Enter a token URL")}
        << QStringList();
}

void TestProjectStore::validation()
{
    QFETCH(Project, project);
    QFETCH(QStringList, errorWords);
    QFETCH(QStringList, warningWords);

    const QStringList errors = project.errors();
    const QStringList warnings = project.warnings();
    QVERIFY2(errors.size() == errorWords.size(), qPrintable(errors.join(QLatin1String(" | "))));
    QVERIFY2(warnings.size() == warningWords.size(), qPrintable(warnings.join(QLatin1String(" | "))));
    for (int i = 0; i < errors.size(); ++i) {
        QVERIFY2(errors.at(i).contains(errorWords.at(i)), qPrintable(errors.at(i)));
        QVERIFY2(errors.at(i).endsWith(QLatin1Char('.')), qPrintable(errors.at(i))); // a sentence
    }
    for (int i = 0; i < warnings.size(); ++i) {
        QVERIFY2(warnings.at(i).contains(warningWords.at(i)), qPrintable(warnings.at(i)));
        QVERIFY2(warnings.at(i).endsWith(QLatin1Char('.')), qPrintable(warnings.at(i)));
    }
}

void TestProjectStore::roundTripEveryField()
{
    Project p = validProject(QStringLiteral("Ops – Ünïcode 🚀"));
    p.authMode = AuthMode::Basic;
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:41234/base"));
    p.tokenUrl = QUrl(QStringLiteral("http://[::1]:41235/oauth2/token?x=1"));
    Project q = validProject(QStringLiteral("Defaults"));
    QVERIFY(q.errors().isEmpty());
    {
        ProjectStore store(settingsFile());
        QSignalSpy changed(&store, &ProjectStore::projectsChanged);
        QVERIFY(store.save(p));
        QVERIFY(store.save(q));
        QCOMPARE(changed.count(), 2);
    }
    ProjectStore reopened(settingsFile()); // a fresh object reads the file, not a cache
    const auto back = reopened.project(p.id);
    QVERIFY(back.has_value());
    QCOMPARE(back->id, p.id);
    QCOMPARE(back->displayName, p.displayName);
    QCOMPARE(back->projectId, p.projectId);
    QCOMPARE(back->keyId, p.keyId);
    QCOMPARE(back->authMode, p.authMode);
    QCOMPARE(back->baseUrl, p.baseUrl);
    QCOMPARE(back->tokenUrl, p.tokenUrl);
    QCOMPARE(back->sandbox, false);
    QVERIFY(*back == p);
    QVERIFY(*reopened.project(q.id) == q);
    QCOMPARE(reopened.project(q.id)->authMode, AuthMode::OAuth2);

    // The layout the header promises, so that other tools (and older versions) can read it.
    QSettings raw(settingsFile(), QSettings::IniFormat);
    const QString group = QStringLiteral("projects/") + p.id.toString(QUuid::WithoutBraces);
    QCOMPARE(raw.value(group + QStringLiteral("/authMode")).toString(), QStringLiteral("basic"));
    QCOMPARE(raw.value(group + QStringLiteral("/projectId")).toString(), p.projectId);
    QCOMPARE(raw.value(group + QStringLiteral("/baseUrl")).toString(), p.baseUrl.toString());
}

void TestProjectStore::updateReplacesTheGroup()
{
    ProjectStore store(settingsFile());
    Project p = validProject();
    QVERIFY(store.save(p));
    {
        QSettings raw(settingsFile(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("projects/%1/stale").arg(p.id.toString(QUuid::WithoutBraces)), 1);
    }
    p.displayName = QStringLiteral("Renamed");
    p.authMode = AuthMode::Basic;
    QVERIFY(store.save(p));
    QCOMPARE(store.projects().size(), 1);
    QCOMPARE(store.project(p.id)->displayName, QStringLiteral("Renamed"));
    QSettings raw(settingsFile(), QSettings::IniFormat);
    QVERIFY(!raw.contains(QStringLiteral("projects/%1/stale").arg(p.id.toString(QUuid::WithoutBraces))));
}

void TestProjectStore::projectsSortedByName()
{
    ProjectStore store(settingsFile());
    for (const char *name : {"zeta", "Alpha", "beta", "Gamma"})
        QVERIFY(store.save(validProject(QString::fromUtf8(name))));
    QStringList names;
    for (const Project &p : store.projects())
        names << p.displayName;
    // Case does not split the list (a plain comparison would put "Gamma" before "beta").
    QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("Gamma"),
                                 QStringLiteral("zeta")}));
}

void TestProjectStore::invalidProjectRefused()
{
    ProjectStore store(settingsFile());
    QSignalSpy changed(&store, &ProjectStore::projectsChanged);
    Project p = validProject();
    p.keyId.clear();
    QVERIFY(!store.save(p));
    p = validProject();
    p.baseUrl = QUrl(QStringLiteral("http://api.example.com"));
    QVERIFY(!store.save(p));
    p = validProject();
    p.id = QUuid();
    QVERIFY(!store.save(p));
    QVERIFY(store.projects().isEmpty());
    QCOMPARE(changed.count(), 0);

    // A project with warnings only is saved.
    p = validProject();
    p.projectId = QStringLiteral("not-a-uuid");
    QVERIFY(!p.warnings().isEmpty());
    QVERIFY(store.save(p));
    QCOMPARE(store.projects().size(), 1);
}

void TestProjectStore::sandboxNeverSaved()
{
    ProjectStore store(settingsFile());
    Project p = validProject(QStringLiteral("Sandbox"));
    p.sandbox = true;
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9000"));
    QVERIFY(!store.save(p));
    QVERIFY(!store.project(p.id));
    store.setLastProject(p.id);
    QVERIFY(store.lastProject().isNull());
    QSettings raw(settingsFile(), QSettings::IniFormat);
    QVERIFY2(raw.allKeys().isEmpty(), qPrintable(raw.allKeys().join(QLatin1Char(','))));
}

void TestProjectStore::secretNeverWritten()
{
    // The project has no secret field; make sure nothing secret-like ends up in the file.
    ProjectStore store(settingsFile());
    QVERIFY(store.save(validProject()));
    QFile f(settingsFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll().toLower();
    QVERIFY(!text.contains("secret"));
    QVERIFY(!text.contains("password"));
    QVERIFY(!text.contains("token="));
}

void TestProjectStore::removeDropsGroupAndLastProject()
{
    ProjectStore store(settingsFile());
    const Project a = validProject(QStringLiteral("A"));
    const Project b = validProject(QStringLiteral("B"));
    QVERIFY(store.save(a));
    QVERIFY(store.save(b));
    store.setLastProject(a.id);
    QSignalSpy changed(&store, &ProjectStore::projectsChanged);

    store.remove(b.id); // not the last project: lastProject stays
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.lastProject(), a.id);
    QVERIFY(!store.project(b.id));

    store.remove(a.id);
    QCOMPARE(changed.count(), 2);
    QVERIFY(store.projects().isEmpty());
    QVERIFY(store.lastProject().isNull());

    store.remove(QUuid::createUuid()); // unknown: nothing changes
    QCOMPARE(changed.count(), 2);

    QSettings raw(settingsFile(), QSettings::IniFormat);
    QVERIFY2(raw.allKeys().isEmpty(), qPrintable(raw.allKeys().join(QLatin1Char(','))));
}

void TestProjectStore::lastProject()
{
    const Project a = validProject(QStringLiteral("A"));
    const Project b = validProject(QStringLiteral("B"));
    {
        ProjectStore store(settingsFile());
        QVERIFY(store.lastProject().isNull());
        QVERIFY(store.save(a));
        QVERIFY(store.save(b));
        store.setLastProject(b.id);
        QCOMPARE(store.lastProject(), b.id);
    }
    ProjectStore store(settingsFile());
    QCOMPARE(store.lastProject(), b.id); // survives a restart
    store.setLastProject(QUuid::createUuid()); // not stored: ignored
    QCOMPARE(store.lastProject(), b.id);
    store.setLastProject(QUuid());
    QVERIFY(store.lastProject().isNull());

    // A dangling id written by someone else reads as none.
    QSettings raw(settingsFile(), QSettings::IniFormat);
    raw.setValue(QStringLiteral("lastProject"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    raw.sync();
    ProjectStore again(settingsFile());
    QVERIFY(again.lastProject().isNull());
}

void TestProjectStore::ignoresForeignGroups()
{
    {
        QSettings raw(settingsFile(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("projects/not-a-uuid/displayName"), QStringLiteral("junk"));
    }
    ProjectStore store(settingsFile());
    QVERIFY(store.save(validProject()));
    QCOMPARE(store.projects().size(), 1);
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
