// The RCS sender service against the sandbox: the seeded senders listed and read, a new
// sender created from a request with the server's own fields left out, an update that
// sends only the details (the fixed choices stay), and the questionnaire of a use case.
#include "services/rcssenderrequest.h"
#include "services/rcssenderservice.h"
#include "rules/rcssenderrules.h"
#include "services/updatepatch.h"
#include "testsupport.h"

#include "api/apijob.h"

#include <QJsonArray>
#include <QJsonDocument>
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
QJsonObject json(const char *text) { return QJsonDocument::fromJson(text).object(); }

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

    // What was there and is gone is sent as null where the update's schema lets it be
    // deleted (contact lists, test numbers, answers, an answer's delimiter), left out where
    // it does not (the brand's description), and the sandbox deletes what is null.
    // What the wizard sends of what it edits: a create without blanks, nulls or the answers
    // of a country not chosen; an update with what was cleared as null, and in a state that
    // locks fields only the fields still open.
    void whatTheWizardSends()
    {
        const QJsonObject edited = json(R"({"region": "EU", "billingCategory": "CONVERSATIONAL", "useCase": "MULTIUSE",
            "details": {"brand": {"name": "B", "description": "", "websites": null, "emails": []},
                        "countries": ["GB"], "testNumbers": [],
                        "questionnaire": {"general": {"answers": {"optInDescription": "Web"}},
                                          "es": {"answers": {"firstMessage": "Hola"}}}}})");
        const QJsonObject created = RcsSenderRequest::create(edited);
        const QJsonObject details = created.value("details").toObject();
        const QJsonObject brand = details.value("brand").toObject();
        QCOMPARE(brand.value("name").toString(), QStringLiteral("B"));
        QVERIFY(!brand.contains("description") && !brand.contains("websites"));
        QCOMPARE(details.value("questionnaire").toObject().keys(), QStringList{"general"});
        QCOMPARE(created.value("useCase").toString(), QStringLiteral("MULTIUSE"));

        const QJsonObject sender = json(R"({"id": "01S", "region": "EU", "useCase": "MULTIUSE",
            "details": {"brand": {"name": "B", "emails": [{"address": "a@b.se"}]}, "countries": ["GB"],
                        "testNumbers": ["+46701234567"]}})");
        QJsonObject cleared = edited;
        cleared.insert("details", json(R"({"brand": {"name": "B"}, "countries": ["GB"], "testNumbers": [],
            "questionnaire": {"general": {"answers": {"optInDescription": "Web"}}, "es": {"answers": {"firstMessage": "Hola"}}}})"));
        const QJsonObject update = RcsSenderRequest::updateDetails(sender, cleared, QString());
        QVERIFY(update.value("brand").toObject().value("emails").isNull());
        QCOMPARE(update.value("testNumbers").toArray(), QJsonArray()); // none left
        QCOMPARE(update.value("questionnaire").toObject().keys(), QStringList{"general"});

        const rules::RcsSenderRules::UpdateLock &lock = rules::RcsSenderRules::updateLock();
        QVERIFY(!lock.states.isEmpty());
        const QJsonObject locked = RcsSenderRequest::updateDetails(sender, cleared, lock.states.first());
        QVERIFY2(locked.size() < update.size(), qPrintable(QStringList(locked.keys()).join(',')));
        for (auto it = locked.begin(); it != locked.end(); ++it) {
            QVERIFY(!rules::RcsSenderRules::isLocked(QStringLiteral("details.") + it.key(), lock.states.first()));
            QCOMPARE(it.value(), update.value(it.key()));
        }
    }

    void anUpdateDeletesWhatWasCleared()
    {
        const QJsonObject before = json(R"({"brand": {"name": "B", "description": "D", "emails": [{"address": "a@b.se"}]},
            "testNumbers": ["+46701234567"],
            "questionnaire": {"general": {"answers": {"optInDescription": "Web", "interactionsDescription": "A | B",
                                                      "interactionsDescriptionMetadata": {"ignore": " | "}}},
                              "es": {"answers": {"firstMessage": "Hola"}}}})");
        const QJsonObject after = json(R"({"brand": {"name": "B"},
            "questionnaire": {"general": {"answers": {"interactionsDescription": "A"}}}})");
        const QJsonObject patch = UpdatePatch::withDeletions(before, after, QStringLiteral("RcsUpdateSenderDetailsInputDto"));
        const QJsonObject brand = patch.value("brand").toObject();
        QVERIFY(brand.value("emails").isNull());
        QVERIFY(!brand.contains("description")); // not nullable: an update cannot delete it
        QCOMPARE(brand.value("name").toString(), QStringLiteral("B"));
        QVERIFY(patch.value("testNumbers").isNull());
        const QJsonObject general = patch.value("questionnaire").toObject().value("general").toObject().value("answers").toObject();
        QVERIFY(general.value("optInDescription").isNull());
        QCOMPARE(general.value("interactionsDescription").toString(), QStringLiteral("A"));
        QVERIFY(general.value("interactionsDescriptionMetadata").toObject().value("ignore").isNull());
        QVERIFY(patch.value("questionnaire").toObject().value("es").toObject().value("answers").toObject().value("firstMessage").isNull());
        QVERIFY(UpdatePatch::withDeletions(before, before, QStringLiteral("RcsUpdateSenderDetailsInputDto")) == before);

        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        RcsSenderService senders(fx.client.get(), fx.projectKey);
        const QJsonArray found = objectOf(test::finished(senders.list(QStringLiteral("Acme Travel")))).value("senders").toArray();
        QCOMPARE(found.size(), 1);
        const QString id = found.first().toObject().value("id").toString();
        const QJsonObject update = json(R"({"questionnaire": {"es": {"answers": {"firstMessage": null}},
                                                             "verification": {"answers": {"title": null}}}})");
        const ApiResult updated = test::finished(senders.update(id, update));
        QVERIFY2(updated.ok(), qPrintable(updated.error.summary()));
        const QJsonObject q = objectOf(test::finished(senders.get(id))).value("details").toObject().value("questionnaire").toObject();
        QVERIFY(!q.value("es").toObject().value("answers").toObject().contains("firstMessage"));
        QVERIFY(!q.value("verification").toObject().value("answers").toObject().contains("title"));
        QVERIFY(q.value("verification").toObject().value("answers").toObject().contains("name"));
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
