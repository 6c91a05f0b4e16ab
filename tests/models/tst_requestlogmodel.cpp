// RequestLogModel follows the client's request log: one row per request, redacted.
#include "testsupport.h"

#include "api/apiclient.h"
#include "api/requestlog.h"
#include "models/requestlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sinch;

class TestRequestLogModel : public QObject
{
    Q_OBJECT
private slots:
    void followsTheLog()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        RequestLogModel model(fx.client->requestLog());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        ApiJob *job = fx.client->call(fx.projectKey, ApiRequest(QStringLiteral("WebhookController_listWebhooks_v1"))
                                                          .arg(QStringLiteral("pageSize"), QStringLiteral("1")));
        QSignalSpy done(job, &ApiJob::finished);
        QVERIFY(done.wait(10000));
        QTRY_VERIFY(model.rowCount() > before);
        const int row = model.rowCount() - 1;
        QCOMPARE(model.index(row, RequestLogModel::Operation).data().toString(),
                 QStringLiteral("WebhookController_listWebhooks_v1"));
        QCOMPARE(model.index(row, RequestLogModel::Status).data().toString(), QStringLiteral("200"));
        QCOMPARE(model.index(row, RequestLogModel::Method).data().toString(), QStringLiteral("GET"));
        QVERIFY(!model.index(row, RequestLogModel::RequestId).data().toString().isEmpty());
        const QString details = model.index(row, 0).data(RequestLogModel::DetailsRole).toString();
        QVERIFY(!details.contains(fx.server->config().keySecret));
        // A request that worked keeps no bodies, and its details say so (the log promised them).
        QVERIFY2(details.contains(QLatin1String("Bodies are kept for failed requests")), qPrintable(details));
        QVERIFY(!inserted.isEmpty());
        QVERIFY(!model.index(row, 0).data(RequestLogModel::FailedRole).toBool());
    }

    // A 200 whose body stopped coming is a failed request, though its status says 200.
    void aStalledAnswerIsAFailure()
    {
        RequestLog log;
        RequestLogModel model(&log);
        RequestLog::Entry e;
        e.status = 200;
        e.error = QStringLiteral("no answer in time");
        log.record(e);
        QVERIFY(model.index(0, 0).data(RequestLogModel::FailedRole).toBool());
        QCOMPARE(model.index(0, RequestLogModel::Error).data().toString(), e.error);
        QCOMPARE(model.index(0, RequestLogModel::Status).data().toString(), QStringLiteral("200, incomplete"));
        QVERIFY(model.index(0, 0).data(RequestLogModel::DetailsRole).toString().contains(QStringLiteral("the answer did not")));
    }

    void trimsToCapacity()
    {
        RequestLog log;
        RequestLogModel model(&log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(3);
        for (int i = 0; i < 5; ++i) {
            RequestLog::Entry e;
            e.requestId = QString::number(i);
            e.status = 200;
            log.record(e);
        }
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, RequestLogModel::RequestId).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(2, RequestLogModel::RequestId).data().toString(), QStringLiteral("4"));
    }
};

QTEST_GUILESS_MAIN(TestRequestLogModel)
#include "tst_requestlogmodel.moc"
