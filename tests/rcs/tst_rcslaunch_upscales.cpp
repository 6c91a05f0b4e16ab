// tst_rcslaunch, around the launch: the senders page, upscales and downscales retried.
#include "tst_rcslaunch.h"

// The generic RCS senders page shows each sender as JSON: the credentials are masked there.
void TstRcsLaunch::sendersPageMasksTheAuthToken()
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

void TstRcsLaunch::failedUpscaleRetried()
{
    const std::unique_ptr<ui::RcsUpscalesPanel> panel = shownUpscalesPanel();
    QVERIFY(panel);
    const QJsonObject bank = senderNamed(QStringLiteral("Acme Bank"));
    QCOMPARE(bank.value("state").toString(), QStringLiteral("LAUNCHED"));
    panel->setSender(bank);
    panel->reload();
    GuiDriver d(panel.get());
    auto *senders = d.get<QComboBox>(QStringLiteral("RCS sender to upscale"));
    QTRY_VERIFY(senders->count() > 0);
    panel->setSender(bank);
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
    QVERIFY(anyRowContains(list, QStringLiteral("United States (US)"))); // the country by its name, as chosen
    // The sandbox decides after its review delay; the panel learns it at its next poll.
    m_clock->advance(kReviewMs);
    QCOMPARE(upscaleStateOnServer(QStringLiteral("US")), QStringLiteral("UPSCALING_FAILED"));
    m_clock->advance(ui::RcsUpscalesPanel::kPollIntervalMs);
    QTRY_VERIFY2(anyRowContains(list, QStringLiteral("Upscaling failed: retry it")), qPrintable(rows(list).join('\n')));

    QVERIFY(d.clickRow(list, QStringLiteral("United States (US)")));
    QVERIFY(d.get<QLabel>(QStringLiteral("Upscale details"))->text().contains(QStringLiteral("United States")));
    QVERIFY(d.click(QStringLiteral("Retry upscale")));
    QTRY_VERIFY(!anyRowContains(list, QStringLiteral("Upscaling failed")));
    QTRY_VERIFY2(anyRowContains(list, QStringLiteral("(US) | Acme Bank (")) && anyRowContains(list, QStringLiteral("Upscaling: joining")),
                 qPrintable(rows(list).join('\n')));
    m_clock->advance(kReviewMs);
    QCOMPARE(upscaleStateOnServer(QStringLiteral("US")), QStringLiteral("UPSCALED"));
    m_clock->advance(ui::RcsUpscalesPanel::kPollIntervalMs);
    QTRY_VERIFY2(rows(list).filter(QStringLiteral("(US) | ")).value(0).contains(QStringLiteral("Upscaled: RCS with SMS fallback")),
                 qPrintable(rows(list).join('\n')));
    QTRY_VERIFY(d.get<QLabel>(QStringLiteral("Upscale progress"))->text().isEmpty());
    QVERIFY(d.clickRow(list, QStringLiteral("United States (US)")));
    // Acme Bank is upscaled now: no launched sender is left to upscale, and the form says so.
    QTRY_COMPARE(senders->count(), 0);
    QVERIFY(!create->isEnabled());
    QVERIFY(d.get<QLabel>(QStringLiteral("SMS number ID problem"))->text().contains(QStringLiteral("launch a sender first")));
    QVERIFY(screenshot(panel.get(), QStringLiteral("rcs-upscales.png")));
    QVERIFY(d.get<QLabel>(QStringLiteral("Upscale details"))->text().contains(QStringLiteral("Acme Bank")));

    // Delete, confirmed: the sender can be upscaled again.
    m_box->expect(MessageBox::Kind::Question, QStringLiteral("Delete this upscale?"), QMessageBox::Yes);
    QVERIFY(d.click(QStringLiteral("Delete upscale")));
    // The SMS number is detached first; the upscale is gone once the sandbox has done it.
    QTRY_VERIFY2(rows(list).filter(QStringLiteral("(US) | ")).value(0).contains(QStringLiteral("Downscaling")), qPrintable(rows(list).join('\n')));
    m_clock->advance(kReviewMs);
    QVERIFY(upscaleStateOnServer(QStringLiteral("US")).isEmpty());
    m_clock->advance(ui::RcsUpscalesPanel::kPollIntervalMs);
    QTRY_VERIFY(rows(list).filter(QStringLiteral("(US) | ")).isEmpty());
    QTRY_COMPARE(senders->count(), 1);
    QVERIFY(!shownTexts(panel.get()).join('\n').contains(bank.value("authToken").toString()));
}

// The server fails the lists: the form says the senders could not be read, not that
// none is launched (which would send a person to launch one); Retry, the server well
// again, offers the launched senders.
void TstRcsLaunch::sendersNotReadAreNotNoSenders()
{
    sandbox::FaultSettings failing;
    failing.share500 = 1.0;
    m_fx->server->setFaults(failing);
    const std::unique_ptr<ui::RcsUpscalesPanel> panel = shownUpscalesPanel();
    QVERIFY(panel);
    panel->reload();
    GuiDriver d(panel.get());
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

// A downscale that failed (the sandbox fails the first for an SMS number ID starting
// dead) is retried from the panel until the upscale is gone.
void TstRcsLaunch::failedDownscaleRetried()
{
    const std::unique_ptr<ui::RcsUpscalesPanel> panel = shownUpscalesPanel();
    QVERIFY(panel);
    const QJsonObject bank = senderNamed(QStringLiteral("Acme Bank"));
    QCOMPARE(bank.value("state").toString(), QStringLiteral("LAUNCHED"));
    panel->reload();
    GuiDriver d(panel.get());
    auto *senders = d.get<QComboBox>(QStringLiteral("RCS sender to upscale"));
    QTRY_VERIFY(senders->count() > 0);
    panel->setSender(bank);
    QCOMPARE(senders->currentData().toString(), bank.value("id").toString());
    QVERIFY(d.choose(QStringLiteral("Upscale country"), QStringLiteral("United States (US)")));
    QVERIFY(d.typeAtEnd(QStringLiteral("SMS number ID"), QStringLiteral("deadc0de0000000000000000000000ab")));
    QVERIFY(d.click(QStringLiteral("Create upscale")));
    auto *list = d.get<QTreeWidget>(QStringLiteral("Upscales"));
    QTRY_VERIFY(anyRowContains(list, QStringLiteral("(US) | ")));
    m_clock->advance(kReviewMs);
    QCOMPARE(upscaleStateOnServer(QStringLiteral("US")), QStringLiteral("UPSCALED"));
    m_clock->advance(ui::RcsUpscalesPanel::kPollIntervalMs);
    QTRY_VERIFY(rows(list).filter(QStringLiteral("(US) | ")).value(0).contains(QStringLiteral("Upscaled")));

    QVERIFY(d.clickRow(list, QStringLiteral("United States (US)")));
    m_box->expect(MessageBox::Kind::Question, QStringLiteral("Delete this upscale?"), QMessageBox::Yes);
    QVERIFY(d.click(QStringLiteral("Delete upscale")));
    QTRY_VERIFY(rows(list).filter(QStringLiteral("(US) | ")).value(0).contains(QStringLiteral("Downscaling")));
    m_clock->advance(kReviewMs);
    QCOMPARE(upscaleStateOnServer(QStringLiteral("US")), QStringLiteral("DOWNSCALING_FAILED"));
    m_clock->advance(ui::RcsUpscalesPanel::kPollIntervalMs);
    QTRY_VERIFY2(rows(list).filter(QStringLiteral("(US) | ")).value(0).contains(QStringLiteral("Downscaling failed: retry it")),
                 qPrintable(rows(list).join('\n')));
    QVERIFY(d.clickRow(list, QStringLiteral("United States (US)")));
    QTRY_VERIFY(d.get<QPushButton>(QStringLiteral("Retry upscale"))->isEnabled());
    QVERIFY(d.click(QStringLiteral("Retry upscale")));
    QTRY_VERIFY(rows(list).filter(QStringLiteral("(US) | ")).value(0).contains(QStringLiteral("Downscaling:")));
    m_clock->advance(kReviewMs);
    QVERIFY(upscaleStateOnServer(QStringLiteral("US")).isEmpty());
    m_clock->advance(ui::RcsUpscalesPanel::kPollIntervalMs);
    QTRY_VERIFY(rows(list).filter(QStringLiteral("(US) | ")).isEmpty());
}
