#include "testsupport.h"

#include "api/apierror.h"
#include "api/manualclock.h"
#include "services/bulkcloneplan.h"
#include "services/bulkjob.h"
#include "services/templatebulkjobs.h"
#include "services/templatecollection.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace sinch;

namespace {

const QString kOther = QStringLiteral("other");

sandbox::SandboxConfig twoProjects()
{
    sandbox::SandboxConfig config;
    // Drafts in the trial project: room for every clone (its limits count names).
    config.limits.trialTemplateLimit = 1000;
    config.limits.trialCreateBurst = 1000;
    return config;
}

} // namespace

class TestBulkJob : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> fx;
    ManualClock clock;

    QList<QJsonObject> templatesOf(const QString &key)
    {
        TemplateCollection c(fx->client.get(), key);
        QSignalSpy loaded(&c, &TemplateCollection::loaded);
        c.load();
        // The list's own GETs retry a 429 on the manual clock too.
        QElapsedTimer t;
        t.start();
        while (loaded.isEmpty() && t.elapsed() < 30000) {
            QTest::qWait(5);
            if (fx->client->inFlight() == 0)
                clock.advance(1000);
        }
        return c.templates();
    }

    // Lets the job run, moving the manual clock on only while nothing is in flight (a
    // wait for Retry-After): the 429s cost no wall time.
    bool runToEnd(BulkJob &job, const std::function<void()> &midway = {})
    {
        QElapsedTimer t;
        t.start();
        while (!job.isFinished() && t.elapsed() < 120000) {
            QTest::qWait(2);
            if (midway)
                midway();
            if (fx->client->inFlight() == 0 && fx->client->queued() == 0 && clock.activeTimers() > 0)
                clock.advance(500);
        }
        return job.isFinished();
    }

    static QStringList keysOf(const QList<QJsonObject> &templates)
    {
        QStringList out;
        for (const QJsonObject &t : templates)
            out << t.value(QLatin1String("name")).toString() + QLatin1Char('/') + t.value(QLatin1String("language")).toString();
        return out;
    }

private slots:
    void init()
    {
        fx = std::make_unique<test::SandboxFixture>(twoProjects());
        QVERIFY2(fx->started, qPrintable(fx->error));
        fx->client->setClock(&clock);
        Endpoint other = fx->endpoint(AuthMode::Basic);
        other.projectId = fx->server->config().limits.otherProjectId;
        fx->client->setEndpoint(kOther, other);
    }

    void cleanup() { fx.reset(); }

    void cloneOfAHundredUnderRateLimitsCreatesEachOnce()
    {
        const QList<QJsonObject> all = templatesOf(fx->projectKey);
        QVERIFY(all.size() >= 100);
        const QList<QJsonObject> sources = all.mid(0, 100);
        const QStringList before = keysOf(templatesOf(kOther));

        sandbox::FaultSettings faults;
        faults.share429 = 0.3; // about a third of the requests refused, Retry-After 2 s
        faults.retryAfterSeconds = 2;
        faults.seed = 7;
        fx->server->setFaults(faults);
        const BulkClonePlan plan(sources, {}, false);
        QCOMPARE(plan.clones().size(), 100);
        std::unique_ptr<BulkJob> job(TemplateBulkJobs::clone(fx->client.get(), kOther, QStringLiteral("Trial"), plan, false, nullptr));
        job->setClock(&clock);
        QSignalSpy paused(job.get(), &BulkJob::paused);
        QSignalSpy finished(job.get(), &BulkJob::finished);
        const qint64 clockBefore = clock.msecsSinceEpoch();
        job->start();
        QVERIFY(runToEnd(*job));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(job->countOf(BulkJob::Outcome::Done) == 100, qPrintable(job->report()));
        QVERIFY(job->resends() > 10);
        QVERIFY(!paused.isEmpty());
        // The waits were Retry-After's, on the manual clock.
        QVERIFY(clock.msecsSinceEpoch() - clockBefore >= 2000);
        QVERIFY(job->report().contains(QLatin1String("sent again after the server answered 429")));

        fx->server->setFaults({});
        const QStringList after = keysOf(templatesOf(kOther));
        QStringList expected = before + keysOf(sources);
        expected.sort();
        QStringList got = after;
        got.sort();
        QCOMPARE(got, expected); // each clone exactly once, nothing else
        QCOMPARE(fx->server->undeclaredStatusCount(), 0);
    }

    void cancelledJobReportsExactlyWhatItDid()
    {
        const QList<QJsonObject> sources = templatesOf(fx->projectKey).mid(0, 40);
        const QStringList before = keysOf(templatesOf(kOther));
        sandbox::FaultSettings faults;
        faults.share429 = 0.25;
        faults.retryAfterSeconds = 3;
        faults.seed = 11;
        fx->server->setFaults(faults);
        const BulkClonePlan plan(sources, {}, false);
        std::unique_ptr<BulkJob> job(TemplateBulkJobs::clone(fx->client.get(), kOther, QStringLiteral("Trial"), plan, false, nullptr));
        job->setClock(&clock);
        job->setConcurrency(3);
        job->start();
        bool cancelled = false;
        QVERIFY(runToEnd(*job, [&] {
            if (!cancelled && job->countOf(BulkJob::Outcome::Done) >= 12) {
                cancelled = true;
                job->cancel();
            }
        }));
        QVERIFY(job->isCancelled());
        const int done = job->countOf(BulkJob::Outcome::Done);
        const int notDone = job->countOf(BulkJob::Outcome::NotDone);
        QVERIFY(done >= 12 && done < 40);
        QVERIFY(notDone > 0);
        QCOMPARE(done + notDone + job->countOf(BulkJob::Outcome::Failed), 40);
        QCOMPARE(job->countOf(BulkJob::Outcome::Unknown), 0);

        fx->server->setFaults({});
        QStringList created = keysOf(templatesOf(kOther));
        for (const QString &k : before)
            created.removeOne(k);
        QStringList reportedDone;
        for (int i = 0; i < job->count(); ++i)
            if (job->result(i).outcome == BulkJob::Outcome::Done)
                reportedDone << plan.clones().at(i).name + QLatin1Char('/') + plan.clones().at(i).language;
        created.sort();
        reportedDone.sort();
        QCOMPARE(created, reportedDone); // what it says it did, and nothing more
        const QString report = job->report();
        QVERIFY2(report.contains(QStringLiteral("Not done (%1):").arg(notDone)), qPrintable(report));
        QVERIFY(report.contains(QLatin1String("cancelled")));
    }

    void cloneIntoOtherLanguagesTakesTheTranslations()
    {
        const QList<QJsonObject> sources = templatesOf(fx->projectKey).mid(0, 3);
        BulkClonePlan plan(sources, {QStringLiteral("DE"), QStringLiteral("FR")}, true);
        QCOMPARE(plan.clones().size() + plan.skipped().size(), 6);
        const QList<BulkClonePlan::Text> texts = BulkClonePlan::texts(plan.clones().first().document);
        QVERIFY(!texts.isEmpty());
        QString bodyPath;
        for (const BulkClonePlan::Text &t : texts)
            if (t.label == QLatin1String("Body"))
                bodyPath = t.path;
        QVERIFY(!bodyPath.isEmpty());
        plan.translate(0, bodyPath, QStringLiteral("Hallo {{1}}, übersetzt."));
        std::unique_ptr<BulkJob> job(TemplateBulkJobs::clone(fx->client.get(), fx->projectKey, QStringLiteral("Sandbox"), plan, false, nullptr));
        job->setClock(&clock);
        job->start();
        QVERIFY(runToEnd(*job));
        const BulkClonePlan::Clone first = plan.clones().first();
        for (const QJsonObject &t : templatesOf(fx->projectKey)) {
            if (t.value(QLatin1String("name")).toString() == first.name && t.value(QLatin1String("language")).toString() == first.language) {
                QVERIFY(QJsonDocument(t).toJson().contains("übersetzt"));
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("the clone is missing: ") + job->report()));
    }

    // A create whose answer is lost (here: cut in half after the server did it) may have
    // happened: it is reported Unknown and never sent again (only a 429 is known not to
    // have been processed).
    void lostAnswerIsUnknownAndNotResent()
    {
        const QList<QJsonObject> sources = templatesOf(fx->projectKey).mid(0, 2);
        const BulkClonePlan plan(sources, {}, false);
        std::unique_ptr<BulkJob> job(TemplateBulkJobs::clone(fx->client.get(), kOther, QStringLiteral("Trial"), plan, false, nullptr));
        job->setClock(&clock);
        const QString create = QStringLiteral("TemplatesController_createTemplate_v1");
        const int before = fx->server->requestCount(create);
        sandbox::FaultSettings truncated;
        truncated.shareTruncate = 1;
        fx->server->setFaults(truncated);
        job->start();
        QVERIFY(runToEnd(*job));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(job->result(i).outcome, BulkJob::Outcome::Unknown);
            QCOMPARE(job->result(i).attempts, 1);
        }
        QVERIFY(job->report().contains(QLatin1String("Check the target")));
        QCOMPARE(fx->server->requestCount(create) - before, 2);
        fx->server->setFaults({});
        const QStringList there = keysOf(templatesOf(kOther));
        for (const QString &k : keysOf(sources))
            QCOMPARE(there.count(k), 1); // they were done: Unknown was right to say "check"
    }

    void sameNameTwiceIntoOneLanguageIsSkipped()
    {
        const QJsonObject en{{QStringLiteral("name"), QStringLiteral("hello")}, {QStringLiteral("language"), QStringLiteral("EN_US")},
                             {QStringLiteral("category"), QStringLiteral("UTILITY")}};
        QJsonObject de = en;
        de.insert(QStringLiteral("language"), QStringLiteral("DE"));
        const BulkClonePlan plan({en, de}, {QStringLiteral("FR"), QStringLiteral("DE")}, true);
        QCOMPARE(plan.clones().size(), 2); // EN_US → FR, EN_US → DE
        QCOMPARE(plan.skipped().size(), 2); // DE → FR (FR taken), DE → DE (itself)
    }

    void deleteJobDeletes()
    {
        const QList<QJsonObject> victims = templatesOf(fx->projectKey).mid(0, 5);
        std::unique_ptr<BulkJob> job(TemplateBulkJobs::remove(fx->client.get(), fx->projectKey, victims, nullptr));
        job->setClock(&clock);
        job->start();
        QVERIFY(runToEnd(*job));
        QCOMPARE(job->countOf(BulkJob::Outcome::Done), 5);
        const QStringList left = keysOf(templatesOf(fx->projectKey));
        for (const QString &k : keysOf(victims))
            QVERIFY(!left.contains(k));
    }
};

QTEST_MAIN(TestBulkJob)
#include "tst_bulkjob.moc"
