// Contract values in words, everywhere a person reads: on each area's page of the main window
// as it opens and with rows of its list chosen, a row for each state, category, type … the
// list shows (the detail or editor beside it shown, which says more of that state); in the
// editors that open in its tabs (a WhatsApp and a new KakaoTalk template), on every step of
// an RCS sender's wizard, in the dialog of a new WhatsApp sender and on the channels of a
// Conversation app, no visible label, button, tab, combo box entry, tooltip or list row shows
// a contract enum value as the contract spells it ("LAUNCHED", "PENDING_VERIFICATION").
// EnumText says them in words, in the UI's language; a raw value is English whatever the
// language, and reads like a code.
#include "guidriver.h"
#include "pageactions.h"
#include "shownwords.h"
#include "windowfixture.h"
#include "wizardsteps.h"

#include "conversation/channelspage.h"
#include "listpage.h"
#include "models/activityfeedmodel.h"
#include "models/inboxmodel.h"
#include "inbox/inboxcontroller.h"
#include "services/inboxsync.h"
#include "documents/documentcontroller.h"
#include "projects/projectmanager.h"
#include "rcs/wizard/rcssenderwizard.h"
#include "services/areacatalog.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDialog>
#include <QMap>
#include <QSet>
#include <QMessageBox>
#include <QTest>
#include <QTreeView>

#include <numeric>

using namespace sinch;

namespace {

// Every row of a short list; of a longer one, rows that between them show every value of its
// few-valued columns (state, category, type: at most 12 values, fewer than the rows), first
// rows first, at most `cap`. The detail beside a list says most about a row's state: a
// rejected template its reasons, a launched sender what stays locked.
QList<int> rowsOfEveryValue(const QAbstractItemModel *model, int cap)
{
    const int rows = model->rowCount();
    if (rows <= cap) {
        QList<int> all(rows);
        std::iota(all.begin(), all.end(), 0);
        return all;
    }
    QList<int> columns;
    for (int c = 0; c < model->columnCount(); ++c) {
        QSet<QString> values;
        for (int r = 0; r < rows && values.size() <= 12; ++r)
            values.insert(model->index(r, c).data().toString());
        if (values.size() > 1 && values.size() <= 12 && values.size() < rows)
            columns << c;
    }
    QList<int> chosen;
    QSet<QPair<int, QString>> seen;
    for (int r = 0; r < rows && chosen.size() < cap; ++r) {
        bool fresh = chosen.isEmpty();
        for (int c : std::as_const(columns)) {
            const QPair<int, QString> value(c, model->index(r, c).data().toString());
            if (!seen.contains(value)) {
                seen.insert(value);
                fresh = true;
            }
        }
        if (fresh)
            chosen << r;
    }
    return chosen;
}

} // namespace

class TestRawEnums : public QObject, public test::WindowFixture
{
    Q_OBJECT

    bool settled(int timeoutMs = 60000) { return test::waitIdle(fx->client.get(), timeoutMs); }

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
    void everyPageAndARowOfEachState()
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
            const QList<int> rows = page && page->view()->model() ? rowsOfEveryValue(page->view()->model(), 12) : QList<int>();
            // The page as it opens, then with each of those rows chosen.
            for (int row : QList<int>{-1} + rows) {
                if (row >= 0) {
                    QVERIFY2(test::chooseRow(window.get(), area.id, row), qPrintable(area.id));
                    ++rowsChosen;
                    QVERIFY2(settled(), qPrintable(area.id));
                }
                const QStringList words = withoutComments(test::shownWords(window.get()));
                textsRead += int(words.size());
                for (const QString &finding : test::rawEnumValues(words))
                    found[finding] << area.id;
            }
        }
        // The channels of the project's first Conversation app (the picker offers them).
        window->showArea(QStringLiteral("conversation.channels"));
        auto *channels = qobject_cast<ui::ChannelsPage *>(window->page(QStringLiteral("conversation.channels")));
        QVERIFY(channels);
        auto *apps = channels->findChild<QComboBox *>(QStringLiteral("conversationAppPicker"));
        QVERIFY(apps);
        QTRY_VERIFY_WITH_TIMEOUT(apps->count() > 0, 15000);
        apps->setCurrentIndex(0);
        channels->showChannels();
        QVERIFY(settled());
        for (const QString &finding : test::rawEnumValues(withoutComments(test::shownWords(window.get()))))
            found[finding] << QStringLiteral("channels of an app");
        // The wizard of an existing RCS sender, step by step.
        QVERIFY(test::chooseRow(window.get(), QStringLiteral("rcs.senders")) && settled());
        auto *wizard = qobject_cast<ui::RcsSenderWizard *>(
            test::triggerPageAction(window.get(), QStringLiteral("rcs.senders"), "rcsSenders.edit").dialog);
        QVERIFY(wizard && settled());
        const int steps = test::walkWizardSteps(wizard, [&](int step) {
            for (const QString &finding : test::rawEnumValues(test::shownWords(wizard)))
                found[finding] << QStringLiteral("RCS wizard step %1").arg(step + 1);
        });
        QCOMPARE(steps, int(ui::RcsSenderWizard::StepCount));
        wizard->reject();
        // A new WhatsApp sender's dialog.
        QDialog *newSender = test::triggerPageAction(window.get(), QStringLiteral("whatsapp.senders"), "senders.new").dialog;
        QVERIFY(newSender && settled());
        for (const QString &finding : test::rawEnumValues(test::shownWords(newSender)))
            found[finding] << QStringLiteral("new WhatsApp sender");
        newSender->reject();
        // A new KakaoTalk template and a WhatsApp template from the server, in the window's tabs.
        const test::ActionOutcome newTemplate = test::triggerPageAction(window.get(), QStringLiteral("kakaotalk.templates"),
                                                                        "kakaotalkTemplates.new");
        QVERIFY(newTemplate.triggered && !newTemplate.dialog);
        QVERIFY(settled());
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
                                                       QStringLiteral("Pending: {\"vertical\":\"EDUCATION\"}"),
                                                       QStringLiteral("false"), QStringLiteral("Yes"), QStringLiteral("true colours")});
        QCOMPARE(found, (QStringList{QStringLiteral("PENDING_VERIFICATION in “State: PENDING_VERIFICATION”"),
                                     QStringLiteral("false in “false”")}));
    }
};

QTEST_MAIN(TestRawEnums)
#include "tst_rawenums.moc"
