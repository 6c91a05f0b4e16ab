#pragma once

#include "rules/finding.h"

#include <QList>
#include <QString>

namespace sinch::test {

// Whether the findings hold one of `rule`, wherever it points.
inline bool hasRule(const QList<rules::Finding> &findings, const QString &rule)
{
    for (const rules::Finding &f : findings)
        if (f.rule == rule)
            return true;
    return false;
}

// Whether the findings hold one at `path` (of `rule`, when one is named).
inline bool hasFinding(const QList<rules::Finding> &findings, const QString &path, const QString &rule = QString())
{
    for (const rules::Finding &f : findings)
        if (f.path == path && (rule.isEmpty() || f.rule == rule))
            return true;
    return false;
}

} // namespace sinch::test
