// The template catalog of a project against the sandbox: read once (every page), what the
// project rules need, kept current by saves and deletions, deletions recorded for 30 days.
#include "services/templatecatalog.h"
#include "services/whatsapptemplateservice.h"
#include "storage/deletedtemplatelog.h"
#include "testsupport.h"

#include "api/apijob.h"
#include "api/apirequest.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sinch;

class TstTemplateCatalog : public QObject
{
    Q_OBJECT

    // Every name + language the server lists, read page by page the plain way.
    static QSet<QString> serverKeys(test::SandboxFixture &fx)
    {
        QSet<QString> keys;
        QString token;
        do {
            ApiRequest r(QStringLiteral("TemplatesController_listTemplates_v1"));
            r.arg(QStringLiteral("pageSize"), QStringLiteral("50"));
            if (!token.isEmpty())
                r.arg(QStringLiteral("pageToken"), token);
            const ApiResult page = fx.callSync(r);
            for (const QJsonValue &v : page.json.object().value(QLatin1String("templates")).toArray())
                keys.insert(rules::ProjectTemplates::key(v.toObject().value(QLatin1String("name")).toString(),
                                                         v.toObject().value(QLatin1String("language")).toString()));
            token = page.json.object().value(QLatin1String("nextPageToken")).toString();
        } while (!token.isEmpty());
        return keys;
    }

private slots:
    void readsEveryTemplateOnce()
    {
        sandbox::SandboxConfig config;
        config.seedShape = sandbox::SeedShape::Multilingual; // 284 templates: more than one page of the default size
        test::SandboxFixture fx(config);
        QVERIFY2(fx.started, qPrintable(fx.error));
        TemplateCatalog catalog(fx.client.get(), fx.projectKey, nullptr);
        QSignalSpy changed(&catalog, &TemplateCatalog::changed);
        catalog.load();
        QVERIFY(catalog.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(catalog.isLoaded(), 20000);
        QCOMPARE(changed.count(), 1);
        const QSet<QString> expected = serverKeys(fx);
        QCOMPARE(catalog.count(), int(expected.size()));
        QCOMPARE(catalog.projectTemplates().existing, expected);
        const int requests = fx.server->requestCount(QStringLiteral("TemplatesController_listTemplates_v1"));
        catalog.load(); // loaded: asks nothing
        QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_listTemplates_v1")), requests);
    }

    void followsSavesAndDeletions()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        DeletedTemplateLog log(&settings);
        TemplateCatalog catalog(fx.client.get(), fx.projectKey, &log);
        catalog.load();
        QTRY_VERIFY_WITH_TIMEOUT(catalog.isLoaded(), 20000);
        QVERIFY(!catalog.names().isEmpty());
        const QString name = catalog.names().first();
        const QStringList languages = catalog.languagesOf(name);
        QVERIFY(!languages.isEmpty());

        // A save adds (or updates) its name and language.
        const QJsonObject saved{{QStringLiteral("name"), QStringLiteral("catalog_new")},
                                {QStringLiteral("language"), QStringLiteral("DE")},
                                {QStringLiteral("state"), QStringLiteral("DRAFT")}};
        catalog.recordSaved(saved);
        QCOMPARE(catalog.languagesOf(QStringLiteral("catalog_new")), QStringList{QStringLiteral("DE")});
        QCOMPARE(catalog.stateOf(QStringLiteral("catalog_new"), QStringLiteral("DE")), QStringLiteral("DRAFT"));

        // Pending changes deleted: the template stays, and no name is recorded as deleted.
        catalog.recordDeleted(name, languages.first(), false);
        QCOMPARE(catalog.languagesOf(name), languages);
        QVERIFY(catalog.projectTemplates().deletedOn.isEmpty());

        // A whole name deleted: gone, and remembered with today's date for the 30-day rule.
        catalog.recordDeleted(name, QString(), true);
        QVERIFY(catalog.languagesOf(name).isEmpty());
        QCOMPARE(catalog.projectTemplates().deletedOn.value(name), QDate::currentDate());
        QCOMPARE(log.deletedNames(fx.projectKey).value(name), QDate::currentDate());
    }

    void failureIsReported()
    {
        sandbox::SandboxConfig config;
        config.faults.share500 = 1.0;
        test::SandboxFixture fx(config);
        QVERIFY2(fx.started, qPrintable(fx.error));
        fx.client->retryPolicy().maxAttempts = 1;
        TemplateCatalog catalog(fx.client.get(), fx.projectKey, nullptr);
        QSignalSpy failed(&catalog, &TemplateCatalog::failed);
        catalog.load();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY(!catalog.isLoaded());
    }
};

QTEST_MAIN(TstTemplateCatalog)
#include "tst_templatecatalog.moc"
