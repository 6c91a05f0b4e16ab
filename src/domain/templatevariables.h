#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace sinch {

// Variables of a WhatsApp template text: {{1}}, {{2}} ... (spaces inside the braces are
// read as WhatsApp reads them). The one pattern the rules, the editor's document and its
// example rows use.
class TemplateVariables
{
public:
    // Captures the number in group 1.
    static const QRegularExpression &pattern();
    // The numbers in order of appearance ("a {{1}} b {{ 2 }}" → 1, 2).
    static QList<int> numbers(const QString &text);
    // The highest number (the number of examples the text needs).
    static int count(const QString &text);
};

} // namespace sinch
