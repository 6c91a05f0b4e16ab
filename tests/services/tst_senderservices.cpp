// The WhatsApp and KakaoTalk sender services against the sandbox (their lifecycles, the
// sandbox's refusals of wrong codes), and the next-step sentence of every contract state.
#include "domain/sendernextstep.h"
#include "sandbox/kakaotalkapi.h"
#include "services/kakaotalksenderservice.h"
#include "services/whatsappsenderservice.h"
#include "testsupport.h"

#include "api/apijob.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace sinch;
using Channel = SenderNextStep::Channel;
using Action = SenderNextStep::Action;

Q_DECLARE_METATYPE(sinch::SenderNextStep::Channel)
Q_DECLARE_METATYPE(sinch::SenderNextStep::Action)

namespace {



QJsonObject whatsappSender(const QString &displayName)
{
    return QJsonObject{{QStringLiteral("region"), QStringLiteral("EU")},
                       {QStringLiteral("phoneNumberProvider"), QStringLiteral("CUSTOMER")},
                       {QStringLiteral("details"), QJsonObject{{QStringLiteral("countryCode"), QStringLiteral("49")},
                                                               {QStringLiteral("phoneNumber"), QStringLiteral("15123456789")},
                                                               {QStringLiteral("displayName"), displayName},
                                                               {QStringLiteral("vertical"), QStringLiteral("SHOPPING_AND_RETAIL")}}}};
}

QJsonObject kakaoSender(const QString &plusFriendId)
{
    return QJsonObject{{QStringLiteral("plusFriendId"), plusFriendId},
                       {QStringLiteral("details"), QJsonObject{{QStringLiteral("adminPhoneNo"), QStringLiteral("+821012345678")},
                                                               {QStringLiteral("name"), QStringLiteral("Acme Korea")},
                                                               {QStringLiteral("topLevelCategoryCode"), QStringLiteral("019")},
                                                               {QStringLiteral("midLevelCategoryCode"), QStringLiteral("0006")},
                                                               {QStringLiteral("subLevelCategoryCode"), QStringLiteral("0001")}}}};
}

QString stateOf(const ApiResult &r)
{
    return r.json.object().value(QLatin1String("state")).toString();
}

// A sender created, registered and verified with a right code (the review decides at once).
QString verifiedSender(const WhatsappSenderService &senders, const QString &displayName)
{
    const QString id = test::finished(senders.create(whatsappSender(displayName))).json.object().value(QLatin1String("id")).toString();
    if (!test::finished(senders.registerNumber(id)).ok() || !test::finished(senders.verify(id, QStringLiteral("123456"))).ok())
        return QString();
    return id;
}

} // namespace

class TstSenderServices : public QObject
{
    Q_OBJECT

private slots:
    void whatsappCreateRegisterVerifyActive()
    {
        test::SandboxFixture fx(test::reviewAtOnce());
        QVERIFY2(fx.started, qPrintable(fx.error));
        WhatsappSenderService senders(fx.client.get(), fx.projectKey);
        const ApiResult created = test::finished(senders.create(whatsappSender(QStringLiteral("Acme Shop"))));
        QVERIFY2(created.ok(), qPrintable(created.error.validationErrors.join(QLatin1String("; "))));
        const QJsonObject sender = created.json.object();
        const QString id = sender.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(stateOf(created), QStringLiteral("PENDING_VERIFICATION"));
        QCOMPARE(SenderNextStep::of(Channel::Whatsapp, sender).action, Action::RequestCode);

        const ApiResult registered = test::finished(senders.registerNumber(id));
        QVERIFY2(registered.ok(), qPrintable(registered.error.summary()));
        QCOMPARE(registered.json.object().value(QLatin1String("method")).toString(), QStringLiteral("SMS"));
        const SenderNextStep::Step enter = SenderNextStep::of(Channel::Whatsapp, sender, true);
        QCOMPARE(enter.action, Action::EnterCode);
        QCOMPARE(enter.sentence, QStringLiteral("Enter the 6-digit code sent to +49 15123456789."));

        const ApiResult verified = test::finished(senders.verify(id, QStringLiteral("123456")));
        QVERIFY2(verified.ok(), qPrintable(verified.error.summary()));
        QCOMPARE(verified.httpStatus, 204);
        const ApiResult got = test::finished(senders.get(id));
        QCOMPARE(stateOf(got), QStringLiteral("ACTIVE"));
        QCOMPARE(got.json.object().value(QLatin1String("details")).toObject().value(QLatin1String("displayName")).toString(),
                 QStringLiteral("Acme Shop"));
        QCOMPARE(SenderNextStep::of(Channel::Whatsapp, got.json.object()).sentence,
                 QStringLiteral("Nothing to do: the sender is active."));
        // Each call was one request of its own operation.
        for (const char *op : {"SendersController_createSender_v1", "SendersController_register_v1",
                               "SendersController_verify_v1", "SendersController_get_v1"})
            QCOMPARE(fx.server->requestCount(QLatin1String(op)), 1);
        // A second registration of a verified sender is refused.
        QCOMPARE(test::finished(senders.registerNumber(id)).error.errorCode, QStringLiteral("sender-already-registered"));
    }

    void whatsappWrongCodesLockTheSenderOut()
    {
        sandbox::SandboxConfig config = test::reviewAtOnce();
        config.limits.wrongCodeLimit = 3;
        test::SandboxFixture fx(config);
        QVERIFY2(fx.started, qPrintable(fx.error));
        WhatsappSenderService senders(fx.client.get(), fx.projectKey);
        const QString id = test::finished(senders.create(whatsappSender(QStringLiteral("Acme Locked")))).json.object()
                               .value(QLatin1String("id")).toString();
        QVERIFY(test::finished(senders.registerNumber(id)).ok());
        for (int i = 0; i < config.limits.wrongCodeLimit; ++i) {
            const ApiResult wrong = test::finished(senders.verify(id, QStringLiteral("000000")));
            QCOMPARE(wrong.httpStatus, 409);
            QCOMPARE(wrong.error.errorCode, QStringLiteral("wrong_otp"));
        }
        // The code is void now: verify has nothing to check, a new code is refused.
        QCOMPARE(test::finished(senders.verify(id, QStringLiteral("123456"))).error.errorCode, QStringLiteral("not_allowed_verify"));
        const ApiResult again = test::finished(senders.registerNumber(id));
        QCOMPARE(again.httpStatus, 429);
        QCOMPARE(again.error.errorCode, QStringLiteral("too_many_invalid_verification_codes"));
        const QJsonObject sender = test::finished(senders.get(id)).json.object();
        QCOMPARE(stateOf(test::finished(senders.get(id))), QStringLiteral("PENDING_VERIFICATION"));
        // What each refusal means for the person typing, in words: what happened, what to do.
        const QString wrongText = SenderNextStep::verificationProblem(Channel::Whatsapp, QStringLiteral("wrong_otp"), sender);
        QVERIFY2(wrongText.contains(QLatin1String("+49 15123456789")), qPrintable(wrongText));
        const QString locked = SenderNextStep::verificationProblem(Channel::Whatsapp, again.error.errorCode, sender);
        QVERIFY2(locked.contains(QLatin1String("Wait")) && locked.contains(QLatin1String("register again")), qPrintable(locked));
        QVERIFY(SenderNextStep::verificationProblem(Channel::Whatsapp, QStringLiteral("internal_error"), sender).isEmpty());
    }

    void whatsappRejectedDiscardedAndDeleted()
    {
        test::SandboxFixture fx(test::reviewAtOnce());
        QVERIFY2(fx.started, qPrintable(fx.error));
        WhatsappSenderService senders(fx.client.get(), fx.projectKey);
        // A display name with "reject" is always rejected by the sandbox's reviewer.
        const QString id = verifiedSender(senders, QStringLiteral("reject me"));
        QVERIFY(!id.isEmpty());
        const QJsonObject rejected = test::finished(senders.get(id)).json.object();
        const SenderNextStep::Step step = SenderNextStep::of(Channel::Whatsapp, rejected);
        QCOMPARE(step.changesStatus, QStringLiteral("REJECTED"));
        QCOMPARE(step.action, Action::FixChanges);
        QVERIFY2(step.sentence.contains(QLatin1String("display name guidelines")), qPrintable(step.sentence));

        QCOMPARE(test::finished(senders.removeChanges(id)).httpStatus, 204);
        QVERIFY(!test::finished(senders.get(id)).json.object().contains(QLatin1String("changes")));
        // Nothing pending any more: a second discard is a conflict.
        QCOMPARE(test::finished(senders.removeChanges(id)).httpStatus, 409);

        QCOMPARE(test::finished(senders.remove(id)).httpStatus, 204);
        QCOMPARE(test::finished(senders.get(id)).httpStatus, 404);
    }

    void whatsappUpdateAsDraftThenDiscard()
    {
        test::SandboxFixture fx(test::reviewAtOnce());
        QVERIFY2(fx.started, qPrintable(fx.error));
        WhatsappSenderService senders(fx.client.get(), fx.projectKey);
        const QString id = verifiedSender(senders, QStringLiteral("Acme Draft"));
        QVERIFY(!id.isEmpty());
        const ApiResult edited = test::finished(senders.update(id, QJsonObject{{QStringLiteral("about"), QStringLiteral("New")}}, false));
        QVERIFY2(edited.ok(), qPrintable(edited.error.summary()));
        QCOMPARE(SenderNextStep::of(Channel::Whatsapp, edited.json.object()).action, Action::SubmitChanges);
        QCOMPARE(test::finished(senders.removeChanges(id)).httpStatus, 204);
        QCOMPARE(SenderNextStep::of(Channel::Whatsapp, test::finished(senders.get(id)).json.object()).action, Action::None);
    }

    void kakaotalkLifecycle()
    {
        test::SandboxFixture fx(test::reviewAtOnce());
        QVERIFY2(fx.started, qPrintable(fx.error));
        KakaotalkSenderService senders(fx.client.get(), fx.projectKey);
        const QString pf = QStringLiteral("@acmekorea");

        // A draft first: nothing reaches Kakao until it is submitted.
        const ApiResult draft = test::finished(senders.create(kakaoSender(pf), false));
        QVERIFY2(draft.ok(), qPrintable(draft.error.summary()));
        QCOMPARE(SenderNextStep::of(Channel::Kakaotalk, draft.json.object()).action, Action::SubmitChanges);
        QCOMPARE(test::finished(senders.removeChanges(pf)).httpStatus, 204);

        const ApiResult submitted = test::finished(senders.update(pf, kakaoSender(pf).value(QLatin1String("details")).toObject(), true));
        QVERIFY2(submitted.ok(), qPrintable(submitted.error.summary()));
        // No token was sent yet: nothing to verify.
        QCOMPARE(test::finished(senders.verify(pf, sandbox::KakaotalkApi::verificationToken())).error.errorCode,
                 QStringLiteral("not_allowed_verify"));
        const ApiResult registered = test::finished(senders.registerSender(pf));
        QVERIFY2(registered.ok(), qPrintable(registered.error.summary()));
        QCOMPARE(stateOf(registered), QStringLiteral("VERIFYING"));
        // A wrong token is refused with the contract's 409; the sender still waits for its token.
        const ApiResult wrong = test::finished(senders.verify(pf, QStringLiteral("654321")));
        QCOMPARE(wrong.httpStatus, 409);
        QCOMPARE(wrong.error.errorCode, QStringLiteral("not_allowed_verify"));
        QVERIFY(SenderNextStep::verificationProblem(Channel::Kakaotalk, wrong.error.errorCode, registered.json.object())
                    .contains(QLatin1String("did not accept this token")));
        QCOMPARE(stateOf(test::finished(senders.get(pf))), QStringLiteral("VERIFYING"));
        const ApiResult verified = test::finished(senders.verify(pf, sandbox::KakaotalkApi::verificationToken()));
        QVERIFY2(verified.ok(), qPrintable(verified.error.summary()));
        QCOMPARE(stateOf(verified), QStringLiteral("ACTIVE"));
        const ApiResult got = test::finished(senders.get(pf));
        QCOMPARE(stateOf(got), QStringLiteral("ACTIVE"));
        QCOMPARE(SenderNextStep::of(Channel::Kakaotalk, got.json.object()).action, Action::None);
        // Verified and active: no further token.
        QCOMPARE(test::finished(senders.registerSender(pf)).error.errorCode, QStringLiteral("not_allowed_register"));
        for (const char *op : {"KakaotalkSendersController_createSender_v1", "SendersController_updateSender_v1",
                               "KakaotalkSendersController_deleteChanges_v1"})
            QCOMPARE(fx.server->requestCount(QLatin1String(op)), 1);
        QCOMPARE(fx.server->requestCount(QStringLiteral("SendersController_registerSender_v1")), 2);
        QCOMPARE(fx.server->requestCount(QStringLiteral("SendersController_verifySender_v1")), 3);

        QCOMPARE(test::finished(senders.remove(pf)).httpStatus, 204);
        QCOMPARE(test::finished(senders.get(pf)).httpStatus, 404);
    }

    void kakaotalkCategories()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        KakaotalkSenderService senders(fx.client.get(), fx.projectKey);
        const QJsonArray categories = KakaotalkSenderService::categoriesIn(test::finished(senders.senderCategories()));
        QVERIFY(!categories.isEmpty());
        QVERIFY(!categories.first().toObject().value(QLatin1String("code")).toString().isEmpty());
    }

    // Every state of the contract has a sentence of its own (none falls to "unknown").
    void everyContractStateHasAStep_data()
    {
        QTest::addColumn<Channel>("channel");
        QTest::addColumn<QString>("state");
        for (Channel c : {Channel::Whatsapp, Channel::Kakaotalk}) {
            const QStringList states = SenderNextStep::states(c);
            QVERIFY(states.size() >= 5);
            for (const QString &s : states)
                QTest::addRow("%s %s", c == Channel::Whatsapp ? "whatsapp" : "kakaotalk", qPrintable(s)) << c << s;
        }
    }
    void everyContractStateHasAStep()
    {
        QFETCH(Channel, channel);
        QFETCH(QString, state);
        const SenderNextStep::Step step = SenderNextStep::of(channel, QJsonObject{{QStringLiteral("state"), state}});
        QCOMPARE(step.state, state);
        QVERIFY(step.action != Action::Unknown);
        QVERIFY(!step.sentence.isEmpty());
        QVERIFY(!step.sentence.contains(QLatin1String("%")));
    }

    void sentences_data()
    {
        QTest::addColumn<Channel>("channel");
        QTest::addColumn<QJsonObject>("sender");
        QTest::addColumn<bool>("codeRequested");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("sentence");
        const QJsonObject phone{{QStringLiteral("countryCode"), QStringLiteral("+49")},
                                {QStringLiteral("phoneNumber"), QStringLiteral("15123456789")}};
        auto wa = [&](const char *state, const QJsonObject &changes = QJsonObject()) {
            QJsonObject s = phone;
            s.insert(QStringLiteral("state"), QLatin1String(state));
            if (!changes.isEmpty())
                s.insert(QStringLiteral("changes"), changes);
            return s;
        };
        auto kk = [](const char *state, const char *status = nullptr) {
            QJsonObject s{{QStringLiteral("details"), QJsonObject{{QStringLiteral("adminPhoneNo"), QStringLiteral("+821012345678")}}}};
            if (*state)
                s.insert(QStringLiteral("state"), QLatin1String(state));
            if (status)
                s.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QLatin1String(status)}});
            return s;
        };
        auto status = [](const char *st) { return QJsonObject{{QStringLiteral("status"), QLatin1String(st)}}; };
        QJsonObject rejected = status("REJECTED");
        rejected.insert(QStringLiteral("errorReason"), QStringLiteral("The display name does not follow Meta's display name guidelines."));
        QJsonObject duplicate = status("ERROR");
        duplicate.insert(QStringLiteral("errorCode"), QStringLiteral("DUPLICATES_ON_SENDER_PHONE_NUMBER"));
        QJsonObject opaque = status("ERROR");
        opaque.insert(QStringLiteral("errorCode"), QStringLiteral("NO_PRICING_PLAN"));

        QTest::newRow("wa pending") << Channel::Whatsapp << wa("PENDING_VERIFICATION", status("DRAFT")) << false << Action::RequestCode
                                    << "Request a verification code for +49 15123456789: Meta sends it by SMS or voice call.";
        QTest::newRow("wa code sent") << Channel::Whatsapp << wa("PENDING_VERIFICATION") << true << Action::EnterCode
                                      << "Enter the 6-digit code sent to +49 15123456789.";
        QTest::newRow("wa in review") << Channel::Whatsapp << wa("IN_PROGRESS", status("IN_PROGRESS")) << false << Action::Wait
                                      << "Nothing to do: Meta is reviewing the sender; this page follows the review.";
        QTest::newRow("wa rejected") << Channel::Whatsapp << wa("INACTIVE", rejected) << false << Action::FixChanges
                                     << "Meta rejected the changes: \"The display name does not follow Meta's display name "
                                        "guidelines.\" Edit them to follow that rule and submit again, or discard them.";
        QTest::newRow("wa rejected no reason") << Channel::Whatsapp << wa("ACTIVE", status("REJECTED")) << false << Action::FixChanges
                                               << "Meta rejected the changes without a reason: edit them and submit again, or discard them.";
        QTest::newRow("wa error known") << Channel::Whatsapp << wa("ERROR", duplicate) << false << Action::ContactSupport
                                        << "The number is already a WhatsApp sender elsewhere: remove it there, or use another number.";
        QTest::newRow("wa error opaque") << Channel::Whatsapp << wa("ERROR", opaque) << false << Action::ContactSupport
                                         << "Setting the sender up failed (NO_PRICING_PLAN): contact Sinch support with the sender's ID.";
        QTest::newRow("wa draft edits") << Channel::Whatsapp << wa("ACTIVE", status("DRAFT")) << false << Action::SubmitChanges
                                        << "Submit the draft changes for Meta's review, or discard them.";
        QTest::newRow("wa inactive") << Channel::Whatsapp << wa("INACTIVE") << false << Action::RequestCode
                                     << "The sender is inactive: register +49 15123456789 again and enter the new code.";
        QTest::newRow("wa suspended") << Channel::Whatsapp << wa("SUSPENDED") << false << Action::ContactSupport
                                      << "Meta suspended the sender: check its quality rating and contact Sinch support to appeal.";
        QTest::newRow("wa active") << Channel::Whatsapp << wa("ACTIVE") << false << Action::None << "Nothing to do: the sender is active.";
        QTest::newRow("wa unknown") << Channel::Whatsapp << wa("MIGRATING") << false << Action::Unknown
                                    << "The sender is in a state this console does not know (MIGRATING): see its activity for what happened.";

        QTest::newRow("kk new draft") << Channel::Kakaotalk << kk("", "DRAFT") << false << Action::SubmitChanges
                                      << "Submit the sender for Kakao's review, or discard the draft.";
        QTest::newRow("kk verifying") << Channel::Kakaotalk << kk("VERIFYING") << false << Action::RequestCode
                                      << "Request a token: Kakao sends it to the admin phone +821012345678.";
        QTest::newRow("kk token sent") << Channel::Kakaotalk << kk("VERIFYING") << true << Action::EnterCode
                                       << "Enter the token Kakao sent to the admin phone +821012345678.";
        QTest::newRow("kk in review") << Channel::Kakaotalk << kk("", "IN_PROGRESS") << false << Action::Wait
                                      << "Nothing to do: Kakao is reviewing the sender; this page follows the review.";
        QTest::newRow("kk rejected") << Channel::Kakaotalk << kk("ACTIVE", "REJECTED") << false << Action::FixChanges
                                     << "Kakao rejected the changes: check that the name, the categories and the logo match "
                                        "the KakaoTalk channel, then submit again or discard them.";
        QTest::newRow("kk dormant") << Channel::Kakaotalk << kk("INACTIVE") << false << Action::RequestCode
                                    << "The sender is dormant: request a token for the admin phone +821012345678 to wake it.";
        QTest::newRow("kk blocked") << Channel::Kakaotalk << kk("BLOCKED") << false << Action::ContactSupport
                                    << "Kakao blocked the KakaoTalk channel: the channel's owner must resolve it with Kakao.";
        QTest::newRow("kk active") << Channel::Kakaotalk << kk("ACTIVE") << false << Action::None << "Nothing to do: the sender is active.";
        // A WhatsApp-only state is unknown for KakaoTalk: the enums are per channel.
        QTest::newRow("kk wa state") << Channel::Kakaotalk << kk("PENDING_VERIFICATION") << false << Action::Unknown
                                     << "The sender is in a state this console does not know (PENDING_VERIFICATION): see its "
                                        "activity for what happened.";
    }
    void sentences()
    {
        QFETCH(Channel, channel);
        QFETCH(QJsonObject, sender);
        QFETCH(bool, codeRequested);
        QFETCH(Action, action);
        QFETCH(QString, sentence);
        const SenderNextStep::Step step = SenderNextStep::of(channel, sender, codeRequested);
        QCOMPARE(step.sentence, sentence);
        QCOMPARE(step.action, action);
    }
};

QTEST_MAIN(TstSenderServices)
#include "tst_senderservices.moc"
