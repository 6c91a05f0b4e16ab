#pragma once

#include <QJsonObject>
#include <QString>

namespace sinch::sandbox {

class SandboxState;

// WhatsApp templates, keyed by name and language: create (DRAFT or SUBMIT; 409
// template_exists), list with filterStates / filterStatuses / templateName prefix /
// fieldMask, list by name, get, patch (a new revision in `changes`, submitted or draft),
// delete by name, delete a language (without deleteSubmitted only the pending draft goes),
// activities and comments. Submissions go through ReviewLifecycle, whose reviewer runs the
// console's own TemplateValidator at review time (reviewerRejection()).
class WhatsappTemplateApi
{
public:
    static void install(SandboxState *state);
    static QString key(const QString &name, const QString &language);
    static const QString &storeKey();
    static const QString &feedTemplate();
    // Stores a template as the API shows it and records CREATED (+ DRAFT / IN_PROGRESS).
    static QJsonObject create(SandboxState *state, const QJsonObject &input);
    // The reviewer's decision on a submitted template: the rejectionCode of the first
    // warning of TemplateValidator::validateWhatsapp(..., Mode::Submit) that carries one,
    // else empty (approved).
    static QString reviewerRejection(const QJsonObject &item);
};

} // namespace sinch::sandbox
