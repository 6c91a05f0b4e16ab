// tst_templateeditor, the document: round trips, undo of every edit, the rules of new and
// existing templates, the compact layout.
#include "tst_templateeditor.h"

using namespace sinch;
using sinch::test::hasFinding;
using sinch::ui::ChangeList;
using sinch::ui::TemplateEditor;
using namespace sinch::test::editorsuite;

void TstTemplateEditor::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("json");
    for (const char *name : {"text.json", "media-buttons.json", "authentication.json", "carousel.json"}) {
        const QJsonObject t = readFixture(QString::fromLatin1(name));
        if (!t.isEmpty())
            QTest::newRow(name) << t;
    }
    QTest::newRow("unknown extra fields") << withExtras();
}

void TstTemplateEditor::roundTrip()
{
    QFETCH(QJsonObject, json);
    TemplateEditor editor({}, json, approvedOnServer(json));
    editor.resize(1200, 800);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    // Every part's form shows the JSON's values and writes nothing back.
    for (const QString &part : allParts(editor)) {
        editor.selectPart(part);
        QCOMPARE(editor.currentPart(), part);
        for (auto *e : editor.findChildren<QLineEdit *>()) {
            if (!e->objectName().startsWith(QLatin1String("field:")))
                continue;
            const QString path = e->objectName().mid(6);
            QVERIFY2(!e->accessibleName().isEmpty(), qPrintable(path));
            const QJsonValue v = editor.document().value(QStringLiteral("x")).isUndefined() ? QJsonValue() : QJsonValue();
            Q_UNUSED(v)
            QStringList segments = path.split(QLatin1Char('.'));
            QJsonValue cur = json;
            for (const QString &s : segments)
                cur = cur.isArray() ? cur.toArray().at(s.toInt()) : cur.toObject().value(s);
            QCOMPARE(e->text(), cur.isDouble() ? QString::number(cur.toDouble()) : cur.toString());
        }
        for (auto *p : editor.findChildren<QPlainTextEdit *>()) {
            if (p->objectName().startsWith(QLatin1String("field:")))
                QVERIFY(!p->toPlainText().isEmpty() || p->objectName().contains(QLatin1String("cards")));
        }
    }
    QCOMPARE(editor.document(), json);
    QCOMPARE(editor.undoStack()->count(), 0);
    QVERIFY(!editor.isDirty());
    QCOMPARE(editor.title(), json.value(QLatin1String("name")).toString() + QStringLiteral(" · EN_US"));

    // Export and import again: the same JSON.
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("t.json"));
    editor.exportJson(file);
    TemplateEditor other({}, QJsonObject());
    other.importJson(file);
    QCOMPARE(other.document(), json);
    QCOMPARE(other.undoStack()->count(), 1); // one undoable step
    other.undoStack()->undo();
    QCOMPARE(other.document(), QJsonObject());
}

void TstTemplateEditor::importErrors()
{
    QTemporaryDir tmp;
    TemplateEditor editor({}, baseTemplate(QStringLiteral("a_b")));
    const QJsonObject before = editor.document();
    auto write = [&tmp](const QString &name, const QByteArray &data) {
        QFile f(tmp.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return f.fileName();
    };
    editor.importJson(tmp.filePath(QStringLiteral("missing.json")));
    QVERIFY2(editor.messageText().contains(QLatin1String("Cannot open")), qPrintable(editor.messageText()));
    editor.importJson(write(QStringLiteral("broken.json"), "{\"name\": "));
    QVERIFY2(editor.messageText().contains(QLatin1String("not valid JSON")), qPrintable(editor.messageText()));
    editor.importJson(write(QStringLiteral("list.json"), "[1,2]"));
    QVERIFY2(editor.messageText().contains(QLatin1String("one JSON object")), qPrintable(editor.messageText()));
    editor.importJson(write(QStringLiteral("other.json"), "{\"foo\": 1}"));
    QVERIFY2(editor.messageText().contains(QLatin1String("does not look like")), qPrintable(editor.messageText()));
    QCOMPARE(editor.document(), before);
    QCOMPARE(editor.undoStack()->count(), 0);
    editor.exportJson(tmp.filePath(QStringLiteral("no/such/dir/x.json")));
    QVERIFY2(editor.messageText().contains(QLatin1String("Cannot export")), qPrintable(editor.messageText()));
}

void TstTemplateEditor::undoEveryEditKind()
{
    TemplateEditor editor({}, withExtras(), approvedOnServer(withExtras()));
    editor.show();
    // The outline model checked after every change of the document's structure.
    QAbstractItemModelTester outlineTester(editor.findChild<QTreeView *>(QStringLiteral("outline"))->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy dirty(&editor, &TemplateEditor::dirtyChanged);
    checkUndo(editor, [&] { editor.setValue(QStringLiteral("details.components.2.text"), QStringLiteral("Reply STOP")); }, "set field");
    QCOMPARE(dirty.count(), 3); // dirty, clean (undo), dirty (redo)
    editor.undoStack()->undo();
    QVERIFY(!editor.isDirty());

    // Typing in one field is one step; a field losing focus starts the next one.
    checkUndo(editor, [&] {
        editor.setValue(QStringLiteral("details.components.2.text"), QStringLiteral("R"), true);
        editor.setValue(QStringLiteral("details.components.2.text"), QStringLiteral("Re"), true);
        editor.setValue(QStringLiteral("details.components.2.text"), QStringLiteral("Rep"), true);
    }, "typing merged");
    editor.endTyping();
    checkUndo(editor, [&] { editor.setValue(QStringLiteral("details.components.2.text"), QStringLiteral("Repl"), true); }, "typing after focus out");

    // Typing through the real widget: keystrokes merge into one step too.
    editor.selectPart(QStringLiteral("footer"));
    auto *footer = editor.findChild<QLineEdit *>(QStringLiteral("field:details.components.2.text"));
    QVERIFY(footer);
    footer->setFocus();
    checkUndo(editor, [&] { QTest::keyClicks(footer, QStringLiteral(" now")); }, "keystrokes");
    QVERIFY(editor.document().value(QLatin1String("details")).toObject().value(QLatin1String("components")).toArray()
                .at(2).toObject().value(QLatin1String("text")).toString().endsWith(QLatin1String(" now")));
    QCOMPARE(footer->text(), val(editor.document(), "details.components.2.text").toString());
    editor.undoStack()->undo();
    QCOMPARE(footer->text(), val(editor.document(), "details.components.2.text").toString()); // the field follows undo
    editor.undoStack()->redo();

    checkUndo(editor, [&] { editor.addButton(QStringLiteral("QUICK_REPLY")); }, "insert button");
    QCOMPARE(val(editor.document(), "details.components.3.buttons.2.type").toString(), QStringLiteral("QUICK_REPLY"));
    checkUndo(editor, [&] { editor.removeButton(2); }, "remove button (with unknown fields)");
    checkUndo(editor, [&] { editor.moveButton(2, 4); }, "move button");
    checkUndo(editor, [&] { editor.setHeaderFormat(QStringLiteral("TEXT")); }, "header format");
    checkUndo(editor, [&] { editor.setHeaderFormat(QString()); }, "remove header");
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    QCOMPARE(val(editor.document(), "details.components.0.format").toString(), QStringLiteral("IMAGE"));
    checkUndo(editor, [&] { QCOMPARE(editor.insertVariable(QStringLiteral("BODY"), 0), 1); }, "variable insertion");
    // The new {{1}} got an empty example; Ana's stays with her variable, now {{2}}.
    QCOMPARE(val(editor.document(), "details.components.1.examples").toArray(),
             (QJsonArray{QString(), QStringLiteral("Ana")}));
    QVERIFY(val(editor.document(), "details.components.1.text").toString().startsWith(QLatin1String("{{1}}Hello {{2}}")));

    // Undo all of it: exactly the JSON we started from, and clean again.
    while (editor.undoStack()->canUndo())
        editor.undoStack()->undo();
    QCOMPARE(editor.document(), withExtras());
    QVERIFY(!editor.isDirty());
}

void TstTemplateEditor::undoCardEdits()
{
    TemplateEditor editor({}, readFixture(QStringLiteral("carousel.json")), approvedOnServer(readFixture(QStringLiteral("carousel.json"))));
    editor.show();
    // The outline model checked after every change of the document's structure.
    QAbstractItemModelTester outlineTester(editor.findChild<QTreeView *>(QStringLiteral("outline"))->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!editor.cardStructuresDiffer());
    checkUndo(editor, [&] { QCOMPARE(editor.addCard(), 5); }, "add card");
    QCOMPARE(val(editor.document(), "details.components.1.cards").toArray().size(), 6);
    checkUndo(editor, [&] { QCOMPARE(editor.duplicateCard(1), 2); }, "duplicate card");
    QCOMPARE(val(editor.document(), "details.components.1.cards.2"),
             val(editor.document(), "details.components.1.cards.1"));
    checkUndo(editor, [&] { editor.removeCard(0); }, "remove card");
    checkUndo(editor, [&] { editor.moveCard(0, 3); }, "move card");
    // Make card 2 differ, then apply card 0's structure to all.
    editor.setValue(QStringLiteral("details.components.1.cards.2.components.0.format"), QStringLiteral("VIDEO"));
    editor.setValue(QStringLiteral("details.components.1.cards.2.components.2.buttons"),
                    QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("PHONE_NUMBER")},
                                           {QStringLiteral("text"), QStringLiteral("Call")},
                                           {QStringLiteral("phoneNumber"), QStringLiteral("+46701234567")}}});
    QVERIFY(editor.cardStructuresDiffer());
    editor.selectPart(QStringLiteral("carousel/2"));
    checkUndo(editor, [&] { editor.applyCardStructure(0); }, "apply card structure");
    QVERIFY(!editor.cardStructuresDiffer());
    // Its own text stays (the cards are tote, hat, sandals, tote, sunglasses, new now).
    QCOMPARE(val(editor.document(), "details.components.1.cards.2.components.1.text").toString(),
             QStringLiteral("Leather sandals with a cushioned sole. Sizes 36 to 46."));
    QCOMPARE(val(editor.document(), "details.components.1.cards.2.components.0.format").toString(), QStringLiteral("IMAGE"));
    editor.undoStack()->undo();
    QVERIFY(editor.cardStructuresDiffer());
    while (editor.undoStack()->canUndo())
        editor.undoStack()->undo();
    QCOMPARE(editor.document(), readFixture(QStringLiteral("carousel.json")));
}

// A new template meets its project: a name + language the project has is an error and
// Submit is refused; a name deleted lately is a warning; a template on the server is
// not checked against itself.
void TstTemplateEditor::projectRulesForNewTemplates()
{
    test::SandboxFixture fx;
    QVERIFY2(fx.started, qPrintable(fx.error));
    QJsonObject t = baseTemplate(QStringLiteral("taken_name"));
    const QString language = t.value(QLatin1String("language")).toString();
    rules::ProjectTemplates project;
    project.today = QDate::currentDate();
    project.existing.insert(rules::ProjectTemplates::key(QStringLiteral("taken_name"), language));
    int asked = 0;
    TemplateEditor::Context context{fx.client.get(), fx.projectKey, nullptr, nullptr};
    context.projectTemplates = [&]() { ++asked; return project; };
    TemplateEditor editor(context, t);
    QVERIFY(asked > 0);
    QVERIFY(rules::hasErrors(editor.findings()));
    QVERIFY(hasFinding(editor.findings(), QStringLiteral("name"), QStringLiteral("wa.name.unique")));
    editor.submit();
    QVERIFY(!editor.isBusy());
    QVERIFY2(editor.messageText().contains(QLatin1String("Not submitted")), qPrintable(editor.messageText()));
    QVERIFY2(editor.messageText().contains(QLatin1String("taken_name")), qPrintable(editor.messageText()));
    QTest::qWait(100);
    QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_createTemplate_v1")), 0);

    // Another name that was deleted lately: a warning, which does not block.
    project.deletedOn.insert(QStringLiteral("gone_name"), QDate::currentDate().addDays(-3));
    editor.setValue(QStringLiteral("name"), QStringLiteral("gone_name"));
    QVERIFY(!hasFinding(editor.findings(), QStringLiteral("name"), QStringLiteral("wa.name.unique")));
    QVERIFY(hasFinding(editor.findings(), QStringLiteral("name"), QStringLiteral("wa.name.deleted")));
    QVERIFY(!rules::hasErrors(editor.findings()));
    // The refusal went with its errors: it no longer says what is true.
    QVERIFY2(!editor.messageText().contains(QLatin1String("Not submitted")), qPrintable(editor.messageText()));
    editor.submit();
    QTRY_COMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_createTemplate_v1")), 1);

    // A template on the server is not a duplicate of itself.
    asked = 0;
    const QJsonObject existing = baseTemplate(QStringLiteral("taken_name"));
    TemplateEditor other(context, existing, approvedOnServer(existing));
    QVERIFY(!hasFinding(other.findings(), QStringLiteral("name"), QStringLiteral("wa.name.unique")));
    QCOMPARE(asked, 0);
}

// Without any loaded list the editor asks the server which languages a new name has:
// a name + language on the server is an error, another language of it is not, and a
// name the server does not know (404) is fine.
void TstTemplateEditor::newNameLookedUpOnServer()
{
    test::SandboxFixture fx;
    QVERIFY2(fx.started, qPrintable(fx.error));
    const ApiResult created = fx.callSync(ApiRequest(QStringLiteral("TemplatesController_createTemplate_v1"))
                                              .json(baseTemplate(QStringLiteral("lookup_me"))));
    QVERIFY2(created.ok(), qPrintable(created.error.summary()));
    ui::NetworkStatus status(fx.client.get());
    ManualClock clock;
    TemplateEditor::Context context{fx.client.get(), fx.projectKey, nullptr, nullptr};
    context.clock = &clock;
    TemplateEditor editor(context, baseTemplate(QStringLiteral("fresh_name")));
    // Asked once the name has rested 400 ms, not before.
    clock.advance(399);
    QTest::qWait(50);
    QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_listTemplatesByName_v1")), 0);
    clock.advance(1);
    QTRY_COMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_listTemplatesByName_v1")), 1);
    QVERIFY(!hasFinding(editor.findings(), QStringLiteral("name"), QStringLiteral("wa.name.unique")));
    // "Not found" means "free": an answer, not an error for the status bar.
    QVERIFY2(status.lastErrorText().isEmpty(), qPrintable(status.lastErrorText()));

    editor.setValue(QStringLiteral("name"), QStringLiteral("lookup_me"));
    clock.advance(400);
    QTRY_VERIFY(hasFinding(editor.findings(), QStringLiteral("name"), QStringLiteral("wa.name.unique")));
    QVERIFY(rules::hasErrors(editor.findings()));
    editor.setValue(QStringLiteral("language"), QStringLiteral("DE"));
    QVERIFY(!hasFinding(editor.findings(), QStringLiteral("name"), QStringLiteral("wa.name.unique")));
    // Asked once a name: going back does not ask again.
    editor.setValue(QStringLiteral("language"), QStringLiteral("EN_US"));
    QVERIFY(hasFinding(editor.findings(), QStringLiteral("name"), QStringLiteral("wa.name.unique")));
    clock.advance(400);
    QTest::qWait(50); // (a request would have reached the sandbox by now)
    QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_listTemplatesByName_v1")), 2);
}

// An existing template: the editor holds the server's version; name and language
// are shown as text, not as fields. A new one edits them.
void TstTemplateEditor::existingTemplateKeepsNameAndLanguage()
{
    const QJsonObject doc = baseTemplate(QStringLiteral("order_notice"));
    const QJsonObject server = approvedOnServer(doc, {{QStringLiteral("qualityScore"), QStringLiteral("GREEN")}});
    TemplateEditor editor({}, doc, server);
    editor.show();
    QVERIFY(editor.isExisting());
    QCOMPARE(editor.serverTemplate(), server);
    editor.selectPart(QStringLiteral("settings"));
    QVERIFY(!editor.findChild<QLineEdit *>(QStringLiteral("field:name")));
    QVERIFY(!editor.findChild<QComboBox *>(QStringLiteral("field:language")));
    auto *name = editor.findChild<QLabel *>(QStringLiteral("templateName"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("order_notice"));
    QVERIFY(!name->accessibleName().isEmpty());
    QVERIFY(name->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    QCOMPARE(editor.findChild<QLabel *>(QStringLiteral("templateLanguage"))->text(), QStringLiteral("EN_US"));
    QVERIFY(editor.findChild<QLabel *>(QStringLiteral("serverState"))->text().contains(QLatin1String("Approved")));

    // An import keeps them too.
    QTemporaryDir tmp;
    QFile f(tmp.filePath(QStringLiteral("other.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(baseTemplate(QStringLiteral("another_name"))).toJson());
    f.close();
    editor.importJson(f.fileName());
    QCOMPARE(editor.document().value(QStringLiteral("name")).toString(), QStringLiteral("order_notice"));
    QVERIFY2(editor.messageText().contains(QLatin1String("keeps them")), qPrintable(editor.messageText()));
    QVERIFY(!hasFinding(editor.findings(), QStringLiteral("name")));

    TemplateEditor fresh({}, doc);
    fresh.show();
    QVERIFY(!fresh.isExisting());
    auto *edit = fresh.findChild<QLineEdit *>(QStringLiteral("field:name"));
    QVERIFY(edit);
    QVERIFY(!edit->isReadOnly());
    QVERIFY(fresh.findChild<QComboBox *>(QStringLiteral("field:language"))->isEnabled());
}

// TEMPLATE-RULES.md: "PATCH may change category only while the template is a draft or
// was rejected with INCORRECT_CATEGORY". The editor says so at the field and does
// not send it.
void TstTemplateEditor::categoryOfAReviewedTemplate()
{
    const QJsonObject doc = baseTemplate(QStringLiteral("order_notice"));
    const QString category = QStringLiteral("category");
    {
        TemplateEditor editor({}, doc, approvedOnServer(doc));
        editor.show();
        QVERIFY(!hasFinding(editor.findings(), category));
        editor.setValue(category, QStringLiteral("UTILITY"));
        QVERIFY(hasFinding(editor.findings(), category, QStringLiteral("wa.edit.category")));
        QVERIFY(rules::hasErrors(editor.findings()));
        auto *combo = editor.findChild<QComboBox *>(QStringLiteral("field:category"));
        QVERIFY(combo);
        QCOMPARE(combo->property("finding").toString(), QStringLiteral("error"));
        editor.saveDraft();
        QVERIFY(!editor.isBusy());
        QVERIFY2(editor.messageText().contains(QLatin1String("MARKETING")), qPrintable(editor.messageText()));
        editor.undoStack()->undo();
        QVERIFY(!hasFinding(editor.findings(), category));
    }
    {
        // Rejected for the wrong category: the fix is allowed.
        const QJsonObject server = approvedOnServer(doc, {{QStringLiteral("rejectionCode"), QStringLiteral("INCORRECT_CATEGORY")},
                                                         {QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("REJECTED")}}}});
        TemplateEditor editor({}, doc, server);
        editor.setValue(category, QStringLiteral("UTILITY"));
        QVERIFY(!hasFinding(editor.findings(), category));
    }
    {
        // A draft (never reviewed: no state) and a new template change it freely.
        QJsonObject server = approvedOnServer(doc);
        server.remove(QStringLiteral("state"));
        TemplateEditor draft({}, doc, server);
        draft.setValue(category, QStringLiteral("UTILITY"));
        QVERIFY(!hasFinding(draft.findings(), category));
        TemplateEditor fresh({}, doc);
        fresh.setValue(category, QStringLiteral("UTILITY"));
        QVERIFY(!hasFinding(fresh.findings(), category));
    }
}

// Card buttons are removed with compact buttons at the right, with an icon and a
// name that says which.
void TstTemplateEditor::compactRemoveButtons()
{
    const QJsonObject t = readFixture(QStringLiteral("carousel.json"));
    TemplateEditor editor({}, t, approvedOnServer(t));
    editor.resize(1280, 820);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.selectPart(QStringLiteral("carousel/1"));
    auto *form = editor.findChild<QScrollArea *>(QStringLiteral("form"));
    for (int i = 0; i < 2; ++i) {
        auto *remove = editor.findChild<QPushButton *>(QStringLiteral("removeCardButton%1").arg(i));
        QVERIFY(remove);
        QCOMPARE(remove->accessibleName(), QStringLiteral("Remove button %1 of card 2").arg(i + 1));
        QVERIFY(!remove->icon().isNull());
        QVERIFY2(remove->width() < form->viewport()->width() / 2, qPrintable(QString::number(remove->width())));
        const QPoint right = remove->mapTo(form->viewport(), QPoint(remove->width(), 0));
        QVERIFY2(right.x() > form->viewport()->width() * 3 / 4, "aligned right");
    }
    const int buttons = int(val(editor.document(), "details.components.1.cards.1.components.2.buttons").toArray().size());
    editor.findChild<QPushButton *>(QStringLiteral("removeCardButton0"))->click();
    QCOMPARE(val(editor.document(), "details.components.1.cards.1.components.2.buttons").toArray().size(), buttons - 1);
}

void TstTemplateEditor::screenshot()
{
    const QJsonObject t = readFixture(QStringLiteral("carousel.json"));
    if (t.isEmpty() || qEnvironmentVariableIsEmpty("SINCH_EDITOR_SCREENSHOT"))
        QSKIP("set SINCH_EDITOR_SCREENSHOT=1 to write resources/screenshots/editor-carousel.png");
    TemplateEditor editor({}, t, approvedOnServer(t));
    editor.resize(1280, 820);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.selectPart(QStringLiteral("carousel/1"));
    QDir().mkpath(QStringLiteral(SINCH_SCREENSHOTS));
    QVERIFY(editor.grab().save(QStringLiteral(SINCH_SCREENSHOTS "/editor-carousel.png")));
}

QTEST_MAIN(TstTemplateEditor)
