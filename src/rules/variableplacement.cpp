#include "variableplacement.h"

#include <QRegularExpression>

namespace sinch::rules {

namespace {

// A regular expression's \s and \d are ASCII's (no UseUnicodePropertiesOption), and a
// variable is made of braces, digits and white space only. These two sets are deliberately
// narrow, so that the looks before the regular expressions can only be sure where they say so.
// Surely part of no variable and no white space: printable ASCII but for braces and digits.
bool isWording(QChar c)
{
    const char16_t u = c.unicode();
    return u > 0x20 && u < 0x7f && u != u'{' && u != u'}' && !(u >= u'0' && u <= u'9');
}

// Surely white space to \s.
bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r';
}

bool densityExceeded(qsizetype variables, int words)
{
    return variables * 3 > words + 2;
}

} // namespace

bool VariablePlacement::startsWithVariable(const QString &text)
{
    // Most texts start with a word.
    if (!text.isEmpty() && isWording(text.front()))
        return false;
    static const QRegularExpression startVar(QStringLiteral("^\\s*\\{\\{\\s*\\d+\\s*\\}\\}"));
    return startVar.match(text).hasMatch();
}

bool VariablePlacement::endsWithVariable(const QString &text)
{
    // Most texts end with a word or a sign other than . ! ?
    if (!text.isEmpty() && isWording(text.back()) && text.back() != u'.' && text.back() != u'!' && text.back() != u'?')
        return false;
    static const QRegularExpression endVar(QStringLiteral("\\{\\{\\s*\\d+\\s*\\}\\}[\\s.!?]*$"));
    return endVar.match(text).hasMatch();
}

bool VariablePlacement::hasAdjacentVariables(const QString &text)
{
    static const QRegularExpression touching(QStringLiteral("\\}\\}\\s*\\{\\{"));
    return touching.match(text).hasMatch();
}

bool VariablePlacement::tooDense(const QString &text, qsizetype variables)
{
    // Words enough for sure: the exact count (a copy and a split) is not needed.
    if (!densityExceeded(variables, wordsAtLeast(text)))
        return false;
    return densityExceeded(variables, words(text));
}

int VariablePlacement::words(const QString &text)
{
    static const QRegularExpression varRe(QStringLiteral("\\{\\{\\s*\\d+\\s*\\}\\}"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString plain = text;
    plain.replace(varRe, QStringLiteral(" "));
    return int(plain.split(spaces, Qt::SkipEmptyParts).size());
}

int VariablePlacement::wordsAtLeast(const QString &text)
{
    // A wording character survives the variables' replacement, and two of them with a
    // white space between stay apart (the space stays, or is inside a variable that becomes
    // a space): each part with one is a word of its own.
    int parts = 0;
    bool counted = false;
    for (const QChar c : text) {
        if (isSpace(c)) {
            counted = false;
        } else if (!counted && isWording(c)) {
            ++parts;
            counted = true;
        }
    }
    return parts;
}

} // namespace sinch::rules
