#include "whatsappformatting.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>

namespace sinch::ui {

namespace {

// A variable stands in the text as one placeholder character while markers are matched,
// so that examples are never parsed as markup and "*{{1}}*" is bold.
constexpr QChar kPlaceholder(0xFFFC);

struct Source
{
    QString text;             // the markup with each {{n}} replaced by kPlaceholder
    QHash<int, int> variable; // position of a placeholder -> n
    QStringList examples;
    bool raw = false;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == kPlaceholder;
}

WhatsappFormatting::Style styleOf(QChar marker)
{
    switch (marker.unicode()) {
    case '*':
        return WhatsappFormatting::Bold;
    case '_':
        return WhatsappFormatting::Italic;
    case '~':
        return WhatsappFormatting::Strike;
    default:
        return WhatsappFormatting::Plain;
    }
}

class InlineParser
{
public:
    explicit InlineParser(const Source &source) : m_src(source), m_s(source.text) {}

    QList<WhatsappFormatting::Run> parse(int from, int to)
    {
        m_runs.clear();
        parseRange(from, to, {});
        return m_runs;
    }

    // The text as it stands, markers included, with variables replaced.
    QList<WhatsappFormatting::Run> literal(int from, int to, WhatsappFormatting::Styles styles)
    {
        m_runs.clear();
        emitText(from, to, styles);
        return m_runs;
    }

private:
    bool isOpener(int i, int to) const
    {
        const QChar c = m_s.at(i);
        if (i > 0 && (isWordChar(m_s.at(i - 1)) || m_s.at(i - 1) == c))
            return false;
        return i + 1 < to && !m_s.at(i + 1).isSpace() && m_s.at(i + 1) != c;
    }

    bool isCloser(int k, int open, int to) const
    {
        if (k - 1 <= open || m_s.at(k - 1).isSpace())
            return false;
        return k + 1 >= to || !isWordChar(m_s.at(k + 1));
    }

    void parseRange(int from, int to, WhatsappFormatting::Styles styles)
    {
        int textStart = from;
        int i = from;
        while (i < to) {
            const QChar c = m_s.at(i);
            if (c == QLatin1Char('`')) {
                const bool triple = i + 2 < to && m_s.at(i + 1) == c && m_s.at(i + 2) == c;
                const int width = triple ? 3 : 1;
                const int close = m_s.indexOf(triple ? QStringLiteral("```") : QStringLiteral("`"), i + width + 1);
                if (close >= 0 && close + width <= to) {
                    emitText(textStart, i, styles);
                    emitText(i + width, close, styles | (triple ? WhatsappFormatting::Monospace : WhatsappFormatting::Code));
                    i = close + width;
                    textStart = i;
                    continue;
                }
                i += width;
                continue;
            }
            const WhatsappFormatting::Style style = styleOf(c);
            if (style != WhatsappFormatting::Plain && !styles.testFlag(style) && isOpener(i, to)) {
                int close = -1;
                for (int k = i + 2; k < to; ++k) {
                    if (m_s.at(k) == c && isCloser(k, i, to)) {
                        close = k;
                        break;
                    }
                }
                if (close > 0) {
                    emitText(textStart, i, styles);
                    parseRange(i + 1, close, styles | style);
                    i = close + 1;
                    textStart = i;
                    continue;
                }
            }
            ++i;
        }
        emitText(textStart, to, styles);
    }

    void append(const QString &text, WhatsappFormatting::Styles styles, int variable)
    {
        if (text.isEmpty())
            return;
        if (!m_runs.isEmpty() && m_runs.last().styles == styles && variable == 0 && m_runs.last().variable == 0) {
            m_runs.last().text += text;
            return;
        }
        m_runs.append({text, styles, variable});
    }

    void emitText(int from, int to, WhatsappFormatting::Styles styles)
    {
        int start = from;
        for (int i = from; i < to; ++i) {
            if (m_s.at(i) != kPlaceholder)
                continue;
            append(m_s.mid(start, i - start), styles, 0);
            const int n = m_src.variable.value(i);
            const bool hasExample = n >= 1 && n <= m_src.examples.size() && !m_src.examples.at(n - 1).isEmpty();
            const QString shown = (m_src.raw || !hasExample) ? QStringLiteral("{{%1}}").arg(n) : m_src.examples.at(n - 1);
            append(shown, styles | WhatsappFormatting::Variable, n);
            start = i + 1;
        }
        append(m_s.mid(start, to - start), styles, 0);
    }

    const Source &m_src;
    const QString &m_s;
    QList<WhatsappFormatting::Run> m_runs;
};

Source prepare(const QString &markup, const QStringList &examples, bool raw)
{
    static const QRegularExpression variableRe(QStringLiteral("\\{\\{\\s*(\\d+)\\s*\\}\\}"));
    Source src;
    src.examples = examples;
    src.raw = raw;
    QString clean = markup;
    clean.remove(kPlaceholder);
    clean.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    int last = 0;
    for (auto it = variableRe.globalMatch(clean); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        src.text += clean.mid(last, m.capturedStart() - last);
        src.variable.insert(src.text.size(), m.captured(1).toInt());
        src.text += kPlaceholder;
        last = m.capturedEnd();
    }
    src.text += clean.mid(last);
    return src;
}

} // namespace

QList<WhatsappFormatting::Block> WhatsappFormatting::parse(const QString &markup, const QStringList &examples, bool rawVariables)
{
    static const QRegularExpression numbered(QStringLiteral("^(\\d{1,3}\\.) "));
    const Source src = prepare(markup, examples, rawVariables);
    const QString &s = src.text;
    InlineParser inlineParser(src);
    QList<Block> blocks;

    int lineStart = 0;
    while (lineStart <= s.size()) {
        int lineEnd = s.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = s.size();
        const QString line = s.mid(lineStart, lineEnd - lineStart);

        // ``` that opens on a line and closes on a later one: a monospace block, literal;
        // text before it on the line is a paragraph of its own.
        if (line.count(QLatin1String("```")) % 2 == 1) {
            const int open = lineStart + line.lastIndexOf(QLatin1String("```"));
            const int close = s.indexOf(QLatin1String("```"), lineEnd);
            if (close >= 0) {
                if (open > lineStart)
                    blocks.append({BlockKind::Paragraph, {}, inlineParser.parse(lineStart, open)});
                int from = open + 3;
                int to = close;
                if (from < to && s.at(from) == QLatin1Char('\n'))
                    ++from;
                if (to > from && s.at(to - 1) == QLatin1Char('\n'))
                    --to;
                const QList<Run> runs = inlineParser.literal(from, to, Monospace);
                // Split the runs at newlines into blocks.
                Block block{BlockKind::MonospaceBlock, {}, {}};
                for (const Run &r : runs) {
                    const QStringList pieces = r.text.split(QLatin1Char('\n'));
                    for (int p = 0; p < pieces.size(); ++p) {
                        if (p > 0) {
                            blocks.append(block);
                            block.runs.clear();
                        }
                        if (!pieces.at(p).isEmpty())
                            block.runs.append({pieces.at(p), r.styles, r.variable});
                    }
                }
                blocks.append(block);
                int after = close + 3;
                int next = s.indexOf(QLatin1Char('\n'), after);
                if (next < 0)
                    next = s.size();
                if (next > after)
                    blocks.append({BlockKind::Paragraph, {}, inlineParser.parse(after, next)});
                lineStart = next + 1;
                continue;
            }
        }

        Block block;
        int contentStart = lineStart;
        if (line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* "))) {
            block.kind = BlockKind::Bullet;
            contentStart += 2;
        } else if (line.startsWith(QLatin1String("> "))) {
            block.kind = BlockKind::Quote;
            contentStart += 2;
        } else if (const QRegularExpressionMatch m = numbered.match(line); m.hasMatch()) {
            block.kind = BlockKind::Numbered;
            block.marker = m.captured(1);
            contentStart += m.capturedLength();
        }
        block.runs = inlineParser.parse(contentStart, lineEnd);
        blocks.append(block);
        lineStart = lineEnd + 1;
    }
    return blocks;
}

QString WhatsappFormatting::plainText(const QList<Block> &blocks)
{
    QStringList lines;
    for (const Block &b : blocks) {
        QString line;
        if (b.kind == BlockKind::Bullet)
            line = QStringLiteral("• ");
        else if (b.kind == BlockKind::Numbered)
            line = b.marker + QLatin1Char(' ');
        for (const Run &r : b.runs)
            line += r.text;
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

void WhatsappFormatting::fill(QTextDocument *document, const QList<Block> &blocks, const DocumentStyle &style)
{
    document->clear();
    document->setDocumentMargin(0);
    document->setDefaultFont(style.font);
    const QString mono = style.monospaceFamily.isEmpty()
        ? QFontDatabase::systemFont(QFontDatabase::FixedFont).family()
        : style.monospaceFamily;
    const QFontMetricsF metrics(style.font);

    // One edit block: the document lays out once at the end, not after every run (the
    // text of a paragraph was itemized again for each run inserted: quadratic in its runs).
    document->setUndoRedoEnabled(false);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    bool first = true;
    for (const Block &block : blocks) {
        QTextBlockFormat bf;
        QString marker;
        switch (block.kind) {
        case BlockKind::Bullet:
            marker = QStringLiteral("•  ");
            break;
        case BlockKind::Numbered:
            marker = block.marker + QLatin1Char(' ');
            break;
        case BlockKind::Quote:
            bf.setLeftMargin(metrics.height() * 0.75);
            bf.setProperty(QuoteProperty, true);
            break;
        case BlockKind::Paragraph:
        case BlockKind::MonospaceBlock:
            break;
        }
        if (!marker.isEmpty()) {
            const qreal indent = metrics.horizontalAdvance(marker) + metrics.averageCharWidth() * 0.5;
            bf.setLeftMargin(indent);
            bf.setTextIndent(-indent);
        }
        if (first)
            cursor.setBlockFormat(bf);
        else
            cursor.insertBlock(bf, QTextCharFormat());
        first = false;
        if (!marker.isEmpty())
            cursor.insertText(marker, QTextCharFormat());
        for (const Run &run : block.runs) {
            QTextCharFormat cf;
            if (run.styles & Bold)
                cf.setFontWeight(QFont::Bold);
            if (run.styles & Italic)
                cf.setFontItalic(true);
            if (run.styles & Strike)
                cf.setFontStrikeOut(true);
            if (run.styles & (Monospace | Code))
                cf.setFontFamilies({mono});
            if (run.styles & Code)
                cf.setBackground(style.codeBackground);
            if ((run.styles & Variable) && style.variableBackground.isValid())
                cf.setBackground(style.variableBackground);
            cursor.insertText(run.text, cf);
        }
    }
    cursor.endEditBlock();
}

} // namespace sinch::ui
