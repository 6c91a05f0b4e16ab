// Quick open (Ctrl+K) against the in-process sandbox with two projects on one key (the
// seeded one and the small trial project without RCS): the index reads every list of
// both, ranks names, finds IDs, and the window opens what was chosen.
#include "testsupport.h"
#include "windowfixture.h"

#include "mainwindow.h"
#include "kakaotalk/kakaotalktemplateeditor.h"
#include "kakaotalk/kakaotalktemplatespage.h"
#include "resourcelistpage.h"
#include "scriptedmessagebox.h"
#include "quickopen/quickopendialog.h"
#include "quickopen/quickopenindex.h"
#include "projects/projectmanager.h"
#include "templates/list/documenttab.h"
#include "api/apiclient.h"
#include "auth/credentialstore.h"
#include "models/resourcelistmodel.h"
#include "sandbox/sandboxserver.h"
#include "storage/projectstore.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QSettings>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace sinch;
using namespace sinch::ui;

class TestQuickOpen : public QObject, public test::WindowFixture
{
    Q_OBJECT

    QString trialKey;
    QString webhookId;

    static bool loaded(QuickOpenIndex *index)
    {
        return index->listsRead() + index->listsFailed() > 0 && !index->isLoading();
    }

private slots:
    void init()
    {
        QVERIFY2(setUpWindowFixture(), qPrintable(fx->error));
        const ApiResult hook = fx->callSync(ApiRequest(QStringLiteral("WebhookController_createWebhook_v1"))
                                                .json(QJsonObject{{QStringLiteral("target"), QStringLiteral("https://hooks.example.com/quick-open")},
                                                                  {QStringLiteral("secret"), QStringLiteral("hook-secret-1234")},
                                                                  {QStringLiteral("triggers"), QJsonArray{QStringLiteral("ALL")}}}));
        QVERIFY2(hook.ok(), qPrintable(hook.error.summary()));
        webhookId = hook.json.object().value(QLatin1String("id")).toString();
        QVERIFY(!webhookId.isEmpty());
        const Project main = sandboxProjectNamed(QStringLiteral("Main shop"));
        const Project trial = sandboxProjectNamed(QStringLiteral("Trial"), fx->server->config().limits.otherProjectId);
        trialKey = ProjectManager::keyFor(trial.id);
        makeWindow({}, {main, trial});
    }

    void cleanup()
    {
        if (box)
            QVERIFY2(box->failures().isEmpty(), qPrintable(box->report()));
        tearDownWindowFixture();
    }

    void scoring_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("score");
        QTest::newRow("prefix") << "order_update" << "ORD" << 0;
        QTest::newRow("word start after _") << "order_update" << "upd" << 1;
        QTest::newRow("word start in camelCase") << "appointmentUpdate" << "update" << 1;
        QTest::newRow("word start after a dot") << "https://hooks.example.com" << "example" << 1;
        QTest::newRow("inside a word") << "reorder_now" << "order" << 2;
        QTest::newRow("letters in order") << "order_update" << "odup" << 3;
        QTest::newRow("letters in order from a word start") << "delivery_update" << "updt" << 3;
        QTest::newRow("letters not from a word start") << "order_update" << "rdup" << -1;
        QTest::newRow("letters out of order") << "order_update" << "pudo" << -1;
        QTest::newRow("absent") << "order_update" << "xyz" << -1;
        QTest::newRow("empty word") << "anything" << "" << 0;
    }

    void scoring()
    {
        QFETCH(QString, text);
        QFETCH(QString, word);
        QFETCH(int, score);
        QCOMPARE(QuickOpenIndex::score(text, word), score);
        // What match() uses, the texts folded once: the same scores.
        QCOMPARE(QuickOpenIndex::scoreFolded(text, text.toCaseFolded(), word.toCaseFolded()), score);
    }

    // Every list of both projects is read; a project without RCS counts as failed lists,
    // not as an error; names rank before letters-in-order, IDs find their item.
    void indexReadsEveryProject()
    {
        QuickOpenIndex *index = window->quickOpenIndex();
        QCOMPARE(index->projects().size(), 2);
        QSignalSpy changed(index, &QuickOpenIndex::entriesChanged);
        index->load();
        QVERIFY(index->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(index), 20000);
        QVERIFY(changed.size() > 1); // results arrive list by list
        QVERIFY(index->listsFailed() >= 1); // the trial project's RCS lists: 403
        const int areas = int(QuickOpenIndex::searchableAreas().size());
        // Each list area of each project, and the templates list of each KakaoTalk sender.
        const int kakaotalkSenders = int(std::count_if(index->entries().cbegin(), index->entries().cend(), [](const QuickOpenEntry &e) {
            return e.areaId == QLatin1String("kakaotalk.senders");
        }));
        QVERIFY(kakaotalkSenders > 0);
        QCOMPARE(index->listsRead() + index->listsFailed(), 2 * areas + kakaotalkSenders);

        QSet<QString> areasSeen;
        int trialEntries = 0;
        for (const QuickOpenEntry &e : index->entries()) {
            areasSeen.insert(e.areaId);
            QVERIFY2(!e.title.isEmpty(), qPrintable(e.areaId));
            if (e.projectKey == trialKey) {
                ++trialEntries;
                QCOMPARE(e.projectName, QStringLiteral("Trial"));
            }
        }
        QVERIFY(trialEntries > 0);
        for (const char *a : {"whatsapp.templates", "whatsapp.senders", "kakaotalk.senders", "kakaotalk.templates", "rcs.senders",
                              "webhooks"})
            QVERIFY2(areasSeen.contains(QString::fromLatin1(a)), a);
        // A state in words, as the lists say it: "In test", not IN_TEST.
        static const QRegularExpression rawEnum(QStringLiteral("\\b[A-Z]+_[A-Z_]+\\b|\\bACTIVE\\b"));
        bool rcsSenderStated = false;
        for (const QuickOpenEntry &e : index->entries()) {
            QVERIFY2(!rawEnum.match(e.detail).hasMatch(), qPrintable(e.detail));
            rcsSenderStated |= e.areaId == QLatin1String("rcs.senders") && e.detail.endsWith(QStringLiteral(" · In test"));
        }
        QVERIFY(rcsSenderStated);

        const QList<int> hits = index->match(QStringLiteral("order_update"));
        QVERIFY(!hits.isEmpty());
        for (int i = 0; i < qMin(3, int(hits.size())); ++i)
            QVERIFY2(index->entries().at(hits.at(i)).title.startsWith(QLatin1String("order_update")),
                     qPrintable(index->entries().at(hits.at(i)).title));
        // The best is the shortest name that starts so.
        QCOMPARE(index->entries().at(hits.first()).title.section(QStringLiteral(" · "), 0, 0), QStringLiteral("order_update"));
        // Two words: both must match.
        for (int i : index->match(QStringLiteral("order es_es")))
            QVERIFY(index->entries().at(i).title.contains(QLatin1String("ES_ES")));
        // An ID finds its item.
        const QList<int> byId = index->match(webhookId);
        QCOMPARE(byId.size(), 1);
        QCOMPARE(index->entries().at(byId.first()).areaId, QStringLiteral("webhooks"));
        QVERIFY(index->match(QStringLiteral("nothing-is-called-this")).isEmpty());

        // Typed key by key, each keystroke scores only what the one before matched: the
        // same results as the whole query asked at once (after an unrelated one).
        for (const QString &query : {QStringLiteral("order es_es"), QStringLiteral("ordupd"), QStringLiteral("Order  UPD")}) {
            QList<int> typed;
            for (int n = 1; n <= query.size(); ++n)
                typed = index->match(query.left(n));
            index->match(QStringLiteral("xyz"));
            QCOMPARE(typed, index->match(query));
            QVERIFY2(!typed.isEmpty(), qPrintable(query));
        }
    }

    // Ctrl+K, a few letters, Enter: the template opens in an editor tab of its project;
    // a webhook shows its area with the row selected; a template of the other project
    // switches the project first.
    void windowOpensWhatWasChosen()
    {
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        QuickOpenDialog *dialog = window->quickOpenDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QuickOpenIndex *index = window->quickOpenIndex();
        QTRY_VERIFY_WITH_TIMEOUT(loaded(index), 20000);
        QTest::keyClicks(dialog->queryEdit(), QStringLiteral("order_update_v3"));
        QVERIFY(dialog->resultList()->topLevelItemCount() > 0);
        QVERIFY(dialog->resultList()->currentItem());
        QVERIFY(dialog->resultList()->currentItem()->text(0).startsWith(QLatin1String("order_update_v3")));
        QVERIFY2(dialog->statusText().contains(QLatin1String("Enter")), qPrintable(dialog->statusText()));
        // Down and Up move in the results while the keys stay in the query.
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Down);
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Up);
        QCOMPARE(dialog->resultList()->indexOfTopLevelItem(dialog->resultList()->currentItem()), 0);
        QVERIFY(dialog->queryEdit()->hasFocus());
        const QString chosen = dialog->resultList()->currentItem()->text(0);
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Return);
        QVERIFY(!dialog->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(window->documents().size(), 1, 10000);
        QCOMPARE(window->documents().first()->title().remove(QLatin1Char('*')).trimmed(), chosen);
        // The keyboard went along into the document (not left in the navigation).
        // (The window's focus widget: offscreen, no window is active again after the dialog.)
        QTRY_VERIFY(window->focusWidget() && window->documents().first()->isAncestorOf(window->focusWidget()));

        // A webhook by part of its target: its area, its row selected.
        window->showQuickOpen();
        QVERIFY(dialog->queryEdit()->text().isEmpty());
        QTest::keyClicks(dialog->queryEdit(), QStringLiteral("quick-open"));
        QCOMPARE(dialog->resultList()->topLevelItemCount(), 1);
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Return);
        QCOMPARE(window->currentArea(), QStringLiteral("webhooks"));
        auto *page = qobject_cast<ListPage *>(window->page(QStringLiteral("webhooks")));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->view()->currentIndex().isValid(), 10000);
        QCOMPARE(page->view()->currentIndex().data(ResourceListModel::JsonRole).toJsonObject().value(QLatin1String("id")).toString(),
                 webhookId);

        // A template of the trial project: the project switches, then the editor opens.
        QString trialTemplate;
        for (const QuickOpenEntry &e : index->entries())
            if (e.projectKey == trialKey && e.areaId == QLatin1String("whatsapp.templates"))
                trialTemplate = e.title;
        QVERIFY(!trialTemplate.isEmpty());
        window->showQuickOpen();
        dialog->queryEdit()->setText(trialTemplate.section(QStringLiteral(" · "), 0, 0) + QLatin1Char(' ')
                                     + trialTemplate.section(QStringLiteral(" · "), 1));
        bool found = false;
        for (int i = 0; i < dialog->resultList()->topLevelItemCount(); ++i) {
            if (dialog->resultList()->topLevelItem(i)->text(0) == trialTemplate
                && dialog->resultList()->topLevelItem(i)->text(1).contains(QLatin1String("Trial"))) {
                dialog->resultList()->setCurrentItem(dialog->resultList()->topLevelItem(i));
                found = true;
            }
        }
        QVERIFY(found);
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Return);
        QCOMPARE(ProjectManager::keyFor(window->currentProject()), trialKey);
        QTRY_COMPARE_WITH_TIMEOUT(window->documents().size(), 2, 10000);
        QVERIFY2(window->documents().last()->documentKey().startsWith(trialKey + QLatin1Char('/')),
                 qPrintable(window->documents().last()->documentKey()));

        // A KakaoTalk template by its code: its page, its sender chosen, the template open.
        QuickOpenEntry kakaotalk;
        for (const QuickOpenEntry &e : index->entries())
            if (e.areaId == QLatin1String("kakaotalk.templates") && e.projectKey != trialKey && kakaotalk.title.isEmpty())
                kakaotalk = e;
        QVERIFY(!kakaotalk.parentId.isEmpty());
        const QString code = kakaotalk.item.value(QLatin1String("code")).toString();
        window->showQuickOpen();
        QTest::keyClicks(dialog->queryEdit(), code);
        QCOMPARE(dialog->resultList()->topLevelItemCount(), 1);
        QVERIFY2(dialog->resultList()->currentItem()->text(1).contains(kakaotalk.parentId),
                 qPrintable(dialog->resultList()->currentItem()->text(1)));
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Return);
        QCOMPARE(window->currentArea(), QStringLiteral("kakaotalk.templates"));
        auto *templates = qobject_cast<KakaotalkTemplatesPage *>(window->page(QStringLiteral("kakaotalk.templates")));
        QVERIFY(templates);
        QTRY_VERIFY_WITH_TIMEOUT(templates->editor() && templates->editor()->templateCode() == code, 15000);
        QCOMPARE(templates->editor()->plusFriendId(), kakaotalk.parentId);
    }

    void emptyQueryAndNoMatchSayWhatToDo()
    {
        window->showQuickOpen();
        QuickOpenDialog *dialog = window->quickOpenDialog();
        QTRY_VERIFY_WITH_TIMEOUT(loaded(window->quickOpenIndex()), 20000);
        QVERIFY2(dialog->statusText().contains(QLatin1String("2 project")), qPrintable(dialog->statusText()));
        dialog->queryEdit()->setText(QStringLiteral("zzzz-no-such-thing"));
        QCOMPARE(dialog->resultList()->topLevelItemCount(), 0);
        QVERIFY2(dialog->statusText().contains(QLatin1String("Nothing called")), qPrintable(dialog->statusText()));
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Return); // nothing to open: stays
        QVERIFY(dialog->isVisible());
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    }
};

QTEST_MAIN(TestQuickOpen)
#include "tst_quickopen.moc"
