// The RCS sender service against the sandbox: the seeded senders listed and read, a new
// sender created from a request with the server's own fields left out, an update that
// sends only the details (the fixed choices stay), and the questionnaire of a use case.
#include "services/rcssenderservice.h"
#include "testsupport.h"

#include "api/apijob.h"

#include <QJsonArray>
#include <QTest>

using namespace sinch;

namespace {

QJsonObject request(const QString &name)
{
    return QJsonObject{
        {"region", "EU"}, {"billingCategory", "CONVERSATIONAL"}, {"useCase", "MULTIUSE"},
        {"details", QJsonObject{{"brand", QJsonObject{{"name", name}, {"color", "#1A73E8"},
                                                      {"phones", QJsonArray{QJsonObject{{"label", "Support"}, {"number", "+442071234567"}}}}}},
                                {"countries", QJsonArray{"GB"}},
                                {"testNumbers", QJsonArray{"+46701234567"}}}}};
}

QJsonObject objectOf(const ApiResult &r) { return r.json.object(); }

} // namespace

class TstRcsSenderService : public QObject
{
    Q_OBJECT

private slots:
    void listsAndReadsTheSeededSenders()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        RcsSenderService senders(fx.client.get(), fx.projectKey);
        const ApiResult list = test::finished(senders.list());
        QVERIFY2(list.ok(), qPrintable(list.error.summary()));
        const QJsonArray all = objectOf(list).value("senders").toArray();
        QVERIFY(all.size() >= 4);
        const ApiResult named = test::finished(senders.list(QStringLiteral("Acme Bank")));
        QVERIFY(named.ok());
        const QJsonArray bank = objectOf(named).value("senders").toArray();
        QCOMPARE(bank.size(), 1);
        const QString id = bank.first().toObject().value("id").toString();
        const ApiResult one = test::finished(senders.get(id));
        QVERIFY(one.ok());
        QCOMPARE(objectOf(one).value("details").toObject().value("brand").toObject().value("name").toString(), QStringLiteral("Acme Bank"));
        QCOMPARE(objectOf(one).value("state").toString(), QStringLiteral("LAUNCHED")); // launched by the seed, reviewed at once

        const ApiResult missing = test::finished(senders.get(QStringLiteral("00000000-0000-0000-0000-000000000000")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.httpStatus, 404);
    }

    void createsAndUpdatesASender()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        RcsSenderService senders(fx.client.get(), fx.projectKey);
        QJsonObject input = request(QStringLiteral("Wizard Shop"));
        input.insert("state", "LAUNCHED"); // the server's field: left out of the body
        QCOMPARE(RcsSenderService::createBody(input), request(QStringLiteral("Wizard Shop")));
        const ApiResult created = test::finished(senders.create(input));
        QVERIFY2(created.ok(), qPrintable(created.error.summary()));
        const QJsonObject sender = objectOf(created);
        const QString id = sender.value("id").toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(sender.value("state").toString(), QStringLiteral("IN_TEST"));
        QVERIFY(!sender.value("hostingRegion").toString().isEmpty());

        // What the wizard edits of an existing sender is its request again.
        const QJsonObject again = RcsSenderService::requestFromSender(sender);
        QCOMPARE(again.value("region").toString(), QStringLiteral("EU"));
        QVERIFY(!again.contains("id") && !again.contains("authToken"));
        QVERIFY(!again.value("details").toObject().contains("callbackUrl"));

        QJsonObject details = again.value("details").toObject();
        QJsonObject brand = details.value("brand").toObject();
        brand.insert("description", "Now with a description");
        details.insert("brand", brand);
        QCOMPARE(RcsSenderService::updateBody(details).keys(), QStringList{"details"});
        const ApiResult updated = test::finished(senders.update(id, details));
        QVERIFY2(updated.ok(), qPrintable(updated.error.summary()));
        const QJsonObject read = objectOf(test::finished(senders.get(id)));
        QCOMPARE(read.value("details").toObject().value("brand").toObject().value("description").toString(),
                 QStringLiteral("Now with a description"));
        QCOMPARE(read.value("region").toString(), QStringLiteral("EU"));
    }

    void refusesAnInvalidCreate()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        RcsSenderService senders(fx.client.get(), fx.projectKey);
        QJsonObject input = request(QStringLiteral("Wizard Shop"));
        input.remove("useCase");
        const ApiResult refused = test::finished(senders.create(input));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.httpStatus, 400);
    }

    void readsTheQuestionsOfAUseCase()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        RcsSenderService senders(fx.client.get(), fx.projectKey);
        const ApiResult q = test::finished(senders.questionnaire(QStringLiteral("MULTIUSE"), {QStringLiteral("GB")}));
        QVERIFY2(q.ok(), qPrintable(q.error.summary()));
        QVERIFY(objectOf(q).contains("general"));
        QVERIFY(objectOf(q).contains("gb"));
        QVERIFY(!objectOf(q).contains("fr"));
    }
};

QTEST_GUILESS_MAIN(TstRcsSenderService)
#include "tst_rcssenderservice.moc"
