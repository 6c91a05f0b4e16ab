#pragma once

#include "finding.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace sinch::rules {

// The hand-written rules of TEMPLATE-RULES.md for a WhatsApp template in the contract's
// create-request shape ({name, language, category, allowCategoryChange, details:
// {components, messageSendTtlSeconds}}): cross-field rules, rules the contract states only
// in prose, and the reviewers' known rejection risks (warnings). Field types, lengths,
// enums and patterns of single fields come from the contract's schema (see
// contractschema.h); where a rule here repeats one it is because the message says more.
// What a new template is checked against in its project: the templates the project has
// ("name|LANG", e.g. "order_update|EN_US"), the names deleted in this console with the
// day they were deleted, and today.
struct ProjectTemplates
{
    QSet<QString> existing;
    QHash<QString, QDate> deletedOn;
    QDate today;

    static QString key(const QString &name, const QString &language) { return name + QLatin1Char('|') + language; }
};

class WhatsappTemplateRules
{
    Q_DECLARE_TR_FUNCTIONS(WhatsappTemplateRules)

public:
    static QList<Finding> check(const QJsonObject &input, Mode mode);

    // What an edit (PATCH) of a template on the server may not change. `serverTemplate`
    // is the server's WhatsappTemplateDto ({state, category, rejectionCode, changes,
    // details, ...}); `input` the edited create-request document. The name and language
    // name the template and never change; `category` changes only while the template is
    // a draft (it has no `state`: never approved) or after a rejection for the wrong
    // category (rejectionCode INCORRECT_CATEGORY). Empty for an empty server template.
    static QList<Finding> checkEdit(const QJsonObject &input, const QJsonObject &serverTemplate);
    // The rules of a NEW template that need its project: name + language unique in the
    // project (error), and a name deleted less than 30 days ago cannot be reused yet
    // (warning, saying from when it can).
    static QList<Finding> checkInProject(const QJsonObject &input, const ProjectTemplates &project);
    static constexpr int kDeletedNameDays = 30;
    // Whether the category of `serverTemplate` may change (see checkEdit()).
    static bool categoryMayChange(const QJsonObject &serverTemplate);

    // {{1}}, {{2}} ... in order of appearance (numbers as written).
    static QList<int> variables(const QString &text);
    // The TTL range of a category in seconds, {0, 0} for an unknown category.
    static QPair<int, int> ttlRange(const QString &category);
    static int defaultTtl(const QString &category);
    // The minutes an authentication code may be said to expire after (Meta's rule: the
    // contract states no bounds for codeExpirationMinutes).
    static QPair<int, int> codeExpiryRange();
    // True when the host of `url` is one of the domains Meta refuses, or below one.
    static bool isRestrictedDomain(const QUrl &url);
};

} // namespace sinch::rules
