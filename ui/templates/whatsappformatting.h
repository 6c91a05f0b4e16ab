#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextFormat>

class QTextDocument;

namespace sinch::ui {

// WhatsApp's message markup as the phone shows it: *bold*, _italic_, ~strike~,
// ```monospace```, `inline code`, "- " and "1. " lists and "> " quotes, with the
// template's variables {{n}} replaced by their examples (or kept raw). parse() is a pure
// function from markup to styled runs; fill() turns them into a QTextDocument for drawing.
//
// A marker formats only at a word's edge (an opening one after a space or punctuation and
// before a non-space, a closing one after a non-space and before a space, punctuation or
// the end), as on the phone; a marker without its partner stays literal. Markers nest
// (*_bold italic_*); code and monospace keep their content literal.
class WhatsappFormatting
{
public:
    enum Style {
        Plain = 0x00,
        Bold = 0x01,
        Italic = 0x02,
        Strike = 0x04,
        Monospace = 0x08,
        Code = 0x10,
        Variable = 0x20,
    };
    Q_DECLARE_FLAGS(Styles, Style)

    struct Run
    {
        QString text;
        Styles styles;
        int variable = 0; // n of {{n}} for a Variable run
        bool operator==(const Run &o) const { return text == o.text && styles == o.styles && variable == o.variable; }
    };

    enum class BlockKind { Paragraph, Bullet, Numbered, Quote, MonospaceBlock };

    struct Block
    {
        BlockKind kind = BlockKind::Paragraph;
        QString marker; // "1." for a numbered item, as written
        QList<Run> runs;
    };

    struct DocumentStyle
    {
        QFont font;
        QString monospaceFamily; // empty: the system's fixed font
        QColor variableBackground;
        QColor codeBackground;
    };

    // Set on the block format of quote blocks, so the painter can draw the quote's bar.
    static constexpr int QuoteProperty = QTextFormat::UserProperty + 17;

    static QList<Block> parse(const QString &markup, const QStringList &examples, bool rawVariables);
    static void fill(QTextDocument *document, const QList<Block> &blocks, const DocumentStyle &style);
    // The text as shown, lines joined by '\n' (list markers included).
    static QString plainText(const QList<Block> &blocks);
};

} // namespace sinch::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(sinch::ui::WhatsappFormatting::Styles)
