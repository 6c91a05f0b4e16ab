#include "previewtextbound.h"

namespace sinch::ui {

PreviewTextBound::Cut PreviewTextBound::cut(const QString &text)
{
    if (text.size() <= kMaxShownCharacters)
        return {text, 0};
    qsizetype end = kMaxShownCharacters;
    if (text.at(end - 1).isHighSurrogate())
        --end;
    return {text.left(end), text.size() - end};
}

void PreviewTextBound::appendSummary(QList<WhatsappFormatting::Block> *blocks, qsizetype hidden)
{
    if (hidden <= 0)
        return;
    WhatsappFormatting::Block block;
    block.runs.append({tr("… %Ln more characters not shown", nullptr, int(qMin<qsizetype>(hidden, INT_MAX))),
                       WhatsappFormatting::Italic, 0});
    blocks->append(block);
}

} // namespace sinch::ui
