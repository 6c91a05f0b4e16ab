// TemplateListModel against the in-process sandbox (216 seeded WhatsApp templates):
// grouping by name, lazy paging, server-side filters, in-place refresh.
#include "testsupport.h"

#include "api/apiclient.h"
#include "domain/whatsapptemplateview.h"
#include "models/templatelistcells.h"
#include "models/templatelistmodel.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace sinch;

namespace {

const QString kList = QStringLiteral("TemplatesController_listTemplates_v1");

QJsonObject draft(const QString &name, const QString &language, const QString &text)
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("language"), language},
        {QStringLiteral("category"), QStringLiteral("UTILITY")},
        {QStringLiteral("status"), QStringLiteral("DRAFT")},
        {QStringLiteral("details"),
         QJsonObject{{QStringLiteral("components"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                             {QStringLiteral("text"), text}}}}}}};
}

} // namespace

class TestTemplateListModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> fx;

    bool waitIdle(TemplateListModel &m)
    {
        return QTest::qWaitFor([&]() { return !m.isLoading(); }, 15000) && !m.hasError();
    }
    bool loadAll(TemplateListModel &m)
    {
        for (int guard = 0; guard < 100 && !m.isDone(); ++guard) {
            if (m.canFetchMore())
                m.fetchMore();
            if (!waitIdle(m))
                return false;
        }
        return m.isDone();
    }
    QString create(const QString &name, const QString &language)
    {
        const ApiResult r = fx->callSync(ApiRequest(QStringLiteral("TemplatesController_createTemplate_v1"))
            .json(draft(name, language, QStringLiteral("Hello {{1}}, thanks for your order."))));
        return r.ok() ? QString() : r.error.summary();
    }

private slots:
    void init()
    {
        fx = std::make_unique<test::SandboxFixture>();
        QVERIFY2(fx->started, qPrintable(fx->error));
        fx->client->retryPolicy().maxAttempts = 1;
    }
    void cleanup() { fx.reset(); }

    void groupsLanguagesUnderTheirName()
    {
        // A name the seed has in one language gets two more.
        QCOMPARE(create(QStringLiteral("order_confirmation"), QStringLiteral("FR")), QString());
        QCOMPARE(create(QStringLiteral("order_confirmation"), QStringLiteral("JA")), QString());
        TemplateListModel model(fx->client.get(), fx->projectKey);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        QVERIFY(loadAll(model));
        QCOMPARE(model.templateCount(), 218);
        QCOMPARE(model.rowCount(), 216); // one row per name
        const QModelIndex parent = model.indexOf(QStringLiteral("order_confirmation"));
        QVERIFY(parent.isValid());
        QCOMPARE(model.rowCount(parent), 3);
        QVERIFY(!parent.parent().isValid());
        QStringList langs = parent.data(TemplateListModel::LanguagesRole).toStringList();
        langs.sort();
        QCOMPARE(langs, (QStringList{QStringLiteral("EN_US"), QStringLiteral("FR"), QStringLiteral("JA")}));
        for (int r = 0; r < 3; ++r) {
            const QModelIndex child = model.index(r, 0, parent);
            QCOMPARE(child.parent(), parent);
            QCOMPARE(child.data(TemplateListModel::NameRole).toString(), QStringLiteral("order_confirmation"));
            QCOMPARE(child.data(TemplateListModel::JsonRole).toJsonObject().value(QStringLiteral("language")).toString(),
                     model.index(r, TemplateListModel::LanguageColumn, parent).data().toString());
            QVERIFY(!model.hasChildren(child));
        }
        // The project's languages, and which ones a name lacks.
        QCOMPARE(model.projectLanguages().size(), 12);
        QCOMPARE(parent.data(TemplateListModel::MissingLanguagesRole).toStringList().size(), 9);
        QVERIFY(model.index(parent.row(), TemplateListModel::LanguageColumn).data().toString().contains(QStringLiteral("9 missing")));
        // A name with a single language: one child.
        const QModelIndex single = model.indexOf(QStringLiteral("order_update"));
        QVERIFY(single.isValid());
        QCOMPARE(model.rowCount(single), 1);
    }

    void pagesOnDemandOnly()
    {
        TemplateListModel model(fx->client.get(), fx->projectKey);
        model.setPageSize(50);
        QVERIFY(model.canFetchMore());
        QCOMPARE(fx->server->requestCount(kList), 0); // nothing until a view asks
        // The tester is such a view: it asks for the first page (fetchMore), then checks
        // the model after every change.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore();
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore()); // not while a page is on its way
        QVERIFY(waitIdle(model));
        QCOMPARE(model.templateCount(), 50);
        QCOMPARE(model.totalSize(), 216);
        QCOMPARE(fx->server->requestCount(kList), 1);
        QTest::qWait(100);
        QCOMPARE(fx->server->requestCount(kList), 1); // no page without being asked
        QVERIFY(model.canFetchMore());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore();
        QVERIFY(waitIdle(model));
        QCOMPARE(model.templateCount(), 100);
        QCOMPARE(inserted.size(), 1); // one insertion per page
        QVERIFY(loadAll(model));
        QCOMPARE(model.templateCount(), 216);
        QCOMPARE(fx->server->requestCount(kList), 5);
        QVERIFY(!model.canFetchMore());
    }

    void stateFilterRestartsFromPageOne()
    {
        TemplateListModel model(fx->client.get(), fx->projectKey);
        model.setPageSize(20);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore();
        QVERIFY(waitIdle(model));
        model.fetchMore();
        QVERIFY(waitIdle(model));
        QCOMPARE(model.templateCount(), 40);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        TemplateListModel::Filter f;
        f.states = {QStringLiteral("APPROVED")};
        model.setFilter(f);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(loadAll(model));
        QVERIFY(model.templateCount() > 0);
        QVERIFY(model.templateCount() < 216);
        QCOMPARE(model.totalSize(), model.templateCount());
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex parent = model.index(r, 0);
            for (int c = 0; c < model.rowCount(parent); ++c)
                QCOMPARE(model.templateAt(model.index(c, 0, parent)).value(QStringLiteral("state")).toString(),
                         QStringLiteral("APPROVED"));
        }
        // Pending-changes status and the name prefix go to the server as well.
        f = TemplateListModel::Filter();
        f.statuses = {QStringLiteral("REJECTED")};
        f.namePrefix = QStringLiteral("order_");
        model.setFilter(f);
        QCOMPARE(reset.size(), 2);
        QVERIFY(loadAll(model));
        QVERIFY(model.templateCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex parent = model.index(r, 0);
            QVERIFY(parent.data(TemplateListModel::NameRole).toString().startsWith(QStringLiteral("order_")));
            const QJsonObject t = model.templateAt(model.index(0, 0, parent));
            QCOMPARE(t.value(QStringLiteral("changes")).toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("REJECTED"));
            QCOMPARE(model.index(0, TemplateListModel::StateColumn, parent).data().toString(), QStringLiteral("Rejected"));
        }
    }

    void refreshAfterPatchChangesOneChildOnly()
    {
        QCOMPARE(create(QStringLiteral("payment_reminder"), QStringLiteral("DE")), QString());
        TemplateListModel model(fx->client.get(), fx->projectKey);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        QVERIFY(loadAll(model));
        const QModelIndex parent = model.indexOf(QStringLiteral("payment_reminder"));
        QCOMPARE(model.rowCount(parent), 2);
        const QModelIndex de = model.indexOf(QStringLiteral("payment_reminder"), QStringLiteral("DE"));
        QVERIFY(de.isValid());
        const QPersistentModelIndex persistent(de);
        const QString otherLang = model.index(1 - de.row(), TemplateListModel::LanguageColumn, parent).data().toString();
        const QString stateBefore = model.index(de.row(), TemplateListModel::StateColumn, parent).data().toString();
        QCOMPARE(stateBefore, QStringLiteral("Draft"));

        // Submit the DE draft: only its state changes.
        const ApiResult r = fx->callSync(ApiRequest(QStringLiteral("TemplatesController_updateTemplate_v1"))
            .path(QStringLiteral("templateName"), QStringLiteral("payment_reminder"))
            .path(QStringLiteral("languageCode"), QStringLiteral("DE"))
            .json(QJsonObject{{QStringLiteral("status"), QStringLiteral("SUBMIT")},
                              {QStringLiteral("details"), QJsonObject{}}}));
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        model.refresh();
        QVERIFY(waitIdle(model));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(layout.size(), 0);
        QVERIFY(!changed.isEmpty());
        bool childChanged = false;
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const QModelIndex tl = args.at(0).value<QModelIndex>();
            const QModelIndex br = args.at(1).value<QModelIndex>();
            QCOMPARE(tl.parent(), br.parent());
            QCOMPARE(tl.row(), br.row());
            if (tl.parent().isValid()) {
                // the DE child, and only the cells that changed
                QCOMPARE(tl.parent(), QModelIndex(parent));
                QCOMPARE(tl.row(), persistent.row());
                QVERIFY(tl.column() <= TemplateListModel::StateColumn && br.column() >= TemplateListModel::StateColumn);
                QVERIFY(br.column() - tl.column() < 2);
                childChanged = true;
            } else {
                // its own name row (the state summary), nothing else
                QCOMPARE(tl.row(), parent.row());
            }
        }
        QVERIFY(childChanged);
        QVERIFY(persistent.isValid());
        QCOMPARE(model.index(persistent.row(), TemplateListModel::StateColumn, parent).data().toString(),
                 QStringLiteral("In review"));
        QVERIFY(model.indexOf(QStringLiteral("payment_reminder"), otherLang).isValid());
    }

    // A save's answer goes into its row at once, nothing asked of the server: the list is
    // not stale when the read after the save fails. Its analytics stay when it has none.
    void savedTemplateShowsInItsRow()
    {
        QCOMPARE(create(QStringLiteral("payment_reminder"), QStringLiteral("DE")), QString());
        TemplateListModel model(fx->client.get(), fx->projectKey);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        QVERIFY(loadAll(model));
        const QModelIndex de = model.indexOf(QStringLiteral("payment_reminder"), QStringLiteral("DE"));
        QVERIFY(de.isValid());
        QCOMPARE(de.siblingAtColumn(TemplateListModel::StateColumn).data().toString(), QStringLiteral("Draft"));
        const ApiResult r = fx->callSync(ApiRequest(QStringLiteral("TemplatesController_updateTemplate_v1"))
            .path(QStringLiteral("templateName"), QStringLiteral("payment_reminder"))
            .path(QStringLiteral("languageCode"), QStringLiteral("DE"))
            .json(QJsonObject{{QStringLiteral("status"), QStringLiteral("SUBMIT")}, {QStringLiteral("details"), QJsonObject{}}}));
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        QJsonObject answer = r.json.object();
        answer.remove(QStringLiteral("analytics"));
        const int reads = fx->server->requestCount(QStringLiteral("TemplatesController_listTemplates_v1"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.updateTemplate(answer));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(de.siblingAtColumn(TemplateListModel::StateColumn).data().toString(), QStringLiteral("In review"));
        QCOMPARE(fx->server->requestCount(QStringLiteral("TemplatesController_listTemplates_v1")), reads);
        QJsonObject elsewhere = answer;
        elsewhere.insert(QStringLiteral("language"), QStringLiteral("JA"));
        QVERIFY(!model.updateTemplate(elsewhere));
    }

    void deletedLanguageAndNameAreRemoved()
    {
        QCOMPARE(create(QStringLiteral("invoice_update"), QStringLiteral("SV")), QString());
        TemplateListModel model(fx->client.get(), fx->projectKey);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        QVERIFY(loadAll(model));
        const QPersistentModelIndex parent = model.indexOf(QStringLiteral("invoice_update"));
        QCOMPARE(model.rowCount(parent), 2);
        const int names = model.rowCount();

        ApiResult r = fx->callSync(ApiRequest(QStringLiteral("TemplatesController_deleteTemplateByNameAndLanguage_v1"))
            .path(QStringLiteral("templateName"), QStringLiteral("invoice_update"))
            .path(QStringLiteral("languageCode"), QStringLiteral("SV"))
            .arg(QStringLiteral("deleteSubmitted"), QStringLiteral("true")));
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QVERIFY(waitIdle(model));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(0).value<QModelIndex>(), QModelIndex(parent));
        QCOMPARE(model.rowCount(parent), 1);
        QVERIFY(!model.indexOf(QStringLiteral("invoice_update"), QStringLiteral("SV")).isValid());

        // Deleting the whole name removes its row.
        r = fx->callSync(ApiRequest(QStringLiteral("TemplatesController_deleteTemplatesByName_v1"))
            .path(QStringLiteral("templateName"), QStringLiteral("invoice_update")));
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        removed.clear();
        model.refresh();
        QVERIFY(waitIdle(model));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!removed.first().at(0).value<QModelIndex>().isValid());
        QCOMPARE(model.rowCount(), names - 1);
        QVERIFY(!parent.isValid());
        QCOMPARE(reset.size(), 0);
    }

    // What a failed refresh listed does not count for the next: a template its first page
    // brought, deleted before the retry, is gone after it (each refresh stamps what it
    // lists afresh; the end removes the rest).
    void retryAfterAFailedRefreshRemovesWhatItNoLongerLists()
    {
        TemplateListModel model(fx->client.get(), fx->projectKey);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        QVERIFY(loadAll(model));
        const int count = model.templateCount();
        // Row 0 came with the first page, which the failed refresh reads again.
        const QModelIndex first = model.index(0, 0, model.index(0, 0));
        const QString name = first.data(TemplateListModel::NameRole).toString();
        const QString language = first.data(TemplateListModel::LanguageRole).toString();

        fx->server->injectNextLatency(0); // the refresh's first page is served
        fx->server->injectNext(500);      // its second fails
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(model.hasError(), 15000);
        QVERIFY(!model.isRefreshing());
        QCOMPARE(model.templateCount(), count); // what it merged stays

        const ApiResult r = fx->callSync(ApiRequest(QStringLiteral("TemplatesController_deleteTemplateByNameAndLanguage_v1"))
            .path(QStringLiteral("templateName"), name)
            .path(QStringLiteral("languageCode"), language)
            .arg(QStringLiteral("deleteSubmitted"), QStringLiteral("true")));
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        QSignalSpy refreshed(&model, &TemplateListModel::refreshed);
        model.retry();
        QVERIFY(refreshed.wait(15000));
        QVERIFY(!model.hasError());
        QCOMPARE(model.templateCount(), count - 1);
        QVERIFY(!model.indexOf(name, language).isValid());
    }

    // A refresh over several pages merges each as it comes: a new language joins its
    // name, a new name and a language the project did not have yet appear, in place; the
    // result is the list a fresh load shows.
    void refreshMergesPageByPage()
    {
        TemplateListModel model(fx->client.get(), fx->projectKey);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        QVERIFY(loadAll(model));
        const int names = model.rowCount();
        const int languages = int(model.projectLanguages().size());
        QVERIFY(!model.projectLanguages().contains(QStringLiteral("SW")));
        QCOMPARE(create(QStringLiteral("order_confirmation"), QStringLiteral("SW")), QString());
        QCOMPARE(create(QStringLiteral("zz_refresh_new_name"), QStringLiteral("DE")), QString());

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy refreshed(&model, &TemplateListModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait(15000));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(model.rowCount(), names + 1);
        QVERIFY(model.indexOf(QStringLiteral("order_confirmation"), QStringLiteral("SW")).isValid());
        QVERIFY(model.indexOf(QStringLiteral("zz_refresh_new_name"), QStringLiteral("DE")).isValid());
        QCOMPARE(model.projectLanguages().size(), languages + 1);
        QVERIFY(model.projectLanguages().contains(QStringLiteral("SW")));

        TemplateListModel again(fx->client.get(), fx->projectKey);
        again.setPageSize(100);
        QVERIFY(loadAll(again));
        QCOMPARE(model.templateCount(), again.templateCount());
        QCOMPARE(model.projectLanguages(), again.projectLanguages());
        for (int row = 0; row < again.rowCount(); ++row) {
            const QString name = again.index(row, 0).data(TemplateListModel::NameRole).toString();
            const QModelIndex there = model.indexOf(name);
            QVERIFY2(there.isValid(), qPrintable(name));
            for (int c = 0; c < TemplateListModel::ColumnCount; ++c)
                QCOMPARE(model.index(there.row(), c).data().toString(), again.index(row, c).data().toString());
        }
    }

    // The list keeps a template encoded (CBOR) and a summary without its details: the
    // whole template comes back as it was, the cells see what they show.
    void keepsTheWholeTemplateCompactly()
    {
        QJsonObject t = draft(QStringLiteral("compact_one"), QStringLiteral("DE"), QStringLiteral("Hallo {{1}}"));
        t.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("DRAFT")},
                                                        {QStringLiteral("details"), t.value(QStringLiteral("details"))}});
        const ListedTemplate listed = ListedTemplate::from(t);
        QCOMPARE(listed.full(), t);
        QVERIFY(!listed.summary.contains(QStringLiteral("details")));
        QCOMPARE(listed.summary.value(QStringLiteral("changes")).toObject(),
                 (QJsonObject{{QStringLiteral("status"), QStringLiteral("DRAFT")}}));
        QCOMPARE(listed.summary.value(QStringLiteral("category")).toString(), QStringLiteral("UTILITY"));
        QVERIFY(listed == ListedTemplate::from(t));
        QCOMPARE(TemplateListCells::nameOfKey(TemplateListCells::keyOf(t)), QStringLiteral("compact_one"));
        QCOMPARE(TemplateListCells::nameOfKey(QStringLiteral("a/b/DE")), QStringLiteral("a/b"));
        t.insert(QStringLiteral("category"), QStringLiteral("MARKETING"));
        QVERIFY(listed != ListedTemplate::from(t));

        // Loaded rows: the JSON role is the server's template, the category role its code.
        TemplateListModel model(fx->client.get(), fx->projectKey);
        model.setPageSize(100);
        QVERIFY(loadAll(model));
        const QModelIndex row = model.indexOf(QStringLiteral("order_confirmation"), QStringLiteral("EN_US"));
        QVERIFY(row.isValid());
        const ApiResult r = fx->callSync(ApiRequest(QStringLiteral("TemplatesController_getTemplate_v1"))
            .path(QStringLiteral("templateName"), QStringLiteral("order_confirmation"))
            .path(QStringLiteral("languageCode"), QStringLiteral("EN_US")));
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        QCOMPARE(row.data(TemplateListModel::JsonRole).toJsonObject(), r.json.object());
        QCOMPARE(model.templateAt(row), r.json.object());
        QCOMPARE(row.data(TemplateListModel::CategoryRole).toString(), r.json.object().value(QStringLiteral("category")).toString());
    }

    void analyticsAreSummed()
    {
        // The sandbox sends empty analytics; the summing is checked on a contract-shaped object.
        const QJsonObject t{
            {QStringLiteral("name"), QStringLiteral("x")},
            {QStringLiteral("analytics"),
             QJsonArray{QJsonObject{{QStringLiteral("sent"), 10}, {QStringLiteral("delivered"), 9}, {QStringLiteral("read"), 7},
                                    {QStringLiteral("buttons"), QJsonArray{QJsonObject{{QStringLiteral("clicks"), 3}},
                                                                           QJsonObject{{QStringLiteral("clicks"), 2}}}}},
                        QJsonObject{{QStringLiteral("sent"), 5}, {QStringLiteral("delivered"), 5}, {QStringLiteral("read"), 1},
                                    {QStringLiteral("buttons"), QJsonArray{}}}}}};
        const WhatsappTemplateView::Analytics a = WhatsappTemplateView::analytics(t);
        QVERIFY(a.present);
        QCOMPARE(a.sent, 15);
        QCOMPARE(a.delivered, 14);
        QCOMPARE(a.read, 8);
        QCOMPARE(a.clicks, 5);
        QVERIFY(!WhatsappTemplateView::analytics(QJsonObject{{QStringLiteral("analytics"), QJsonArray{}}}).present);

        // A new range re-reads in place: the same rows, no reset, no insertions.
        TemplateListModel model(fx->client.get(), fx->projectKey);
        model.setPageSize(100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore();
        QVERIFY(waitIdle(model));
        const int rows = model.rowCount();
        const int before = fx->server->requestCount(kList);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setAnalyticsRange(QStringLiteral("WEEK"));
        QVERIFY(waitIdle(model));
        QVERIFY(fx->server->requestCount(kList) > before);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);
    }

    void stateTexts()
    {
        auto t = [](const char *state, const char *status) {
            QJsonObject o;
            if (state)
                o.insert(QStringLiteral("state"), QLatin1String(state));
            if (status)
                o.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QLatin1String(status)}});
            return WhatsappTemplateView::stateText(o);
        };
        QCOMPARE(t("APPROVED", nullptr), QStringLiteral("Approved"));
        QCOMPARE(t("APPROVED", "DRAFT"), QStringLiteral("Approved · draft changes"));
        QCOMPARE(t("APPROVED", "IN_PROGRESS"), QStringLiteral("Approved · changes in review"));
        QCOMPARE(t(nullptr, "DRAFT"), QStringLiteral("Draft"));
        QCOMPARE(t(nullptr, "REJECTED"), QStringLiteral("Rejected"));
        QCOMPARE(t("PAUSED", nullptr), QStringLiteral("Paused"));
    }
};

QTEST_MAIN(TestTemplateListModel)
#include "tst_templatelistmodel.moc"
