// Contract values in words, everywhere a person reads: on each area's page of the main window
// as it opens and with each of its list's first three rows chosen (the detail or editor beside
// it shown), in the editors that open in its tabs (a WhatsApp and a new KakaoTalk template), on
// every step of an RCS sender's wizard and in the dialog of a new WhatsApp sender, no visible
// label, button, tab, combo box entry, tooltip or list row shows a contract enum value as the
// contract spells it ("LAUNCHED", "PENDING_VERIFICATION"). EnumText says them in words, in the
// UI's language; a raw value is English whatever the language, and reads like a code.
#include "guidriver.h"
#include "shownwords.h"
#include "windowfixture.h"
#include "wizardsteps.h"

#include "listpage.h"
#include "models/activityfeedmodel.h"
#include "models/inboxmodel.h"
#include "inbox/inboxcontroller.h"
#include "services/inboxsync.h"
#include "documents/documentcontroller.h"
#include "projects/projectmanager.h"
#include "rcs/wizard/rcssenderwizard.h"
#include "services/areacatalog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>

#include <QAbstractItemView>
#include <QTreeView>
#include <QMap>
#include <QTest>

using namespace sinch;

class TestRawEnums : public QObject, public test::WindowFixture
{
    Q_OBJECT

    // Until no request is in flight or queued, and what answered is laid out.
    bool settled(int timeoutMs = 60000)
    {
        const bool idle = QTest::qWaitFor([this] { return fx->client->inFlight() == 0 && fx->client->queued() == 0; }, timeoutMs);
        test::GuiDriver::settle();
        return idle;
    }

    // Triggers the action `name` of the area's page (its first row chosen first when asked);
    // the dialog it opened, if any.
    QDialog *trigger(const QString &area, const char *name, bool onFirstRow)
    {
        window->showArea(area);
        auto *page = qobject_cast<ui::ListPage *>(window->page(area));
        if (!page || !settled())
            return nullptr;
        if (onFirstRow) {
            QAbstractItemView *list = page->view();
            if (!list->model() || list->model()->rowCount() == 0)
                return nullptr;
            list->setCurrentIndex(list->model()->index(0, 0));
            list->selectionModel()->select(list->currentIndex(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            settled();
        }
        auto *action = page->findChild<QAction *>(QLatin1String(name));
        if (!action || !QTest::qWaitFor([action] { return action->isEnabled(); }, 15000))
            return nullptr;
        const QWidgetList before = QApplication::topLevelWidgets();
        action->trigger();
        settled();
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible() && !before.contains(w))
                return d;
        return nullptr;
    }

    // What people wrote, quoted as they wrote it: the comments of the inbox and of the feeds
    // beside resources (a reviewer may write a code). Not the console's words.
    QStringList withoutComments(QStringList words) const
    {
        QStringList comments;
        for (const InboxModel *inbox : window->findChildren<InboxModel *>())
            for (int r = 0; r < inbox->rowCount(); ++r)
                comments << inbox->activity(r).comment;
        for (const ActivityFeedModel *feed : window->findChildren<ActivityFeedModel *>())
            for (int r = 0; r < feed->rowCount(); ++r)
                comments << feed->activity(r).comment;
        comments.removeAll(QString());
        for (QString &w : words)
            for (const QString &comment : std::as_const(comments))
                w.remove(comment);
        return words;
    }

private slots:
    void everyPageAndItsFirstRow()
    {
        sandbox::SandboxConfig config;
        config.seedShape = sandbox::SeedShape::Multilingual; // every state, as --sandbox has it
        QVERIFY2(setUpWindowFixture(config), qPrintable(fx->error));
        makeWindow();
        window->resize(1280, 800);
        // The inbox reads every feed of the project first (a request a feed, one after another,
        // once the window's own requests are answered): the pages' requests come after it.
        InboxSync *sync = window->inbox()->sync();
        QTRY_VERIFY_WITH_TIMEOUT(!sync->projects().isEmpty() && !sync->isSyncing() && sync->lastSync(sync->projects().first()).isValid(),
                                 120000);
        QVERIFY(settled(120000));
        QMap<QString, QStringList> found; // the value's finding -> the areas it was seen on
        int rowsChosen = 0;
        int textsRead = 0;
        for (const Area &area : AreaCatalog::areas()) {
            window->showArea(area.id);
            QVERIFY2(settled(), qPrintable(area.id));
            auto *page = qobject_cast<ui::ListPage *>(window->page(area.id));
            QAbstractItemView *list = page ? page->view() : nullptr;
            const int rows = list && list->model() ? list->model()->rowCount() : 0;
            // The page as it opens, then with each of its first three rows chosen (the detail
            // or editor beside the list shows another state each time).
            for (int row = -1; row < qMin(rows, 3); ++row) {
                if (row >= 0) {
                    list->setCurrentIndex(list->model()->index(row, 0));
                    list->selectionModel()->select(list->currentIndex(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                    ++rowsChosen;
                    QVERIFY2(settled(), qPrintable(area.id));
                }
                const QStringList words = withoutComments(test::shownWords(window.get()));
                textsRead += int(words.size());
                for (const QString &finding : test::rawEnumValues(words))
                    found[finding] << area.id;
            }
        }
        // The wizard of an existing RCS sender, step by step.
        auto *wizard = qobject_cast<ui::RcsSenderWizard *>(trigger(QStringLiteral("rcs.senders"), "rcsSenders.edit", true));
        QVERIFY(wizard);
        const int steps = test::walkWizardSteps(wizard, [&](int step) {
            for (const QString &finding : test::rawEnumValues(test::shownWords(wizard)))
                found[finding] << QStringLiteral("RCS wizard step %1").arg(step + 1);
        });
        QCOMPARE(steps, int(ui::RcsSenderWizard::StepCount));
        wizard->reject();
        // A new WhatsApp sender's dialog.
        QDialog *newSender = trigger(QStringLiteral("whatsapp.senders"), "senders.new", false);
        QVERIFY(newSender);
        for (const QString &finding : test::rawEnumValues(test::shownWords(newSender)))
            found[finding] << QStringLiteral("new WhatsApp sender");
        newSender->reject();
        // A new KakaoTalk template and a WhatsApp template from the server, in the window's tabs.
        QVERIFY(!trigger(QStringLiteral("kakaotalk.templates"), "kakaotalkTemplates.new", false));
        for (const QString &finding : test::rawEnumValues(withoutComments(test::shownWords(window.get()))))
            found[finding] << QStringLiteral("new KakaoTalk template");
        window->documentController()->openTemplate(ui::ProjectManager::keyFor(sandboxProject.id), fx->plainTextTemplate());
        QVERIFY(settled());
        for (const QString &finding : test::rawEnumValues(withoutComments(test::shownWords(window.get()))))
            found[finding] << QStringLiteral("WhatsApp template editor");
        const QString unexpected = box->allMet() ? QString() : box->report();
        tearDownWindowFixture();
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
        QVERIFY2(rowsChosen >= 20, qPrintable(QStringLiteral("only %1 lists had rows").arg(rowsChosen)));
        QVERIFY2(textsRead >= 1000, qPrintable(QStringLiteral("only %1 texts read").arg(textsRead)));
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            qWarning().noquote() << it.key() << "on" << it.value().join(QStringLiteral(", "));
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 raw contract values shown, listed above").arg(found.size())));
    }

    // The check itself: a raw value is found, words and codes are not.
    void findsRawValuesOnly()
    {
        const QStringList found = test::rawEnumValues({QStringLiteral("State: PENDING_VERIFICATION"),
                                                       QStringLiteral("Pending verification"), QStringLiteral("Region EU"),
                                                       QStringLiteral("One-time password (OTP)"),
                                                       QStringLiteral("Pending: {\"vertical\":\"EDUCATION\"}")});
        QCOMPARE(found, QStringList{QStringLiteral("PENDING_VERIFICATION in “State: PENDING_VERIFICATION”")});
    }
};

QTEST_MAIN(TestRawEnums)
#include "tst_rawenums.moc"
