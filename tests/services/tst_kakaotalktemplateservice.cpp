// The KakaoTalk template service against the sandbox: a draft submitted and approved by
// the review, a template Kakao refuses (424, its problems on their fields) and one its
// reviewer rejects (the reason in the feed), an update with its changes deleted, a delete,
// the filters and the template categories read page by page.
#include "services/kakaotalktemplateservice.h"
#include "testsupport.h"

#include "api/apijob.h"
#include "api/pager.h"
#include "rules/templatevalidator.h"
#include "services/activityservice.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace sinch;

namespace {

const QString kSender = QStringLiteral("@acme_shop");



QJsonObject details(const QString &name)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("language"), QStringLiteral("KO")},
                       {QStringLiteral("content"), QStringLiteral("#{name}님, 주문이 접수되었습니다.")},
                       {QStringLiteral("messageType"), QStringLiteral("BASIC")},
                       {QStringLiteral("emphasizeType"), QStringLiteral("EMPHASIZE_TYPE_NONE")},
                       {QStringLiteral("buttons"), QJsonArray{QJsonObject{{QStringLiteral("ordering"), 1},
                                                                          {QStringLiteral("type"), QStringLiteral("WEB_LINK")},
                                                                          {QStringLiteral("name"), QStringLiteral("주문 보기")},
                                                                          {QStringLiteral("linkMo"), QStringLiteral("https://m.acme.kr/order")}}}}};
}

QString codeOf(const ApiResult &r) { return r.json.object().value(QLatin1String("code")).toString(); }
QString stateOf(const ApiResult &r) { return r.json.object().value(QLatin1String("state")).toString(); }
QString changesStatusOf(const ApiResult &r)
{
    return r.json.object().value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString();
}

} // namespace

class TstKakaotalkTemplateService : public QObject
{
    Q_OBJECT

private slots:
    void draftSubmittedAndApproved()
    {
        test::SandboxFixture fx(test::reviewAtOnce());
        QVERIFY2(fx.started, qPrintable(fx.error));
        KakaotalkTemplateService templates(fx.client.get(), fx.projectKey);

        const ApiResult draft = test::finished(templates.create(kSender, details(QStringLiteral("order received")), false));
        QVERIFY2(draft.ok(), qPrintable(draft.error.summary()));
        const QString code = codeOf(draft);
        QVERIFY(!code.isEmpty());
        QCOMPARE(changesStatusOf(draft), QStringLiteral("DRAFT"));
        QVERIFY(stateOf(draft).isEmpty());

        // The list of its sender has it, as a draft (filterStatuses) and by name.
        KakaotalkTemplateService::Filter drafts;
        drafts.statuses = {QStringLiteral("DRAFT")};
        drafts.templateName = QStringLiteral("order rec");
        const QJsonArray listed = KakaotalkTemplateService::templatesIn(fx.callSync(KakaotalkTemplateService::listRequest(kSender, drafts)));
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(QLatin1String("code")).toString(), code);

        const ApiResult submitted = test::finished(templates.update(kSender, code, details(QStringLiteral("order received")), true));
        QVERIFY2(submitted.ok(), qPrintable(submitted.error.summary()));
        const ApiResult got = test::finished(templates.get(kSender, code));
        QCOMPARE(stateOf(got), QStringLiteral("APPROVED"));
        QVERIFY(!got.json.object().contains(QLatin1String("changes")));
        QCOMPARE(KakaotalkTemplateService::editedDetails(got.json.object()).value(QLatin1String("name")).toString(),
                 QStringLiteral("order received"));

        KakaotalkTemplateService::Filter approved;
        approved.states = {QStringLiteral("APPROVED")};
        const QJsonArray approvedList = KakaotalkTemplateService::templatesIn(fx.callSync(KakaotalkTemplateService::listRequest(kSender, approved)));
        bool found = false;
        for (const QJsonValue &t : approvedList) {
            QCOMPARE(t.toObject().value(QLatin1String("state")).toString(), QStringLiteral("APPROVED"));
            found = found || t.toObject().value(QLatin1String("code")).toString() == code;
        }
        QVERIFY(found);
        QCOMPARE(fx.server->requestCount(QStringLiteral("KakaotalkTemplatesController_createTemplate_v1")), 1);
        QCOMPARE(fx.server->requestCount(QStringLiteral("KakaotalkTemplatesController_updateTemplate_v1")), 1);
    }

    void kakaoRefusesWithItsProblemsOnFields()
    {
        test::SandboxFixture fx(test::reviewAtOnce());
        QVERIFY2(fx.started, qPrintable(fx.error));
        KakaotalkTemplateService templates(fx.client.get(), fx.projectKey);
        QJsonObject d = details(QStringLiteral("extra missing"));
        d.insert(QStringLiteral("messageType"), QStringLiteral("EXTRA_INFORMATION"));
        const ApiResult refused = test::finished(templates.create(kSender, d, true));
        QCOMPARE(refused.httpStatus, 424);
        QCOMPARE(refused.error.errorCode, QStringLiteral("template_kakaotalk_validation_error"));
        const QList<rules::Finding> findings = rules::TemplateValidator::fromValidationErrors(refused.error.validationErrors);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().path, QStringLiteral("details.extra"));
        // The same as a draft is kept: drafts are not sent to Kakao.
        QVERIFY(test::finished(templates.create(kSender, d, false)).ok());
    }

    void reviewerRejectsWithAReason()
    {
        test::SandboxFixture fx(test::reviewAtOnce());
        QVERIFY2(fx.started, qPrintable(fx.error));
        KakaotalkTemplateService templates(fx.client.get(), fx.projectKey);
        // A name with "reject" is always rejected by the sandbox's reviewer.
        const ApiResult created = test::finished(templates.create(kSender, details(QStringLiteral("reject this")), true));
        QVERIFY2(created.ok(), qPrintable(created.error.summary()));
        const QString code = codeOf(created);
        const ApiResult got = test::finished(templates.get(kSender, code));
        QCOMPARE(changesStatusOf(got), QStringLiteral("REJECTED"));
        QVERIFY(stateOf(got).isEmpty());

        FeedRef feed;
        feed.projectKey = fx.projectKey;
        feed.kind = FeedRef::Kind::KakaotalkTemplate;
        feed.ids = {kSender, code};
        const ApiResult activities = fx.callSync(ActivityService::listRequest(feed));
        QVERIFY2(activities.ok(), qPrintable(activities.error.summary()));
        bool reason = false;
        for (const QJsonValue &a : activities.json.object().value(QLatin1String("notifications")).toArray())
            reason = reason || (a.toObject().value(QLatin1String("type")).toString() == QLatin1String("REJECTED")
                                && a.toObject().value(QLatin1String("comment")).toString().contains(QLatin1String("INVALID_FORMAT")));
        QVERIFY(reason);

        // The rejected changes deleted: nothing is left of a template never approved but its code.
        QCOMPARE(test::finished(templates.removeChanges(kSender, code)).httpStatus, 204);
        QVERIFY(!test::finished(templates.get(kSender, code)).json.object().contains(QLatin1String("changes")));
        QCOMPARE(test::finished(templates.removeChanges(kSender, code)).httpStatus, 409);
    }

    void updateAsDraftDeleteChangesDelete()
    {
        test::SandboxFixture fx(test::reviewAtOnce());
        QVERIFY2(fx.started, qPrintable(fx.error));
        KakaotalkTemplateService templates(fx.client.get(), fx.projectKey);
        const QString code = codeOf(test::finished(templates.create(kSender, details(QStringLiteral("shipping update")), true)));
        QCOMPARE(stateOf(test::finished(templates.get(kSender, code))), QStringLiteral("APPROVED"));

        const ApiResult edited = test::finished(templates.update(kSender, code, QJsonObject{{QStringLiteral("content"), QStringLiteral("#{name}님, 배송이 시작되었습니다.")}}, false));
        QVERIFY2(edited.ok(), qPrintable(edited.error.summary()));
        QCOMPARE(changesStatusOf(edited), QStringLiteral("DRAFT"));
        QCOMPARE(stateOf(edited), QStringLiteral("APPROVED"));
        QCOMPARE(KakaotalkTemplateService::editedDetails(edited.json.object()).value(QLatin1String("content")).toString(),
                 QStringLiteral("#{name}님, 배송이 시작되었습니다."));

        QCOMPARE(test::finished(templates.removeChanges(kSender, code)).httpStatus, 204);
        const ApiResult after = test::finished(templates.get(kSender, code));
        QVERIFY(!after.json.object().contains(QLatin1String("changes")));
        QCOMPARE(stateOf(after), QStringLiteral("APPROVED"));

        QCOMPARE(test::finished(templates.remove(kSender, code)).httpStatus, 204);
        QCOMPARE(test::finished(templates.get(kSender, code)).httpStatus, 404);
        QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_deleteTemplate_v1")), 1);
        QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_deleteTemplateDraft_v1")), 1);
    }

    void categoriesPageByPage()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        Pager pager(fx.client.get(), fx.projectKey, KakaotalkTemplateService::categoriesRequest(kSender));
        pager.setPageSize(2);
        QJsonArray all;
        connect(&pager, &Pager::pageReceived, this, [&all](const QJsonArray &items) {
            for (const QJsonValue &v : items)
                all << v;
        });
        QSignalSpy done(&pager, &Pager::finished);
        pager.fetchAll();
        QVERIFY(done.wait(15000));
        QVERIFY2(pager.pagesFetched() > 1, "the categories came in more than one page");
        QCOMPARE(all.size(), pager.totalSize());
        const QJsonObject first = all.first().toObject();
        QVERIFY(!first.value(QLatin1String("name")).toString().isEmpty());
        const QJsonArray subs = first.value(QLatin1String("subcategories")).toArray();
        QVERIFY(!subs.isEmpty());
        QVERIFY(!subs.first().toObject().value(QLatin1String("code")).toString().isEmpty());

        // A sender that is not there has no categories.
        const ApiResult missing = fx.callSync(KakaotalkTemplateService::categoriesRequest(QStringLiteral("@nobody")));
        QCOMPARE(missing.httpStatus, 404);
    }
};

QTEST_MAIN(TstKakaotalkTemplateService)
#include "tst_kakaotalktemplateservice.moc"
