// tst_templateeditor, the preview beside the form: it follows the selection, a carousel's
// cards scroll sideways within the phone as on it, and compared previews scroll together.
#include "tst_templateeditor.h"

using namespace sinch;
using sinch::ui::TemplateEditor;
using namespace sinch::test::editorsuite;

// Compared side by side, the previews scroll together both ways, along a carousel's
// cards and down the bubble; alone, the edited one scrolls by itself.
void TstTemplateEditor::comparePreviewsScrollTogether()
{
    const QJsonObject approvedDoc = readFixture(QStringLiteral("carousel.json"));
    QVERIFY(!approvedDoc.isEmpty());
    TemplateEditor editor({}, approvedDoc, approvedOnServer(approvedDoc));
    editor.resize(1400, 420);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setValue(QStringLiteral("details.components.0.text"), QStringLiteral("New this week: swipe the cards."));
    editor.setComparing(true);
    QVERIFY(editor.isComparing());
    QApplication::processEvents();
    QScrollBar *edited = editor.preview()->scrollArea()->verticalScrollBar();
    QScrollBar *approved = editor.approvedPreview()->scrollArea()->verticalScrollBar();
    QVERIFY2(edited->maximum() > 0 && approved->maximum() > 0, "vertical");
    const int v = qMin(edited->maximum(), approved->maximum()) / 2 + 1;
    edited->setValue(v);
    QCOMPARE(approved->value(), v);
    approved->setValue(0);
    QCOMPARE(edited->value(), 0);
    // Along the cards, each within its phone.
    const QString lastCard = QStringLiteral("details.components.1.cards.4");
    QVERIFY(editor.preview()->bringIntoView(lastCard));
    QVERIFY(editor.preview()->carouselScroll() > 0);
    QCOMPARE(editor.approvedPreview()->carouselScroll(), editor.preview()->carouselScroll());
    editor.approvedPreview()->setCarouselScroll(0);
    QCOMPARE(editor.preview()->carouselScroll(), 0.0);
    editor.setComparing(false);
    editor.preview()->setCarouselScroll(40);
    QCOMPARE(editor.approvedPreview()->carouselScroll(), 0.0);
}

// The preview follows the selection: a selected card scrolls into view, the selected
// part (and the focused field's part) is outlined.
void TstTemplateEditor::previewFollowsSelection()
{
    const QJsonObject t = readFixture(QStringLiteral("carousel.json"));
    TemplateEditor editor({}, t, approvedOnServer(t));
    editor.resize(1280, 820);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *scroll = editor.preview()->findChild<QScrollArea *>();
    QVERIFY(scroll);
    // The cards are cut at the phone's edge, as it shows them: no scroll bar sideways.
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    QCOMPARE(editor.preview()->carouselScroll(), 0.0);
    auto partRect = [&](const QString &path) {
        const QList<ui::PreviewPart> parts = editor.preview()->parts();
        return parts.at(ui::PreviewPart::indexFor(parts, path)).rect;
    };
    auto cardRect = [&](int n) { return partRect(QStringLiteral("details.components.1.cards.%1").arg(n)); };
    auto visible = [&](const QRectF &r) {
        const QRect viewport(QPoint(0, scroll->verticalScrollBar()->value()),
                             QSize(editor.preview()->canvas()->width(), scroll->viewport()->height()));
        return viewport.contains(r.toAlignedRect().adjusted(1, 1, -1, -1));
    };
    const QRectF message = partRect(QStringLiteral("details.components.0"));
    QVERIFY(!visible(cardRect(4)));
    editor.selectPart(QStringLiteral("carousel/4"));
    QVERIFY(editor.preview()->carouselScroll() > 0);
    QVERIFY(visible(cardRect(4)));
    // The message above the cards stays where it was.
    QCOMPARE(partRect(QStringLiteral("details.components.0")), message);
    QCOMPARE(scroll->horizontalScrollBar()->value(), 0);
    // In a pane narrower than the phone the phone narrows (a smaller handset) rather than
    // the pane scrolling sideways (that cut the message on the left); a card still comes
    // into sight in the carousel.
    // The editor's columns: the splitter the preview pane is a column of.
    QSplitter *columns = nullptr;
    for (QWidget *w = editor.preview(); w && !columns; w = w->parentWidget()) {
        auto *s = qobject_cast<QSplitter *>(w->parentWidget());
        if (s && s->orientation() == Qt::Horizontal && s->indexOf(w) == s->count() - 1)
            columns = s;
    }
    QVERIFY(columns);
    QList<int> sizes = columns->sizes();
    sizes.last() = 300;
    sizes.first() += columns->sizes().last() - 300;
    columns->setSizes(sizes);
    QTRY_VERIFY(editor.preview()->canvas()->width() < 360);
    QCOMPARE(editor.preview()->visibleArea().width(), qreal(editor.preview()->canvas()->width()));
    editor.selectPart(QStringLiteral("carousel/2"));
    QCOMPARE(scroll->horizontalScrollBar()->value(), 0);
    QVERIFY(editor.preview()->visibleArea().contains(cardRect(2)));
    editor.selectPart(QStringLiteral("carousel/4"));
    QCOMPARE(scroll->horizontalScrollBar()->value(), 0);
    QVERIFY(editor.preview()->visibleArea().contains(cardRect(4)));
    QCOMPARE(editor.previewOverlay()->highlightRect(), cardRect(4));
    editor.selectPart(QStringLiteral("carousel/0"));
    QVERIFY(visible(cardRect(0)));
    QCOMPARE(editor.previewOverlay()->highlightRect(), cardRect(0));

    editor.selectPart(QStringLiteral("body"));
    const QList<ui::PreviewPart> parts = editor.preview()->parts();
    QCOMPARE(editor.previewOverlay()->highlightRect(),
             parts.at(ui::PreviewPart::indexFor(parts, QStringLiteral("details.components.0"))).rect);
    editor.selectPart(QStringLiteral("settings"));
    QVERIFY(editor.previewOverlay()->highlightRect().isEmpty());

    // The focused field of a card outlines its own part: the card's button.
    editor.selectPart(QStringLiteral("carousel/1"));
    const QString buttonPath = QStringLiteral("details.components.1.cards.1.components.2.buttons.1.text");
    auto *field = editor.findChild<QLineEdit *>(QStringLiteral("field:") + buttonPath);
    QVERIFY(field);
    QApplication::setActiveWindow(&editor);
    field->setFocus();
    QTRY_COMPARE(editor.previewOverlay()->highlightedPath(), buttonPath);
    const QList<ui::PreviewPart> now = editor.preview()->parts();
    QCOMPARE(editor.previewOverlay()->highlightRect(), now.at(ui::PreviewPart::indexFor(now, buttonPath)).rect);
    // The overlay takes no clicks: a click on a part still selects its field.
    QVERIFY(editor.previewOverlay()->testAttribute(Qt::WA_TransparentForMouseEvents));
}
