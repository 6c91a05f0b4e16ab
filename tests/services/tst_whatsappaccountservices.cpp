// The WhatsApp account, embedded-signup, flow and solution services against the sandbox:
// the account's life (404 before, 409 on a second create, updates only once rejected),
// template analytics, the long-lived token (a fresh secret, kept out of the request log),
// the WABAs a token reaches, the screens of a flow, and solutions created and assigned.
#include "services/whatsappaccountservice.h"
#include "services/whatsappflowservice.h"
#include "services/whatsappsolutionservice.h"
#include "testsupport.h"

#include "api/apijob.h"
#include "api/requestlog.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace sinch;

namespace {

// A project without the seed: no account yet; the review decides at once.
sandbox::SandboxConfig emptyProject()
{
    sandbox::SandboxConfig config;
    config.seed = false;
    config.reviewDelaySeconds = 0;
    return config;
}

QJsonObject accountInput(const QString &name)
{
    return QJsonObject{{QStringLiteral("companyLegalName"), name},
                       {QStringLiteral("clientBusinessManagerId"), QStringLiteral("104857600123456")},
                       {QStringLiteral("businessManager"), QStringLiteral("SINCH_UK")}};
}

QString str(const ApiResult &r, const char *path)
{
    QJsonValue v = r.json.object();
    for (const QString &part : QString::fromLatin1(path).split(QLatin1Char('.')))
        v = v.toObject().value(part);
    return v.toString();
}

QByteArray wholeLog(const ApiClient &client)
{
    QByteArray all;
    for (const RequestLog::Entry &e : client.requestLog()->entries())
        all += e.url.toUtf8() + ' ' + e.requestBody + ' ' + e.responseBody + '\n';
    return all;
}

} // namespace

class TstWhatsappAccountServices : public QObject
{
    Q_OBJECT

private slots:
    void accountCreatedOnceThenReviewed()
    {
        test::SandboxFixture fx(emptyProject());
        QVERIFY2(fx.started, qPrintable(fx.error));
        WhatsappAccountService account(fx.client.get(), fx.projectKey);
        const ApiResult missing = test::finished(account.get());
        QCOMPARE(missing.error.httpStatus, 404);
        QVERIFY(WhatsappAccountService::isMissingAccount(missing));
        // Analytics need an onboarded account.
        QCOMPARE(test::finished(account.enableTemplateAnalytics()).error.errorCode, QStringLiteral("template_insights_not_yet_available"));

        const ApiResult created = test::finished(account.create(accountInput(QStringLiteral("Acme Ltd"))));
        QVERIFY2(created.ok(), qPrintable(created.error.summary()));
        QCOMPARE(str(created, "changes.details.companyLegalName"), QStringLiteral("Acme Ltd"));
        QCOMPARE(str(created, "businessManager"), QStringLiteral("SINCH_UK"));
        const ApiResult again = test::finished(account.create(accountInput(QStringLiteral("Acme Ltd"))));
        QCOMPARE(again.error.httpStatus, 409);
        QCOMPARE(again.error.errorCode, QStringLiteral("account_exists"));

        const ApiResult onboarded = test::finished(account.get());
        QCOMPARE(str(onboarded, "state"), QStringLiteral("ONBOARDED"));
        QCOMPARE(str(onboarded, "details.companyLegalName"), QStringLiteral("Acme Ltd"));
        // An onboarded account is not updatable (the contract: only a rejected one).
        const ApiResult refused = test::finished(account.update(QJsonObject{{QStringLiteral("companyLegalName"), QStringLiteral("Acme Group")}}));
        QCOMPARE(refused.error.httpStatus, 409);
        QCOMPARE(refused.error.errorCode, QStringLiteral("account_not_updatable"));

        QVERIFY(!test::finished(account.get()).json.object().value(QLatin1String("wabaEnabledForInsights")).toBool());
        QVERIFY(test::finished(account.enableTemplateAnalytics()).ok());
        QVERIFY(test::finished(account.get()).json.object().value(QLatin1String("wabaEnabledForInsights")).toBool());
    }

    void rejectedAccountIsUpdated()
    {
        test::SandboxFixture fx(emptyProject());
        QVERIFY2(fx.started, qPrintable(fx.error));
        WhatsappAccountService account(fx.client.get(), fx.projectKey);
        QVERIFY(test::finished(account.create(accountInput(QStringLiteral("Acme reject Ltd")))).ok());
        QCOMPARE(str(test::finished(account.get()), "state"), QStringLiteral("REJECTED"));
        const ApiResult updated = test::finished(account.update(QJsonObject{{QStringLiteral("companyLegalName"), QStringLiteral("Acme Ltd")}}));
        QVERIFY2(updated.ok(), qPrintable(updated.error.summary()));
        QCOMPARE(str(updated, "changes.status"), QStringLiteral("IN_PROGRESS"));
        const ApiResult after = test::finished(account.get());
        QCOMPARE(str(after, "state"), QStringLiteral("ONBOARDED"));
        QCOMPARE(str(after, "details.companyLegalName"), QStringLiteral("Acme Ltd"));
    }

    void longLivedTokenIsFreshAndNotLogged()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        WhatsappAccountService account(fx.client.get(), fx.projectKey);
        const ApiResult first = test::finished(account.createLongLivedAccessToken(QStringLiteral("EAAGuserToken123"), QStringLiteral("SINCH_UK")));
        QVERIFY2(first.ok(), qPrintable(first.error.summary()));
        const QString token = WhatsappAccountService::tokenIn(first);
        QVERIFY(token.size() > 20);
        const QString second = WhatsappAccountService::tokenIn(test::finished(account.createLongLivedAccessToken(QStringLiteral("EAAGuserToken123"))));
        QVERIFY(!second.isEmpty());
        QVERIFY(second != token);
        const ApiResult empty = test::finished(account.createLongLivedAccessToken(QString()));
        QCOMPARE(empty.error.httpStatus, 400);

        const QByteArray log = wholeLog(*fx.client);
        QVERIFY(log.contains("longLivedAccessToken"));
        QVERIFY(!log.contains(token.toUtf8()));
        QVERIFY(!log.contains(second.toUtf8()));
        QVERIFY(!log.contains("EAAGuserToken123"));
    }

    void wabaDetailsOfToken()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        WhatsappAccountService account(fx.client.get(), fx.projectKey);
        const ApiResult r = test::finished(account.listWabaDetails(QStringLiteral("EAAGuserToken123")));
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        const QJsonArray wabas = r.json.object().value(QLatin1String("wabas")).toArray();
        QCOMPARE(wabas.size(), 1);
        const QJsonObject waba = wabas.first().toObject();
        QCOMPARE(waba.value(QLatin1String("id")).toString(), str(test::finished(account.get()), "wabaId"));
        QCOMPARE(waba.value(QLatin1String("name")).toString(), QStringLiteral("Acme Retail Ltd"));
        QVERIFY(waba.value(QLatin1String("numbers")).isArray());
    }

    void flowScreens()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        WhatsappFlowService flows(fx.client.get(), fx.projectKey);
        const QList<WhatsappFlowService::Flow> all = WhatsappFlowService::flowsIn(test::finished(flows.list()));
        QVERIFY(all.size() >= 3);
        QCOMPARE(WhatsappFlowService::screensIn(test::finished(flows.screens(all.first().id))),
                 (QStringList{QStringLiteral("APPOINTMENT"), QStringLiteral("DETAILS"), QStringLiteral("SUMMARY")}));
        const ApiResult unknown = test::finished(flows.screens(QStringLiteral("999")));
        QCOMPARE(unknown.error.httpStatus, 404);
        QCOMPARE(unknown.error.errorCode, QStringLiteral("flow_not_found"));
    }

    void solutionsCreatedAndAssigned()
    {
        test::SandboxFixture fx(emptyProject());
        QVERIFY2(fx.started, qPrintable(fx.error));
        WhatsappSolutionService solutions(fx.client.get(), fx.projectKey);
        QVERIFY(test::finished(solutions.list()).json.object().value(QLatin1String("solutions")).toArray().isEmpty());
        QVERIFY(test::finished(solutions.create(QStringLiteral("First"), QStringLiteral("EAAGa"), QStringLiteral("SINCH_UK"))).ok());
        const ApiResult created = test::finished(solutions.create(QStringLiteral("Second"), QStringLiteral("EAAGb"), QStringLiteral("SINCH_BR")));
        QVERIFY2(created.ok(), qPrintable(created.error.summary()));
        // The answer lists every solution of the project.
        const QJsonArray all = created.json.object().value(QLatin1String("solutions")).toArray();
        QCOMPARE(all.size(), 2);
        QString second;
        for (const QJsonValue &v : all)
            if (v.toObject().value(QLatin1String("details")).toObject().value(QLatin1String("name")).toString() == QLatin1String("Second"))
                second = v.toObject().value(QLatin1String("id")).toString();
        QVERIFY(!second.isEmpty());
        QVERIFY(!test::finished(solutions.get(second)).json.object().value(QLatin1String("assigned")).toBool());
        const ApiResult assigned = test::finished(solutions.assign(second));
        QVERIFY2(assigned.ok(), qPrintable(assigned.error.summary()));
        QVERIFY(test::finished(solutions.get(second)).json.object().value(QLatin1String("assigned")).toBool());
        QCOMPARE(test::finished(solutions.get(QStringLiteral("nope"))).error.errorCode, QStringLiteral("solution_not_found"));
        QVERIFY(!wholeLog(*fx.client).contains("EAAGb"));
    }
};

QTEST_MAIN(TstWhatsappAccountServices)
#include "tst_whatsappaccountservices.moc"
