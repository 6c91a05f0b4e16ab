// Contract tests. (1) Prism in proxy mode sits between the client and the sandbox and
// validates every request and response against the contract; the scenarios in
// scenarios.json drive every operation through ApiClient, a success and an error each, and
// any violation that known-defects.json (the rows of KNOWN-DEFECTS.md) does not cover
// fails the test. (2) Prism's mock serves the contract's own examples, and the client reads
// every list and get endpoint from it.
#include "api/apiclient.h"
#include "api/operations.h"
#include "api/pager.h"
#include "contractharness.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using namespace sinch;
using namespace sinch::test;

namespace {

// Operations covered by scenarios.json with their success and an error status. Raised as
// scenarios are added; the goal is all 87.
constexpr int kMinimumCoveredOperations = 87;

ApiResult runJob(ApiClient *client, const QString &key, const ApiRequest &req)
{
    ApiJob *job = client->call(key, req);
    QSignalSpy spy(job, &ApiJob::finished);
    if (!spy.wait(30000))
        return ApiResult();
    return spy.first().first().value<ApiResult>();
}

QString fill(const QString &name)
{
    if (name == QLatin1String("testNumber"))
        return QStringLiteral("+46700000001");
    if (name == QLatin1String("languageCode"))
        return QStringLiteral("EN_US");
    if (name == QLatin1String("useCase"))
        return QStringLiteral("MULTIUSE");
    if (name == QLatin1String("templateName"))
        return QStringLiteral("order_update");
    return QStringLiteral("abc123");
}

struct ScenarioRun
{
    QSet<QString> success, failure;
    QList<Violation> unknown;
    QStringList stepFailures;
    QStringList unknownOperations;
    int steps = 0, ignored = 0;
};

} // namespace

class TestContract : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QString error;
        m_defects = KnownDefect::load(SINCH_CONTRACT_DIR "/known-defects.json", &error);
        QVERIFY2(!m_defects.isEmpty(), qPrintable(error));
    }

    void proxyScenarios()
    {
        sandbox::SandboxConfig config;
        config.reviewDelaySeconds = 0;
        sandbox::SandboxServer server(config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        Prism prism;
        QVERIFY2(prism.startProxy(server.baseUrl(), &error), qPrintable(error));

        ApiClient client;
        Endpoint ep = scenarioEndpoint(config);
        ep.baseUrl = prism.url();
        setScenarioEndpoints(&client, ep, QStringLiteral("00000000-0000-4000-8000-000000000000"));
        QJsonArray scenario;
        QVERIFY(readSteps(SINCH_CONTRACT_DIR "/scenarios.json", &scenario));
        const ScenarioRun run = runSteps(&client, scenario);
        QVERIFY2(run.unknownOperations.isEmpty(), qPrintable("unknown operation in scenarios.json: " + run.unknownOperations.join(", ")));
        const QSet<QString> &success = run.success, &failure = run.failure;
        const QList<Violation> &unknown = run.unknown;
        const QStringList &stepFailures = run.stepFailures;
        const int steps = run.steps, ignored = run.ignored;

        // The report: per tag, operations with a success and with an error exercised.
        QMap<QString, QPair<int, int>> perTag;
        QMap<QString, int> tagTotal;
        int covered = 0;
        QStringList uncovered;
        for (const Operation &op : Operations::instance().all()) {
            ++tagTotal[op.tag];
            const bool both = success.contains(op.id) && failure.contains(op.id);
            perTag[op.tag].first += success.contains(op.id);
            perTag[op.tag].second += failure.contains(op.id);
            covered += both;
            if (!both)
                uncovered << op.id;
        }
        qInfo().noquote() << QStringLiteral("Contract through Prism proxy: %1 steps, %2/87 operations with success and error, %3 known-defect violations ignored, %4 other violations")
                                 .arg(steps).arg(covered).arg(ignored).arg(unknown.size());
        for (auto it = tagTotal.begin(); it != tagTotal.end(); ++it)
            qInfo().noquote() << QStringLiteral("  %1: %2/%3 success, %4/%3 error")
                                     .arg(it.key(), -22).arg(perTag[it.key()].first).arg(it.value()).arg(perTag[it.key()].second);
        if (!uncovered.isEmpty())
            qInfo().noquote() << "  not yet covered:" << uncovered.join(", ");
        warnAbout(run);
        QVERIFY2(stepFailures.isEmpty(), qPrintable(QString::number(stepFailures.size()) + " steps failed"));
        QVERIFY2(unknown.isEmpty(), qPrintable(QString::number(unknown.size()) + " violations outside KNOWN-DEFECTS.md"));
        QVERIFY2(covered >= kMinimumCoveredOperations, qPrintable(QString::number(covered)));
    }

    // The Conversation API calls of the console (apps, messages:send, messages/{id}) through
    // Prism in front of the sandbox's Conversation port, against the Conversation contract:
    // each with a success and an error, no violation outside KNOWN-DEFECTS.md.
    void conversationProxyScenarios()
    {
        sandbox::SandboxConfig config;
        sandbox::SandboxServer server(config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        Prism prism;
        QVERIFY2(prism.startProxy(server.conversationUrl(), &error, QStringLiteral(SINCH_CONVERSATION_SPEC)), qPrintable(error));

        ApiClient client;
        Endpoint ep = scenarioEndpoint(config);
        ep.baseUrl = server.baseUrl();
        ep.conversationUrl = prism.url();
        // A project the key cannot see (the sandbox's trial project has apps of its own).
        setScenarioEndpoints(&client, ep, QStringLiteral("no-such-project"));
        QJsonArray scenario;
        QVERIFY(readSteps(SINCH_CONTRACT_DIR "/conversation-scenarios.json", &scenario));
        const ScenarioRun run = runSteps(&client, scenario);
        QVERIFY2(run.unknownOperations.isEmpty(), qPrintable(run.unknownOperations.join(", ")));
        qInfo().noquote() << QStringLiteral("Conversation API through Prism proxy: %1 steps, %2 known-defect violations ignored, %3 other violations")
                                 .arg(run.steps).arg(run.ignored).arg(run.unknown.size());
        warnAbout(run);
        QVERIFY2(run.stepFailures.isEmpty(), qPrintable(QString::number(run.stepFailures.size()) + " steps failed"));
        QVERIFY2(run.unknown.isEmpty(), qPrintable(QString::number(run.unknown.size()) + " violations outside KNOWN-DEFECTS.md"));
        // Every operation the console calls, with its success and an error.
        for (const char *op : {"App_ListApps", "App_GetApp", "Messages_SendMessage", "Messages_GetMessage"}) {
            QVERIFY2(run.success.contains(QLatin1String(op)), op);
            QVERIFY2(run.failure.contains(QLatin1String(op)), op);
        }
    }

    // The client reads every list and get endpoint from Prism's mock of the contract's
    // own examples: every answer parses, and paging stops even though the examples repeat
    // their page token.
    void mockReads()
    {
        Prism prism;
        QString error;
        QVERIFY2(prism.startMock(&error), qPrintable(error));
        ApiClient client;
        Endpoint ep;
        ep.projectId = QStringLiteral("p");
        ep.keyId = QStringLiteral("k");
        ep.keySecret = QStringLiteral("s");
        ep.authMode = AuthMode::Basic;
        ep.baseUrl = prism.url();
        client.setEndpoint("mock", ep);
        int reads = 0, lists = 0;
        QStringList failures;
        for (const Operation &op : Operations::instance().all()) {
            if (op.method != "GET")
                continue;
            ApiRequest req(op.id);
            for (const QString &p : op.pathParams)
                req.path(p, fill(p));
            if (op.id == QLatin1String("QuestionnaireController_getQuestions_v1"))
                req.arg("countries", "GB");
            if (op.isList()) {
                Pager pager(&client, "mock", req);
                QSignalSpy done(&pager, &Pager::finished);
                QSignalSpy failed(&pager, &Pager::failed);
                pager.fetchAll();
                QTRY_VERIFY_WITH_TIMEOUT(done.count() + failed.count() > 0, 30000);
                if (!failed.isEmpty())
                    failures << op.id + ": " + failed.first().first().value<ApiError>().summary();
                else if (pager.pagesFetched() > 3)
                    failures << op.id + ": paging did not stop";
                ++lists;
            } else {
                const ApiResult r = runJob(&client, "mock", req);
                if (!r.ok())
                    failures << op.id + ": " + r.error.summary();
                else if (r.httpStatus != op.successStatus)
                    failures << op.id + QStringLiteral(": status %1").arg(r.httpStatus);
            }
            ++reads;
        }
        qInfo().noquote() << QStringLiteral("Prism mock: %1 GET operations read (%2 lists)").arg(reads).arg(lists);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));
        QCOMPARE(reads, 39); // every GET of OPERATIONS.md
    }

private:
    static Endpoint scenarioEndpoint(const sandbox::SandboxConfig &config)
    {
        Endpoint ep;
        ep.projectId = config.projectId;
        ep.keyId = config.keyId;
        ep.keySecret = config.keySecret;
        ep.authMode = AuthMode::Basic;
        return ep;
    }

    // The endpoints steps name: "ok", "wrong" (a wrong secret), "otherProject".
    static void setScenarioEndpoints(ApiClient *client, Endpoint ep, const QString &otherProjectId)
    {
        client->setRetryPolicy([] { RetryPolicy p; p.maxAttempts = 1; return p; }());
        client->setEndpoint("ok", ep);
        ep.keySecret = QStringLiteral("wrong-secret");
        client->setEndpoint("wrong", ep);
        ep = client->endpoint("ok");
        ep.projectId = otherProjectId;
        client->setEndpoint("otherProject", ep);
    }

    static bool readSteps(const QString &file, QJsonArray *steps)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
        if (perr.error != QJsonParseError::NoError) {
            qWarning().noquote() << file << perr.errorString();
            return false;
        }
        *steps = doc.object().value("steps").toArray();
        return true;
    }

    static void warnAbout(const ScenarioRun &run)
    {
        for (const Violation &v : run.unknown)
            qWarning().noquote() << QStringLiteral("VIOLATION %1 [%2 -> %3] %4 %5: %6")
                                        .arg(v.step, v.operationId).arg(v.status).arg(v.code, v.location, v.message);
        for (const QString &s : run.stepFailures)
            qWarning().noquote() << "STEP" << s;
    }

    // Runs scenario steps in order through `client` (endpoints "ok", "wrong", "otherProject"),
    // saving values for later steps and sorting Prism's violations into known and not.
    ScenarioRun runSteps(ApiClient *client, const QJsonArray &steps) const
    {
        ScenarioRun run;
        QMap<QString, QString> vars;
        for (const QJsonValue &sv : steps) {
            const QJsonObject step = sv.toObject();
            const QString opId = step.value("op").toString();
            const Operation *op = Operations::findAny(opId);
            if (!op) {
                run.unknownOperations << opId;
                continue;
            }
            const QString name = step.value("name").toString(opId);
            QStringList missing;
            ApiRequest req(opId);
            const QJsonObject path = substitute(step.value("path"), vars, &missing).toObject();
            for (auto it = path.begin(); it != path.end(); ++it)
                req.path(it.key(), it.value().toString());
            for (const QJsonValue &q : substitute(step.value("query"), vars, &missing).toArray())
                req.arg(q.toArray().at(0).toString(), q.toArray().at(1).toString());
            if (step.contains("body"))
                req.json(substitute(step.value("body"), vars, &missing));
            if (!missing.isEmpty()) {
                run.stepFailures << QStringLiteral("%1: no saved value for %2").arg(name, missing.join(", "));
                continue;
            }
            const int expect = step.value("expect").toInt();
            if (step.value("waitMs").toInt() > 0)
                QTest::qWait(step.value("waitMs").toInt());
            const ApiResult r = runJob(client, step.value("auth").toString("ok"), req);
            ++run.steps;
            const int status = r.httpStatus;
            if (status != expect) {
                run.stepFailures << QStringLiteral("%1: expected %2, got %3 %4").arg(name).arg(expect).arg(status)
                                    .arg(r.error.isError() ? r.error.summary() + " " + r.error.validationErrors.join("; ") : QString());
            } else if (status == op->successStatus) {
                run.success.insert(opId);
            } else if (status >= 400) {
                run.failure.insert(opId);
            }
            for (Violation v : parseViolations(r.headers)) {
                v.operationId = opId;
                v.status = status;
                v.step = name;
                if (step.value("invalidRequest").toBool() && v.location.startsWith("request"))
                    continue; // the step sends a bad request on purpose
                bool known = false;
                for (const KnownDefect &d : m_defects)
                    known = known || d.covers(*op, status, v);
                if (known)
                    ++run.ignored;
                else
                    run.unknown << v;
            }
            const QJsonObject save = step.value("save").toObject();
            for (auto it = save.begin(); it != save.end(); ++it) {
                const QJsonValue v = pick(r.json.isArray() ? QJsonValue(r.json.array()) : QJsonValue(r.json.object()),
                                          it.value().toString());
                if (v.isUndefined() || v.isNull())
                    run.stepFailures << QStringLiteral("%1: nothing at %2 to save as %3").arg(name, it.value().toString(), it.key());
                else
                    vars.insert(it.key(), v.isString() ? v.toString() : QString::number(v.toDouble()));
            }
        }

        return run;
    }

    QList<KnownDefect> m_defects;
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
