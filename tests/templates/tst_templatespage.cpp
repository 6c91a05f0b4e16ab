// tst_templatespage, the list: tree and filters, the empty project, delete and create, the
// detail pane, pending changes and analytics compared, accessible names.
#include "tst_templatespage.h"

void TestTemplatesPage::init()
{
    QVERIFY2(setUpWindowFixture(), qPrintable(fx->error));
}

void TestTemplatesPage::cleanup()
{
    if (box)
        QVERIFY2(box->failures().isEmpty(), qPrintable(box->report()));
    tearDownWindowFixture();
}

void TestTemplatesPage::showsTreeAndFilters()
{
    makeWindow();
    TemplatesPage *page = openTemplates();
    QVERIFY(page);
    QCOMPARE(window->tabs()->currentIndex(), 0);
    QCOMPARE(window->tabs()->tabText(0), QStringLiteral("Templates"));
    QVERIFY(!page->isShowingEmptyState());
    QTreeView *view = page->view();
    QVERIFY(view->model()->rowCount() > 0);
    QCOMPARE(view->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    // Paging: scrolling to the end asks for the next page.
    const int loaded = page->model()->templateCount();
    QVERIFY(loaded < 216);
    view->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->templateCount() > loaded, 15000);

    // Local search keeps the name rows of matching languages.
    QTest::keyClicks(page->searchEdit(), QStringLiteral("order_update_v3"));
    QCOMPARE(view->model()->rowCount(), 1);
    const QModelIndex name = view->model()->index(0, 0);
    QCOMPARE(name.data().toString(), QStringLiteral("order_update_v3"));
    QCOMPARE(view->model()->rowCount(name), 1);
    // Search for a language code finds children, shown under their names.
    page->searchEdit()->setText(QStringLiteral("SV"));
    QVERIFY(view->model()->rowCount() > 0);
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex p = view->model()->index(r, 0);
        QVERIFY(view->model()->rowCount(p) > 0);
        for (int c = 0; c < view->model()->rowCount(p); ++c)
            QVERIFY(view->model()->index(c, 0, p).data(TemplateListModel::SearchTextRole).toString().contains(QStringLiteral("SV")));
    }
    page->searchEdit()->setText(QStringLiteral("no-such-template"));
    QVERIFY(page->isShowingEmptyState());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    page->searchEdit()->setFocus();
    QTest::keyClick(page->searchEdit(), Qt::Key_Escape);
    QVERIFY(page->searchEdit()->text().isEmpty());
    QVERIFY(!page->isShowingEmptyState());

    // Category narrows locally.
    page->categoryCombo()->setCurrentIndex(page->categoryCombo()->findData(QStringLiteral("AUTHENTICATION")));
    emit page->categoryCombo()->activated(page->categoryCombo()->currentIndex());
    QVERIFY(view->model()->rowCount() > 0);
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex p = view->model()->index(r, 0);
        for (int c = 0; c < view->model()->rowCount(p); ++c)
            QCOMPARE(view->model()->index(c, TemplateListModel::CategoryColumn, p).data().toString(), QStringLiteral("Authentication"));
    }
    page->categoryCombo()->setCurrentIndex(0);
    emit page->categoryCombo()->activated(0);

    // The state filter goes to the server and starts again.
    QSignalSpy reset(page->model(), &QAbstractItemModel::modelReset);
    page->stateCombo()->setCurrentIndex(page->stateCombo()->findData(QStringLiteral("APPROVED")));
    emit page->stateCombo()->activated(page->stateCombo()->currentIndex());
    QCOMPARE(reset.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoadedOnce() && !page->model()->isLoading(), 15000);
    QCOMPARE(page->model()->totalSize(), 180);
    // Nothing in a state the project has none of: the empty state says what to do.
    page->stateCombo()->setCurrentIndex(page->stateCombo()->findData(QStringLiteral("DISABLED")));
    emit page->stateCombo()->activated(page->stateCombo()->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoadedOnce() && !page->model()->isLoading(), 15000);
    QVERIFY(page->isShowingEmptyState());
    QVERIFY(page->emptyStateText().contains(QStringLiteral("All states")));
    // Rejected: the rows that read "Rejected" were never approved and have no state; the
    // empty state says where they are.
    page->stateCombo()->setCurrentIndex(page->stateCombo()->findData(QStringLiteral("REJECTED")));
    emit page->stateCombo()->activated(page->stateCombo()->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoadedOnce() && !page->model()->isLoading(), 15000);
    QVERIFY(page->isShowingEmptyState());
    QVERIFY2(page->emptyStateText().contains(QStringLiteral("“Changes rejected”")), qPrintable(page->emptyStateText()));
    page->stateCombo()->setCurrentIndex(0);
    emit page->stateCombo()->activated(0);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoadedOnce() && !page->model()->isLoading(), 15000);

    // The name prefix goes to the server (templateName) once typing rests: one list, not
    // one a keystroke, and only names that start with it.
    const int listsBefore = fx->server->requestCount(TemplateListModel::listOperation());
    ManualClock clock; // the rest is the page's 400 ms, on a clock the test moves
    page->setClock(&clock);
    QTest::keyClicks(page->namePrefixEdit(), QStringLiteral("order_"));
    clock.advance(399);
    QVERIFY(page->model()->filter().namePrefix.isEmpty());
    clock.advance(1);
    QCOMPARE(page->model()->filter().namePrefix, QStringLiteral("order_"));
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoadedOnce() && !page->model()->isLoading(), 15000);
    QCOMPARE(fx->server->requestCount(TemplateListModel::listOperation()), listsBefore + 1);
    QVERIFY(page->model()->rowCount() > 0);
    for (int r = 0; r < page->model()->rowCount(); ++r)
        QVERIFY2(page->model()->index(r, 0).data(TemplateListModel::NameRole).toString().startsWith(QLatin1String("order_")),
                 qPrintable(page->model()->index(r, 0).data(TemplateListModel::NameRole).toString()));
    QVERIFY(page->model()->templateCount() < 216);
    // Enter applies at once; a prefix nothing has says so.
    page->namePrefixEdit()->setText(QStringLiteral("zz_nothing"));
    QTest::keyClick(page->namePrefixEdit(), Qt::Key_Return);
    QCOMPARE(page->model()->filter().namePrefix, QStringLiteral("zz_nothing"));
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoadedOnce() && !page->model()->isLoading(), 15000);
    QVERIFY(page->isShowingEmptyState());
    QVERIFY2(page->emptyStateText().contains(QStringLiteral("zz_nothing")), qPrintable(page->emptyStateText()));
    page->namePrefixEdit()->clear();
    clock.advance(400);
    QVERIFY(page->model()->filter().namePrefix.isEmpty());
    page->setClock(nullptr); // the page outlives this test's clock
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->templateCount() > 0, 15000);
}

void TestTemplatesPage::emptyProjectSaysHowToCreate()
{
    sandbox::SandboxConfig config;
    config.seed = false;
    fx = std::make_unique<test::SandboxFixture>(config, AuthMode::OAuth2);
    QVERIFY2(fx->started, qPrintable(fx->error));
    makeWindow(true);
    TemplatesPage *page = openTemplates();
    QVERIFY(page);
    QVERIFY(page->isShowingEmptyState());
    QCOMPARE(page->emptyStateText(), QStringLiteral("No templates yet. Create one (Ctrl+N)"));
    // Ctrl+N opens a new document tab.
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    page->searchEdit()->setFocus();
    QTest::keyClick(page->searchEdit(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(window->documents().size(), 1);
    auto *doc = static_cast<FakeDocument *>(window->documents().first());
    QVERIFY(!doc->existing());
    // A new template starts with the body every template needs.
    const QJsonArray components = doc->document().value(QStringLiteral("details")).toObject().value(QStringLiteral("components")).toArray();
    QCOMPARE(components.size(), 1);
    QCOMPARE(components.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("BODY"));
}

void TestTemplatesPage::deleteLanguageAfterConfirmation()
{
    QVERIFY(addFrenchOrderUpdate());
    makeWindow();
    TemplatesPage *page = openTemplates();
    QVERIFY(page);
    QVERIFY(loadAll(page)); // the new language came last
    page->searchEdit()->setText(QStringLiteral("order_update"));
    QVERIFY(selectLoaded(page, QStringLiteral("order_update"), QStringLiteral("FR")));
    QVERIFY(page->action(QStringLiteral("templates.deleteLanguage"))->isEnabled());
    // A never-approved draft has no approved version to fall back to.
    QVERIFY(!page->action(QStringLiteral("templates.deleteChanges"))->isEnabled());

    // Cancel first: nothing happens.
    box->expect(MessageBox::Kind::Question, QStringLiteral("order_update” in FR"), QMessageBox::Cancel);
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Delete);
    QTRY_COMPARE(box->pending(), 0);
    QVERIFY(page->model()->indexOf(QStringLiteral("order_update"), QStringLiteral("FR")).isValid());

    QSignalSpy removed(page->model(), &QAbstractItemModel::rowsRemoved);
    // Then as a person does it with the mouse: the toolbar's Delete, then its menu's item.
    box->expect(MessageBox::Kind::Question, QStringLiteral("order_update” in FR"), QMessageBox::Yes);
    test::GuiDriver driver(page);
    auto *deleteMenu = driver.find<QToolButton>(QStringLiteral("Delete"));
    QVERIFY(deleteMenu && deleteMenu->isEnabled());
    QVERIFY(test::GuiDriver::chooseFromMenu(deleteMenu, QStringLiteral("Delete this language")));
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->indexOf(QStringLiteral("order_update"), QStringLiteral("FR")).isValid(), 15000);
    QVERIFY(!removed.isEmpty());
    QVERIFY(page->model()->indexOf(QStringLiteral("order_update"), QStringLiteral("ES_ES")).isValid());
    QCOMPARE(page->model()->rowCount(page->model()->indexOf(QStringLiteral("order_update"))), 1);
    QVERIFY(page->errorBar()->text().contains(QStringLiteral("deleted")));
    // Gone on the server too.
    const ApiResult get = callSync(ApiRequest(QStringLiteral("TemplatesController_getTemplate_v1"))
                                       .path(QStringLiteral("templateName"), QStringLiteral("order_update"))
                                       .path(QStringLiteral("languageCode"), QStringLiteral("FR")));
    QCOMPARE(get.httpStatus, 404);
    QVERIFY2(box->allMet(), qPrintable(box->report()));
}

// A new template in the editor meets the templates page's project: a name + language
// the project has is an error (Submit refused); a name deleted here a moment ago is a
// warning saying when it can be reused.
void TestTemplatesPage::newTemplateMeetsItsProject()
{
    QVERIFY(addFrenchOrderUpdate());
    makeWindow(false);
    TemplatesPage *page = openTemplates();
    QVERIFY(page);
    QVERIFY(loadAll(page));
    // The project's catalog: every name and language, read once, kept current by the console.
    TemplateCatalog *catalog = window->documentController()->catalog(page->projectKey());
    catalog->load();
    QTRY_VERIFY_WITH_TIMEOUT(catalog->isLoaded(), 15000);
    QVERIFY(catalog->projectTemplates().existing.contains(rules::ProjectTemplates::key(QStringLiteral("order_update"),
                                                                                        QStringLiteral("ES_ES"))));
    QVERIFY(selectLoaded(page, QStringLiteral("order_update"), QStringLiteral("FR")));
    box->expect(MessageBox::Kind::Question, QStringLiteral("order_update” in FR"), QMessageBox::Yes);
    page->deleteLanguage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->indexOf(QStringLiteral("order_update"), QStringLiteral("FR")).isValid(), 15000);
    QCOMPARE(catalog->projectTemplates().deletedOn.value(QStringLiteral("order_update")), QDate::currentDate());
    QVERIFY(!catalog->languagesOf(QStringLiteral("order_update")).contains(QStringLiteral("FR")));

    // New template: named like order_update · ES_ES, an error, and Submit is refused.
    page->action(QStringLiteral("templates.new"))->trigger();
    QCOMPARE(window->documents().size(), 1);
    auto *tab = qobject_cast<EditorDocumentTab *>(window->documents().first());
    QVERIFY(tab);
    TemplateEditor *editor = tab->editor();
    QVERIFY(!editor->isExisting());
    editor->setValue(QStringLiteral("name"), QStringLiteral("order_update"));
    editor->setValue(QStringLiteral("language"), QStringLiteral("ES_ES"));
    auto findingOf = [&](const QString &rule) -> rules::Finding {
        for (const rules::Finding &f : editor->findings())
            if (f.rule == rule)
                return f;
        return rules::Finding();
    };
    QVERIFY(findingOf(QStringLiteral("wa.name.unique")).isError());
    QCOMPARE(findingOf(QStringLiteral("wa.name.unique")).path, QStringLiteral("name"));
    editor->submit();
    QVERIFY(!editor->isBusy());
    QVERIFY2(editor->messageText().contains(QLatin1String("Not submitted")), qPrintable(editor->messageText()));

    // In FR, deleted a moment ago: a warning with the day it can be reused.
    editor->setValue(QStringLiteral("language"), QStringLiteral("FR"));
    QVERIFY(findingOf(QStringLiteral("wa.name.unique")).rule.isEmpty());
    const rules::Finding deleted = findingOf(QStringLiteral("wa.name.deleted"));
    QCOMPARE(deleted.severity, rules::Severity::Warning);
    QCOMPARE(deleted.path, QStringLiteral("name"));
    QVERIFY2(deleted.message.contains(QDate::currentDate().addDays(30).toString(Qt::ISODate)), qPrintable(deleted.message));
    QVERIFY2(box->allMet(), qPrintable(box->report()));
}

// The detail pane shows a row again after it was cleared (another project's list came
// and went), not only when the row's text differs from the last one shown.
void TestTemplatesPage::detailShownAgainAfterClear()
{
    QStandardItemModel rows;
    auto *item = new QStandardItem;
    item->setData(QJsonObject{{QStringLiteral("name"), QStringLiteral("order_update")},
                              {QStringLiteral("language"), QStringLiteral("ES_ES")},
                              {QStringLiteral("category"), QStringLiteral("UTILITY")}},
                  TemplateListModel::JsonRole);
    rows.appendRow(item);
    TemplateDetailView detail;
    detail.showRow(rows.index(0, 0));
    QVERIFY2(detail.toPlainText().contains(QStringLiteral("order_update")), qPrintable(detail.toPlainText()));
    detail.clearRow();
    QVERIFY(detail.toPlainText().isEmpty());
    detail.showRow(rows.index(0, 0));
    QVERIFY2(detail.toPlainText().contains(QStringLiteral("order_update")), qPrintable(detail.toPlainText()));
    detail.showRow(QModelIndex());
    QVERIFY(detail.toPlainText().isEmpty());
}

// Typing a search that hides the chosen language leaves nothing chosen: its details go and
// the actions on it are off (they did nothing while they looked available).
void TestTemplatesPage::searchThatHidesTheChosenRowClearsItsDetails()
{
    makeWindow();
    TemplatesPage *page = openTemplates();
    QVERIFY(page);
    QTreeView *view = page->view();
    QAbstractItemModel *rows = view->model();
    const QModelIndex first = rows->index(0, 0);
    const QString name = first.data().toString();
    QString other; // a name the search finds without the first one
    for (int r = 1; r < rows->rowCount() && other.isEmpty(); ++r)
        if (!name.contains(rows->index(r, 0).data().toString()))
            other = rows->index(r, 0).data().toString();
    QVERIFY(!other.isEmpty());
    // The first name's first language, clicked.
    view->expand(first);
    const QModelIndex language = rows->index(0, 0, first);
    QVERIFY(language.isValid());
    view->scrollTo(language);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(language).center());
    auto *detail = page->findChild<TemplateDetailView *>();
    QVERIFY(detail);
    QTRY_VERIFY(detail->toPlainText().contains(name));
    QVERIFY(page->action(QStringLiteral("templates.open"))->isEnabled());

    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    page->searchEdit()->setFocus();
    QTest::keyClicks(page->searchEdit(), other);
    QVERIFY(rows->rowCount() > 0);
    QVERIFY(!view->currentIndex().isValid());
    QVERIFY2(detail->toPlainText().isEmpty(), qPrintable(detail->toPlainText()));
    QVERIFY(!page->action(QStringLiteral("templates.open"))->isEnabled());
}

void TestTemplatesPage::rejectedRowExplainsWhatToChange()
{
    makeWindow();
    TemplatesPage *page = openTemplates();
    QVERIFY(page);
    QVERIFY(selectLoaded(page, QStringLiteral("order_update"), QStringLiteral("ES_ES")));
    const QString text = page->detailView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("INVALID_FORMAT")), qPrintable(text));
    QVERIFY(text.contains(RejectionReasons::reason(QStringLiteral("INVALID_FORMAT")).fix.left(40)));
    // Every code of the contract's enum has its own explanation.
    QSet<QString> seen;
    for (const QString &code : RejectionReasons::codes()) {
        const RejectionReasons::Reason r = RejectionReasons::reason(code);
        QVERIFY(!r.fix.isEmpty());
        QVERIFY(!r.explanation.contains(code));
        seen.insert(r.explanation);
    }
    QCOMPARE(seen.size(), RejectionReasons::codes().size());
}

void TestTemplatesPage::pendingChangesDiff()
{
    // An approved template gets a draft edit of its body.
    QVERIFY(editOrderReminderAsDraft());
    makeWindow();
    TemplatesPage *page = openTemplates();
    QVERIFY(page);
    QVERIFY(selectLoaded(page, QStringLiteral("order_reminder_v2"), QStringLiteral("PL")));
    QVERIFY(page->action(QStringLiteral("templates.compareApproved"))->isEnabled());
    QVERIFY(page->action(QStringLiteral("templates.deleteChanges"))->isEnabled());
    page->compareWithApproved();
    auto *dialog = page->findChild<ChangesDiffDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->pendingView()->toPlainText().contains(QStringLiteral("your order is on its way")));
    QVERIFY(!dialog->approvedView()->toPlainText().contains(QStringLiteral("your order is on its way")));
    QVERIFY(!dialog->addedLines().isEmpty());
    QVERIFY(!dialog->removedLines().isEmpty());
    // The changed fields by JSON path, the same diff the editor lists.
    QVERIFY(dialog->changeList()->count() > 0);
    QCOMPARE(dialog->changeList()->count(), int(dialog->changeList()->changes().size()));
    for (const JsonChange &c : dialog->changeList()->changes())
        QVERIFY2(c.path.startsWith(QLatin1String("details.")), qPrintable(c.path));
    QCOMPARE(dialog->pendingView()->extraSelections().size(), dialog->addedLines().size());
    const QStringList right = dialog->pendingView()->toPlainText().split(QLatin1Char('\n'));
    bool markedTheNewText = false;
    for (int line : dialog->addedLines())
        markedTheNewText = markedTheNewText || right.value(line).contains(QStringLiteral("on its way"));
    QVERIFY(markedTheNewText);
    // Unchanged lines are not marked.
    QVERIFY(dialog->addedLines().size() < right.size() / 2);
    dialog->close();

    // Deleting the pending changes keeps the approved version.
    box->expect(MessageBox::Kind::Question, QStringLiteral("pending changes"), QMessageBox::Yes);
    page->deletePendingChanges();
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->indexOf(QStringLiteral("order_reminder_v2"), QStringLiteral("PL"))
                                  .data(TemplateListModel::HasChangesRole).toBool(), 15000);
    QCOMPARE(page->model()->templateAt(page->model()->indexOf(QStringLiteral("order_reminder_v2"), QStringLiteral("PL")))
                 .value(QStringLiteral("state")).toString(), QStringLiteral("APPROVED"));
    QVERIFY2(box->allMet(), qPrintable(box->report()));
}

void TestTemplatesPage::lineDiff()
{
    QList<int> a, b;
    JsonDiff::diffLines({QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")},
                        {QStringLiteral("x"), QStringLiteral("Y"), QStringLiteral("z"), QStringLiteral("w")}, &a, &b);
    QCOMPARE(a, QList<int>{1});
    QCOMPARE(b, (QList<int>{1, 3}));
}

void TestTemplatesPage::compareAnalyticsOfTwo()
{
    makeWindow();
    TemplatesPage *page = openTemplates();
    QVERIFY(page);
    QVERIFY(selectLoaded(page, QStringLiteral("order_confirmation"), QStringLiteral("EN_US")));
    QVERIFY(!page->action(QStringLiteral("templates.compareAnalytics"))->isEnabled());
    const QModelIndex second = page->proxy()->mapFromSource(
        page->model()->indexOf(QStringLiteral("order_confirmation_v2"), QStringLiteral("EN_GB")));
    page->view()->expand(second.parent());
    page->view()->selectionModel()->select(second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(page->selectedTemplates().size(), 2);
    QVERIFY(page->action(QStringLiteral("templates.compareAnalytics"))->isEnabled());
    page->compareAnalytics();
    auto *dialog = page->findChild<CompareDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading() && dialog->table()->rowCount() == 2, 15000);
    QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("order_confirmation"));
    QCOMPARE(dialog->table()->item(1, 0)->text(), QStringLiteral("order_confirmation_v2"));
    QVERIFY(!dialog->errorBar()->isVisible());
    dialog->close();

    // Copy as JSON: both, as an array.
    page->copyAsJson();
    const QJsonDocument copied = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8());
    QVERIFY(copied.isArray());
    QCOMPARE(copied.array().size(), 2);
}

void TestTemplatesPage::everyInteractiveWidgetHasAName()
{
    makeWindow(true);
    TemplatesPage *page = openTemplates();
    QVERIFY(page);
    const QStringList unnamed = test::GuiDriver(page).unnamedControls();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    // A screenshot for the docs when asked (SINCH_SCREENSHOT=path).
    const QString shot = qEnvironmentVariable("SINCH_SCREENSHOT");
    if (!shot.isEmpty()) {
        window->resize(1400, 820);
        page->searchEdit()->setText(QStringLiteral("order_"));
        page->select(QStringLiteral("order_update"), QStringLiteral("ES_ES"));
        QTest::qWait(200);
        QVERIFY(window->grab().save(shot));
    }
}

QTEST_MAIN(TestTemplatesPage)
