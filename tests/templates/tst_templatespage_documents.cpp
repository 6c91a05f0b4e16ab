// tst_templatespage, documents in tabs: open, Ctrl+W, dirty tabs ask, read-only without an
// editor, drafts restored after a crash.
#include "tst_templatespage.h"

void TestTemplatesPage::documentsInTabs()
{
    makeWindow(true);
    TemplatesPage *page = openTemplates();
    QVERIFY(page);
    QVERIFY(selectLoaded(page, QStringLiteral("order_reminder_v2"), QStringLiteral("PL")));
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Return);
    QCOMPARE(window->documents().size(), 1);
    QCOMPARE(window->tabs()->currentIndex(), 1);
    QCOMPARE(window->tabs()->tabText(1), QStringLiteral("order_reminder_v2 · PL"));
    auto *doc = static_cast<FakeDocument *>(window->documents().first());
    QVERIFY(doc->existing());
    // The editor starts from the pending changes' details.
    QCOMPARE(doc->document().value(QStringLiteral("name")).toString(), QStringLiteral("order_reminder_v2"));
    QVERIFY(doc->document().contains(QStringLiteral("details")));
    QVERIFY(!doc->document().contains(QStringLiteral("changes")));
    QVERIFY(!doc->document().contains(QStringLiteral("state")));
    // ... and gets the server's whole version (state, changes, rejection ...) besides.
    QCOMPARE(doc->serverTemplate(),
             page->model()->templateAt(page->model()->indexOf(QStringLiteral("order_reminder_v2"), QStringLiteral("PL"))));
    QVERIFY(doc->serverTemplate().contains(QStringLiteral("state")));

    // Opening it again shows the same tab.
    window->tabs()->setCurrentIndex(0);
    page->openCurrent();
    QCOMPARE(window->documents().size(), 1);
    QCOMPARE(window->tabs()->currentIndex(), 1);

    // Dirty: "*" in the title, and closing asks.
    doc->setDirty(true);
    QCOMPARE(window->tabs()->tabText(1), QStringLiteral("order_reminder_v2 · PL *"));
    box->expect(MessageBox::Kind::Question, QStringLiteral("not saved"), QMessageBox::Cancel);
    QTest::keyClick(window.get(), Qt::Key_W, Qt::ControlModifier);
    QTRY_COMPARE(box->pending(), 0);
    QTest::qWait(20);
    QCOMPARE(window->documents().size(), 1);
    // Clean: Ctrl+W closes without asking.
    doc->setDirty(false);
    QCOMPARE(window->tabs()->tabText(1), QStringLiteral("order_reminder_v2 · PL"));
    QTest::keyClick(window.get(), Qt::Key_W, Qt::ControlModifier);
    QTRY_COMPARE(window->documents().size(), 0);
    QCOMPARE(window->tabs()->count(), 1);
    QVERIFY(box->seen().size() == 1);
    // Ctrl+W never closes the area tab.
    QTest::keyClick(window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(window->tabs()->count(), 1);
}

void TestTemplatesPage::openInTheEditorByDefault()
{
    // order_reminder_v2 · PL gets a pending edit: the editor starts from it.
    QVERIFY(editOrderReminderAsDraft());
    makeWindow(false);
    TemplatesPage *page = openTemplates();
    QVERIFY(page);
    QVERIFY(page->action(QStringLiteral("templates.new"))->isEnabled());
    QVERIFY(selectLoaded(page, QStringLiteral("order_reminder_v2"), QStringLiteral("PL")));
    page->openCurrent();
    QCOMPARE(window->documents().size(), 1);
    auto *tab = qobject_cast<EditorDocumentTab *>(window->documents().first());
    QVERIFY(tab);
    QCOMPARE(window->tabs()->tabText(1), QStringLiteral("order_reminder_v2 · PL"));
    const QJsonObject doc = tab->editor()->document();
    QCOMPARE(doc.value(QStringLiteral("name")).toString(), QStringLiteral("order_reminder_v2"));
    QVERIFY(QJsonDocument(doc.value(QStringLiteral("details")).toObject()).toJson().contains("on its way"));
    QVERIFY(!tab->isDirty());
    // The editor knows the server's version: approved with pending changes, so the
    // name is shown, not edited, and there is something to compare.
    QVERIFY(tab->editor()->isExisting());
    QCOMPARE(tab->editor()->serverTemplate().value(QStringLiteral("state")).toString(), QStringLiteral("APPROVED"));
    QCOMPARE(tab->editor()->serverTemplate().value(QStringLiteral("changes")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("DRAFT"));
    QVERIFY(tab->editor()->canCompare());
    tab->editor()->selectPart(QStringLiteral("settings"));
    QVERIFY(!tab->editor()->findChild<QLineEdit *>(QStringLiteral("field:name")));
    tab->editor()->setComparing(true);
    QVERIFY(!tab->editor()->changesFromApproved().isEmpty());
    // Help › Keyboard shortcuts lists the keys of the tab shown: its editor's own.
    window->actionCollection()->find(QStringLiteral("keyboardShortcuts"))->trigger();
    QTreeWidget *list = nullptr;
    QTRY_VERIFY((list = window->findChild<QTreeWidget *>(QStringLiteral("shortcutList"))) && list->isVisible());
    QHash<QString, QString> keys;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        keys.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));
    QVERIFY2(keys.contains(QStringLiteral("In this tab: order_reminder_v2 · PL")), qPrintable(QStringList(keys.keys()).join(u'|')));
    QVERIFY(keys.value(QStringLiteral("Submit for review")).startsWith(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    QCOMPARE(keys.value(QStringLiteral("Move up")), QKeySequence(Qt::ALT | Qt::Key_Up).toString(QKeySequence::NativeText));
    // The same keys post a comment where one is typed, and the list says where.
    QVERIFY2(keys.value(QStringLiteral("Post comment (in the comment box)")) == keys.value(QStringLiteral("Submit for review")),
             qPrintable(QStringList(keys.keys()).join(u'|')));
    list->window()->close();
    window->closeCurrentDocument();
    QTRY_COMPARE(window->documents().size(), 0);
}

// A template saved in its editor shows in the list's row as the save answered, before the
// list is read again (when that read failed, the list stayed stale and the editor opened
// from it met a save conflict with the person's own save).
void TestTemplatesPage::savedTemplateShowsInTheListAtOnce()
{
    QVERIFY(editOrderReminderAsDraft());
    makeWindow(false);
    TemplatesPage *page = openTemplates();
    QVERIFY(page);
    QVERIFY(selectLoaded(page, QStringLiteral("order_reminder_v2"), QStringLiteral("PL")));
    page->openCurrent();
    auto *tab = qobject_cast<EditorDocumentTab *>(window->documents().value(0));
    QVERIFY(tab);
    QString listedWhenSaved;
    connect(tab, &EditorDocumentTab::saved, this, [&] {
        const QModelIndex row = page->model()->indexOf(QStringLiteral("order_reminder_v2"), QStringLiteral("PL"));
        listedWhenSaved = QString::fromUtf8(QJsonDocument(page->model()->templateAt(row)).toJson());
    });
    tab->editor()->selectPart(QStringLiteral("body"));
    test::GuiDriver::settle();
    test::GuiDriver gui(tab->editor());
    QVERIFY(gui.typeAtEnd(QStringLiteral("Body text"), QStringLiteral(" Saved just now.")));
    QVERIFY(gui.click(QStringLiteral("Save draft")));
    QTRY_VERIFY_WITH_TIMEOUT(!listedWhenSaved.isEmpty(), 15000);
    QVERIFY2(listedWhenSaved.contains(QStringLiteral("Saved just now.")), qPrintable(listedWhenSaved));
    window->closeCurrentDocument();
    QTRY_COMPARE(window->documents().size(), 0);
}

void TestTemplatesPage::openWithoutEditorIsReadOnly()
{
    makeWindow(false);
    window->setDocumentFactory(nullptr);
    TemplatesPage *page = openTemplates();
    QVERIFY(page);
    QVERIFY(!page->action(QStringLiteral("templates.new"))->isEnabled());
    QVERIFY(selectLoaded(page, QStringLiteral("order_update"), QStringLiteral("ES_ES")));
    page->openCurrent();
    QCOMPARE(window->documents().size(), 1);
    auto *view = qobject_cast<TemplateViewTab *>(window->documents().first());
    QVERIFY(view);
    QVERIFY(view->browser()->toPlainText().contains(QStringLiteral("INVALID_FORMAT")));
    QCOMPARE(window->tabs()->tabText(1), QStringLiteral("order_update · ES_ES"));
}

void TestTemplatesPage::draftsAreOfferedAfterACrash()
{
    DraftStore::Draft d;
    d.key = QStringLiteral("x/whatsapp/promo_spring/DE");
    d.projectKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.title = QStringLiteral("promo_spring · DE");
    d.kind = QStringLiteral("whatsapp-template");
    d.document = QJsonObject{{QStringLiteral("name"), QStringLiteral("promo_spring")},
                             {QStringLiteral("language"), QStringLiteral("DE")},
                             {QStringLiteral("category"), QStringLiteral("MARKETING")},
                             {QStringLiteral("details"), QJsonObject{{QStringLiteral("components"), QJsonArray()}}}};
    d.savedAt = QDateTime::currentDateTimeUtc();
    QString error;
    QVERIFY2(drafts->save(d, &error), qPrintable(error));

    box->expect(MessageBox::Kind::Question, QStringLiteral("had unsaved changes when the console last closed"), QMessageBox::Yes);
    makeWindow(true);
    QTRY_COMPARE(window->documents().size(), 1);
    QVERIFY(box->seen().first().informativeText.contains(QStringLiteral("promo_spring · DE")));
    auto *doc = static_cast<FakeDocument *>(window->documents().first());
    QCOMPARE(doc->document(), d.document);
    QCOMPARE(doc->documentKey(), d.key); // saved or closed, the same draft goes away
    QVERIFY(!doc->existing());
    // It is unsaved work, and the tab says so.
    QVERIFY(doc->isDirty());
    QVERIFY2(window->tabs()->tabText(window->tabs()->indexOf(doc)).endsWith(QLatin1String(" *")),
             qPrintable(window->tabs()->tabText(window->tabs()->indexOf(doc))));
    QVERIFY2(box->allMet(), qPrintable(box->report()));
}

// A new template's long name (a name may have 512 characters) is shortened in its tab, in the
// middle, so the other tabs stay in reach; the tooltip has it whole.
void TestTemplatesPage::longNameIsShortenedInItsTab()
{
    makeWindow(false);
    TemplatesPage *page = openTemplates();
    QVERIFY(page);
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    page->action(QStringLiteral("templates.new"))->trigger();
    QTRY_COMPARE(window->documents().size(), 1);
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->accessibleName() == QLatin1String("Template name"));
    const QString name = QStringLiteral("spring_sale_") + QString(110, QLatin1Char('x')) + QStringLiteral("_end");
    QTest::keyClicks(QApplication::focusWidget(), name);
    QTRY_VERIFY(window->tabs()->tabToolTip(1).contains(name));
    const QString shown = window->tabs()->tabText(1);
    QVERIFY2(shown.contains(QChar(0x2026)) && shown.endsWith(QStringLiteral("_end · EN_US *")), qPrintable(shown));
    QVERIFY2(window->tabs()->tabBar()->fontMetrics().horizontalAdvance(shown) <= 340, qPrintable(shown));
    QVERIFY(shown.startsWith(QLatin1String("spring_sale_")));
}

// In a narrow row (German words, a small window) the search and the name prefix keep room
// for a few words; the combo boxes give way (the search was 25 px wide, showing "G…").
void TestTemplatesPage::filterFieldsKeepRoomInANarrowRow()
{
    ui::TemplateFilterBar bar;
    bar.resize(520, 30);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    const int room = bar.searchEdit()->fontMetrics().averageCharWidth() * 14;
    QVERIFY2(bar.searchEdit()->width() >= room, qPrintable(QString::number(bar.searchEdit()->width())));
    QVERIFY2(bar.namePrefixEdit()->width() >= room - 1, qPrintable(QString::number(bar.namePrefixEdit()->width())));
}
