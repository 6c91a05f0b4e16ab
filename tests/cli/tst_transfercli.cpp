// `sinch-console export` and `import` as a user runs them, against a sandbox in this
// process: the seeded project exported, grepped for every secret and token, imported into
// an empty second project (its own key) and exported again to compare; a rerun that
// rewrites nothing; a failed read listed while the rest is written; usage errors.
#include "testsupport.h"

#include "api/apijob.h"
#include "api/pager.h"
#include "services/rcssenderservice.h"
#include "services/whatsapptemplateservice.h"
#include "storage/draftstore.h"
#include "storage/projectstore.h"
#include "transfer/exportmanifest.h"
#include "transfer/importplanner.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopedValueRollback>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sinch;

namespace {

const QString kEmptyProject = QStringLiteral("5d1c9b7e-2f4a-4c3b-9e8d-7a6b5c4d3e2f");
const QString kEmptyKey = QStringLiteral("0f7e6d5c-4b3a-4291-8877-665544332211");
const QString kEmptySecret = QStringLiteral("empty-project-secret");
// A third project, listed in the console's settings by name, for local drafts.
const QString kListedProject = QStringLiteral("6e2d0c8f-3a5b-4d4c-8f9e-8b7c6d5e4f30");
const QString kListedKey = QStringLiteral("1a8f7e6d-5c4b-4a3a-9988-776655443322");
const QString kListedSecret = QStringLiteral("listed-project-secret");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestTransferCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    QTemporaryDir m_home;
    QString m_locale = QStringLiteral("C.UTF-8"); // the words the tests read are English

    Run run(const QStringList &args, const QString &secret)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QString());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), m_locale);
        if (!secret.isEmpty())
            env.insert(QStringLiteral("SINCH_KEY_SECRET"), secret);
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice()); // no terminal: webhook secrets are generated
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(SINCH_CONSOLE_BINARY), args);
        // The sandbox answers on this event loop: wait by spinning it, never by blocking.
        if (!done.wait(240000))
            p.kill();
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QStringList source() const
    {
        return {QStringLiteral("--project"), m_sandbox->server->config().projectId, QStringLiteral("--key-id"),
                m_sandbox->server->config().keyId, QStringLiteral("--base-url"), m_sandbox->server->baseUrl().toString(),
                QStringLiteral("--token-url"), m_sandbox->server->tokenUrl().toString()};
    }
    QStringList target() const
    {
        return {QStringLiteral("--project"), kEmptyProject, QStringLiteral("--key-id"), kEmptyKey, QStringLiteral("--base-url"),
                m_sandbox->server->baseUrl().toString(), QStringLiteral("--token-url"), m_sandbox->server->tokenUrl().toString()};
    }
    QString sourceSecret() const { return m_sandbox->server->config().keySecret; }

    // Every file under `dir`, relative path -> content.
    static QMap<QString, QByteArray> files(const QString &dir)
    {
        QMap<QString, QByteArray> out;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            out.insert(QDir(dir).relativeFilePath(path), readAll(path));
        }
        return out;
    }

    // The RCS senders' tokens as the server holds them: what must never reach a file.
    QStringList rcsTokens() const
    {
        QStringList tokens;
        const ApiResult r = m_sandbox->callSync(RcsSenderService::listRequest());
        for (const QJsonValue &s : r.json.object().value(QLatin1String("senders")).toArray()) {
            for (const char *field : {"authToken", "authName"}) {
                const QString v = s.toObject().value(QLatin1String(field)).toString();
                if (v.size() > 6)
                    tokens << v;
            }
        }
        if (tokens.isEmpty()) { // the list's items key may differ: any array of the answer
            const QJsonObject page = r.json.object();
            for (const QJsonValue &s : page.value(Pager::findItemsKey(page)).toArray())
                for (const char *field : {"authToken", "authName"}) {
                    const QString v = s.toObject().value(QLatin1String(field)).toString();
                    if (v.size() > 6)
                        tokens << v;
                }
        }
        return tokens;
    }

    // What an import compares, read from an export: template requests and webhook
    // targets + triggers, as sorted text.
    static QStringList comparable(const QString &dir, ImportItem::Kind kind)
    {
        QList<TransferFailure> failures;
        QStringList out;
        for (const ImportItem &item : ImportPlanner::readExport(dir, nullptr, &failures))
            if (item.kind == kind)
                out << QString::fromUtf8(QJsonDocument(item.request).toJson(QJsonDocument::Compact));
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        sandbox::SandboxConfig config;
        config.emptyProjects << sandbox::SandboxProject{kEmptyProject, kEmptyKey, kEmptySecret}
                             << sandbox::SandboxProject{kListedProject, kListedKey, kListedSecret};
        m_sandbox = std::make_unique<test::SandboxFixture>(config);
        QVERIFY2(m_sandbox->started, qPrintable(m_sandbox->error));
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--out"), m_home.filePath(QStringLiteral("x"))}, QString()).exitCode, 2);
        // The secret never comes from a flag.
        const Run flag = run(QStringList{QStringLiteral("export"), QStringLiteral("--out"), m_home.filePath(QStringLiteral("x")),
                                         QStringLiteral("--key-secret"), sourceSecret()} + source(), QString());
        QCOMPARE(flag.exitCode, 2);
        QVERIFY2(flag.err.contains(QStringLiteral("key-secret")), qPrintable(flag.err));
        const Run noSecret = run(QStringList{QStringLiteral("export"), QStringLiteral("--out"), m_home.filePath(QStringLiteral("x"))}
                                     + source(), QString());
        QCOMPARE(noSecret.exitCode, 2);
        QVERIFY2(noSecret.err.contains(QStringLiteral("SINCH_KEY_SECRET")), qPrintable(noSecret.err));
        QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("x"))));
    }

    // The subcommands speak the system's language: help and errors in German under de_DE.
    void speaksTheSystemsLanguage()
    {
        const QScopedValueRollback<QString> german(m_locale, QStringLiteral("de_DE.UTF-8"));
        const Run help = run({QStringLiteral("export"), QStringLiteral("--help")}, QString());
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("Projekt")), qPrintable(help.out));
        const Run noSecret = run(QStringList{QStringLiteral("export"), QStringLiteral("--out"), m_home.filePath(QStringLiteral("x"))}
                                     + source(), QString());
        QCOMPARE(noSecret.exitCode, 2);
        QVERIFY2(noSecret.err.contains(QStringLiteral("Schlüssel")), qPrintable(noSecret.err));
    }

    void exportImportRoundTrip()
    {
        const QString exported = m_home.filePath(QStringLiteral("export-a"));
        const Run first = run(QStringList{QStringLiteral("export"), QStringLiteral("--out"), exported} + source(), sourceSecret());
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QVERIFY2(first.out.contains(QStringLiteral(" 0 failed")), qPrintable(first.out));
        const std::optional<ExportManifest> manifest = ExportManifest::read(exported);
        QVERIFY(manifest);
        QVERIFY(manifest->complete);
        QCOMPARE(manifest->projectId, m_sandbox->server->config().projectId);
        QVERIFY(!manifest->contractVersion.isEmpty());
        for (const char *area : {"whatsapp.templates", "whatsapp.senders", "kakaotalk.senders", "kakaotalk.templates",
                                 "rcs.senders", "webhooks", "activities", "whatsapp.flows", "whatsapp.account"})
            QVERIFY2(manifest->counts.value(QLatin1String(area)) > 0, area);
        const QMap<QString, QByteArray> written = files(exported);
        QCOMPARE(written.size(), manifest->files.size() + 1);

        // No secret or token in any file: the keys' secrets, the bearer tokens, the RCS tokens.
        QStringList secrets{sourceSecret(), kEmptySecret, QStringLiteral("sbx.")};
        const QStringList tokens = rcsTokens();
        QVERIFY2(!tokens.isEmpty(), "the seeded RCS senders carry tokens");
        secrets << tokens;
        for (auto it = written.cbegin(); it != written.cend(); ++it)
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!it.value().contains(secret.toUtf8()), qPrintable(it.key() + QStringLiteral(" holds a secret")));

        // A rerun of an unchanged project rewrites nothing.
        const QString someFile = exported + QLatin1Char('/') + manifest->files.constFirst();
        const QDateTime before = QFileInfo(someFile).lastModified();
        const Run again = run(QStringList{QStringLiteral("export"), QStringLiteral("--out"), exported} + source(), sourceSecret());
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("(0 written, %1 unchanged, 0 removed)").arg(manifest->files.size())),
                 qPrintable(again.out));
        QCOMPARE(QFileInfo(someFile).lastModified(), before);

        // The plan against the empty project: everything new; nothing changes in a dry run.
        const Run plan = run(QStringList{QStringLiteral("import"), exported, QStringLiteral("--dry-run")} + target(), kEmptySecret);
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.out + plan.err));
        const int templates = manifest->counts.value(QStringLiteral("whatsapp.templates"));
        const int webhooks = manifest->counts.value(QStringLiteral("webhooks"));
        QVERIFY2(plan.out.contains(QStringLiteral("plan: %1 create, 0 identical, 0 conflict").arg(templates + webhooks)),
                 qPrintable(plan.out.right(400)));
        QVERIFY(plan.out.contains(QStringLiteral("has no KakaoTalk sender")));

        const Run import = run(QStringList{QStringLiteral("import"), exported} + target(), kEmptySecret);
        QVERIFY2(import.exitCode == 0, qPrintable(import.out.right(2000) + import.err.right(2000)));
        QVERIFY2(import.out.contains(QStringLiteral("%1 created").arg(templates + webhooks)), qPrintable(import.out.right(600)));
        QCOMPARE(import.out.count(QStringLiteral("generated secret")), webhooks);

        // Planned again, the target has it all.
        const Run replan = run(QStringList{QStringLiteral("import"), exported, QStringLiteral("--dry-run")} + target(), kEmptySecret);
        QVERIFY2(replan.out.contains(QStringLiteral("plan: 0 create, %1 identical, 0 conflict").arg(templates + webhooks)),
                 qPrintable(replan.out.right(400)));

        // Not into the folder of another project's export: its files would mix and be tidied away.
        const QMap<QString, QByteArray> beforeMixed = files(exported);
        const Run mixed = run(QStringList{QStringLiteral("export"), QStringLiteral("--out"), exported} + target(), kEmptySecret);
        QCOMPARE(mixed.exitCode, 1);
        QVERIFY2(mixed.out.contains(QStringLiteral("holds the export of project %1").arg(manifest->projectId)), qPrintable(mixed.out));
        QVERIFY(files(exported) == beforeMixed);

        // The second project exported: the same templates and webhooks, no secret.
        const QString copy = m_home.filePath(QStringLiteral("export-b"));
        const Run second = run(QStringList{QStringLiteral("export"), QStringLiteral("--out"), copy} + target(), kEmptySecret);
        QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
        QCOMPARE(comparable(copy, ImportItem::Kind::WhatsappTemplate), comparable(exported, ImportItem::Kind::WhatsappTemplate));
        QCOMPARE(comparable(copy, ImportItem::Kind::Webhook), comparable(exported, ImportItem::Kind::Webhook));
        QCOMPARE(comparable(copy, ImportItem::Kind::Webhook).size(), webhooks);
        QStringList generated;
        for (const QString &line : import.out.split(QLatin1Char('\n')))
            if (line.contains(QStringLiteral("generated secret")))
                generated << line.section(QLatin1Char(' '), 4, 4);
        const QMap<QString, QByteArray> copied = files(copy);
        for (auto it = copied.cbegin(); it != copied.cend(); ++it)
            for (const QString &secret : std::as_const(generated) + QStringList{kEmptySecret, QStringLiteral("sbx.")})
                QVERIFY2(!it.value().contains(secret.toUtf8()), qPrintable(it.key()));
        QCOMPARE(m_sandbox->server->undeclaredStatusCount(), 0);
    }

    // After the round trip: a template changed in the target is a conflict with its
    // difference; --overwrite replaces it; planned again, nothing differs.
    void conflictIsShownAndOverwritten()
    {
        const QString exported = m_home.filePath(QStringLiteral("export-a"));
        QList<TransferFailure> failures;
        ImportItem changed;
        for (const ImportItem &item : ImportPlanner::readExport(exported, nullptr, &failures))
            if (changed.title.isEmpty() && item.kind == ImportItem::Kind::WhatsappTemplate)
                changed = item;
        QVERIFY(!changed.title.isEmpty());
        QJsonObject request = changed.request;
        QJsonObject details = request.value(QLatin1String("details")).toObject();
        QJsonArray components = details.value(QLatin1String("components")).toArray();
        int body = -1;
        for (int i = 0; i < components.size() && body < 0; ++i)
            if (components.at(i)[QLatin1String("type")].toString() == QLatin1String("BODY"))
                body = i;
        QVERIFY(body >= 0);
        QJsonObject component = components.at(body).toObject();
        component.insert(QStringLiteral("text"), QStringLiteral("Changed in the target"));
        components.replace(body, component);
        details.insert(QStringLiteral("components"), components);
        request.insert(QStringLiteral("details"), details);
        Endpoint empty = m_sandbox->endpoint(AuthMode::Basic);
        empty.projectId = kEmptyProject;
        empty.keyId = kEmptyKey;
        empty.keySecret = kEmptySecret;
        m_sandbox->client->setEndpoint(QStringLiteral("target"), empty);
        const ApiResult patched = test::finished(
            WhatsappTemplateService(m_sandbox->client.get(), QStringLiteral("target"))
                .update(request.value(QLatin1String("name")).toString(), request.value(QLatin1String("language")).toString(),
                        request, false));
        QVERIFY2(patched.ok(), qPrintable(patched.error.summary()));

        const QString path = QStringLiteral("details.components.%1.text").arg(body);
        const Run plan = run(QStringList{QStringLiteral("import"), exported, QStringLiteral("--dry-run")} + target(), kEmptySecret);
        QVERIFY2(plan.out.contains(QStringLiteral(", 1 conflict")), qPrintable(plan.out.right(300)));
        QVERIFY2(plan.out.contains(QStringLiteral("conflict    ") + changed.file), qPrintable(plan.out.left(600)));
        QVERIFY2(plan.out.contains(path + QStringLiteral(": \"Changed in the target\" -> ")), qPrintable(plan.out.left(800)));
        const Run without = run(QStringList{QStringLiteral("import"), exported} + target(), kEmptySecret);
        QVERIFY2(without.out.contains(QStringLiteral("0 created, 0 replaced")), qPrintable(without.out.right(300)));
        const Run overwrite = run(QStringList{QStringLiteral("import"), exported, QStringLiteral("--overwrite")} + target(), kEmptySecret);
        QVERIFY2(overwrite.exitCode == 0 && overwrite.out.contains(QStringLiteral("0 created, 1 replaced")),
                 qPrintable(overwrite.out.right(300) + overwrite.err));
        const Run after = run(QStringList{QStringLiteral("import"), exported, QStringLiteral("--dry-run")} + target(), kEmptySecret);
        QVERIFY2(after.out.contains(QStringLiteral(" 0 conflict")), qPrintable(after.out.right(300)));
    }

    // A project of the console's list, named by its name; --as-drafts makes the templates
    // local drafts of its editors (nothing sent for them), the webhooks are still created.
    void asDraftsIntoAListedProject()
    {
        ProjectStore store(m_home.filePath(QStringLiteral("config/sinch-console/sinch-console.conf")));
        Project listed;
        listed.id = QUuid::createUuid();
        listed.displayName = QStringLiteral("Copy target");
        listed.projectId = kListedProject;
        listed.keyId = kListedKey;
        listed.baseUrl = m_sandbox->server->baseUrl();
        listed.tokenUrl = m_sandbox->server->tokenUrl();
        QVERIFY2(store.save(listed), qPrintable(listed.errors().join(QLatin1Char(' '))));
        store.setLastProject(listed.id);
        const QString exported = m_home.filePath(QStringLiteral("export-a"));
        const int before = m_sandbox->server->requestCount(QStringLiteral("TemplatesController_createTemplate_v1"));
        const Run r = run({QStringLiteral("import"), QStringLiteral("--project"), QStringLiteral("Copy target"), exported,
                           QStringLiteral("--as-drafts")},
                          kListedSecret);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out.right(500) + r.err));
        const std::optional<ExportManifest> manifest = ExportManifest::read(exported);
        const int templates = manifest->counts.value(QStringLiteral("whatsapp.templates"));
        const int webhooks = manifest->counts.value(QStringLiteral("webhooks"));
        QVERIFY2(r.out.contains(QStringLiteral("%1 created, 0 replaced, %2 local drafts").arg(webhooks).arg(templates)),
                 qPrintable(r.out.right(300)));
        QCOMPARE(m_sandbox->server->requestCount(QStringLiteral("TemplatesController_createTemplate_v1")), before);
        DraftStore drafts(m_home.filePath(QStringLiteral("data/sinch-console/sinch-console/drafts")));
        const QList<DraftStore::Draft> all = drafts.all();
        QCOMPARE(all.size(), templates);
        for (const DraftStore::Draft &d : all) {
            QCOMPARE(d.kind, QStringLiteral("whatsapp-template"));
            QCOMPARE(d.projectKey, listed.id.toString(QUuid::WithoutBraces));
            QVERIFY(d.key.startsWith(d.projectKey + QStringLiteral("/whatsapp/new-")));
        }
        // Without a project of the list, local drafts have no owner: refused before anything is done.
        QCOMPARE(run(QStringList{QStringLiteral("import"), exported, QStringLiteral("--as-drafts")} + target(), kEmptySecret).exitCode, 2);
    }

    void partialFailureIsListed()
    {
        const QString dir = m_home.filePath(QStringLiteral("export-fault"));
        m_sandbox->server->injectNext(403);
        const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("--out"), dir} + source(), sourceSecret());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.count(QStringLiteral("failed: ")), 1);
        const std::optional<ExportManifest> manifest = ExportManifest::read(dir);
        QVERIFY(manifest);
        QVERIFY(!manifest->complete);
        QCOMPARE(manifest->failures.size(), 1);
        // The rest is written.
        QVERIFY(manifest->files.size() > 300);
        QCOMPARE(files(dir).size(), manifest->files.size() + 1);
    }
};

QTEST_GUILESS_MAIN(TestTransferCli)
#include "tst_transfercli.moc"
