// PagedListLoader against the in-process sandbox (the seeded WhatsApp templates): the
// order in which it tells a model about pages and state, the fresh list of a refresh, and
// a model that starts over while it takes a page.
#include "testsupport.h"

#include "api/apiclient.h"
#include "models/pagedlistloader.h"
#include "sandbox/sandboxserver.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace sinch;

namespace {

QString templateKey(const QJsonObject &t)
{
    return t.value(QLatin1String("name")).toString() + QLatin1Char('/') + t.value(QLatin1String("language")).toString();
}

} // namespace

class TestPagedListLoader : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> fx;

    std::unique_ptr<PagedListLoader> makeLoader(int pageSize)
    {
        auto loader = std::make_unique<PagedListLoader>(
            fx->client.get(), fx->projectKey, ApiRequest(QStringLiteral("TemplatesController_listTemplates_v1")),
            templateKey);
        loader->setPageSize(pageSize);
        loader->setItemsKey(QStringLiteral("templates"));
        return loader;
    }

private slots:
    // The tests only read: one seeded sandbox serves them all.
    void initTestCase()
    {
        fx = std::make_unique<test::SandboxFixture>();
        QVERIFY2(fx->started, qPrintable(fx->error));
    }
    void cleanupTestCase() { fx.reset(); }

    // A view that asks for more while rows go in must hear "loading"; the state says where
    // the list stands only after the model took the page.
    void pageBeforeState()
    {
        auto loader = makeLoader(50);
        QStringList order;
        connect(loader.get(), &PagedListLoader::pageReceived, this, [&](const QJsonArray &items) {
            order << QStringLiteral("page %1").arg(items.size());
            QVERIFY(loader->isLoading());
            QVERIFY(!loader->canFetchMore());
            QVERIFY(!loader->hasLoadedOnce());
        });
        connect(loader.get(), &PagedListLoader::loadingChanged, this,
                [&](bool loading) { order << QStringLiteral("loading %1").arg(loading); });
        connect(loader.get(), &PagedListLoader::totalSizeChanged, this,
                [&](int total) { order << QStringLiteral("total %1").arg(total); });
        connect(loader.get(), &PagedListLoader::pageLoaded, this, [&] { order << QStringLiteral("loaded"); });
        QVERIFY(loader->canFetchMore());
        loader->fetchMore();
        QTRY_VERIFY_WITH_TIMEOUT(!loader->isLoading(), 15000);
        QCOMPARE(order, (QStringList{QStringLiteral("loading 1"), QStringLiteral("page 50"), QStringLiteral("total 216"),
                                     QStringLiteral("loading 0"), QStringLiteral("loaded")}));
        QVERIFY(loader->hasLoadedOnce());
        QVERIFY(!loader->isDone());
        QVERIFY(loader->canFetchMore());
    }

    // A refresh re-reads at least what is loaded and hands it over once, each key once;
    // its pager then pages on from there.
    void refreshHandsOverTheFreshList()
    {
        auto loader = makeLoader(50);
        loader->fetchMore();
        QTRY_VERIFY_WITH_TIMEOUT(!loader->isLoading(), 15000);
        loader->fetchMore();
        QTRY_VERIFY_WITH_TIMEOUT(!loader->isLoading(), 15000);
        QSignalSpy pages(loader.get(), &PagedListLoader::pageReceived);
        QSignalSpy refreshed(loader.get(), &PagedListLoader::refreshed);
        QList<PagedListLoader::Entry> fresh;
        int handedOver = 0;
        connect(loader.get(), &PagedListLoader::refreshReceived, this, [&](const QList<PagedListLoader::Entry> &f) {
            fresh = f;
            ++handedOver;
            QVERIFY(loader->isRefreshing());
        });
        loader->refresh(100);
        QVERIFY(loader->isRefreshing());
        QVERIFY(!loader->canFetchMore());
        QVERIFY(refreshed.wait(15000));
        QCOMPARE(handedOver, 1);
        QCOMPARE(pages.count(), 0); // a refresh's pages are no pages to add
        QCOMPARE(fresh.size(), 100);
        QSet<QString> keys;
        for (const PagedListLoader::Entry &e : std::as_const(fresh)) {
            QCOMPARE(e.key, templateKey(e.json));
            keys.insert(e.key);
        }
        QCOMPARE(keys.size(), 100);
        QVERIFY(!loader->isRefreshing());
        QVERIFY(loader->canFetchMore());
        loader->fetchMore();
        QVERIFY(pages.wait(15000));
        QVERIFY(!keys.contains(templateKey(pages.first().first().toJsonArray().first().toObject())));
    }

    // A refresh hands each page over as it comes (for a model that merges as it goes),
    // while it still says loading, and the whole fresh list after the last: its keys only,
    // when the model says it took the items.
    void refreshHandsOverEachPageFirst()
    {
        auto loader = makeLoader(50);
        loader->setFreshItems(false);
        loader->fetchMore();
        QTRY_VERIFY_WITH_TIMEOUT(!loader->isLoading(), 15000);
        loader->fetchMore();
        QTRY_VERIFY_WITH_TIMEOUT(!loader->isLoading(), 15000);
        QStringList order;
        QSet<QString> paged;
        connect(loader.get(), &PagedListLoader::refreshPageReceived, this, [&](const QJsonArray &items) {
            order << QStringLiteral("page %1").arg(items.size());
            QVERIFY(loader->isRefreshing());
            QVERIFY(loader->isLoading());
            for (const QJsonValue &v : items)
                paged.insert(templateKey(v.toObject()));
        });
        QSet<QString> fresh;
        connect(loader.get(), &PagedListLoader::refreshReceived, this, [&](const QList<PagedListLoader::Entry> &f) {
            order << QStringLiteral("fresh %1").arg(f.size());
            for (const PagedListLoader::Entry &e : f) {
                fresh.insert(e.key);
                QVERIFY(e.json.isEmpty());
            }
        });
        QSignalSpy refreshed(loader.get(), &PagedListLoader::refreshed);
        loader->refresh(100);
        QVERIFY(refreshed.wait(15000));
        QCOMPARE(order, (QStringList{QStringLiteral("page 50"), QStringLiteral("page 50"), QStringLiteral("fresh 100")}));
        QCOMPARE(paged, fresh);
    }

    // A model that starts over while it merges a refresh page: the rest of that refresh
    // is dropped, nothing more of it arrives, and the new list loads from page 1.
    void restartWhileMergingARefreshPage()
    {
        auto loader = makeLoader(50);
        loader->fetchMore();
        QTRY_VERIFY_WITH_TIMEOUT(!loader->isLoading(), 15000);
        loader->fetchMore();
        QTRY_VERIFY_WITH_TIMEOUT(!loader->isLoading(), 15000);
        int refreshPages = 0;
        connect(loader.get(), &PagedListLoader::refreshPageReceived, this, [&] {
            if (++refreshPages > 1)
                return;
            loader->setRequest(ApiRequest(QStringLiteral("TemplatesController_listTemplates_v1"))
                                   .arg(QStringLiteral("templateName"), QStringLiteral("order_")));
            loader->restart();
        });
        QSignalSpy fresh(loader.get(), &PagedListLoader::refreshReceived);
        QSignalSpy refreshed(loader.get(), &PagedListLoader::refreshed);
        loader->refresh(100);
        QTRY_COMPARE_WITH_TIMEOUT(refreshPages, 1, 15000);
        QVERIFY(!loader->isRefreshing());
        QVERIFY(!loader->isLoading());
        QVERIFY(!loader->hasLoadedOnce());
        QSignalSpy loaded(loader.get(), &PagedListLoader::pageLoaded);
        loader->fetchMore();
        QVERIFY(loaded.wait(15000));
        QVERIFY(loader->totalSize() < 216);
        QCOMPARE(refreshPages, 1);
        QCOMPARE(fresh.count(), 0);
        QCOMPARE(refreshed.count(), 0);
    }

    // A model that starts over while it takes a page (another filter chosen in a slot):
    // the old page must not mark the new list as loaded.
    void restartWhileTakingAPage()
    {
        auto loader = makeLoader(50);
        bool restarted = false;
        connect(loader.get(), &PagedListLoader::pageReceived, this, [&] {
            if (restarted)
                return;
            restarted = true;
            loader->setRequest(ApiRequest(QStringLiteral("TemplatesController_listTemplates_v1"))
                                   .arg(QStringLiteral("templateName"), QStringLiteral("order_")));
            loader->restart();
        });
        QSignalSpy loaded(loader.get(), &PagedListLoader::pageLoaded);
        loader->fetchMore();
        QTRY_VERIFY_WITH_TIMEOUT(restarted, 15000);
        QVERIFY(!loader->hasLoadedOnce());
        QVERIFY(!loader->isLoading());
        QCOMPARE(loader->totalSize(), -1);
        QCOMPARE(loaded.count(), 0);
        QVERIFY(loader->canFetchMore());
        loader->fetchMore();
        QVERIFY(loaded.wait(15000));
        QVERIFY(loader->totalSize() < 216);
    }
};

QTEST_GUILESS_MAIN(TestPagedListLoader)
#include "tst_pagedlistloader.moc"
