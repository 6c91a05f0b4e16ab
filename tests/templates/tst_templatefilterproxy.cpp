// TemplateFilterProxy over the sandbox's seeded templates (names in several languages): which
// rows the search, language and category filters keep, and that a shown name row says it has
// children exactly when QSortFilterProxyModel's own (mapping) answer does, under every filter.
#include "testsupport.h"

#include "api/apiclient.h"
#include "models/templatelistmodel.h"
#include "sandbox/sandboxserver.h"
#include "templates/list/templatefilterproxy.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace sinch;
using M = TemplateListModel;

class TestTemplateFilterProxy : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> fx;
    std::unique_ptr<M> model;

    // Every top-level row of the proxy: its children as the shortcut says and as the mapping
    // counts them (rowCount builds the mapping), and the base class's own answer.
    void checkChildrenOfEveryNameRow(const ui::TemplateFilterProxy &proxy, const char *filter)
    {
        QVERIFY2(proxy.rowCount() > 0, filter);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex name = proxy.index(row, 0);
            const bool shown = proxy.rowCount(name) > 0;
            QVERIFY2(proxy.hasChildren(name) == shown, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(filter), name.data().toString())));
            QVERIFY2(proxy.QSortFilterProxyModel::hasChildren(name) == shown, filter);
            // A shown name row always has a language shown.
            QVERIFY2(shown, qPrintable(QStringLiteral("%1: %2 shown without a language").arg(QLatin1String(filter), name.data().toString())));
            QVERIFY(!proxy.hasChildren(proxy.index(0, 0, name)));
        }
    }

private slots:
    void init()
    {
        sandbox::SandboxConfig config;
        config.seedShape = sandbox::SeedShape::Multilingual;
        fx = std::make_unique<test::SandboxFixture>(config);
        QVERIFY2(fx->started, qPrintable(fx->error));
        model = std::make_unique<M>(fx->client.get(), fx->projectKey);
        model->setPageSize(100);
        for (int guard = 0; guard < 100 && !model->isDone(); ++guard) {
            if (model->canFetchMore())
                model->fetchMore();
            QVERIFY(QTest::qWaitFor([&] { return !model->isLoading(); }, 15000));
        }
        QVERIFY(model->isDone());
        QVERIFY(model->templateCount() > model->rowCount()); // some names in several languages
    }
    void cleanup()
    {
        model.reset();
        fx.reset();
    }

    void filtersKeepMatchingLanguagesAndTheirNames()
    {
        ui::TemplateFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(model.get());
        QCOMPARE(proxy.rowCount(), model->rowCount());
        checkChildrenOfEveryNameRow(proxy, "no filter");

        // A language: only names that have it, each with that language alone.
        proxy.setLanguage(QStringLiteral("FR"));
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex name = proxy.index(row, 0);
            for (int child = 0; child < proxy.rowCount(name); ++child)
                QCOMPARE(proxy.index(child, 0, name).data(M::LanguageRole).toString(), QStringLiteral("FR"));
        }
        QVERIFY(proxy.rowCount() < model->rowCount());
        checkChildrenOfEveryNameRow(proxy, "language");

        proxy.setLanguage(QString());
        proxy.setCategory(QStringLiteral("MARKETING"));
        QVERIFY(proxy.rowCount() < model->rowCount());
        checkChildrenOfEveryNameRow(proxy, "category");
        proxy.setCategory(QString());

        // A search of a name: the name row and all of its languages.
        const QString someName = model->index(0, 0).data(M::NameRole).toString();
        proxy.setSearchText(someName);
        QVERIFY(proxy.rowCount() >= 1);
        const QModelIndex found = proxy.match(proxy.index(0, 0), M::NameRole, someName, 1, Qt::MatchExactly).value(0);
        QVERIFY(found.isValid());
        QCOMPARE(proxy.rowCount(found), model->rowCount(model->index(0, 0)));
        checkChildrenOfEveryNameRow(proxy, "name search");

        // A search that only some languages match (their state), then with a language too.
        proxy.setSearchText(QStringLiteral("rejected"));
        checkChildrenOfEveryNameRow(proxy, "state search");
        proxy.setLanguage(QStringLiteral("EN_US"));
        checkChildrenOfEveryNameRow(proxy, "state search and language");
        proxy.setCategory(QStringLiteral("UTILITY"));
        if (proxy.rowCount() > 0)
            checkChildrenOfEveryNameRow(proxy, "state search, language and category");

        // Nothing matches: no rows at all.
        proxy.setSearchText(QStringLiteral("no template is called this"));
        QCOMPARE(proxy.rowCount(), 0);
    }

    // What a delegate asks at once (multiData) is what it would ask role by role (data), on
    // name rows and language rows; rejected states are red and numbers right-aligned.
    void cellsAskedAtOnceAsOneByOne()
    {
        ui::TemplateFilterProxy proxy;
        proxy.setSourceModel(model.get());
        const QList<int> roles{Qt::FontRole, Qt::TextAlignmentRole, Qt::ForegroundRole, Qt::CheckStateRole,
                               Qt::DecorationRole, Qt::DisplayRole, Qt::BackgroundRole, Qt::ToolTipRole,
                               M::SortRole, M::NameRole, M::LanguageRole};
        int red = 0;
        const auto check = [&](const QModelIndex &cell) {
            std::vector<QModelRoleData> asked;
            for (int role : roles)
                asked.emplace_back(role);
            proxy.multiData(cell, asked);
            for (const QModelRoleData &d : asked)
                QCOMPARE(d.data(), proxy.data(cell, d.role()));
            if (proxy.data(cell, Qt::ForegroundRole).value<QColor>() == QColor(0xc0, 0x1c, 0x1c))
                ++red;
            if (cell.column() >= M::SentColumn)
                QCOMPARE(proxy.data(cell, Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        };
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex name = proxy.index(row, 0);
            for (int column = 0; column < M::ColumnCount; ++column) {
                check(proxy.index(row, column));
                for (int child = 0; child < proxy.rowCount(name); ++child)
                    check(proxy.index(child, column, name));
            }
        }
        QVERIFY(red > 0); // the seed has rejected templates
        // Nothing for a cell that is not there.
        std::vector<QModelRoleData> asked{QModelRoleData(Qt::DisplayRole)};
        asked.front().setData(QStringLiteral("stale"));
        proxy.multiData(QModelIndex(), asked);
        QVERIFY(!asked.front().data().isValid());
    }
};

QTEST_MAIN(TestTemplateFilterProxy)
#include "tst_templatefilterproxy.moc"
