// The typed RCS services against the sandbox: upscales (create, read, the failed one
// retried to UPSCALED, delete, the upscale senders) and the launch service's limits.

#include "services/rcssenderservice.h"
#include "services/rcsupscaleservice.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace sinch;

class TstRcsServices : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_fx;

    QString launchedSender(bool upscaled) const
    {
        const ApiResult r = test::finished(RcsUpscaleService(m_fx->client.get(), m_fx->projectKey).senders());
        for (const QJsonValue &v : r.json.object().value("senders").toArray())
            if (v.toObject().value("isUpscaled").toBool() == upscaled)
                return v.toObject().value("id").toString();
        return QString();
    }

private slots:
    void init()
    {
        sandbox::SandboxConfig config;
        config.reviewDelaySeconds = 0.1;
        m_fx = std::make_unique<test::SandboxFixture>(config);
        QVERIFY2(m_fx->started, qPrintable(m_fx->error));
    }
    void cleanup() { m_fx.reset(); }

    void contractLimits()
    {
        QCOMPARE(RcsSenderService::maxTestNumbers(), 20);
        QVERIFY(RcsSenderService::testNumberProblem(QStringLiteral("+447700900123")).isEmpty());
        QVERIFY(!RcsSenderService::testNumberProblem(QStringLiteral("07700900123")).isEmpty());
        QVERIFY(!RcsSenderService::testNumberProblem(QStringLiteral("+44770090012x")).isEmpty());
        QVERIFY(RcsUpscaleService::smsNumberIdProblem(QStringLiteral("c8a79e31acc647e69b861f1cd4c4fd36")).isEmpty());
        QVERIFY(!RcsUpscaleService::smsNumberIdProblem(QStringLiteral("c8a79e31-acc6-47e6-9b86-1f1cd4c4fd36")).isEmpty());
        const QStringList countries = RcsUpscaleService::countries();
        QVERIFY(countries.contains(QStringLiteral("GB")) && countries.contains(QStringLiteral("US")));
        QVERIFY(!countries.contains(QStringLiteral("AD"))); // the input's list, not every country
    }

    void failedUpscaleRetriedToUpscaled()
    {
        const RcsUpscaleService service(m_fx->client.get(), m_fx->projectKey);
        const QString sender = launchedSender(false);
        QVERIFY(!sender.isEmpty());
        ApiResult r = test::finished(service.create(QStringLiteral("US"), sender, QStringLiteral("fa11c0de0000000000000000000000ab")));
        QCOMPARE(r.httpStatus, 201);
        const QString id = r.json.object().value("id").toString();
        QCOMPARE(r.json.object().value("state").toString(), QStringLiteral("UPSCALING"));
        QTRY_COMPARE(test::finished(service.get(id)).json.object().value("state").toString(), QStringLiteral("UPSCALING_FAILED"));
        QVERIFY(launchedSender(false).isEmpty()); // the sender counts as upscaled now

        r = test::finished(service.retry(id));
        QCOMPARE(r.httpStatus, 204);
        QTRY_COMPARE(test::finished(service.get(id)).json.object().value("state").toString(), QStringLiteral("UPSCALED"));
        QCOMPARE(test::finished(service.retry(id)).httpStatus, 409); // nothing failed any more

        bool listed = false;
        for (const QJsonValue &v : test::finished(service.list()).json.object().value("upscales").toArray())
            listed = listed || v.toObject().value("id").toString() == id;
        QVERIFY(listed);
        QCOMPARE(test::finished(service.remove(id)).httpStatus, 204);
        // Downscaling first (the SMS number is detached), then gone.
        QCOMPARE(test::finished(service.get(id)).json.object().value("state").toString(), QStringLiteral("DOWNSCALING"));
        QTRY_COMPARE(test::finished(service.get(id)).httpStatus, 404);
        QCOMPARE(launchedSender(false), sender);
    }
};

QTEST_GUILESS_MAIN(TstRcsServices)
#include "tst_rcsservices.moc"
