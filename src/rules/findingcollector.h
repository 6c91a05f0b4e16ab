#pragma once

#include "finding.h"

namespace sinch::rules {

// Gathers the findings of one check in order, and knows whether the document is a draft
// (drafts skip only what the contract marks "Not required for draft"). Shared by the
// template rules of every channel so their findings are built the same way.
class FindingCollector
{
public:
    explicit FindingCollector(Mode m) : mode(m) {}
    void error(const QString &path, const char *rule, const QString &message, const QString &code = QString())
    {
        out << Finding{path, Severity::Error, message, QLatin1String(rule), code};
    }
    void warning(const QString &path, const char *rule, const QString &message, const QString &code = QString())
    {
        out << Finding{path, Severity::Warning, message, QLatin1String(rule), code};
    }
    bool submit() const { return mode == Mode::Submit; }

    // JSON paths in the API's words: "details" + "buttons" + 0 = "details.buttons.0".
    static QString at(const QString &base, const QString &key) { return base.isEmpty() ? key : base + QLatin1Char('.') + key; }
    static QString at(const QString &base, int index) { return base + QLatin1Char('.') + QString::number(index); }

    Mode mode;
    QList<Finding> out;
};

} // namespace sinch::rules
