// The preview paints again only what an edit changed (PreviewRendering::changedSince, the
// canvas's partial update, the overlay's and the bubbles' cached shapes). Two ways to get
// that wrong are tested here:
//  - painting too little: after each key typed into a carousel card, what the window shows
//    (the backing store, as a screen grab reads it) must equal a full repaint of the
//    preview, pixel for pixel;
//  - painting too much: typing into one card marks only that card's text as changed, and a
//    new finding or another theme all of it.
#include "previewtestsupport.h"

#include "api/apiclient.h"
#include "domain/templatedocument.h"
#include "guidriver.h"
#include "preview/previewcanvas.h"
#include "storage/draftstore.h"
#include "templates/editor/templateeditor.h"
#include "templates/whatsapppreviewrenderer.h"
#include "templates/whatsapppreviewwidget.h"

#include <QApplication>
#include <QJsonArray>
#include <QScreen>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

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

    void theWindowShowsWhatAFullRepaintWould()
    {
        QTemporaryDir dir;
        ApiClient client;
        DraftStore drafts(dir.path());
        ui::TemplateEditor::Context ctx{&client, QStringLiteral("repaint"), &drafts, nullptr};
        ui::TemplateEditor editor(ctx, fixture(QStringLiteral("carousel")), QJsonObject());
        editor.resize(1200, 820);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        GuiDriver::settle();
        GuiDriver gui(&editor);
        auto *tree = gui.find<QTreeView>(QStringLiteral("Template outline"));
        QVERIFY(tree);
        QVERIFY(gui.clickRow(tree, QStringLiteral("Card 2")));
        GuiDriver::settle();
        QWidget *text = gui.find<QWidget>(QStringLiteral("Card 2 text"));
        QVERIFY(text);
        text->setFocus();
        QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
        auto *preview = editor.findChild<ui::WhatsappPreviewWidget *>(QStringLiteral("preview"));
        QVERIFY(preview);
        ui::PreviewCanvas *canvas = preview->canvas();

        // Enough keys to wrap the text onto new lines (the cards grow), then some removed.
        const QString typed = QStringLiteral(" Also in olive, with an inside pocket and a zip.");
        QList<int> keys;
        for (const QChar c : typed)
            keys << c.unicode();
        for (int i = 0; i < 12; ++i)
            keys << Qt::Key_Backspace;
        int compared = 0;
        for (const int key : keys) {
            if (key == Qt::Key_Backspace)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
            else
                GuiDriver::typeChar(QApplication::focusWidget(), char16_t(key));
            QCoreApplication::processEvents();
            // The part of the canvas in view, as the window shows it and as a full repaint
            // of the canvas (with the overlay on it) draws it.
            const QRect visible = canvas->visibleRegion().boundingRect();
            QVERIFY(!visible.isEmpty());
            const QPoint inWindow = canvas->mapTo(canvas->window(), visible.topLeft());
            const QImage shown = editor.screen()
                                     ->grabWindow(editor.winId(), inWindow.x(), inWindow.y(), visible.width(), visible.height())
                                     .toImage()
                                     .convertToFormat(QImage::Format_RGB32);
            const QImage full = canvas->grab(visible).toImage().convertToFormat(QImage::Format_RGB32);
            QCOMPARE(shown.size(), full.size());
            if (shown != full) {
                shown.save(dir.filePath(QStringLiteral("shown.png")));
                full.save(dir.filePath(QStringLiteral("full.png")));
                QFAIL(qPrintable(QStringLiteral("after key %1 the window differs from a full repaint").arg(compared)));
            }
            ++compared;
        }
        QCOMPARE(compared, keys.size());
        const QString typedText = TemplateDocument::valueAt(editor.document(), TemplateDocument::splitPath(cardBodyPath(1) + QStringLiteral(".text")))
                                      .toString();
        QVERIFY2(typedText.endsWith(QStringLiteral("made to last. Also in olive, with an inside pocke")), qPrintable(typedText));
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            editor.grab().save(QStringLiteral("previewrepaint-editor.png"));
    }
};

QTEST_MAIN(TstPreviewRepaint)
#include "tst_previewrepaint.moc"
