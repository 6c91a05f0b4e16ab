#pragma once

#include "rules/contractlimits.h"
#include "templates/whatsappformatting.h"

#include <QCoreApplication>
#include <QString>

namespace sinch::ui {

// How much of one text a preview lays out. A phone shows a template's texts in full, and
// the contract keeps them short, but an editor holds whatever is pasted and a file holds
// whatever it holds: laying out megabytes froze the editor and took minutes in
// `sinch-console preview`. Beyond kMaxShownCharacters (the console's bound on the text it
// works on, see ContractLimits) a text is cut and the preview ends it with a line that
// says how much is not shown ("… 4,998,976 more characters not shown"); the validator's
// length finding says what to do about it.
class PreviewTextBound
{
    Q_DECLARE_TR_FUNCTIONS(PreviewTextBound)
public:
    static constexpr qsizetype kMaxShownCharacters = sinch::rules::ContractLimits::kLongestWorkedText;

    struct Cut
    {
        QString shown;
        qsizetype hidden = 0; // characters (UTF-16 units) not shown
    };
    // The text up to the bound, never splitting a surrogate pair.
    static Cut cut(const QString &text);
    // The line that ends a cut text, in italics; nothing to add when nothing was cut.
    static void appendSummary(QList<WhatsappFormatting::Block> *blocks, qsizetype hidden);
};

} // namespace sinch::ui
