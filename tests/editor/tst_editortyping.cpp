// tst_editortyping: the body, the settings, the header, the footer and the buttons; a
// draft restored.
#include "tst_editortyping.h"

void TstEditorTyping::initTestCase()
{
    m_fx = std::make_unique<test::SandboxFixture>(test::reviewAtOnce());
    QVERIFY2(m_fx->started, qPrintable(m_fx->error));
    QVERIFY(m_dir.isValid());
    m_drafts = std::make_unique<DraftStore>(m_dir.path());
}

void TstEditorTyping::cleanupTestCase()
{
    m_drafts.reset();
    m_fx.reset();
}

// Body of an opened template: a variable typed key by key, its example typed, then
// deleted with Backspace, undo and redo right after.
void TstEditorTyping::typeVariableIntoBody()
{
    auto editor = openFromServer();
    QVERIFY(editor);
    GuiDriver gui(editor.get());
    QVERIFY(select(*editor, QStringLiteral("Body")));
    const QString before = bodyText(*editor);
    const int n = TemplateDocument::variableCount(before) + 1;
    const QString typed = QStringLiteral(" {{%1}}").arg(n);
    QVERIFY(gui.typeAtEnd(QStringLiteral("Body text"), typed));
    QCOMPARE(bodyText(*editor), before + typed);
    // The body field is the same one, still focused, caret after the variable.
    auto *body = gui.get<QPlainTextEdit>(QStringLiteral("Body text"));
    QVERIFY(body);
    QCOMPARE(QApplication::focusWidget(), body);
    QCOMPARE(body->textCursor().position(), int((before + typed).size()));
    // Its example row came with it; typing the example writes the example.
    auto *example = gui.get<QLineEdit>(QStringLiteral("Example of variable %1").arg(n));
    QVERIFY(example);
    QVERIFY(gui.typeAtEnd(QStringLiteral("Example of variable %1").arg(n), QStringLiteral("Ana")));
    QCOMPARE(at(*editor, TemplateDocument(editor->document()).componentPath(QStringLiteral("BODY"))
                             + QStringLiteral(".examples.%1").arg(n - 1)).toString(),
             QStringLiteral("Ana"));
    // Backspace over "}}" and the number and "{{": the variable and its row go.
    QVERIFY(gui.typeAtEnd(QStringLiteral("Body text"), QString()));
    for (int i = 0; i < typed.size() - 1; ++i)
        GuiDriver::key(Qt::Key_Backspace);
    QCOMPARE(bodyText(*editor), before + QLatin1Char(' '));
    QVERIFY(!gui.find<QLineEdit>(QStringLiteral("Example of variable %1").arg(n)));
    // Undo right after brings the variable back (the typing was one step), redo removes it.
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY2(bodyText(*editor).contains(QStringLiteral("{{%1}}").arg(n)), qPrintable(bodyText(*editor)));
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(bodyText(*editor), before + QLatin1Char(' '));
    QVERIFY(editor->isDirty());
    QVERIFY2(status(*editor).contains(QLatin1String("unsaved")), qPrintable(status(*editor)));
}

// Keyboard only: the opened editor has the keyboard in its outline; arrows pick the
// body, Tab goes into its text, Shift+Tab back, and a variable typed there works.
void TstEditorTyping::keyboardOnly()
{
    auto editor = openFromServer();
    QVERIFY(editor);
    GuiDriver gui(editor.get());
    editor->setFocus(); // as the window does for a document it opens
    auto *outline = gui.get<QTreeView>(QStringLiteral("Template outline"));
    QCOMPARE(QApplication::focusWidget(), outline);
    for (int i = 0; i < 10 && editor->currentPart() != QLatin1String("body"); ++i)
        GuiDriver::key(Qt::Key_Down);
    QCOMPARE(editor->currentPart(), QStringLiteral("body"));
    GuiDriver::key(Qt::Key_Tab);
    auto *body = gui.get<QPlainTextEdit>(QStringLiteral("Body text"));
    QCOMPARE(QApplication::focusWidget(), body);
    GuiDriver::key(Qt::Key_End, Qt::ControlModifier);
    const int n = TemplateDocument::variableCount(bodyText(*editor)) + 1;
    GuiDriver::typeKeys(body, QStringLiteral(" {{%1}}").arg(n));
    QVERIFY(bodyText(*editor).endsWith(QStringLiteral(" {{%1}}").arg(n)));
    // Tab walks the body's tools and example rows in order, the new row last.
    QWidget *last = nullptr;
    for (int i = 0; i < 20 && QApplication::focusWidget() != gui.find(QStringLiteral("Example of variable %1").arg(n)); ++i) {
        GuiDriver::key(Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() != last, "Tab stuck");
        last = QApplication::focusWidget();
        QVERIFY2(editor->isAncestorOf(last), qPrintable(last->accessibleName()));
    }
    QCOMPARE(QApplication::focusWidget(), gui.find(QStringLiteral("Example of variable %1").arg(n)));
    GuiDriver::typeKeys(QApplication::focusWidget(), QStringLiteral("Ana"));
    GuiDriver::key(Qt::Key_Tab); // past the form: the preview's own controls
    auto *preview = gui.get(QStringLiteral("Preview"));
    QVERIFY2(preview->isAncestorOf(QApplication::focusWidget()), qPrintable(QApplication::focusWidget()->accessibleName()));
    GuiDriver::key(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), gui.find(QStringLiteral("Example of variable %1").arg(n)));
}

// "+ Variable" with the mouse, on an opened template and on a new one; formatting buttons.
void TstEditorTyping::plusVariableAndFormatting()
{
    for (const bool fromServer : {true, false}) {
        auto editor = fromServer ? openFromServer() : open(TemplateDocument::newTemplate());
        QVERIFY(editor);
        GuiDriver gui(editor.get());
        QVERIFY(select(*editor, QStringLiteral("Body")));
        // A new template starts with its body field, no "Add body text" first.
        QVERIFY(!gui.find(QStringLiteral("Add body text")));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Body text"), QStringLiteral(" Hi")));
        const QString before = bodyText(*editor);
        const int n = TemplateDocument::variableCount(before) + 1;
        QVERIFY(gui.click(QStringLiteral("+ Variable")));
        QCOMPARE(bodyText(*editor), before + QStringLiteral("{{%1}}").arg(n));
        QVERIFY(gui.find<QLineEdit>(QStringLiteral("Example of variable %1").arg(n)));
        auto *body = gui.get<QPlainTextEdit>(QStringLiteral("Body text"));
        QCOMPARE(QApplication::focusWidget(), body);
        // The caret is after the variable: typing goes on there.
        GuiDriver::typeKeys(body, QStringLiteral("!"));
        QCOMPARE(bodyText(*editor), before + QStringLiteral("{{%1}}!").arg(n));
        GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
        GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(bodyText(*editor), before);
        QVERIFY(!gui.find<QLineEdit>(QStringLiteral("Example of variable %1").arg(n)));
        GuiDriver::key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(bodyText(*editor), before + QStringLiteral("{{%1}}").arg(n));
        // Bold around a selection made with the keyboard.
        QVERIFY(gui.typeAtEnd(QStringLiteral("Body text"), QStringLiteral(" deal")));
        for (int i = 0; i < 4; ++i)
            GuiDriver::key(Qt::Key_Left, Qt::ShiftModifier);
        QVERIFY(gui.click(QStringLiteral("Bold")));
        QVERIFY2(bodyText(*editor).endsWith(QLatin1String(" *deal*")), qPrintable(bodyText(*editor)));
        QVERIFY(gui.click(QStringLiteral("Italic")));
        QVERIFY2(bodyText(*editor).contains(QLatin1String("__")), qPrintable(bodyText(*editor)));
        GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY2(bodyText(*editor).endsWith(QLatin1String(" *deal*")), qPrintable(bodyText(*editor)));
    }
}

// Settings of a new template: name typed, language and category chosen in their popups
// with the keyboard, time to live typed, the category-change box clicked.
void TstEditorTyping::settingsOfANewTemplate()
{
    auto editor = open(TemplateDocument::newTemplate());
    QVERIFY(editor);
    GuiDriver gui(editor.get());
    QVERIFY(select(*editor, QStringLiteral("Settings")));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Template name"), QStringLiteral("typed_by_hand")));
    QCOMPARE(at(*editor, QStringLiteral("name")).toString(), QStringLiteral("typed_by_hand"));
    QVERIFY(gui.choose(QStringLiteral("Language"), QStringLiteral("FR")));
    QCOMPARE(at(*editor, QStringLiteral("language")).toString(), QStringLiteral("FR"));
    for (const QString &category : {QStringLiteral("Marketing"), QStringLiteral("Authentication"), QStringLiteral("Utility")}) {
        QVERIFY(gui.choose(QStringLiteral("Category"), category));
        QCOMPARE(at(*editor, QStringLiteral("category")).toString(), category.toUpper());
        // The form follows (the time to live's range is the category's) and still works.
        QVERIFY(gui.find<QComboBox>(QStringLiteral("Category")));
        QCOMPARE(gui.find<QComboBox>(QStringLiteral("Category"))->currentText(), category);
    }
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(at(*editor, QStringLiteral("category")).toString(), QStringLiteral("AUTHENTICATION"));
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(at(*editor, QStringLiteral("category")).toString(), QStringLiteral("UTILITY"));
    auto *ttl = gui.get<QSpinBox>(QStringLiteral("Message time to live in seconds"));
    QVERIFY(ttl);
    QTest::mouseClick(ttl, Qt::LeftButton);
    GuiDriver::key(Qt::Key_A, Qt::ControlModifier);
    GuiDriver::typeKeys(QApplication::focusWidget(), QStringLiteral("600"));
    QCOMPARE(at(*editor, QStringLiteral("details.messageSendTtlSeconds")).toInt(), 600);
    QVERIFY(gui.click(QStringLiteral("Allow Meta to change the category")));
    QCOMPARE(at(*editor, QStringLiteral("allowCategoryChange")).toBool(), true);
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(at(*editor, QStringLiteral("allowCategoryChange")).toBool(), false);
}

// Every header kind chosen in its combo box; a text header's variable typed and its example.
void TstEditorTyping::headerKinds()
{
    auto editor = open(TemplateDocument::newTemplate());
    QVERIFY(editor);
    GuiDriver gui(editor.get());
    QVERIFY(select(*editor, QStringLiteral("Header")));
    for (const QString &kind : {QStringLiteral("Image"), QStringLiteral("Video"), QStringLiteral("Document")}) {
        QVERIFY(gui.choose(QStringLiteral("Header format"), kind));
        QCOMPARE(component(*editor, QStringLiteral("HEADER")).value(QLatin1String("format")).toString(), kind.toUpper());
        QVERIFY(gui.typeAtEnd(QStringLiteral("Header media example URL"), QStringLiteral("https://cdn.example.com/a")));
        QCOMPARE(component(*editor, QStringLiteral("HEADER")).value(QLatin1String("example")).toObject()
                     .value(QLatin1String("url")).toString(), QStringLiteral("https://cdn.example.com/a"));
    }
    QVERIFY(gui.choose(QStringLiteral("Header format"), QStringLiteral("Text")));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Header text"), QStringLiteral("Hi {{1}}")));
    QCOMPARE(component(*editor, QStringLiteral("HEADER")).value(QLatin1String("text")).toString(), QStringLiteral("Hi {{1}}"));
    QCOMPARE(QApplication::focusWidget(), gui.find(QStringLiteral("Header text")));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Example of header variable 1"), QStringLiteral("Ana")));
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier); // the example, then the text
    QVERIFY(!gui.find(QStringLiteral("Example of header variable 1")));
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(gui.find(QStringLiteral("Example of header variable 1")));
    QVERIFY(gui.click(QStringLiteral("+ Variable"))); // the header's own: {{1}} only once
    QVERIFY(gui.choose(QStringLiteral("Header format"), QStringLiteral("Location")));
    QVERIFY(gui.choose(QStringLiteral("Header format"), QStringLiteral("None")));
    QVERIFY(component(*editor, QStringLiteral("HEADER")).isEmpty());
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(component(*editor, QStringLiteral("HEADER")).value(QLatin1String("format")).toString(), QStringLiteral("LOCATION"));
}

// Footer added, typed, removed; every button kind added with the mouse and its fields
// typed; a URL with {{1}} and its example; moved with the buttons and Alt+Up; removed.
void TstEditorTyping::footerAndButtons()
{
    auto editor = open(TemplateDocument::newTemplate());
    QVERIFY(editor);
    GuiDriver gui(editor.get());
    QVERIFY(select(*editor, QStringLiteral("Footer")));
    QVERIFY(gui.click(QStringLiteral("Add footer")));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Footer text"), QStringLiteral("Reply STOP")));
    QCOMPARE(component(*editor, QStringLiteral("FOOTER")).value(QLatin1String("text")).toString(), QStringLiteral("Reply STOP"));
    QVERIFY(gui.click(QStringLiteral("Remove footer")));
    QVERIFY(component(*editor, QStringLiteral("FOOTER")).isEmpty());
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(component(*editor, QStringLiteral("FOOTER")).value(QLatin1String("text")).toString(), QStringLiteral("Reply STOP"));

    QVERIFY(select(*editor, QStringLiteral("Buttons")));
    QVERIFY(gui.click(QStringLiteral("+ Quick reply")));
    QCOMPARE(editor->currentPart(), QStringLiteral("buttons/0"));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Button 1 text"), QStringLiteral("Yes")));
    QVERIFY(select(*editor, QStringLiteral("Buttons")));
    QVERIFY(gui.click(QStringLiteral("+ Link (URL)")));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Button 2 text"), QStringLiteral("Track")));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Button 2 URL"), QStringLiteral("https://shop.example.com/t/{{1}}")));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Button 2 example URL"), QStringLiteral("https://shop.example.com/t/42")));
    QVERIFY(select(*editor, QStringLiteral("Buttons")));
    QVERIFY(gui.click(QStringLiteral("+ Phone number")));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Button 3 phone number"), QStringLiteral("+46701234567")));
    QVERIFY(select(*editor, QStringLiteral("Buttons")));
    QVERIFY(gui.click(QStringLiteral("+ Flow")));
    QVERIFY(gui.choose(QStringLiteral("Flow action"), QStringLiteral("Data exchange")));
    QVERIFY(!gui.find(QStringLiteral("Flow screen")));
    QVERIFY(gui.choose(QStringLiteral("Flow action"), QStringLiteral("Navigate to a screen")));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Flow screen"), QStringLiteral("WELCOME")));
    const QJsonArray buttons = component(*editor, QStringLiteral("BUTTONS")).value(QLatin1String("buttons")).toArray();
    QCOMPARE(buttons.size(), 4);
    QCOMPARE(buttons.at(1).toObject().value(QLatin1String("url")).toString(), QStringLiteral("https://shop.example.com/t/{{1}}"));
    QCOMPARE(buttons.at(1).toObject().value(QLatin1String("example")).toString(), QStringLiteral("https://shop.example.com/t/42"));
    QCOMPARE(buttons.at(2).toObject().value(QLatin1String("phoneNumber")).toString(), QStringLiteral("+46701234567"));
    QCOMPARE(buttons.at(3).toObject().value(QLatin1String("navigateScreen")).toString(), QStringLiteral("WELCOME"));
    // The last button cannot move down. Move the flow button up with the button and
    // with Alt+Up, then down again.
    QVERIFY(!gui.get<QPushButton>(QStringLiteral("Move down"))->isEnabled());
    QVERIFY(gui.click(QStringLiteral("Move up")));
    QCOMPARE(editor->currentPart(), QStringLiteral("buttons/2"));
    GuiDriver::key(Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(editor->currentPart(), QStringLiteral("buttons/1"));
    QCOMPARE(component(*editor, QStringLiteral("BUTTONS")).value(QLatin1String("buttons")).toArray().at(1).toObject()
                 .value(QLatin1String("type")).toString(), QStringLiteral("FLOW"));
    QVERIFY(gui.click(QStringLiteral("Move down")));
    QVERIFY(gui.click(QStringLiteral("Remove button 3")));
    QCOMPARE(component(*editor, QStringLiteral("BUTTONS")).value(QLatin1String("buttons")).toArray().size(), 3);
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(component(*editor, QStringLiteral("BUTTONS")).value(QLatin1String("buttons")).toArray().size(), 4);

    // One-time password buttons of an authentication template, delivery chosen in its popup.
    QVERIFY(select(*editor, QStringLiteral("Buttons")));
    QVERIFY(gui.click(QStringLiteral("Remove all buttons")));
    QVERIFY(select(*editor, QStringLiteral("Settings")));
    QVERIFY(gui.choose(QStringLiteral("Category"), QStringLiteral("Authentication")));
    QVERIFY(select(*editor, QStringLiteral("Buttons")));
    QVERIFY(gui.click(QStringLiteral("+ One-time password")));
    QVERIFY(gui.choose(QStringLiteral("One-time password type"), QStringLiteral("Zero tap")));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Supported app package name"), QStringLiteral("com.example.app")));
    QVERIFY(gui.click(QStringLiteral("I accept the zero-tap terms of service")));
    const QJsonObject otp = component(*editor, QStringLiteral("BUTTONS")).value(QLatin1String("buttons")).toArray().at(0).toObject();
    QCOMPARE(otp.value(QLatin1String("otpType")).toString(), QStringLiteral("ZERO_TAP"));
    QCOMPARE(otp.value(QLatin1String("supportedApps")).toArray().at(0).toObject().value(QLatin1String("packageName")).toString(),
             QStringLiteral("com.example.app"));
    QCOMPARE(otp.value(QLatin1String("zeroTapTermsAccepted")).toBool(), true);
    QVERIFY(gui.choose(QStringLiteral("One-time password type"), QStringLiteral("Copy code")));
    QVERIFY(!gui.find(QStringLiteral("Supported app package name")));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Button 1 text"), QStringLiteral("Copy")));
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(component(*editor, QStringLiteral("BUTTONS")).value(QLatin1String("buttons")).toArray().at(0).toObject()
                 .value(QLatin1String("otpType")).toString(), QStringLiteral("ZERO_TAP"));
}

// The status counts what changed, not the steps it took: a field typed in again after
// leaving it is one change ("5 unsaved changes" were said of three fields).
void TstEditorTyping::changesCountedByField()
{
    auto editor = open(TemplateDocument::newTemplate());
    QVERIFY(editor);
    GuiDriver gui(editor.get());
    QVERIFY(select(*editor, QStringLiteral("Body")));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Body text"), QStringLiteral("Hello")));
    QVERIFY(select(*editor, QStringLiteral("Footer")));
    QVERIFY(gui.click(QStringLiteral("Add footer")));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Footer text"), QStringLiteral("Reply STOP")));
    QVERIFY(select(*editor, QStringLiteral("Body")));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Body text"), QStringLiteral(" there")));
    QVERIFY(bodyText(*editor).endsWith(QLatin1String("Hello there")));
    QVERIFY(editor->undoStack()->count() >= 4); // body, footer added, footer text, body
    QVERIFY2(status(*editor).startsWith(QLatin1String("3 unsaved change")), qPrintable(status(*editor)));
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier); // the second typing in the body
    QVERIFY2(status(*editor).startsWith(QLatin1String("3 unsaved change")), qPrintable(status(*editor)));
}

// A draft kept after a crash opens as unsaved edits over the server's version, and the
// first typed space is just a space.
void TstEditorTyping::restoredDraft()
{
    const QJsonObject server = m_fx->plainTextTemplate();
    QVERIFY(!server.isEmpty());
    QJsonObject edited = TemplateDocument::fromServerTemplate(server);
    TemplateDocument d(edited);
    const QString textPath = d.componentPath(QStringLiteral("BODY")) + QStringLiteral(".text");
    d.set(textPath, d.value(textPath).toString() + QStringLiteral(" Edited offline."));
    auto editor = open(TemplateDocument::fromServerTemplate(server), server);
    QVERIFY(editor);
    editor->restoreDraft(editor->draftKey(), d.json());
    GuiDriver::settle();
    QVERIFY(editor->isDirty());
    QVERIFY2(status(*editor).startsWith(QLatin1String("1 unsaved change")), qPrintable(status(*editor)));
    GuiDriver gui(editor.get());
    QVERIFY(select(*editor, QStringLiteral("Body")));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Body text"), QStringLiteral(" ")));
    QVERIFY(bodyText(*editor).endsWith(QLatin1String("Edited offline. ")));
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!editor->isDirty()); // back to the server's version
    QCOMPARE(status(*editor), QStringLiteral("No unsaved changes"));
}

QTEST_MAIN(TstEditorTyping)
