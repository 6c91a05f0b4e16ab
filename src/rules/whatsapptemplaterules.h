#pragma once

#include "finding.h"

#include <QJsonObject>

namespace sinch::rules {

// The hand-written rules of TEMPLATE-RULES.md for a WhatsApp template in the contract's
// create-request shape ({name, language, category, allowCategoryChange, details:
// {components, messageSendTtlSeconds}}): cross-field rules, rules the contract states only
// in prose, and the reviewers' known rejection risks (warnings). Field types, lengths,
// enums and patterns of single fields come from the contract's schema (see
// contractschema.h); where a rule here repeats one it is because the message says more.
class WhatsappTemplateRules
{
    Q_DECLARE_TR_FUNCTIONS(WhatsappTemplateRules)

public:
    static QList<Finding> check(const QJsonObject &input, Mode mode);

    // {{1}}, {{2}} ... in order of appearance (numbers as written).
    static QList<int> variables(const QString &text);
    // The TTL range of a category in seconds, {0, 0} for an unknown category.
    static QPair<int, int> ttlRange(const QString &category);
    static int defaultTtl(const QString &category);
    // True when the host of `url` is one of the domains Meta refuses, or below one.
    static bool isRestrictedDomain(const QUrl &url);
};

} // namespace sinch::rules
