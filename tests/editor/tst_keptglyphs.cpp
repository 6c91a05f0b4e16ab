// The multi-line fields keep their paragraphs' shaped glyphs (KeptGlyphs): typing,
// pasting lines, a value set from the document (undo) and deleting must draw exactly what
// a field that keeps nothing draws, and a long document keeps no glyphs at all.
#include "editing/keptglyphs.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <functional>

using namespace sinch::ui;

namespace {

int keptParagraphs(QTextDocument *document)
{
    int kept = 0;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
        kept += b.layout()->cacheEnabled() ? 1 : 0;
    return kept;
}

// Key by key, as typed (any letter, not only ASCII).
void type(QWidget *w, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

class TstKeptGlyphs : public QObject
{
    Q_OBJECT

private slots:
    void aFieldDrawsWhatOneThatKeepsNothingDraws()
    {
        QPlainTextEdit kept, plain;
        KeptGlyphs::keep(kept.document());
        for (QPlainTextEdit *e : {&kept, &plain}) {
            e->resize(260, 220);
            e->setPlainText(QStringLiteral("Card 2 with a short text about {{1}}."));
            e->show();
            QVERIFY(QTest::qWaitForWindowExposed(e));
        }
        // Each step to both fields, then their pixels compared.
        const QList<std::pair<QString, std::function<void(QPlainTextEdit *)>>> steps{
            {QStringLiteral("typed at the end"), [](QPlainTextEdit *e) {
                 e->moveCursor(QTextCursor::End);
                 type(e, QStringLiteral(" Soft cotton, machine washable, in six colours and all sizes."));
             }},
            {QStringLiteral("typed in the middle"), [](QPlainTextEdit *e) {
                 QTextCursor c = e->textCursor();
                 c.setPosition(5);
                 e->setTextCursor(c);
                 type(e, QStringLiteral("ünïcödé 한국어 "));
             }},
            {QStringLiteral("lines pasted"), [](QPlainTextEdit *e) {
                 e->insertPlainText(QStringLiteral("first line\nsecond line, longer than the field is wide\nthird"));
             }},
            {QStringLiteral("set from the document"), [](QPlainTextEdit *e) {
                 e->setPlainText(QStringLiteral("Another value\nover two lines, as an undo puts it back"));
             }},
            {QStringLiteral("deleted"), [](QPlainTextEdit *e) {
                 e->moveCursor(QTextCursor::End);
                 for (int i = 0; i < 12; ++i)
                     QTest::keyClick(e, Qt::Key_Backspace);
             }},
            {QStringLiteral("joined and split"), [](QPlainTextEdit *e) {
                 e->moveCursor(QTextCursor::Start);
                 e->moveCursor(QTextCursor::EndOfBlock);
                 QTest::keyClick(e, Qt::Key_Delete);
                 QTest::keyClick(e, Qt::Key_Return);
                 type(e, QStringLiteral("new paragraph"));
             }},
        };
        for (const auto &[what, step] : steps) {
            step(&kept);
            step(&plain);
            QCoreApplication::processEvents();
            QCOMPARE(kept.toPlainText(), plain.toPlainText());
            QVERIFY2(kept.grab().toImage() == plain.grab().toImage(), qPrintable(what));
            QCOMPARE(keptParagraphs(kept.document()), kept.document()->blockCount());
        }
        QVERIFY2(kept.toPlainText().contains(QLatin1String("Another value\nnew paragraphover two lines")), qPrintable(kept.toPlainText()));
    }

    void aLongDocumentKeepsNoGlyphs()
    {
        QPlainTextEdit field;
        KeptGlyphs::keep(field.document());
        field.setPlainText(QStringLiteral("short\ntext"));
        QCOMPARE(keptParagraphs(field.document()), 2);
        // A paste that makes the document longer than any template text: what it touches
        // keeps nothing, and the paragraphs kept before hold fewer characters than the limit.
        field.moveCursor(QTextCursor::End);
        field.insertPlainText(QString(KeptGlyphs::maxCharacters, QLatin1Char('a')) + QStringLiteral("\nmore\nlines"));
        QCOMPARE(keptParagraphs(field.document()), 1); // "short"
        field.setPlainText(QString(KeptGlyphs::maxCharacters + 1, QLatin1Char('b')) + QStringLiteral("\nend"));
        QCOMPARE(keptParagraphs(field.document()), 0);
        field.setPlainText(QStringLiteral("short again\nand kept"));
        QCOMPARE(keptParagraphs(field.document()), 2);
    }
};

QTEST_MAIN(TstKeptGlyphs)
#include "tst_keptglyphs.moc"
