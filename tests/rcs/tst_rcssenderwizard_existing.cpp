// The RCS senders the server has, in the wizard and the page (the suite: tst_rcssenderwizard.h).
#include "tst_rcssenderwizard.h"

// The page's Test devices and Launch tabs show the chosen sender; a missing launch
// requirement, activated with Enter, opens the wizard at its field.
void TstRcsSenderWizard::launchTabsFollowTheSenderAndOpenTheWizard()
{
    QJsonObject in = test::requestExample("RcsSendersController_createSender_v1", "input");
    QJsonObject details = in.value("details").toObject();
    QJsonObject brand = details.value("brand").toObject();
    brand.insert("name", QStringLiteral("No Logo Brand"));
    brand.remove("logoUrl");
    details.insert("brand", brand);
    in.insert("details", details);
    QVERIFY(m_fx->callSync(ApiRequest(QStringLiteral("RcsSendersController_createSender_v1")).json(in)).ok());
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->hasLoadedOnce() && !m_page->model()->isLoading(), 10000);
    GuiDriver page(m_page.get());
    QTRY_VERIFY_WITH_TIMEOUT(page.clickRow(m_page->view(), QStringLiteral("No Logo Brand")), 10000);
    QTRY_COMPARE(brandNameOf(m_page->senderDetail()->sender()), QStringLiteral("No Logo Brand"));
    const QString id = m_page->senderDetail()->sender().value("id").toString();
    QVERIFY(m_page->testNumbersPanel() && m_page->launchPanel());
    QCOMPARE(m_page->testNumbersPanel()->sender().value("id").toString(), id);
    QCOMPARE(m_page->launchPanel()->sender().value("id").toString(), id);
    QTabWidget *tabs = m_page->detailTabs();
    QVERIFY(tabs->indexOf(m_page->testNumbersPanel()) >= 0);
    tabs->setCurrentWidget(m_page->launchPanel());
    auto *checklist = page.get<QListWidget>(QStringLiteral("Launch checklist"));
    QVERIFY(checklist);
    int logo = -1;
    for (int i = 0; i < checklist->count(); ++i)
        if (checklist->item(i)->toolTip().contains(QLatin1String("details.brand.logoUrl")))
            logo = i;
    QVERIFY2(logo >= 0, "the missing logo is listed by its field");
    QVERIFY(page.clickRow(checklist, checklist->item(logo)->text()));
    GuiDriver::key(Qt::Key_Return);
    QTRY_VERIFY(m_page->wizard() && m_page->wizard()->isVisible());
    QTRY_COMPARE(m_page->wizard()->step(), RcsSenderWizard::Brand);
    QTRY_COMPARE(QApplication::focusWidget(), GuiDriver(m_page->wizard()).get(QStringLiteral("Logo URL")));
}

void TstRcsSenderWizard::editAnExistingSender()
{
    RcsSenderWizard *w = openExisting(QStringLiteral("Acme Travel"));
    QVERIFY(w);
    QVERIFY(!w->isNew());
    GuiDriver wizard(w);
    auto *region = wizard.get<QComboBox>(QStringLiteral("Region"));
    const QString regionBefore = m_page->senderDetail()->sender().value("region").toString();
    QVERIFY(!regionBefore.isEmpty());
    QCOMPARE(region->currentText(), regionBefore);
    QVERIFY(!region->isEnabled());
    QVERIFY2(region->toolTip().contains(QStringLiteral("only its details")), qPrintable(region->toolTip()));
    QVERIFY(!w->findChild<QLabel *>(QStringLiteral("hostingRegion"))->text().isEmpty());
    auto *next = wizard.get<QPushButton>(QStringLiteral("Next"));
    QVERIFY(next->isEnabled());
    QVERIFY(wizard.click(QStringLiteral("Next")));
    QTRY_COMPARE(w->step(), RcsSenderWizard::Brand);
    QCOMPARE(wizard.get<QLineEdit>(QStringLiteral("Brand name"))->text(), QStringLiteral("Acme Travel"));
    QVERIFY(wizard.typeAtEnd(QStringLiteral("Description"), QStringLiteral(" and more")));
    GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->wizard(), 10000);
    const QJsonObject saved = senderNamed(QStringLiteral("Acme Travel"));
    QVERIFY(saved.value("details").toObject().value("brand").toObject().value("description").toString().endsWith(" and more"));
    QCOMPARE(saved.value("region").toString(), regionBefore); // not sent: the update takes only details
}

// An existing sender's answer cleared and a country removed: the answers of the removed
// country are kept while editing (the section folded) and deleted by the save, with the
// cleared answer, because the update deletes only what it sends as null.
void TstRcsSenderWizard::clearedAnswersAndARemovedCountryAreDeleted()
{
    const QJsonObject before = senderNamed(QStringLiteral("Acme Travel"));
    const QJsonObject q0 = before.value("details").toObject().value("questionnaire").toObject();
    QVERIFY(q0.value("es").toObject().value("answers").toObject().contains("firstMessage"));
    QVERIFY(q0.value("verification").toObject().value("answers").toObject().contains("title"));
    RcsSenderWizard *w = openExisting(QStringLiteral("Acme Travel"));
    QVERIFY(w);
    GuiDriver wizard(w);
    QVERIFY(wizard.click(QStringLiteral("Next")));
    QTRY_COMPARE(w->step(), RcsSenderWizard::Brand);
    QVERIFY(wizard.click(QStringLiteral("Next")));
    QTRY_COMPARE(w->step(), RcsSenderWizard::Countries);
    QVERIFY(wizard.clickRow(wizard.get<QListWidget>(QStringLiteral("Countries")), countryRow(QStringLiteral("ES"))));
    GuiDriver::key(Qt::Key_Space); // Spain unchecked
    QVERIFY(wizard.click(QStringLiteral("Next")));
    QTRY_COMPARE(w->step(), RcsSenderWizard::Questionnaire);
    auto *questionnaire = w->findChild<ui::RcsQuestionnaireForm *>();
    QVERIFY(questionnaire);
    QTRY_VERIFY_WITH_TIMEOUT(!questionnaire->isLoading() && questionnaire->section(QStringLiteral("es")), 10000);
    QVERIFY(questionnaire->section(QStringLiteral("es"))->isKept());
    auto *title = w->findChild<QLineEdit *>(QStringLiteral("answer:details.questionnaire.verification.answers.title"));
    QVERIFY(title);
    QVERIFY(!title->text().isEmpty());
    GuiDriver::click(title);
    GuiDriver::key(Qt::Key_A, Qt::ControlModifier);
    GuiDriver::key(Qt::Key_Backspace);
    QVERIFY(title->text().isEmpty());
    GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->wizard(), 10000);
    const QJsonObject saved = senderNamed(QStringLiteral("Acme Travel"));
    const QJsonObject details = saved.value("details").toObject();
    QCOMPARE(details.value("countries").toArray(), QJsonArray{"DE"});
    const QJsonObject q = details.value("questionnaire").toObject();
    QVERIFY(q.value("es").toObject().value("answers").toObject().isEmpty());
    QVERIFY(!q.value("verification").toObject().value("answers").toObject().contains("title"));
    QVERIFY(q.value("verification").toObject().value("answers").toObject().contains("name"));
}

void TstRcsSenderWizard::aLaunchedSenderKeepsItsBrand()
{
    RcsSenderWizard *w = openExisting(QStringLiteral("Acme Bank"));
    QVERIFY(w);
    QCOMPARE(m_page->senderDetail()->sender().value("state").toString(), QStringLiteral("LAUNCHED"));
    // The token is dots until revealed, and masked again for the next sender.
    QCOMPARE(m_page->senderDetail()->tokenField()->echoMode(), QLineEdit::Password);
    GuiDriver wizard(w);
    QVERIFY(wizard.click(QStringLiteral("Next")));
    QTRY_COMPARE(w->step(), RcsSenderWizard::Brand);
    auto *name = wizard.get<QLineEdit>(QStringLiteral("Brand name"));
    QVERIFY(name->isReadOnly());
    // The reason in words (the list joined as the locale joins lists), not the contract's
    // English sentence with its paths and enum values.
    QVERIFY2(name->toolTip().startsWith(QStringLiteral("Read-only: While the sender is “Launched”, only its countries")),
             qPrintable(name->toolTip()));
    QVERIFY2(name->toolTip().endsWith(QStringLiteral("its launch can change.")), qPrintable(name->toolTip()));
    QVERIFY(!wizard.get<QPushButton>(QStringLiteral("Choose brand colour"))->isEnabled());
    QVERIFY(wizard.click(QStringLiteral("Next")));
    QTRY_COMPARE(w->step(), RcsSenderWizard::Countries);
    QVERIFY(wizard.get<QListWidget>(QStringLiteral("Countries"))->isEnabled());
    QVERIFY(wizard.click(QStringLiteral("Cancel"))); // nothing typed: closes without asking
    QTRY_VERIFY(!m_page->wizard());
}

// An RCS sender's activity sits beside it, with comments; the RCS account has its own
// feed. Both are the activity issue's feed component against the sandbox.
void TstRcsSenderWizard::sendersAndTheAccountHaveActivityAndComments()
{
    QVERIFY(GuiDriver(m_page.get()).clickRow(m_page->view(), QStringLiteral("Acme Bank")));
    QTRY_COMPARE(brandNameOf(m_page->senderDetail()->sender()), QStringLiteral("Acme Bank"));
    ui::ActivityFeedView *view = m_page->activityView();
    QVERIFY(view);
    // The Activity tab, clicked as a person does: the feed is read when it is shown.
    QTabWidget *tabs = nullptr;
    for (QTabWidget *t : m_page->findChildren<QTabWidget *>())
        if (t->indexOf(view) >= 0)
            tabs = t;
    QVERIFY(tabs);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tabs->indexOf(view)).center());
    QTRY_COMPARE(tabs->currentWidget(), view);
    QCOMPARE(view->feed().kind, FeedRef::Kind::RcsSender);
    QCOMPARE(view->feed().ids, QStringList{m_page->senderDetail()->sender().value("id").toString()});
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->hasLoadedOnce() && !view->model()->isLoading(), 10000);
    const int before = view->model()->rowCount();
    QVERIFY(before > 0); // created and launched by the seed
    QVERIFY(GuiDriver(m_page.get()).typeAtEnd(QStringLiteral("Comment"), QStringLiteral("Operators in the US asked for a new logo.")));
    QVERIFY(GuiDriver(m_page.get()).click(QStringLiteral("Post comment")));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), before + 1, 10000);
    QCOMPARE(view->pendingCount(), 0);
    // The comment is on the server's feed of that sender.
    ApiRequest feedRequest(QStringLiteral("RcsSendersController_listActivities_v1"));
    const ApiResult feed = m_fx->callSync(feedRequest.path(QStringLiteral("senderId"), view->feed().ids.first()));
    QVERIFY2(QJsonDocument(feed.json).toJson().contains("Operators in the US asked for a new logo."), feed.json.toJson().left(300).constData());
    // No credential in what the page shows.
    const QString token = m_page->senderDetail()->sender().value("authToken").toString();
    QVERIFY(!token.isEmpty());
    for (QWidget *w : m_page->findChildren<QWidget *>()) {
        if (auto *l = qobject_cast<QLabel *>(w))
            QVERIFY(!l->text().contains(token));
        if (auto *e = qobject_cast<QLineEdit *>(w))
            QVERIFY(e->echoMode() == QLineEdit::Password || !e->text().contains(token));
    }

    // The account's feed, as the RCS › Account activity page shows it.
    ui::ActivityFeedView account(m_fx->client.get(), nullptr);
    account.resize(600, 500);
    account.show();
    FeedRef ref;
    ref.projectKey = m_fx->projectKey;
    ref.kind = FeedRef::Kind::RcsAccount;
    account.setFeed(ref);
    QTRY_VERIFY_WITH_TIMEOUT(account.model()->hasLoadedOnce() && !account.model()->isLoading(), 10000);
    const int accountBefore = account.model()->rowCount();
    QVERIFY(GuiDriver(&account).typeAtEnd(QStringLiteral("Comment"), QStringLiteral("Brand guidelines updated for 2027.")));
    QVERIFY(GuiDriver(&account).click(QStringLiteral("Post comment")));
    QTRY_COMPARE_WITH_TIMEOUT(account.model()->rowCount(), accountBefore + 1, 10000);
}

void TstRcsSenderWizard::theTokenIsMaskedUntilRevealed()
{
    // No sender, no token: the box is greyed (it looked as if it took typing).
    ui::RcsSenderDetail none;
    none.setSender(QJsonObject());
    QVERIFY(!none.tokenField()->isEnabled());
    QVERIFY(GuiDriver(m_page.get()).clickRow(m_page->view(), QStringLiteral("Acme Bank")));
    QLineEdit *token = m_page->senderDetail()->tokenField();
    QTRY_VERIFY(!token->text().isEmpty());
    QVERIFY(token->isEnabled());
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(GuiDriver(m_page.get()).click(QStringLiteral("Reveal auth token")));
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    QVERIFY(GuiDriver(m_page.get()).clickRow(m_page->view(), QStringLiteral("Acme Retail")));
    QTRY_COMPARE(brandNameOf(m_page->senderDetail()->sender()), QStringLiteral("Acme Retail"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    // The list says the contract's states in words, as the overview does (OTP, an
    // initialism, stays as it is in English).
    const QModelIndex bank = GuiDriver::findRow(m_page->view(), QStringLiteral("Acme Bank"));
    QCOMPARE(bank.siblingAtColumn(1).data().toString(), QStringLiteral("Launched"));
    QCOMPARE(bank.siblingAtColumn(2).data().toString(), QStringLiteral("OTP"));
    // The detail says the state once, with what comes next.
    const QString state = m_page->senderDetail()->findChild<QLabel *>(QStringLiteral("state"))->text();
    QVERIFY2(state.startsWith(QStringLiteral("Launched: ")) && state.count(QStringLiteral("Launched")) == 1, qPrintable(state));
}

// A brand without a description is said without a dangling dash ("Acme —  (colour …)").
void TstRcsSenderWizard::aBrandWithoutDescriptionReadsWhole()
{
    ui::RcsSenderDetail detail;
    const QJsonObject brand{{QStringLiteral("name"), QStringLiteral("Acme Pharmacy")}, {QStringLiteral("color"), QStringLiteral("#0B57D0")}};
    detail.setSender(QJsonObject{{QStringLiteral("state"), QStringLiteral("IN_TEST")},
                                 {QStringLiteral("details"), QJsonObject{{QStringLiteral("brand"), brand}}}});
    QStringList texts;
    for (const QLabel *l : detail.findChildren<QLabel *>())
        texts << l->text();
    QVERIFY2(texts.contains(QStringLiteral("Acme Pharmacy (colour #0B57D0)")), qPrintable(texts.join(QLatin1Char('|'))));
    QJsonObject described = brand;
    described.insert(QStringLiteral("description"), QStringLiteral("Your local pharmacy"));
    detail.setSender(QJsonObject{{QStringLiteral("state"), QStringLiteral("IN_TEST")},
                                 {QStringLiteral("details"), QJsonObject{{QStringLiteral("brand"), described}}}});
    texts.clear();
    for (const QLabel *l : detail.findChildren<QLabel *>())
        texts << l->text();
    QVERIFY2(texts.contains(QStringLiteral("Acme Pharmacy — Your local pharmacy (colour #0B57D0)")), qPrintable(texts.join(QLatin1Char('|'))));
}
