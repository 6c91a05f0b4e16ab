// The credential fields of the API masked from one list: in a document (views, Copy as
// JSON, exports), in the request log's bodies and names, and the launch checklist the
// console and the sandbox share.

#include "api/requestlog.h"
#include "domain/credentialfields.h"
#include "domain/rcslaunchchecklist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sinch;

class TstCredentialFields : public QObject
{
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("credential");
        QTest::newRow("rcs authToken") << "authToken" << true;
        QTest::newRow("webhook secret") << "secret" << true;
        QTest::newRow("key secret") << "keySecret" << true;
        QTest::newRow("access token") << "access_token" << true;
        QTest::newRow("long-lived whatsapp token") << "longLivedAccessToken" << true;
        QTest::newRow("refresh token") << "refresh_token" << true;
        QTest::newRow("authorization header") << "Authorization" << true;
        QTest::newRow("authName alone") << "authName" << false;
        QTest::newRow("page cursor") << "nextPageToken" << false;
        QTest::newRow("a list of tokens") << "accessTokens" << true;
        QTest::newRow("token type") << "token_type" << false;
        QTest::newRow("brand name") << "name" << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, credential);
        QCOMPARE(CredentialFields::isCredentialName(name), credential);
        QCOMPARE(RequestLog::isSecretName(name), credential); // the log reads the same list
    }

    void masksAnRcsSenderAtAnyDepth()
    {
        const QJsonObject sender{{"id", "s1"}, {"authName", "agent-name-7"}, {"authToken", "tok-SECRET-1"},
                                 {"details", QJsonObject{{"brand", QJsonObject{{"name", "Acme"}}}}},
                                 {"list", QJsonArray{QJsonObject{{"secret", "hook-SECRET"}, {"authName", "kept"}}}},
                                 {"accessToken", QJsonValue::Null}};
        const QJsonObject masked = CredentialFields::mask(sender).toObject();
        const QByteArray text = QJsonDocument(masked).toJson();
        QVERIFY2(!text.contains("tok-SECRET-1") && !text.contains("agent-name-7") && !text.contains("hook-SECRET"), text);
        QCOMPARE(masked.value("authToken").toString(), CredentialFields::maskText());
        QCOMPARE(masked.value("authName").toString(), CredentialFields::maskText()); // paired with the token
        const QJsonObject inList = masked.value("list").toArray().first().toObject();
        QCOMPARE(inList.value("authName").toString(), QStringLiteral("kept")); // no token beside it
        QVERIFY(masked.value("accessToken").isNull()); // "not set" is no secret
        QCOMPARE(masked.value("id").toString(), QStringLiteral("s1"));
        QCOMPARE(masked.value("details").toObject().value("brand").toObject().value("name").toString(), QStringLiteral("Acme"));
    }

    void requestLogRedactsThePairToo()
    {
        const QByteArray body = QJsonDocument(QJsonObject{{"authName", "agent-name-7"}, {"authToken", "tok-SECRET-1"},
                                                          {"state", "IN_TEST"}}).toJson(QJsonDocument::Compact);
        const QByteArray logged = RequestLog::redactBody(body, "application/json");
        QVERIFY2(!logged.contains("tok-SECRET-1") && !logged.contains("agent-name-7"), logged);
        QVERIFY2(logged.contains("IN_TEST"), logged);
    }

    void checklistNamesEveryMissingField()
    {
        QJsonObject sender{{"details", QJsonObject{{"brand", QJsonObject{{"name", "Acme"}, {"websites", QJsonArray{QJsonObject{{"url", "https://a.example"}}}}}},
                                                   {"countries", QJsonArray{"GB", "ES"}}}}};
        QStringList blocking;
        QStringList warnings;
        for (const RcsLaunchChecklist::Item &i : RcsLaunchChecklist::check(sender))
            (i.blocking ? blocking : warnings) << i.field;
        QCOMPARE(blocking, (QStringList{"details.brand.logoUrl", "details.brand.bannerUrl", "details.brand.privacyPolicyUrl",
                                        "details.brand.termsOfServiceUrl", "details.brand.phones",
                                        "details.questionnaire.general.answers", "details.questionnaire.verification.answers",
                                        "details.questionnaire.gb.answers"}));
        QCOMPARE(warnings, (QStringList{"details.questionnaire.es.answers", "details.brand.description", "details.brand.color",
                                        "details.testNumbers", "details.questionnaire.general.answers.videoUris"}));
        QVERIFY(!RcsLaunchChecklist::canLaunch(sender));
        QCOMPARE(RcsLaunchChecklist::apiMessage(RcsLaunchChecklist::blocking(sender).at(4)),
                 QStringLiteral("details.brand.phones or details.brand.emails must contain at least 1 elements"));
    }
};

QTEST_GUILESS_MAIN(TstCredentialFields)
#include "tst_credentialfields.moc"
