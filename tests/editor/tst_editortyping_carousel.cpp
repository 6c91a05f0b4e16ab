// tst_editortyping: carousels built by hand; the focus on an added field.
#include "tst_editortyping.h"

// A carousel built by hand: text typed, cards duplicated and moved, a URL button added,
// the media kind switched to video (once fatal), cards reordered in the outline, removed.
void TstEditorTyping::carouselByHand()
{
    auto editor = open(TemplateDocument::newTemplate());
    QVERIFY(editor);
    GuiDriver gui(editor.get());
    QVERIFY(select(*editor, QStringLiteral("Carousel")));
    QVERIFY(gui.click(QStringLiteral("Make this a carousel")));
    QCOMPARE(editor->currentPart(), QStringLiteral("carousel/0"));
    // A single card has nowhere to move.
    QVERIFY(!gui.get<QPushButton>(QStringLiteral("Move left"))->isEnabled());
    QVERIFY(!gui.get<QPushButton>(QStringLiteral("Move right"))->isEnabled());
    QVERIFY(gui.typeAtEnd(QStringLiteral("Card 1 text"), QStringLiteral("Shirt {{1}}")));
    QVERIFY(gui.click(QStringLiteral("Duplicate card")));
    QVERIFY(gui.click(QStringLiteral("Duplicate card")));
    QCOMPARE(editor->currentPart(), QStringLiteral("carousel/2"));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Card 3 text"), QStringLiteral(" sale")));
    QVERIFY(gui.click(QStringLiteral("Move left")));
    QCOMPARE(editor->currentPart(), QStringLiteral("carousel/1"));
    QVERIFY(gui.click(QStringLiteral("Move right")));
    QCOMPARE(editor->currentPart(), QStringLiteral("carousel/2"));
    QVERIFY(gui.click(QStringLiteral("+ Link (URL)")));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Button 2 URL"), QStringLiteral("https://shop.example.com")));
    // The cards now differ; the card's media kind switched in its combo box.
    QVERIFY(gui.choose(QStringLiteral("Card 3 media format"), QStringLiteral("Video")));
    const QString cards = TemplateDocument(editor->document()).componentPath(QStringLiteral("CAROUSEL")) + QStringLiteral(".cards");
    QCOMPARE(at(*editor, cards + QStringLiteral(".2.components.0.format")).toString(), QStringLiteral("VIDEO"));
    QCOMPARE(at(*editor, cards + QStringLiteral(".2.components.1.text")).toString(), QStringLiteral("Shirt {{1}} sale"));
    QVERIFY(gui.click(QStringLiteral("Apply this card's structure to all cards")));
    QCOMPARE(at(*editor, cards + QStringLiteral(".0.components.0.format")).toString(), QStringLiteral("VIDEO"));
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(at(*editor, cards + QStringLiteral(".0.components.0.format")).toString(), QStringLiteral("IMAGE"));
    // Reorder in the outline with the keyboard: Card 1 down.
    QVERIFY(select(*editor, QStringLiteral("Card 1")));
    GuiDriver::key(Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(editor->currentPart(), QStringLiteral("carousel/1"));
    QCOMPARE(at(*editor, cards + QStringLiteral(".1.components.1.text")).toString(), QStringLiteral("Shirt {{1}}"));
    QVERIFY(gui.click(QStringLiteral("Remove card 2")));
    QCOMPARE(at(*editor, cards).toArray().size(), 2);
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(at(*editor, cards).toArray().size(), 3);
    GuiDriver::key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(at(*editor, cards).toArray().size(), 2);
}

// A card's text with a variable gets an example field, as the body does: a person types
// {{1}} into card 1, the finding names the card ("Card 1: Give one example…"), a click on
// it puts the cursor in the card's example field, and the example typed there clears it.
void TstEditorTyping::carouselCardVariableGetsItsExample()
{
    auto editor = open(TemplateDocument::newTemplate());
    QVERIFY(editor);
    GuiDriver gui(editor.get());
    QVERIFY(select(*editor, QStringLiteral("Carousel")));
    QVERIFY(gui.click(QStringLiteral("Make this a carousel")));
    QVERIFY(gui.typeAtEnd(QStringLiteral("Card 1 text"), QStringLiteral("Tulips {{1}} now only 5 EUR a bunch")));
    const auto findingItem = [&editor]() -> QListWidgetItem * {
        auto *list = editor->findChild<ui::FindingsList *>();
        for (int i = 0; list && i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(QLatin1String("Card 1: Give one example for each variable")))
                return list->item(i);
        }
        return nullptr;
    };
    QTRY_VERIFY(findingItem());
    auto *list = editor->findChild<ui::FindingsList *>();
    QVERIFY(list->wordWrap());
    list->scrollToItem(findingItem());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(findingItem()).center());
    QLineEdit *example = gui.get<QLineEdit>(QStringLiteral("Card 1 example of variable 1"));
    QVERIFY(example);
    QTRY_VERIFY(example->hasFocus());
    QTest::keyClicks(example, QStringLiteral("red"));
    GuiDriver::settle();
    QTRY_VERIFY(!findingItem());
    const QString cards = TemplateDocument(editor->document()).componentPath(QStringLiteral("CAROUSEL")) + QStringLiteral(".cards");
    QCOMPARE(at(*editor, cards + QStringLiteral(".0.components.1.examples")).toArray(), QJsonArray{QStringLiteral("red")});
    // The duplicate has the variable, and its own example field.
    QVERIFY(gui.click(QStringLiteral("Duplicate card")));
    QVERIFY(gui.get<QLineEdit>(QStringLiteral("Card 2 example of variable 1")));
}

// A person clicks "Add footer" and types: the words go into the new footer field (the
// button that had the focus went with the page it was on, and the focus with it). The
// header's text row names its field for Alt+T (it showed "&Text:").
void TstEditorTyping::addedFieldHasTheFocus()
{
    auto editor = open(TemplateDocument::newTemplate());
    QVERIFY(editor);
    editor->show();
    QVERIFY(QTest::qWaitForWindowActive(editor.get()));
    GuiDriver gui(editor.get());
    QVERIFY(select(*editor, QStringLiteral("Footer: none")));
    QVERIFY(gui.click(QStringLiteral("Add footer")));
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->accessibleName() == QLatin1String("Footer text"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Reply STOP to opt out"));
    GuiDriver::settle();
    QCOMPARE(component(*editor, QStringLiteral("FOOTER")).value(QLatin1String("text")).toString(), QStringLiteral("Reply STOP to opt out"));

    QVERIFY(select(*editor, QStringLiteral("Header: none")));
    QVERIFY(gui.choose(QStringLiteral("Header format"), QStringLiteral("Text")));
    // The outline says the format as the combo box does.
    auto *outline = gui.find<QTreeView>(QStringLiteral("Template outline"));
    QVERIFY(outline && GuiDriver::findRow(outline, QStringLiteral("Header: Text")).isValid());
    QLabel *label = nullptr;
    for (QLabel *l : editor->findChildren<QLabel *>()) {
        if (l->isVisible() && l->text() == QLatin1String("&Text:"))
            label = l;
    }
    QVERIFY(label);
    QVERIFY(label->buddy());
    QCOMPARE(label->buddy()->accessibleName(), QStringLiteral("Header text"));
}
