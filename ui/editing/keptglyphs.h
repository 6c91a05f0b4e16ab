#pragma once

class QTextDocument;

namespace sinch::ui {

// The paragraphs of a text being typed into keep their shaped glyphs, as QLineEdit's line
// does. A key lays its paragraph out (shaping it); a QTextLayout then drops the glyphs,
// and placing the cursor and painting shape the whole paragraph twice more. Not once the
// document is longer than any template text (a huge paste): kept glyphs cost memory per
// character, so at most `maxCharacters` of them are kept.
class KeptGlyphs
{
public:
    static constexpr int maxCharacters = 20000;

    // From now on, for as long as `document` lives.
    static void keep(QTextDocument *document);
};

} // namespace sinch::ui
