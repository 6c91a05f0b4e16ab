#pragma once

#include <QString>

namespace sinch::rules {

// Where a body text's variables ({{1}}) stand and how much wording is around them: the
// rejection risks of TEMPLATE-RULES.md that WhatsappTemplateRules warns of. The editor asks
// on every keystroke, so each question first takes a look at the text's ends or counts what
// is surely a word, and runs its regular expression only when that look cannot tell.
class VariablePlacement
{
public:
    // Only white space before the first variable.
    static bool startsWithVariable(const QString &text);
    // Only white space and . ! ? after the last variable.
    static bool endsWithVariable(const QString &text);
    // Two variables with only white space between them.
    static bool hasAdjacentVariables(const QString &text);
    // Meta's worry: many variables in little text. `variables` is how many the text has.
    static bool tooDense(const QString &text, qsizetype variables);

    // The words the density rule counts: each variable stands for a space, the rest is
    // split at white space.
    static int words(const QString &text);
    // At most words(text), counted in one pass without a copy: the white-space-separated
    // parts holding a character that no variable can consist of (a letter, a sign).
    static int wordsAtLeast(const QString &text);
};

} // namespace sinch::rules
