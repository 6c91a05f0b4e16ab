// tst_rcslaunch, the sender's own launch: test devices, the checklist, the launch board.
#include "tst_rcslaunch.h"

#include "domain/testmessage.h"

void TstRcsLaunch::init()
{
    m_clock = std::make_unique<ManualClock>();
    sandbox::SandboxConfig config;
    config.reviewDelaySeconds = kReviewMs / 1000.0;
    config.clock = m_clock.get(); // the operators decide when the test advances it
    m_fx = std::make_unique<test::SandboxFixture>(config);
    QVERIFY2(m_fx->started, qPrintable(m_fx->error));
    m_box = std::make_unique<ui::ScriptedMessageBox>();
}

void TstRcsLaunch::cleanup()
{
    if (m_box)
        QVERIFY2(m_box->allMet(), qPrintable(m_box->failures().join('\n')));
    m_box.reset();
    m_fx.reset();
    m_clock.reset();
    GuiDriver::settle();
}

void TstRcsLaunch::testDevices()
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
    // Typed as people write it, with spaces, it is the same phone: not added twice.
    QVERIFY(d.typeAtEnd(QStringLiteral("New test number"), QStringLiteral("+44 7700 900100")));
    QVERIFY(!add->isEnabled());
    QVERIFY(d.get<QLabel>(QStringLiteral("New test number problem"))->text().contains(QStringLiteral("already a test number")));
    d.get<QLineEdit>(QStringLiteral("New test number"))->clear();

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

    // The verified number again, written another way: the same tester invited again (one
    // row, unverified), not a second tester beside the first.
    const QString compact = TestMessage::normalizedNumber(verified);
    const QString spaced = compact != verified ? compact : verified.left(3) + QLatin1Char(' ') + verified.mid(3);
    QVERIFY(d.typeAtEnd(QStringLiteral("New test number"), spaced));
    QTRY_VERIFY2(add->isEnabled(), qPrintable(add->toolTip()));
    GuiDriver::click(add);
    QTRY_COMPARE(stateOnServer(id, spaced), QStringLiteral("UNVERIFIED"));
    QVERIFY(stateOnServer(id, verified).isEmpty());
    int rows = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        rows += TestMessage::normalizedNumber(list->topLevelItem(i)->text(0)) == compact;
    QTRY_COMPARE(list->topLevelItemCount(), int(s.value("testNumberStates").toArray().size()));
    QCOMPARE(rows, 1);
}

void TstRcsLaunch::checklistBlocksAnIncompleteLaunch()
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

void TstRcsLaunch::boardShowsTheOperatorsDecisions()
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

void TstRcsLaunch::completeSenderLaunches()
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
    // Launched, said as such (not "Launch requested" above "Launched with 6 of 6").
    QVERIFY2(d.get<QLabel>(QStringLiteral("Launch checklist summary"))->text().startsWith(QStringLiteral("Launched.")),
             qPrintable(d.get<QLabel>(QStringLiteral("Launch checklist summary"))->text()));
    auto *board = d.get<QTreeWidget>(QStringLiteral("Launch board"));
    QVERIFY(!anyRowContains(board, QStringLiteral("Pending")));
    QVERIFY(anyRowContains(board, QStringLiteral("Launched")));
    // Filtering for action leaves nothing: every operator launched.
    QVERIFY(d.click(QStringLiteral("Needs action only")));
    QCOMPARE(board->topLevelItemCount(), 0);
    QVERIFY(!d.get<QPushButton>(QStringLiteral("Launch"))->isEnabled());
}

QTEST_MAIN(TstRcsLaunch)
