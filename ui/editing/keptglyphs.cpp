#include "keptglyphs.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace sinch::ui {

namespace {

// The paragraphs from `from` to `from + added` keep their glyphs while the document is
// short. Kept paragraphs are only ever of a short document, and a paragraph edited once the
// document is long stops keeping them: what is kept stays within maxCharacters.
void follow(QTextDocument *document, int from, int added)
{
    const bool keep = document->characterCount() <= KeptGlyphs::maxCharacters;
    const QTextBlock last = document->findBlock(from + added);
    for (QTextBlock block = document->findBlock(from); block.isValid(); block = block.next()) {
        block.layout()->setCacheEnabled(keep);
        if (block == last)
            break;
    }
}

} // namespace

void KeptGlyphs::keep(QTextDocument *document)
{
    follow(document, 0, document->characterCount());
    // Emitted before the document's layout lays the changed paragraphs out.
    QObject::connect(document, &QTextDocument::contentsChange, document,
                     [document](int from, int, int added) { follow(document, from, added); });
}

} // namespace sinch::ui
