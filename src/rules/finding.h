#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace sinch::rules {

enum class Severity { Error, Warning };

// One problem of a document (a template, a sender, a questionnaire): where it is (a JSON
// path in the API's own words, the same the server uses in validationErrors, e.g.
// "details.components.1.buttons.0.text"), how bad it is, and a sentence that says how to
// fix it. `rule` names the rule that fired ("wa.body.variables.gap"), for tests and for
// the sandbox's review; `rejectionCode` is the reviewer's code when the rule predicts a
// rejection.
struct Finding
{
    QString path;
    Severity severity = Severity::Error;
    QString message;
    QString rule;
    QString rejectionCode;

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Finding &o) const
    {
        return path == o.path && severity == o.severity && rule == o.rule && message == o.message;
    }
};

// Drafts skip only the checks the contract marks "Not required for draft".
enum class Mode { Draft, Submit };

inline bool hasErrors(const QList<Finding> &findings)
{
    for (const Finding &f : findings)
        if (f.isError())
            return true;
    return false;
}

} // namespace sinch::rules

Q_DECLARE_METATYPE(sinch::rules::Finding)
