#include "templates/whatsappformatting.h"

#include <QFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QtTest>

using sinch::ui::WhatsappFormatting;

namespace {

// Blocks as "K|run|run / K|run": K is P(aragraph), U (bullet), N<marker> (numbered), Q(uote)
// or M(onospace block); a run is its text, prefixed by {flags} when styled: b i s m c and
// v<n> for a variable.
QString encode(const QList<WhatsappFormatting::Block> &blocks)
{
    QStringList out;
    for (const WhatsappFormatting::Block &b : blocks) {
        QString s;
        switch (b.kind) {
        case WhatsappFormatting::BlockKind::Paragraph: s = QStringLiteral("P"); break;
        case WhatsappFormatting::BlockKind::Bullet: s = QStringLiteral("U"); break;
        case WhatsappFormatting::BlockKind::Numbered: s = QStringLiteral("N") + b.marker; break;
        case WhatsappFormatting::BlockKind::Quote: s = QStringLiteral("Q"); break;
        case WhatsappFormatting::BlockKind::MonospaceBlock: s = QStringLiteral("M"); break;
        }
        for (const WhatsappFormatting::Run &r : b.runs) {
            QString flags;
            if (r.styles & WhatsappFormatting::Bold) flags += QLatin1Char('b');
            if (r.styles & WhatsappFormatting::Italic) flags += QLatin1Char('i');
            if (r.styles & WhatsappFormatting::Strike) flags += QLatin1Char('s');
            if (r.styles & WhatsappFormatting::Monospace) flags += QLatin1Char('m');
            if (r.styles & WhatsappFormatting::Code) flags += QLatin1Char('c');
            if (r.styles & WhatsappFormatting::Variable) flags += QStringLiteral("v%1").arg(r.variable);
            s += QLatin1Char('|') + (flags.isEmpty() ? QString() : QLatin1Char('{') + flags + QLatin1Char('}')) + r.text;
        }
        out.append(s);
    }
    return out.join(QStringLiteral(" / "));
}

} // namespace

class TestWhatsappFormatting : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("markup");
        QTest::addColumn<QStringList>("examples");
        QTest::addColumn<bool>("raw");
        QTest::addColumn<QString>("expected");
        const QStringList none;
        const QStringList ana{QStringLiteral("Ana"), QStringLiteral("A-1234")};

        // Each markup on its own.
        QTest::newRow("plain") << "hello world" << none << false << "P|hello world";
        QTest::newRow("bold") << "*bold*" << none << false << "P|{b}bold";
        QTest::newRow("italic") << "an _italic_ word" << none << false << "P|an |{i}italic| word";
        QTest::newRow("strike") << "~gone~!" << none << false << "P|{s}gone|!";
        QTest::newRow("monospace") << "run ```x = 1``` now" << none << false << "P|run |{m}x = 1| now";
        QTest::newRow("code") << "type `ls -l`" << none << false << "P|type |{c}ls -l";
        QTest::newRow("bullets") << "- one\n- *two*" << none << false << "U|one / U|{b}two";
        QTest::newRow("star bullets") << "* one\n* two" << none << false << "U|one / U|two";
        QTest::newRow("numbered") << "1. first\n12. twelfth" << none << false << "N1.|first / N12.|twelfth";
        QTest::newRow("quote") << "> quoted _text_" << none << false << "Q|quoted |{i}text";
        QTest::newRow("monospace block") << "```\nline 1\n*x*\n```" << none << false << "M|{m}line 1 / M|{m}*x*";
        QTest::newRow("monospace block mid-line") << "see ```a\nb``` ok" << none << false << "P|see  / M|{m}a / M|{m}b / P| ok";
        QTest::newRow("unclosed monospace block") << "```a\nb" << none << false << "P|```a / P|b";
        QTest::newRow("lines") << "a\n\nb" << none << false << "P|a / P / P|b";

        // Nesting.
        QTest::newRow("bold italic") << "*_both_*" << none << false << "P|{bi}both";
        QTest::newRow("italic in bold") << "*bold _and italic_*" << none << false << "P|{b}bold |{bi}and italic";
        QTest::newRow("strike in italic") << "_a ~b~ c_" << none << false << "P|{i}a |{is}b|{i} c";
        QTest::newRow("code keeps markers") << "`*x*`" << none << false << "P|{c}*x*";
        QTest::newRow("monospace keeps markers") << "```_x_```" << none << false << "P|{m}_x_";

        // Unclosed or misplaced markers stay literal.
        QTest::newRow("unclosed bold") << "*not bold" << none << false << "P|*not bold";
        QTest::newRow("unclosed code") << "a `b" << none << false << "P|a `b";
        QTest::newRow("spaced markers") << "a * b * c" << none << false << "P|a * b * c";
        QTest::newRow("inside a word") << "2*3*4" << none << false << "P|2*3*4";
        QTest::newRow("snake case") << "snake_case_name" << none << false << "P|snake_case_name";
        QTest::newRow("space before closer") << "*bold *" << none << false << "P|*bold *";
        QTest::newRow("empty") << "**" << none << false << "P|**";
        QTest::newRow("not across lines") << "*a\nb*" << none << false << "P|*a / P|b*";
        QTest::newRow("two spans") << "*a* and *b*" << none << false << "P|{b}a| and |{b}b";

        // Variables: examples or raw, tinted either way; examples are never markup.
        QTest::newRow("example") << "Hi {{1}}!" << ana << false << "P|Hi |{v1}Ana|!";
        QTest::newRow("raw") << "Hi {{1}}!" << ana << true << "P|Hi |{v1}{{1}}|!";
        QTest::newRow("bold variable") << "order *{{2}}*" << ana << false << "P|order |{bv2}A-1234";
        QTest::newRow("raw bold variable") << "order *{{2}}*" << ana << true << "P|order |{bv2}{{2}}";
        QTest::newRow("no example") << "{{3}} left" << ana << false << "P|{v3}{{3}}| left";
        QTest::newRow("example is literal") << "Hi {{1}}" << QStringList{QStringLiteral("*x*")} << false << "P|Hi |{v1}*x*";
        QTest::newRow("variable in code") << "`{{1}}`" << ana << false << "P|{cv1}Ana";
        QTest::newRow("spaced braces") << "{{ 1 }}" << ana << false << "P|{v1}Ana";
        QTest::newRow("touching variables") << "{{1}}{{2}}" << ana << false << "P|{v1}Ana|{v2}A-1234";
    }

    void parse()
    {
        QFETCH(QString, markup);
        QFETCH(QStringList, examples);
        QFETCH(bool, raw);
        QFETCH(QString, expected);
        QCOMPARE(encode(WhatsappFormatting::parse(markup, examples, raw)), expected);
    }

    void plainText()
    {
        const auto blocks = WhatsappFormatting::parse(QStringLiteral("*Hi* {{1}}\n- a\n3. b"), {QStringLiteral("Ana")}, false);
        QCOMPARE(WhatsappFormatting::plainText(blocks), QStringLiteral("Hi Ana\n• a\n3. b"));
    }

    void documentCarriesStyles()
    {
        QTextDocument doc;
        QFont font;
        font.setPixelSize(15);
        const QColor tint(1, 2, 3, 40);
        WhatsappFormatting::fill(&doc,
                                 WhatsappFormatting::parse(QStringLiteral("a *b* _c_ ~d~ `e` {{1}}\n> q\n- l"),
                                                           {QStringLiteral("Ana")}, false),
                                 {font, QString(), tint, QColor(0, 0, 0, 20)});
        QCOMPARE(doc.blockCount(), 3);
        QCOMPARE(doc.toPlainText(), QStringLiteral("a b c d e Ana\nq\n•  l"));
        auto formatAt = [&doc](int position) {
            QTextCursor c(&doc);
            c.setPosition(position + 1);
            return c.charFormat();
        };
        const QString text = doc.toPlainText();
        QCOMPARE(formatAt(text.indexOf(QLatin1Char('b'))).fontWeight(), int(QFont::Bold));
        QCOMPARE(formatAt(text.indexOf(QLatin1Char('a'))).fontWeight(), int(QFont::Normal));
        QVERIFY(formatAt(text.indexOf(QLatin1Char('c'))).fontItalic());
        QVERIFY(formatAt(text.indexOf(QLatin1Char('d'))).fontStrikeOut());
        QVERIFY(formatAt(text.indexOf(QLatin1Char('e'))).background().color().alpha() > 0);
        QCOMPARE(formatAt(text.indexOf(QStringLiteral("Ana"))).background().color(), tint);
        QVERIFY(doc.findBlockByNumber(1).blockFormat().property(WhatsappFormatting::QuoteProperty).toBool());
        QVERIFY(!doc.findBlockByNumber(0).blockFormat().property(WhatsappFormatting::QuoteProperty).toBool());
        // A list item hangs: its wrapped lines start after the bullet.
        QVERIFY(doc.findBlockByNumber(2).blockFormat().leftMargin() > 0);
        QVERIFY(doc.findBlockByNumber(2).blockFormat().textIndent() < 0);
    }
};

QTEST_MAIN(TestWhatsappFormatting)
#include "tst_whatsappformatting.moc"
