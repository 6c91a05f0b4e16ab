// An RCS sender's test devices, launch checklist, launch board and upscales as a person
// uses them: numbers typed key by key, buttons clicked, confirmations answered through the
// scripted MessageBox; the sandbox decides after a short real delay and the widgets poll
// on a ManualClock the test advances. What was sent is counted on the sandbox.

#include "rcs/launch/rcslaunchboard.h"
#include "rcs/launch/rcslaunchpanel.h"
#include "rcs/testnumbers/rcstestnumberspanel.h"
#include "rcs/upscales/rcsupscalespanel.h"

#include "api/manualclock.h"
#include "models/resourcelistmodel.h"
#include "resourcelistpage.h"
#include "services/areacatalog.h"
#include "domain/rcslaunchchecklist.h"
#include "guidriver.h"
#include "sandbox/sandboxserver.h"
#include "sandboxhttpclient.h"
#include "scriptedmessagebox.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace sinch;
using sinch::test::GuiDriver;
using sinch::ui::MessageBox;

namespace {

// The sandbox's review delay, on the test's clock.
constexpr int kReviewMs = 200;

const QString kLaunch = QStringLiteral("SendersController_launchSender_v1");
const QString kRetryNumber = QStringLiteral("SendersController_retryTestNumber_v1");

// Every text a widget tree shows or speaks: labels, fields, buttons, tooltips, items.
QStringList shownTexts(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets << root;
    for (QWidget *w : widgets) {
        out << w->toolTip() << w->accessibleName() << w->windowTitle();
        if (auto *l = qobject_cast<QLabel *>(w))
            out << l->text();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            out << e->text() << e->placeholderText();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text();
        if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i) << c->itemData(i).toString();
        if (auto *list = qobject_cast<QListWidget *>(w))
            for (int i = 0; i < list->count(); ++i)
                out << list->item(i)->text() << list->item(i)->toolTip();
        if (auto *tree = qobject_cast<QTreeWidget *>(w))
            for (QTreeWidgetItemIterator it(tree); *it; ++it)
                for (int c = 0; c < tree->columnCount(); ++c)
                    out << (*it)->text(c) << (*it)->toolTip(c);
    }
    return out;
}

// The texts of a tree's rows, "column 0 | column 1 | ...".
QStringList rows(QTreeWidget *tree)
{
    QStringList out;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        QStringList cells;
        for (int c = 0; c < tree->columnCount(); ++c)
            cells << (*it)->text(c);
        out << cells.join(QStringLiteral(" | "));
    }
    return out;
}

bool anyRowContains(QTreeWidget *tree, const QString &text)
{
    for (const QString &r : rows(tree))
        if (r.contains(text))
            return true;
    return false;
}

bool screenshot(QWidget *widget, const QString &name)
{
    if (!qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
        return true;
    QDir().mkpath(QStringLiteral(SINCH_SCREENSHOTS));
    return widget->grab().save(QStringLiteral(SINCH_SCREENSHOTS) + QLatin1Char('/') + name);
}

} // namespace

class TstRcsLaunch : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::SandboxFixture> m_fx;
    std::unique_ptr<ui::ScriptedMessageBox> m_box;

    QJsonObject sender(const QString &id) const
    {
        return m_fx->callSync(ApiRequest(QStringLiteral("RcsSendersController_getSender_v1"))
                                  .path(QStringLiteral("senderId"), id)).json.object();
    }

    QJsonObject senderNamed(const QString &name) const
    {
        const ApiResult r = m_fx->callSync(ApiRequest(QStringLiteral("RcsSendersController_listSenders_v1")));
        for (const QJsonValue &v : r.json.object().value(QLatin1String("senders")).toArray())
            if (v.toObject().value("details").toObject().value("brand").toObject().value("name").toString() == name)
                return sender(v.toObject().value("id").toString());
        return QJsonObject();
    }

    // A new sender from the contract's example (GB and FR), with `brandName`, without a logo
    // when `complete` is false.
    QJsonObject createSender(const QString &brandName, bool complete) const
    {
        QJsonObject in = test::requestExample("RcsSendersController_createSender_v1", "input");
        QJsonObject details = in.value("details").toObject();
        QJsonObject brand = details.value("brand").toObject();
        brand.insert("name", brandName);
        if (!complete)
            brand.remove("logoUrl");
        details.insert("brand", brand);
        in.insert("details", details);
        const ApiResult r = m_fx->callSync(ApiRequest(QStringLiteral("RcsSendersController_createSender_v1")).json(in));
        return r.json.object();
    }

    // The state of the upscale in `country`, as the sandbox holds it.
    QString upscaleStateOnServer(const QString &country) const
    {
        const ApiResult r = m_fx->callSync(ApiRequest(QStringLiteral("UpscalesController_listUpscales_v1")));
        for (const QJsonValue &v : r.json.object().value(QLatin1String("upscales")).toArray())
            if (v.toObject().value("countryCode").toString() == country)
                return v.toObject().value("state").toString();
        return QString();
    }

    QString stateOnServer(const QString &id, const QString &number) const
    {
        for (const QJsonValue &v : sender(id).value("testNumberStates").toArray())
            if (v.toObject().value("number").toString() == number)
                return v.toObject().value("state").toString();
        return QString();
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        sandbox::SandboxConfig config;
        config.reviewDelaySeconds = kReviewMs / 1000.0;
        config.clock = m_clock.get(); // the operators decide when the test advances it
        m_fx = std::make_unique<test::SandboxFixture>(config);
        QVERIFY2(m_fx->started, qPrintable(m_fx->error));
        m_box = std::make_unique<ui::ScriptedMessageBox>();
    }

    void cleanup()
    {
        if (m_box)
            QVERIFY2(m_box->allMet(), qPrintable(m_box->failures().join('\n')));
        m_box.reset();
        m_fx.reset();
        m_clock.reset();
        GuiDriver::settle();
    }

    void testDevices()
    {
        const QJsonObject s = senderNamed(QStringLiteral("Acme Energy"));
        QVERIFY(!s.isEmpty());
        const QString id = s.value("id").toString();
        const QString verified = s.value("testNumberStates").toArray().first().toObject().value("number").toString();
        QCOMPARE(stateOnServer(id, verified), QStringLiteral("VERIFIED"));

        ui::RcsTestNumbersPanel panel(m_fx->client.get(), m_fx->projectKey, m_box.get(), m_clock.get());
        panel.resize(760, 520);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setSender(s);
        GuiDriver d(&panel);
        auto *list = d.get<QTreeWidget>(QStringLiteral("Test numbers"));
        QVERIFY(list && anyRowContains(list, verified));
        QVERIFY(anyRowContains(list, QStringLiteral("Verified: can receive test messages")));

        // A number that is not E.164 is refused at the field, before any request.
        auto *add = d.get<QPushButton>(QStringLiteral("Add test number"));
        QVERIFY(d.typeAtEnd(QStringLiteral("New test number"), QStringLiteral("07700 9001x")));
        QVERIFY(!add->isEnabled());
        QVERIFY2(d.get<QLabel>(QStringLiteral("New test number problem"))->text().contains(QStringLiteral("E.164")),
                 qPrintable(add->toolTip()));
        GuiDriver::click(add);
        QCOMPARE(m_fx->server->requestCount(QStringLiteral("SendersController_addTestNumbers_v1")), 0);

        // Re-adding the verified number warns that it becomes unverified.
        d.get<QLineEdit>(QStringLiteral("New test number"))->clear();
        QVERIFY(d.typeAtEnd(QStringLiteral("New test number"), verified));
        QVERIFY(add->isEnabled());
        QVERIFY(d.get<QLabel>(QStringLiteral("New test number problem"))->text().contains(QStringLiteral("unverified")));

        // A number ending in 00 never accepts its invite in the sandbox: it stays invited.
        const QString invited = QStringLiteral("+447700900100");
        d.get<QLineEdit>(QStringLiteral("New test number"))->clear();
        QVERIFY(d.typeAtEnd(QStringLiteral("New test number"), invited));
        QVERIFY(add->isEnabled());
        GuiDriver::click(add);
        QTRY_VERIFY(anyRowContains(list, invited));
        QVERIFY(anyRowContains(list, QStringLiteral("Invited: waiting for the tester to accept")));
        QCOMPARE(stateOnServer(id, invited), QStringLiteral("UNVERIFIED"));
        QVERIFY(d.get<QLineEdit>(QStringLiteral("New test number"))->text().isEmpty());

        // Resend the invite: one request, never repeated by itself.
        QVERIFY(d.clickRow(list, invited));
        auto *resend = d.get<QPushButton>(QStringLiteral("Resend invite"));
        QVERIFY(resend->isEnabled());
        QVERIFY(!d.get<QPushButton>(QStringLiteral("Show capabilities"))->isEnabled());
        GuiDriver::click(resend);
        QTRY_COMPARE(m_fx->server->requestCount(kRetryNumber), 1);
        QTRY_VERIFY(resend->isEnabled());
        QCOMPARE(m_fx->server->requestCount(kRetryNumber), 1);

        // What the verified device supports, in words.
        QVERIFY(d.clickRow(list, verified));
        QVERIFY(!resend->isEnabled());
        QVERIFY(d.click(QStringLiteral("Show capabilities")));
        QTRY_VERIFY(d.find<QLabel>(QStringLiteral("Device capabilities")));
        const QString features = d.get<QLabel>(QStringLiteral("Device capabilities"))->text();
        QVERIFY2(features.startsWith(verified + QStringLiteral(" supports: ")) || features.contains(QStringLiteral("no RCS features")),
                 qPrintable(features));
        QVERIFY2(!features.contains(QStringLiteral("RICHCARD")), qPrintable(features));
        QVERIFY(screenshot(&panel, QStringLiteral("rcs-test-devices.png")));

        // Delete, confirmed.
        QVERIFY(d.clickRow(list, invited));
        m_box->expect(MessageBox::Kind::Question, invited, QMessageBox::Yes);
        QVERIFY(d.click(QStringLiteral("Delete test number")));
        QTRY_VERIFY(!anyRowContains(list, invited));
        QVERIFY(stateOnServer(id, invited).isEmpty());
        QVERIFY(!shownTexts(&panel).join('\n').contains(s.value("authToken").toString()));
    }

    void checklistBlocksAnIncompleteLaunch()
    {
        const QJsonObject incomplete = createSender(QStringLiteral("Checklist Brand"), false);
        const QString id = incomplete.value("id").toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(incomplete.value("state").toString(), QStringLiteral("IN_TEST"));

        ui::RcsLaunchPanel panel(m_fx->client.get(), m_fx->projectKey, m_box.get(), m_clock.get());
        panel.resize(900, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setSender(incomplete);
        GuiDriver d(&panel);
        QString jumpedTo;
        connect(&panel, &ui::RcsLaunchPanel::fieldRequested, this, [&jumpedTo](const QString &f) { jumpedTo = f; });
        auto *launch = d.get<QPushButton>(QStringLiteral("Launch"));
        QVERIFY(!launch->isEnabled());
        QVERIFY2(launch->toolTip().contains(QStringLiteral("1 checklist item")), qPrintable(launch->toolTip()));
        auto *checklist = d.get<QListWidget>(QStringLiteral("Launch checklist"));
        QVERIFY(checklist->count() >= 1);
        QVERIFY2(checklist->item(0)->text().startsWith(QStringLiteral("Logo is missing")), qPrintable(checklist->item(0)->text()));
        // Enter on the item asks the host for its field.
        QVERIFY(d.clickRow(checklist, checklist->item(0)->text()));
        GuiDriver::key(Qt::Key_Return);
        QCOMPARE(jumpedTo, QStringLiteral("details.brand.logoUrl"));
        GuiDriver::click(launch);
        GuiDriver::settle();
        QCOMPARE(m_fx->server->requestCount(kLaunch), 0);

        // The sandbox refuses the same launch, naming the same fields.
        const ApiResult refused = m_fx->callSync(ApiRequest(kLaunch).path(QStringLiteral("senderId"), id));
        QCOMPARE(refused.httpStatus, 412);
        QCOMPARE(m_fx->server->requestCount(kLaunch), 1);
        QStringList expected;
        for (const RcsLaunchChecklist::Item &i : RcsLaunchChecklist::blocking(incomplete))
            expected << RcsLaunchChecklist::apiMessage(i);
        QCOMPARE(expected, QStringList{QStringLiteral("details.brand.logoUrl should not be empty")});
        const QJsonArray said = refused.error.body.value("additionalInformation").toObject().value("validationErrors").toArray();
        QCOMPARE(said, QJsonArray::fromStringList(expected));
        QVERIFY(!shownTexts(&panel).join('\n').contains(incomplete.value("authToken").toString()));
    }

    void boardShowsTheOperatorsDecisions()
    {
        // A brand name with "reject" in it makes the sandbox's operators refuse.
        const QJsonObject complete = createSender(QStringLiteral("Reject Me Retail"), true);
        const QString id = complete.value("id").toString();
        QVERIFY(!id.isEmpty());
        ui::RcsLaunchPanel panel(m_fx->client.get(), m_fx->projectKey, m_box.get(), m_clock.get());
        panel.resize(980, 660);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setSender(complete);
        GuiDriver d(&panel);
        auto *launch = d.get<QPushButton>(QStringLiteral("Launch"));
        QVERIFY2(launch->isEnabled(), qPrintable(launch->toolTip()));
        // The launch asks first: Cancel sends nothing, Launch sends it once.
        m_box->expect(MessageBox::Kind::Question, QStringLiteral("Launch \"Reject Me Retail\" in GB, FR?"), QMessageBox::Cancel);
        GuiDriver::click(launch);
        QTRY_VERIFY(m_box->allMet());
        GuiDriver::settle();
        QCOMPARE(m_fx->server->requestCount(kLaunch), 0);
        QCOMPARE(panel.sender().value("state").toString(), QStringLiteral("IN_TEST"));
        m_box->expect(MessageBox::Kind::Question, QStringLiteral("Launch \"Reject Me Retail\""), QMessageBox::Yes);
        GuiDriver::click(launch);
        QTRY_COMPARE(panel.sender().value("state").toString(), QStringLiteral("LAUNCHING"));
        QCOMPARE(m_fx->server->requestCount(kLaunch), 1);
        auto *board = d.get<QTreeWidget>(QStringLiteral("Launch board"));
        QVERIFY2(anyRowContains(board, QStringLiteral("Pending: the operator is reviewing")), qPrintable(rows(board).join('\n')));
        QVERIFY(panel.board()->isPolling());

        // The first country is decided; the board learns it at its next poll.
        QVERIFY(sender(id).value("countryStatus").toArray().first().toObject().value("status").toString() == QLatin1String("PENDING"));
        m_clock->advance(kReviewMs);
        QVERIFY(sender(id).value("countryStatus").toArray().first().toObject().value("status").toString() == QLatin1String("REJECTED"));
        QVERIFY(!anyRowContains(board, QStringLiteral("Rejected by the operator")));
        m_clock->advance(ui::RcsLaunchBoard::kPollIntervalMs);
        QTRY_VERIFY(anyRowContains(board, QStringLiteral("Rejected by the operator | The brand does not meet")));
        QVERIFY(anyRowContains(board, QStringLiteral("Pending: the operator is reviewing")) || sender(id).value("countryStatus").toArray().last().toObject().value("status").toString() != QLatin1String("PENDING"));

        // Then the second; once nobody is deciding any more the board stops polling.
        QTRY_VERIFY(sender(id).value("countryStatus").toArray().last().toObject().value("status").toString() == QLatin1String("REJECTED"));
        m_clock->advance(ui::RcsLaunchBoard::kPollIntervalMs);
        QTRY_VERIFY(!anyRowContains(board, QStringLiteral("Pending")));
        QTRY_VERIFY(!panel.board()->isPolling());
        QVERIFY2(d.get<QLabel>(QStringLiteral("Launch state"))->text().contains(QStringLiteral("need")),
                 qPrintable(d.get<QLabel>(QStringLiteral("Launch state"))->text()));

        // "Needs action" keeps the operators that stalled the launch (all of them here).
        const int all = int(rows(board).size());
        QVERIFY(d.click(QStringLiteral("Needs action only")));
        QCOMPARE(int(rows(board).size()), all);
        QVERIFY(screenshot(&panel, QStringLiteral("rcs-launch-board.png")));
        QVERIFY(!shownTexts(&panel).join('\n').contains(complete.value("authToken").toString()));
    }

    void completeSenderLaunches()
    {
        const QJsonObject complete = createSender(QStringLiteral("Launch Ready"), true);
        const QString id = complete.value("id").toString();
        ui::RcsLaunchPanel panel(m_fx->client.get(), m_fx->projectKey, m_box.get(), m_clock.get());
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setSender(complete);
        GuiDriver d(&panel);
        m_box->expect(MessageBox::Kind::Question, QStringLiteral("Launch \"Launch Ready\""), QMessageBox::Yes);
        QVERIFY(d.click(QStringLiteral("Launch")));
        QTRY_COMPARE(panel.sender().value("state").toString(), QStringLiteral("LAUNCHING"));
        for (int country = 0; country < 2; ++country) // one decision a review delay apart
            m_clock->advance(kReviewMs);
        QCOMPARE(sender(id).value("state").toString(), QStringLiteral("LAUNCHED"));
        m_clock->advance(ui::RcsLaunchBoard::kPollIntervalMs);
        QTRY_COMPARE(panel.sender().value("state").toString(), QStringLiteral("LAUNCHED"));
        auto *board = d.get<QTreeWidget>(QStringLiteral("Launch board"));
        QVERIFY(!anyRowContains(board, QStringLiteral("Pending")));
        QVERIFY(anyRowContains(board, QStringLiteral("Launched")));
        // Filtering for action leaves nothing: every operator launched.
        QVERIFY(d.click(QStringLiteral("Needs action only")));
        QCOMPARE(board->topLevelItemCount(), 0);
        QVERIFY(!d.get<QPushButton>(QStringLiteral("Launch"))->isEnabled());
    }

    // The generic RCS senders page shows each sender as JSON: the credentials are masked there.
    void sendersPageMasksTheAuthToken()
    {
        const QJsonObject bank = senderNamed(QStringLiteral("Acme Bank"));
        const QString token = bank.value("authToken").toString();
        const QString name = bank.value("authName").toString();
        QVERIFY(!token.isEmpty() && !name.isEmpty());
        ui::ResourceListPage page(AreaCatalog::find(QStringLiteral("rcs.senders")), m_fx->client.get());
        page.resize(1000, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setProject(m_fx->projectKey);
        QTRY_VERIFY(page.model() && page.model()->hasLoadedOnce());
        GuiDriver d(&page);
        QTRY_VERIFY(page.view()->model()->rowCount() > 0);
        for (int r = 0; r < page.view()->model()->rowCount(); ++r) {
            page.view()->setCurrentIndex(page.view()->model()->index(r, 0));
            GuiDriver::settle();
            const QString json = d.get<QPlainTextEdit>(QStringLiteral("Selected item as JSON"))->toPlainText();
            QVERIFY(json.contains(QStringLiteral("\"authToken\"")));
            QVERIFY2(!json.contains(token) && !json.contains(name), qPrintable(json.left(400)));
        }
        QVERIFY(!shownTexts(&page).join('\n').contains(token));
    }

    void failedUpscaleRetried()
    {
        ui::RcsUpscalesPanel panel(m_fx->client.get(), m_fx->projectKey, m_box.get(), m_clock.get());
        panel.resize(900, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QJsonObject bank = senderNamed(QStringLiteral("Acme Bank"));
        QCOMPARE(bank.value("state").toString(), QStringLiteral("LAUNCHED"));
        panel.setSender(bank);
        panel.reload();
        GuiDriver d(&panel);
        auto *senders = d.get<QComboBox>(QStringLiteral("RCS sender to upscale"));
        QTRY_VERIFY(senders->count() > 0);
        panel.setSender(bank);
        QCOMPARE(senders->currentData().toString(), bank.value("id").toString());
        QVERIFY(d.choose(QStringLiteral("Upscale country"), QStringLiteral("United States (US)")));

        auto *create = d.get<QPushButton>(QStringLiteral("Create upscale"));
        QVERIFY(d.typeAtEnd(QStringLiteral("SMS number ID"), QStringLiteral("not-a-number-id")));
        QVERIFY(!create->isEnabled());
        QVERIFY(!d.get<QLabel>(QStringLiteral("SMS number ID problem"))->text().isEmpty());
        d.get<QLineEdit>(QStringLiteral("SMS number ID"))->clear();
        // The sandbox fails the first attempt for a number ID starting fa11.
        QVERIFY(d.typeAtEnd(QStringLiteral("SMS number ID"), QStringLiteral("fa11c0de0000000000000000000000ab")));
        QVERIFY2(create->isEnabled(), qPrintable(create->toolTip()));
        GuiDriver::click(create);
        auto *list = d.get<QTreeWidget>(QStringLiteral("Upscales"));
        QTRY_VERIFY(anyRowContains(list, QStringLiteral("Upscaling: joining the SMS number")));
        // The sandbox decides after its review delay; the panel learns it at its next poll.
        m_clock->advance(kReviewMs);
        QCOMPARE(upscaleStateOnServer(QStringLiteral("US")), QStringLiteral("UPSCALING_FAILED"));
        m_clock->advance(ui::RcsUpscalesPanel::kPollIntervalMs);
        QTRY_VERIFY2(anyRowContains(list, QStringLiteral("Upscaling failed: retry it")), qPrintable(rows(list).join('\n')));

        QVERIFY(d.clickRow(list, QStringLiteral("US")));
        QVERIFY(d.get<QLabel>(QStringLiteral("Upscale details"))->text().contains(QStringLiteral("United States")));
        QVERIFY(d.click(QStringLiteral("Retry upscale")));
        QTRY_VERIFY(!anyRowContains(list, QStringLiteral("Upscaling failed")));
        QTRY_VERIFY2(anyRowContains(list, QStringLiteral("US | Acme Bank (")) && anyRowContains(list, QStringLiteral("Upscaling: joining")),
                     qPrintable(rows(list).join('\n')));
        m_clock->advance(kReviewMs);
        QCOMPARE(upscaleStateOnServer(QStringLiteral("US")), QStringLiteral("UPSCALED"));
        m_clock->advance(ui::RcsUpscalesPanel::kPollIntervalMs);
        QTRY_VERIFY2(rows(list).filter(QStringLiteral("US | ")).value(0).contains(QStringLiteral("Upscaled: RCS with SMS fallback")),
                     qPrintable(rows(list).join('\n')));
        QTRY_VERIFY(d.get<QLabel>(QStringLiteral("Upscale progress"))->text().isEmpty());
        QVERIFY(d.clickRow(list, QStringLiteral("US")));
        // Acme Bank is upscaled now: no launched sender is left to upscale, and the form says so.
        QTRY_COMPARE(senders->count(), 0);
        QVERIFY(!create->isEnabled());
        QVERIFY(d.get<QLabel>(QStringLiteral("SMS number ID problem"))->text().contains(QStringLiteral("launch a sender first")));
        QVERIFY(screenshot(&panel, QStringLiteral("rcs-upscales.png")));
        QVERIFY(d.get<QLabel>(QStringLiteral("Upscale details"))->text().contains(QStringLiteral("Acme Bank")));

        // Delete, confirmed: the sender can be upscaled again.
        m_box->expect(MessageBox::Kind::Question, QStringLiteral("Delete this upscale?"), QMessageBox::Yes);
        QVERIFY(d.click(QStringLiteral("Delete upscale")));
        // The SMS number is detached first; the upscale is gone once the sandbox has done it.
        QTRY_VERIFY2(rows(list).filter(QStringLiteral("US | ")).value(0).contains(QStringLiteral("Downscaling")), qPrintable(rows(list).join('\n')));
        m_clock->advance(kReviewMs);
        QVERIFY(upscaleStateOnServer(QStringLiteral("US")).isEmpty());
        m_clock->advance(ui::RcsUpscalesPanel::kPollIntervalMs);
        QTRY_VERIFY(rows(list).filter(QStringLiteral("US | ")).isEmpty());
        QTRY_COMPARE(senders->count(), 1);
        QVERIFY(!shownTexts(&panel).join('\n').contains(bank.value("authToken").toString()));
    }
    // A downscale that failed (the sandbox fails the first for an SMS number ID starting
    // dead) is retried from the panel until the upscale is gone.
    // The server fails the lists: the form says the senders could not be read, not that
    // none is launched (which would send a person to launch one); Retry, the server well
    // again, offers the launched senders.
    void sendersNotReadAreNotNoSenders()
    {
        sandbox::FaultSettings failing;
        failing.share500 = 1.0;
        m_fx->server->setFaults(failing);
        ui::RcsUpscalesPanel panel(m_fx->client.get(), m_fx->projectKey, m_box.get(), m_clock.get());
        panel.resize(900, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.reload();
        GuiDriver d(&panel);
        auto *hint = d.get<QLabel>(QStringLiteral("SMS number ID problem"));
        QVERIFY(hint);
        QTRY_COMPARE(hint->text(), QStringLiteral("The RCS senders could not be read: see the message above."));
        QVERIFY(!d.get<QPushButton>(QStringLiteral("Create upscale"))->isEnabled());
        m_fx->server->setFaults(sandbox::FaultSettings());
        QVERIFY(d.click(QStringLiteral("Retry")));
        auto *senders = d.get<QComboBox>(QStringLiteral("RCS sender to upscale"));
        QTRY_VERIFY(senders->count() > 0);
        QVERIFY(!hint->text().contains(QStringLiteral("could not be read")));
    }

    void failedDownscaleRetried()
    {
        ui::RcsUpscalesPanel panel(m_fx->client.get(), m_fx->projectKey, m_box.get(), m_clock.get());
        panel.resize(900, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QJsonObject bank = senderNamed(QStringLiteral("Acme Bank"));
        QCOMPARE(bank.value("state").toString(), QStringLiteral("LAUNCHED"));
        panel.reload();
        GuiDriver d(&panel);
        auto *senders = d.get<QComboBox>(QStringLiteral("RCS sender to upscale"));
        QTRY_VERIFY(senders->count() > 0);
        panel.setSender(bank);
        QCOMPARE(senders->currentData().toString(), bank.value("id").toString());
        QVERIFY(d.choose(QStringLiteral("Upscale country"), QStringLiteral("United States (US)")));
        QVERIFY(d.typeAtEnd(QStringLiteral("SMS number ID"), QStringLiteral("deadc0de0000000000000000000000ab")));
        QVERIFY(d.click(QStringLiteral("Create upscale")));
        auto *list = d.get<QTreeWidget>(QStringLiteral("Upscales"));
        QTRY_VERIFY(anyRowContains(list, QStringLiteral("US | ")));
        m_clock->advance(kReviewMs);
        QCOMPARE(upscaleStateOnServer(QStringLiteral("US")), QStringLiteral("UPSCALED"));
        m_clock->advance(ui::RcsUpscalesPanel::kPollIntervalMs);
        QTRY_VERIFY(rows(list).filter(QStringLiteral("US | ")).value(0).contains(QStringLiteral("Upscaled")));

        QVERIFY(d.clickRow(list, QStringLiteral("US")));
        m_box->expect(MessageBox::Kind::Question, QStringLiteral("Delete this upscale?"), QMessageBox::Yes);
        QVERIFY(d.click(QStringLiteral("Delete upscale")));
        QTRY_VERIFY(rows(list).filter(QStringLiteral("US | ")).value(0).contains(QStringLiteral("Downscaling")));
        m_clock->advance(kReviewMs);
        QCOMPARE(upscaleStateOnServer(QStringLiteral("US")), QStringLiteral("DOWNSCALING_FAILED"));
        m_clock->advance(ui::RcsUpscalesPanel::kPollIntervalMs);
        QTRY_VERIFY2(rows(list).filter(QStringLiteral("US | ")).value(0).contains(QStringLiteral("Downscaling failed: retry it")),
                     qPrintable(rows(list).join('\n')));
        QVERIFY(d.clickRow(list, QStringLiteral("US")));
        QTRY_VERIFY(d.get<QPushButton>(QStringLiteral("Retry upscale"))->isEnabled());
        QVERIFY(d.click(QStringLiteral("Retry upscale")));
        QTRY_VERIFY(rows(list).filter(QStringLiteral("US | ")).value(0).contains(QStringLiteral("Downscaling:")));
        m_clock->advance(kReviewMs);
        QVERIFY(upscaleStateOnServer(QStringLiteral("US")).isEmpty());
        m_clock->advance(ui::RcsUpscalesPanel::kPollIntervalMs);
        QTRY_VERIFY(rows(list).filter(QStringLiteral("US | ")).isEmpty());
    }
};

QTEST_MAIN(TstRcsLaunch)
#include "tst_rcslaunch.moc"
