#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace sinch::sandbox {

class FieldMask;
class SandboxState;
struct RequestContext;

// WhatsApp templates, keyed by name and language: create (DRAFT or SUBMIT; 409
// template_exists), list with filterStates / filterStatuses / templateName prefix /
// fieldMask, list by name, get, patch (a new revision in `changes`, submitted or draft),
// delete by name, delete a language (without deleteSubmitted only the pending draft goes),
// activities and comments. Reads carry analytics for templateAnalyticsDateRange (analytics()). Submissions go through ReviewLifecycle, whose reviewer runs the
// console's own TemplateValidator at review time (reviewerRejection()). A submission (not a
// draft) first meets Meta's limits (SandboxLimits): 429
// whatsapp_business_api_request_limit_exceeded past the burst, 424
// template_content_already_exists / template_limit_reached (submissionFailure()); with
// saveDraftOnFailure the template is then kept as a draft.
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
    // The details a template shows now: its pending changes', else its own.
    static QJsonObject currentDetails(const QJsonObject &item);
    // Meta's refusal of a submission, as a 424 errorCode, or empty: another template of the
    // language with the same details, or a name beyond the project's template limit.
    static QString submissionFailure(SandboxState *state, const QString &name, const QString &language,
                                     const QJsonObject &details);
    // The analytics of a template for a templateAnalyticsDateRange, in whole UTC days that
    // end at `today` 00:00 (exclusive), oldest first: DAY one daily entry (yesterday; also
    // for an empty or unknown range, the contract's fallback), WEEK 7 and MONTH 30 daily
    // entries, QUARTER 13 weekly ones; the ranges nest (a DAY's day is the last of its WEEK).
    // Only APPROVED templates have any. The numbers depend on name and language (volume by
    // language and category) and on the day's place in the range, not on the calendar: sent
    // >= delivered >= read >= the clicks of any button; one count for each QUICK_REPLY and
    // URL button of the approved details (UNIQUE_URL for a URL with a variable), cards'
    // buttons included; OTP, phone and flow buttons are not counted (the contract's
    // WhatsappTemplateAnalyticsButtonTypes has none for them).
    static QJsonArray analytics(const QJsonObject &item, const QString &range, const QDate &today);
    // A template as a read answers it: without internal fields, with the analytics of the
    // request's templateAnalyticsDateRange (computed only when the fieldMask keeps them),
    // the request's fieldMask (`mask`) applied.
    static QJsonObject present(const QJsonObject &item, const RequestContext &ctx, const FieldMask &mask);
};

} // namespace sinch::sandbox
