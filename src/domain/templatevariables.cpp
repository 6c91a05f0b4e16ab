#include "templatevariables.h"

namespace sinch {

const QRegularExpression &TemplateVariables::pattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*(\\d+)\\s*\\}\\}"));
    return re;
}

QList<int> TemplateVariables::numbers(const QString &text)
{
    QList<int> out;
    if (!text.contains(QLatin1String("{{")))
        return out; // no variable can start: spares the regular expression most footers and buttons
    for (auto it = pattern().globalMatch(text); it.hasNext();)
        out << it.next().captured(1).toInt();
    return out;
}

int TemplateVariables::count(const QString &text)
{
    int n = 0;
    for (const int v : numbers(text))
        n = qMax(n, v);
    return n;
}

} // namespace sinch
