#pragma once

#include "jsondiff.h"

#include <QJsonObject>

namespace sinch {

// "Changed since approval" of a WhatsApp template, one definition for the editor's
// Compare with approved and the list's pending-changes diff: what counts is the category
// and the details (allowCategoryChange is a wish for the review, not content).
class TemplateApproval
{
public:
    // The part of a document (create-request shape) a comparison looks at.
    static QJsonObject comparable(const QJsonObject &document);
    // From the approved version of `serverTemplate` to `document`, by JSON path.
    static QList<JsonChange> changes(const QJsonObject &serverTemplate, const QJsonObject &document);
    // Whether there is something to compare: an approved version, and pending changes on
    // the server or a document that differs from it.
    static bool canCompare(const QJsonObject &serverTemplate, const QJsonObject &document);
};

} // namespace sinch
