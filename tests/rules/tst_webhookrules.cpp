// The webhook rules: limits and triggers read from the contract, https only, the secret
// required where the whole webhook is sent and never quoted in a message.

#include "rules/webhookrules.h"

#include <QJsonArray>
#include <QTest>

using namespace sinch::rules;

namespace {

QStringList rulesOf(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.rule;
    return out;
}

QJsonObject webhook(const QString &target, const QString &secret, const QJsonArray &triggers)
{
    return QJsonObject{{QStringLiteral("target"), target}, {QStringLiteral("secret"), secret}, {QStringLiteral("triggers"), triggers}};
}

const QString kGoodSecret = QStringLiteral("a-long-random-secret-1234");

} // namespace

class TstWebhookRules : public QObject
{
    Q_OBJECT

private slots:
    void limitsComeFromTheContract()
    {
        const WebhookRules::Limits &l = WebhookRules::limits();
        QCOMPARE(l.targetMax, 742);
        QCOMPARE(l.secretMax, 128);
        QCOMPARE(l.secretMin, 1);
        QVERIFY(l.triggers.size() > 30);
        QCOMPARE(l.triggers.first(), QStringLiteral("ALL"));
        QVERIFY(l.triggers.contains(QStringLiteral("BUNDLE_DONE")));
        QVERIFY(l.triggers.contains(QStringLiteral("RCS_ACCOUNT_COMMENT_ADDED")));
    }

    void aGoodWebhookHasNoFindings()
    {
        const QJsonObject w = webhook(QStringLiteral("https://example.com/hook"), kGoodSecret, {QStringLiteral("ALL")});
        QCOMPARE(WebhookRules::check(w, WebhookRules::Mode::Create), QList<Finding>());
        QCOMPARE(WebhookRules::check(w, WebhookRules::Mode::Replace), QList<Finding>());
    }

    void target_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("rule");
        QTest::newRow("empty") << QString() << "webhook.target.required";
        QTest::newRow("http") << "http://example.com/hook" << "webhook.target.https";
        QTest::newRow("no scheme") << "example.com/hook" << "webhook.target.invalid";
        QTest::newRow("no host") << "https:///hook" << "webhook.target.invalid";
        QTest::newRow("space") << "https://exa mple.com" << "webhook.target.spaces";
        QTest::newRow("too long") << "https://example.com/" + QString(740, QLatin1Char('a')) << "webhook.target.length";
    }

    void target()
    {
        QFETCH(QString, target);
        QFETCH(QString, rule);
        const QList<Finding> f = WebhookRules::check(webhook(target, kGoodSecret, {QStringLiteral("ALL")}), WebhookRules::Mode::Create);
        QVERIFY2(rulesOf(f).contains(rule), qPrintable(rulesOf(f).join(QLatin1Char(' '))));
        QCOMPARE(f.first().path, QStringLiteral("target"));
    }

    void secret()
    {
        const QString url = QStringLiteral("https://example.com/hook");
        const QJsonArray all{QStringLiteral("ALL")};
        QVERIFY(rulesOf(WebhookRules::check(webhook(url, QString(), all), WebhookRules::Mode::Create)).contains(QStringLiteral("webhook.secret.required")));
        QVERIFY(rulesOf(WebhookRules::check(webhook(url, QString(), all), WebhookRules::Mode::Replace)).contains(QStringLiteral("webhook.secret.required")));
        // An update without a secret keeps the server's.
        QCOMPARE(WebhookRules::check(webhook(url, QString(), all), WebhookRules::Mode::Update), QList<Finding>());
        const QString tooLong(129, QLatin1Char('x'));
        const QList<Finding> f = WebhookRules::check(webhook(url, tooLong, all), WebhookRules::Mode::Update);
        QCOMPARE(rulesOf(f), QStringList{QStringLiteral("webhook.secret.length")});
        QVERIFY(!f.first().message.contains(tooLong));
        const QList<Finding> shortOne = WebhookRules::check(webhook(url, QStringLiteral("abc"), all), WebhookRules::Mode::Create);
        QCOMPARE(rulesOf(shortOne), QStringList{QStringLiteral("webhook.secret.short")});
        QVERIFY(!shortOne.first().isError());
    }

    void triggers()
    {
        const QString url = QStringLiteral("https://example.com/hook");
        QVERIFY(rulesOf(WebhookRules::check(webhook(url, kGoodSecret, {}), WebhookRules::Mode::Create)).contains(QStringLiteral("webhook.triggers.required")));
        const QList<Finding> unknown = WebhookRules::check(webhook(url, kGoodSecret, {QStringLiteral("NOPE")}), WebhookRules::Mode::Create);
        QCOMPARE(rulesOf(unknown), QStringList{QStringLiteral("webhook.triggers.unknown")});
        QCOMPARE(unknown.first().path, QStringLiteral("triggers.0"));
        const QJsonArray twice{QStringLiteral("BUNDLE_DONE"), QStringLiteral("BUNDLE_DONE")};
        QCOMPARE(rulesOf(WebhookRules::check(webhook(url, kGoodSecret, twice), WebhookRules::Mode::Create)),
                 QStringList{QStringLiteral("webhook.triggers.duplicate")});
        const QJsonArray redundant{QStringLiteral("ALL"), QStringLiteral("BUNDLE_DONE")};
        QCOMPARE(rulesOf(WebhookRules::check(webhook(url, kGoodSecret, redundant), WebhookRules::Mode::Create)),
                 QStringList{QStringLiteral("webhook.triggers.redundant")});
    }
};

QTEST_GUILESS_MAIN(TstWebhookRules)
#include "tst_webhookrules.moc"
