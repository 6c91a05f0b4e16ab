// The preview paints again only what an edit changed (PreviewRendering::changedSince, the
// canvas's partial update, the overlay's and the bubbles' cached shapes). Two ways to get
// that wrong are tested here:
//  - painting too little: after each key typed into a carousel card, what the window shows
//    (the backing store, as a screen grab reads it) must equal a full repaint of the
//    preview, pixel for pixel;
//  - painting too much: typing into one card marks only that card's text as changed, and a
//    new finding or another theme all of it; a finding that only counts again (its words,
//    not its marker, changed) paints nothing.
// Typing past a card's limit and back (markers come and go, the message counts every key)
// is compared with the window too, and the editor's preview, whose texts are kept from one
// rendering to the next, with a fresh rendering of the template.
#include "previewtestsupport.h"

#include "api/apiclient.h"
#include "domain/templatedocument.h"
#include "guidriver.h"
#include "preview/previewcanvas.h"
#include "preview/previewpaint.h"
#include "storage/draftstore.h"
#include "templates/editor/templateeditor.h"
#include "templates/whatsapppreviewrenderer.h"
#include "templates/whatsapppreviewwidget.h"
#include "paintrecorder.h"

#include <QApplication>
#include <QPaintEvent>
#include <QJsonArray>
#include <QScreen>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace sinch;
using namespace previewtest;
using sinch::test::GuiDriver;

namespace {

QString cardBodyPath(int card)
{
    // The fixture: BODY, then CAROUSEL with cards of HEADER, BODY, BUTTONS.
    return QStringLiteral("details.components.1.cards.%1.components.1").arg(card);
}

QJsonObject withCardText(QJsonObject t, int card, const QString &text)
{
    QJsonValue root(t);
    TemplateDocument::setAt(root, TemplateDocument::splitPath(cardBodyPath(card) + QStringLiteral(".text")), text);
    return root.toObject();
}

// The template editor on the carousel fixture, typing at the end of card 2's text.
struct TypingInCard2
{
    QTemporaryDir dir;
    ApiClient client;
    DraftStore drafts{dir.path()};
    std::unique_ptr<ui::TemplateEditor> editor;
    ui::WhatsappPreviewWidget *preview = nullptr;

    bool open()
    {
        ui::TemplateEditor::Context ctx{&client, QStringLiteral("repaint"), &drafts, nullptr};
        editor = std::make_unique<ui::TemplateEditor>(ctx, fixture(QStringLiteral("carousel")), QJsonObject());
        editor->resize(1200, 820);
        editor->show();
        if (!QTest::qWaitForWindowExposed(editor.get()))
            return false;
        GuiDriver::settle();
        GuiDriver gui(editor.get());
        auto *tree = gui.find<QTreeView>(QStringLiteral("Template outline"));
        if (!tree || !gui.clickRow(tree, QStringLiteral("Card 2")))
            return false;
        GuiDriver::settle();
        QWidget *text = gui.find<QWidget>(QStringLiteral("Card 2 text"));
        preview = editor->findChild<ui::WhatsappPreviewWidget *>(QStringLiteral("preview"));
        if (!text || !preview)
            return false;
        text->setFocus();
        QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
        return true;
    }

    QString cardText() const
    {
        return TemplateDocument::valueAt(editor->document(), TemplateDocument::splitPath(cardBodyPath(1) + QStringLiteral(".text")))
            .toString();
    }

    // Types each of `keys` (a character, or Qt::Key_Backspace) into the focused field. After
    // each, the part of the canvas in view must be, as the window shows it, what a full
    // repaint of the canvas (with the overlay on it) draws; then `afterKey(i)` checks more.
    void typeAndCompare(const QList<int> &keys, const std::function<void(int)> &afterKey = {})
    {
        ui::PreviewCanvas *canvas = preview->canvas();
        for (int i = 0; i < keys.size(); ++i) {
            if (keys.at(i) == Qt::Key_Backspace)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
            else
                GuiDriver::typeChar(QApplication::focusWidget(), char16_t(keys.at(i)));
            QCoreApplication::processEvents();
            const QRect visible = canvas->visibleRegion().boundingRect();
            QVERIFY(!visible.isEmpty());
            const QPoint inWindow = canvas->mapTo(canvas->window(), visible.topLeft());
            const QImage shown = editor->screen()
                                     ->grabWindow(editor->winId(), inWindow.x(), inWindow.y(), visible.width(), visible.height())
                                     .toImage()
                                     .convertToFormat(QImage::Format_RGB32);
            const QImage full = canvas->grab(visible).toImage().convertToFormat(QImage::Format_RGB32);
            QCOMPARE(shown.size(), full.size());
            if (shown != full) {
                shown.save(dir.filePath(QStringLiteral("shown.png")));
                full.save(dir.filePath(QStringLiteral("full.png")));
                QFAIL(qPrintable(QStringLiteral("after key %1 the window differs from a full repaint").arg(i)));
            }
            if (afterKey) {
                afterKey(i);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
};

using test::PaintRecorder;

QList<int> keysOf(const QString &typed)
{
    QList<int> keys;
    for (const QChar c : typed)
        keys << c.unicode();
    return keys;
}

bool hasCardLengthFinding(const QList<rules::Finding> &findings)
{
    for (const rules::Finding &f : findings)
        if (f.rule == QLatin1String("wa.card.body.length") && f.path.startsWith(cardBodyPath(1)))
            return true;
    return false;
}

} // namespace

class TstPreviewRepaint : public QObject
{
    Q_OBJECT

private slots:
    void oneCardsTextIsAllThatChanges()
    {
        const QJsonObject before = fixture(QStringLiteral("carousel"));
        // One letter for another: the text keeps its lines.
        const QJsonObject after = withCardText(before, 1, QStringLiteral("Our classic *canvas tote*: roomy, washable and made to last!"));
        PreviewOptions o;
        const PreviewRendering was = WhatsappPreviewRenderer::rendering(before, o);
        const PreviewRendering now = WhatsappPreviewRenderer::rendering(after, o);
        QCOMPARE(now.size, was.size);
        const auto same = [&](const QString &path) {
            const QStringList keys = TemplateDocument::splitPath(path);
            return TemplateDocument::valueAt(before, keys) == TemplateDocument::valueAt(after, keys);
        };
        const QRegion changed = now.changedSince(was, same);
        const PreviewPart text = partAt(now.parts, cardBodyPath(1));
        QVERIFY(!text.rect.isEmpty());
        QVERIFY(!changed.isEmpty());
        QVERIFY2(text.rect.toAlignedRect().adjusted(-10, -10, 10, 10).contains(changed.boundingRect()),
                 "only the card's text is painted again");
        for (int card : {0, 2}) {
            const PreviewPart other = partAt(now.parts, QStringLiteral("details.components.1.cards.%1").arg(card));
            QVERIFY(!other.rect.isEmpty());
            QVERIFY(!changed.intersects(other.rect.toAlignedRect().adjusted(2, 2, -2, -2)));
        }
        // Nothing changed: nothing to paint. No way to tell: all of it.
        QVERIFY(now.changedSince(now, [](const QString &) { return true; }).isEmpty());
        QCOMPARE(now.changedSince(was, {}).boundingRect(), QRect(QPoint(0, 0), now.size.toSize()));
    }

    void aTextThatWrapsMovesTheCards()
    {
        const QJsonObject before = fixture(QStringLiteral("carousel"));
        const QJsonObject after = withCardText(before, 1, QString(400, QLatin1Char('w')).replace(7, 1, QLatin1Char(' ')));
        PreviewOptions o;
        const PreviewRendering was = WhatsappPreviewRenderer::rendering(before, o);
        const PreviewRendering now = WhatsappPreviewRenderer::rendering(after, o);
        // All cards grow with the longest text: the whole rendering is new.
        QVERIFY(now.size != was.size);
        QCOMPARE(now.changedSince(was, [](const QString &) { return true; }), QRegion(QRect(QPoint(0, 0), now.size.toSize())));
    }

    void aRemovedButtonIsPaintedOver()
    {
        const QJsonObject before = fixture(QStringLiteral("carousel"));
        QJsonValue root(before);
        const QString buttons = QStringLiteral("details.components.1.cards.1.components.2.buttons");
        QJsonArray list = TemplateDocument::valueAt(root, TemplateDocument::splitPath(buttons)).toArray();
        list.removeLast();
        TemplateDocument::setAt(root, TemplateDocument::splitPath(buttons), list);
        const QJsonObject after = root.toObject();
        PreviewOptions o;
        const PreviewRendering was = WhatsappPreviewRenderer::rendering(before, o);
        const PreviewRendering now = WhatsappPreviewRenderer::rendering(after, o);
        QCOMPARE(now.size, was.size); // the other cards keep two rows of buttons
        const auto same = [&](const QString &path) {
            const QStringList keys = TemplateDocument::splitPath(path);
            return TemplateDocument::valueAt(before, keys) == TemplateDocument::valueAt(after, keys);
        };
        const QRegion changed = now.changedSince(was, same);
        const PreviewPart gone = partAt(was.parts, buttons + QStringLiteral(".1"));
        QVERIFY(!gone.rect.isEmpty());
        QVERIFY(partAt(now.parts, buttons + QStringLiteral(".1")).rect.isEmpty());
        QVERIFY(changed.contains(gone.rect.toAlignedRect()));
        for (int card : {0, 2}) {
            const PreviewPart other = partAt(now.parts, QStringLiteral("details.components.1.cards.%1").arg(card));
            QVERIFY(!changed.intersects(other.rect.toAlignedRect().adjusted(2, 2, -2, -2)));
        }
    }

    void theWidgetPaintsWhatAnEditChanged()
    {
        ui::WhatsappPreviewWidget preview;
        preview.resize(1400, 700); // all cards in view
        const QJsonObject before = fixture(QStringLiteral("carousel"));
        preview.setTemplate(before);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        GuiDriver::settle();
        PaintRecorder recorder(preview.canvas());
        const auto paintedAfter = [&](const QJsonObject &t) {
            recorder.painted = QRegion();
            preview.setTemplate(t);
            GuiDriver::settle();
            return recorder.painted;
        };
        const auto rectOf = [&](const QString &path) { return partAt(preview.parts(), path).rect.toAlignedRect(); };
        const auto cardPath = [](int card) { return QStringLiteral("details.components.1.cards.%1").arg(card); };

        // A letter for another in card 2's text: that text, no other card.
        QJsonObject edited = withCardText(before, 1, QStringLiteral("Our classic *canvas tote*: roomy, washable and made to last!"));
        QRegion painted = paintedAfter(edited);
        QVERIFY(painted.contains(rectOf(cardBodyPath(1))));
        for (int card : {0, 2})
            QVERIFY(!painted.intersects(rectOf(cardPath(card)).adjusted(12, 12, -12, -12)));

        // The last button of card 2 removed (the other cards keep two rows): where it was,
        // no other card.
        QJsonValue root(edited);
        const QString buttons = cardPath(1) + QStringLiteral(".components.2.buttons");
        QJsonArray list = TemplateDocument::valueAt(root, TemplateDocument::splitPath(buttons)).toArray();
        const QRect removed = rectOf(buttons + QStringLiteral(".1"));
        QVERIFY(!removed.isEmpty());
        list.removeLast();
        TemplateDocument::setAt(root, TemplateDocument::splitPath(buttons), list);
        painted = paintedAfter(root.toObject());
        QVERIFY(painted.contains(removed));
        for (int card : {0, 2})
            QVERIFY(!painted.intersects(rectOf(cardPath(card)).adjusted(12, 12, -12, -12)));

        // The same template again: nothing.
        QVERIFY(paintedAfter(root.toObject()).isEmpty());
    }

    void theWindowShowsWhatAFullRepaintWould()
    {
        TypingInCard2 typing;
        QVERIFY(typing.open());
        // Enough keys to wrap the text onto new lines (the cards grow), then some removed.
        QList<int> keys = keysOf(QStringLiteral(" Also in olive, with an inside pocket and a zip."));
        for (int i = 0; i < 12; ++i)
            keys << Qt::Key_Backspace;
        typing.typeAndCompare(keys);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(typing.cardText().endsWith(QStringLiteral("made to last. Also in olive, with an inside pocke")), qPrintable(typing.cardText()));
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            typing.editor->grab().save(QStringLiteral("previewrepaint-editor.png"));
    }

    void findingsMarkPartsNotWords()
    {
        const QList<PreviewPart> parts = WhatsappPreviewRenderer::rendering(fixture(QStringLiteral("carousel")), PreviewOptions()).parts;
        const rules::Finding longText{cardBodyPath(1) + QStringLiteral(".text"), rules::Severity::Error,
                                      QStringLiteral("Card texts are at most 160 characters; this one has 161."),
                                      QStringLiteral("wa.card.body.length"), QString()};
        rules::Finding longer = longText;
        longer.message = QStringLiteral("Card texts are at most 160 characters; this one has 162.");
        const QList<preview::FindingMark> marks = preview::findingMarks(parts, {longText});
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().part.path, cardBodyPath(1));
        // Counted again: the same marker. Another severity, or another part: another one.
        QVERIFY(preview::findingMarks(parts, {longer}) == marks);
        rules::Finding warning = longText;
        warning.severity = rules::Severity::Warning;
        QVERIFY(preview::findingMarks(parts, {warning}) != marks);
        rules::Finding elsewhere = longText;
        elsewhere.path = cardBodyPath(2) + QStringLiteral(".text");
        QVERIFY(preview::findingMarks(parts, {elsewhere}) != marks);
        // The worst finding of a part is its marker.
        QCOMPARE(preview::findingMarks(parts, {warning, longText}).first().severity, rules::Severity::Error);
        QVERIFY(preview::findingMarks(parts, {}).isEmpty());
    }

    void aFindingThatOnlyCountsAgainPaintsNothing()
    {
        ui::WhatsappPreviewWidget preview;
        preview.resize(420, 700);
        preview.setTemplate(fixture(QStringLiteral("carousel")));
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        GuiDriver::settle();
        PaintRecorder recorder(preview.canvas());
        const auto paintedAfter = [&](const QList<rules::Finding> &findings) {
            recorder.painted = QRegion();
            preview.setFindings(findings);
            GuiDriver::settle();
            return recorder.painted;
        };
        rules::Finding finding{QStringLiteral("details.components.0.text"), rules::Severity::Warning,
                               QStringLiteral("Bodies are best under 10 words; this one has 11."), QStringLiteral("test.words"), QString()};
        QVERIFY(!paintedAfter({finding}).isEmpty()); // a marker came
        finding.message = QStringLiteral("Bodies are best under 10 words; this one has 12.");
        QVERIFY(paintedAfter({finding}).isEmpty()); // the same marker, other words
        QCOMPARE(preview.findings().first().message, finding.message); // for the tooltip
        finding.severity = rules::Severity::Error;
        QVERIFY(!paintedAfter({finding}).isEmpty()); // another colour
        QVERIFY(!paintedAfter({}).isEmpty()); // gone
    }

    void aMarkerComesAndGoesAsTheCardsTextCrossesItsLimit()
    {
        TypingInCard2 typing;
        QVERIFY(typing.open());
        // Two characters short of the limit, then four more (a marker comes, its message
        // counts on) and four removed (it goes).
        const QString text = typing.cardText();
        QVERIFY(text.size() < 158);
        typing.editor->setValue(cardBodyPath(1) + QStringLiteral(".text"), text + QString(158 - text.size(), QLatin1Char('x')), false);
        GuiDriver::settle();
        QVERIFY(!hasCardLengthFinding(typing.preview->findings()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End, Qt::ControlModifier);
        QList<int> keys = keysOf(QStringLiteral("wxyz"));
        for (int i = 0; i < 4; ++i)
            keys << Qt::Key_Backspace;
        QStringList messages;
        typing.typeAndCompare(keys, [&](int i) {
            const int length = int(typing.cardText().size());
            QCOMPARE(length, i < 4 ? 159 + i : 161 - (i - 4));
            QCOMPARE(hasCardLengthFinding(typing.preview->findings()), length > 160);
            for (const rules::Finding &f : typing.preview->findings())
                if (f.rule == QLatin1String("wa.card.body.length"))
                    messages << f.message;
        });
        if (QTest::currentTestFailed())
            return;
        // 161, 162, 161 characters: the tooltip's words counted along.
        QCOMPARE(messages.size(), 3);
        QVERIFY(messages.at(0).contains(QLatin1String("161")));
        QVERIFY(messages.at(1).contains(QLatin1String("162")));
        QVERIFY(!hasCardLengthFinding(typing.preview->findings()));
    }

    void theKeptTextsDrawAsAFreshRenderingDoes()
    {
        TypingInCard2 typing;
        QVERIFY(typing.open());
        QList<int> keys = keysOf(QStringLiteral(" Now *also* in {{1}} olive."));
        for (int i = 0; i < 5; ++i)
            keys << Qt::Key_Backspace;
        typing.typeAndCompare(keys);
        if (QTest::currentTestFailed())
            return;
        // The editor's preview keeps its laid-out texts between renderings (their glyphs,
        // the bubble's measures); a rendering of the template as it is now makes them all
        // anew. Also after the bubble's text grows to two lines and back (its kept
        // document, measured before, comes back).
        const QString bubbleText = QStringLiteral("details.components.0.text");
        const QString shortText = typing.editor->document().value(QLatin1String("details")).toObject()
                                      .value(QLatin1String("components")).toArray().at(0).toObject()
                                      .value(QLatin1String("text")).toString();
        for (const QString &text : {QString(), shortText + QStringLiteral(" And a few more words to wrap the bubble's text."), shortText}) {
            if (!text.isEmpty())
                typing.editor->setValue(bubbleText, text);
            GuiDriver::settle();
            PreviewOptions o = options(typing.preview->theme(), typing.preview->canvas()->devicePixelRatioF());
            o.findings = typing.preview->findings();
            o.carouselScroll = typing.preview->carouselScroll();
            const QImage fresh = WhatsappPreviewRenderer::render(typing.editor->document(), o);
            QCOMPARE(typing.preview->image().convertToFormat(QImage::Format_RGB32), fresh.convertToFormat(QImage::Format_RGB32));
        }
    }
};

QTEST_MAIN(TstPreviewRepaint)
#include "tst_previewrepaint.moc"
