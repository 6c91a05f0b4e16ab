// ResourceListModel against the in-process sandbox: paging, in-place refresh, errors.
#include "testsupport.h"

#include "api/apiclient.h"
#include "api/requestlog.h"
#include "api/pager.h"
#include "models/projectsummary.h"
#include "models/resourcelistmodel.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace sinch;

namespace {

const QString kList = QStringLiteral("WebhookController_listWebhooks_v1");

QList<ResourceListModel::Column> webhookColumns()
{
    return {{QStringLiteral("Target"), QStringLiteral("target")},
            {QStringLiteral("Triggers"), QStringLiteral("triggers")},
            {QStringLiteral("ID"), QStringLiteral("id")}};
}

sandbox::SandboxConfig emptySandbox()
{
    sandbox::SandboxConfig config;
    config.seed = false;
    return config;
}

} // namespace

class TestResourceListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> fx;
    QStringList ids; // the created webhooks, in creation order

    QString createWebhook(const QString &target)
    {
        const ApiResult r = fx->callSync(ApiRequest(QStringLiteral("WebhookController_createWebhook_v1"))
            .json(QJsonObject{{QStringLiteral("target"), target},
                              {QStringLiteral("secret"), QStringLiteral("hook-secret-1234")},
                              {QStringLiteral("triggers"), QJsonArray{QStringLiteral("ALL")}}}));
        if (!r.ok()) {
            qWarning() << "create failed:" << r.error.summary();
            return QString();
        }
        return r.json.object().value(QStringLiteral("id")).toString();
    }

    std::unique_ptr<ResourceListModel> makeModel(int pageSize = 2)
    {
        auto model = std::make_unique<ResourceListModel>(fx->client.get(), fx->projectKey, ApiRequest(kList),
                                                         webhookColumns());
        model->setPageSize(pageSize);
        return model;
    }

    // Fetches pages until the model is done.
    bool loadAll(ResourceListModel &model)
    {
        for (int guard = 0; guard < 50 && !model.isDone(); ++guard) {
            if (model.canFetchMore())
                model.fetchMore();
            if (!QTest::qWaitFor([&]() { return !model.isLoading(); }, 15000))
                return false;
            if (model.hasError())
                return false;
        }
        return model.isDone();
    }

private slots:
    void init()
    {
        fx = std::make_unique<test::SandboxFixture>(emptySandbox());
        QVERIFY2(fx->started, qPrintable(fx->error));
        fx->client->retryPolicy().maxAttempts = 1;
        ids.clear();
        for (int i = 1; i <= 5; ++i) {
            const QString id = createWebhook(QStringLiteral("https://example.com/hook/%1").arg(i));
            QVERIFY(!id.isEmpty());
            ids << id;
        }
    }

    void cleanup()
    {
        fx.reset();
    }

    void pathsAndText()
    {
        const QJsonObject o{{QStringLiteral("details"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Shop")}}},
                            {QStringLiteral("triggers"), QJsonArray{QStringLiteral("A"), QStringLiteral("B")}},
                            {QStringLiteral("n"), 3}};
        QCOMPARE(ResourceListModel::valueAt(o, QStringLiteral("details.name")).toString(), QStringLiteral("Shop"));
        QCOMPARE(ResourceListModel::valueAt(o, QStringLiteral("triggers.1")).toString(), QStringLiteral("B"));
        QVERIFY(ResourceListModel::valueAt(o, QStringLiteral("details.missing.deeper")).isUndefined());
        QCOMPARE(ResourceListModel::displayText(o.value(QStringLiteral("triggers"))), QStringLiteral("A, B"));
        QCOMPARE(ResourceListModel::displayText(o.value(QStringLiteral("n"))), QStringLiteral("3"));
        QCOMPARE(ResourceListModel::displayText(QJsonValue()), QString());
    }

    void pagesAsTheViewAsks()
    {
        auto model = makeModel(2);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->columnCount(), 3);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Target"));
        QVERIFY(model->canFetchMore());
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy loading(model.get(), &ResourceListModel::loadingChanged);

        // The tester asks for the first page as a view does (fetchMore), then checks the
        // model after every change.
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->fetchMore();
        QVERIFY(model->isLoading());
        QVERIFY(!model->canFetchMore()); // not while a page is on its way
        model->fetchMore();              // a second ask while fetching is a no-op
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
        QVERIFY(!model->isLoading());
        QCOMPARE(inserted.count(), 1); // one insertion per page
        QCOMPARE(loading.count(), 2);
        QCOMPARE(model->totalSize(), 5);
        QVERIFY(model->canFetchMore());
        QCOMPARE(fx->server->requestCount(kList), 1);

        QVERIFY(loadAll(*model));
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(inserted.count(), 3);
        QVERIFY(!model->canFetchMore()); // done
        QCOMPARE(fx->server->requestCount(kList), 3);

        // Every created webhook once, with its JSON and key.
        for (const QString &id : std::as_const(ids)) {
            const int row = model->rowOfKey(id);
            QVERIFY2(row >= 0, qPrintable(id));
            const QModelIndex idx = model->index(row, 0);
            QVERIFY(idx.data().toString().startsWith(QStringLiteral("https://example.com/hook/")));
            QCOMPARE(model->index(row, 1).data().toString(), QStringLiteral("ALL"));
            QCOMPARE(idx.data(ResourceListModel::JsonRole).toJsonObject().value(QStringLiteral("id")).toString(), id);
            QCOMPARE(idx.data(ResourceListModel::KeyRole).toString(), id);
        }
    }

    void refreshUpdatesChangedRowInPlace()
    {
        auto model = makeModel(2);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAll(*model));
        const QString changedId = ids.at(2);
        const int row = model->rowOfKey(changedId);
        QVERIFY(row >= 0);

        const ApiResult patched = fx->callSync(ApiRequest(QStringLiteral("WebhookController_updateWebhook_v1"))
            .path(QStringLiteral("webhookId"), changedId)
            .json(QJsonObject{{QStringLiteral("target"), QStringLiteral("https://example.com/hook/3-changed")}}));
        QVERIFY2(patched.ok(), qPrintable(patched.error.summary()));

        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy moved(model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy refreshed(model.get(), &ResourceListModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait(10000));

        QCOMPARE(changed.count(), 1);
        const QModelIndex tl = changed.first().at(0).toModelIndex();
        const QModelIndex br = changed.first().at(1).toModelIndex();
        QCOMPARE(tl.row(), row);
        QCOMPARE(br.row(), row);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(moved.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->index(row, 0).data().toString(), QStringLiteral("https://example.com/hook/3-changed"));
    }

    // An action's answer (a launch, a verification) puts its item in its row: that row
    // repaints, nothing is asked of the server, and an item of no row changes nothing.
    void updateItemReplacesItsRow()
    {
        auto model = makeModel(2);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAll(*model));
        const int row = model->rowOfKey(ids.at(1));
        QJsonObject item = model->item(row);
        item.insert(QStringLiteral("target"), QStringLiteral("https://example.com/answered"));
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        const int before = fx->server->requestCount(QStringLiteral("WebhookController_listWebhooks_v1"));
        QVERIFY(model->updateItem(item));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
        QCOMPARE(model->index(row, 0).data().toString(), QStringLiteral("https://example.com/answered"));
        QVERIFY(model->updateItem(item)); // the same again: nothing to repaint
        QCOMPARE(changed.count(), 1);
        QVERIFY(!model->updateItem(QJsonObject{{QStringLiteral("id"), QStringLiteral("01NOSUCHWEBHOOK")}}));
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(fx->server->requestCount(QStringLiteral("WebhookController_listWebhooks_v1")), before);
    }

    void refreshMovesReorderedRow()
    {
        // The sandbox lists webhooks by target: a new target moves the row.
        auto model = makeModel(2);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAll(*model));
        const QString movedId = ids.at(0);
        QPersistentModelIndex kept(model->index(model->rowOfKey(movedId), 0));
        const ApiResult patched = fx->callSync(ApiRequest(QStringLiteral("WebhookController_updateWebhook_v1"))
            .path(QStringLiteral("webhookId"), movedId)
            .json(QJsonObject{{QStringLiteral("target"), QStringLiteral("https://example.org/last")}}));
        QVERIFY2(patched.ok(), qPrintable(patched.error.summary()));
        QSignalSpy moved(model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(model.get(), &ResourceListModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QVERIFY(moved.count() >= 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model->rowOfKey(movedId), 4);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 4);
        QVERIFY(kept.isValid()); // a selection follows the row
        QCOMPARE(kept.row(), 4);
        QCOMPARE(model->index(4, 0).data().toString(), QStringLiteral("https://example.org/last"));
    }

    void pageSizeRespectsTheContract()
    {
        // listWebhooks takes at most 15 a page; the solutions list no pageSize at all.
        QCOMPARE(Pager::pageSizeFor(kList, 50), 15);
        QCOMPARE(Pager::pageSizeFor(kList, 2), 2);
        QCOMPARE(Pager::pageSizeFor(QStringLiteral("SolutionsController_listSolutions_v1"), 50), 0);
        auto model = makeModel(50);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->fetchMore();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, 10000);
        QVERIFY(!model->hasError());
        QVERIFY(model->isDone());
    }

    void refreshRemovesDeletedRow()
    {
        auto model = makeModel(2);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAll(*model));
        const QString goneId = ids.at(1);
        const int row = model->rowOfKey(goneId);
        QVERIFY(row >= 0);
        QPersistentModelIndex keep(model->index(model->rowOfKey(ids.at(3)), 0));

        const ApiResult deleted = fx->callSync(ApiRequest(QStringLiteral("WebhookController_deleteWebhook_v1"))
            .path(QStringLiteral("webhookId"), goneId));
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.summary()));

        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(model.get(), &ResourceListModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait(10000));

        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), row);
        QCOMPARE(removed.first().at(2).toInt(), row);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->rowOfKey(goneId), -1);
        // Other rows kept their identity (a view's selection would survive).
        QVERIFY(keep.isValid());
        QCOMPARE(keep.data(ResourceListModel::KeyRole).toString(), ids.at(3));
    }

    void refreshAddsNewRowsAndPagingGoesOn()
    {
        auto model = makeModel(2);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->fetchMore();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
        const QString newId = createWebhook(QStringLiteral("https://example.com/hook/new"));
        QVERIFY(!newId.isEmpty());

        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(model.get(), &ResourceListModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model->totalSize(), 6);
        QVERIFY(model->canFetchMore());
        QVERIFY(loadAll(*model));
        QCOMPARE(model->rowCount(), 6);
        QVERIFY(model->rowOfKey(newId) >= 0);
        // No row twice.
        QSet<QString> keys;
        for (int r = 0; r < model->rowCount(); ++r)
            keys.insert(model->keyOf(r));
        QCOMPARE(keys.size(), 6);
    }

    void errorIsStateNotRows()
    {
        auto model = makeModel(2);
        QSignalSpy failed(model.get(), &ResourceListModel::failed);
        fx->server->injectNext(503);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->fetchMore();
        QVERIFY(failed.wait(10000));
        QVERIFY(model->hasError());
        QCOMPARE(model->lastError().httpStatus, 503);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!model->isLoading());
        QVERIFY(!model->canFetchMore()); // no automatic re-fetch loop from views

        QSignalSpy errorChanged(model.get(), &ResourceListModel::errorChanged);
        model->retry();
        QVERIFY(!model->hasError());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
        QVERIFY(errorChanged.count() >= 1);
    }

    void failedRefreshKeepsRows()
    {
        auto model = makeModel(2);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAll(*model));
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy failed(model.get(), &ResourceListModel::failed);
        fx->server->injectNext(503);
        model->refresh();
        QVERIFY(failed.wait(10000));
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(removed.count(), 0);
        QVERIFY(model->hasError());
        QVERIFY(!model->isRefreshing());
        QSignalSpy refreshed(model.get(), &ResourceListModel::refreshed);
        model->retry();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(!model->hasError());
        QCOMPARE(model->rowCount(), 5);
    }

    void summaryCountsWebhooks()
    {
        ProjectSummary summary(fx->client.get(), fx->projectKey);
        QSignalSpy finished(&summary, &ProjectSummary::finished);
        summary.refresh();
        QVERIFY(finished.wait(20000));
        const ProjectSummary::Section *webhooks = summary.section(QStringLiteral("webhooks"));
        QVERIFY(webhooks);
        QVERIFY(webhooks->loaded);
        QCOMPARE(webhooks->total, 5);
        QVERIFY(!summary.isLoading());
    }

    // Against the seeded sandbox: templates never approved count by their pending
    // changes' status, so nothing is "unknown".
    void summaryCountsTemplatesByStateOrChanges()
    {
        sandbox::SandboxConfig config;
        config.reviewDelaySeconds = 600; // submitted ones stay IN_PROGRESS
        test::SandboxFixture seeded(config);
        QVERIFY(seeded.started);
        ProjectSummary summary(seeded.client.get(), seeded.projectKey);
        QSignalSpy finished(&summary, &ProjectSummary::finished);
        summary.refresh();
        QVERIFY(finished.wait(30000));
        const ProjectSummary::Section *templates = summary.section(QStringLiteral("whatsappTemplates"));
        QVERIFY(templates && templates->loaded);
        QVERIFY(templates->total > 200);
        QVERIFY2(!templates->byState.contains(QStringLiteral("UNKNOWN")), qPrintable(QStringList(templates->byState.keys()).join(',')));
        int sum = 0;
        for (int n : templates->byState)
            sum += n;
        QCOMPARE(sum, templates->total);

        // It asked for the counted fields only (the list takes a field mask), and counted
        // what the whole templates say.
        bool masked = false;
        for (const RequestLog::Entry &e : seeded.client->requestLog()->entries()) {
            if (e.operationId == QLatin1String("TemplatesController_listTemplates_v1"))
                masked = e.url.contains(QLatin1String("fieldMask=state")) && e.url.contains(QLatin1String("fieldMask=changes.status"));
        }
        QVERIFY(masked);
        QMap<QString, int> whole;
        const ApiResult all = seeded.callSync(ApiRequest(QStringLiteral("TemplatesController_listTemplates_v1"))
                                                  .arg(QStringLiteral("pageSize"), QStringLiteral("1000")));
        QVERIFY(all.ok());
        const QJsonArray items = all.json.object().value(QLatin1String("templates")).toArray();
        QCOMPARE(int(items.size()), templates->total);
        for (const QJsonValue &v : items) {
            const QJsonObject t = v.toObject();
            QVERIFY(t.contains(QLatin1String("name"))); // the whole template, this time
            const QString state = t.value(QLatin1String("state")).toString();
            ++whole[!state.isEmpty() ? state
                                     : QLatin1String("changes.status=")
                                         + t.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString()];
        }
        QCOMPARE(templates->byState, whole);
        // Both kinds, each one its list can show alone.
        QVERIFY(whole.contains(QStringLiteral("APPROVED")) && whole.contains(QStringLiteral("changes.status=REJECTED")));
        QCOMPARE(templates->filterableStates, QSet<QString>(whole.keyBegin(), whole.keyEnd()));
    }
};

QTEST_GUILESS_MAIN(TestResourceListModel)
#include "tst_resourcelistmodel.moc"
