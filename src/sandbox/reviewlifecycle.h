#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace sinch::sandbox {

class SandboxState;

// The review of WhatsApp and KakaoTalk templates (and senders) on the review clock, in the
// contract's own words: a submission sets `changes.status` IN_PROGRESS (activity
// IN_PROGRESS); after SandboxConfig::reviewDelaySeconds the reviewer decides:
//   - approval: `changes.details` become `details`, `state` APPROVED (or the family's
//     active state), `changes` removed; no activity (the feeds have no APPROVED type);
//   - rejection: `changes.status` REJECTED, `rejectionCode` where the DTO has one,
//     activity REJECTED with the reason.
// Outcomes are deterministic: a name containing "reject" is always rejected
// (INVALID_FORMAT; "scam" in the name gives SCAM, "category" INCORRECT_CATEGORY); else the
// target's reviewer (if any) may reject with its code; every other submission is approved.
class ReviewLifecycle
{
public:
    struct Target
    {
        QString storeKey;       // ResourceStore of the item
        QString id;             // id in that store
        QString feedTemplate;   // path template of the item, for its activity feed
        QString approvedState;  // "APPROVED", "ACTIVE" ...
        bool hasRejectionCode = false;
        // The reviewer's rules, run at review time on the item: a non-empty rejection code
        // rejects it with that code (WhatsApp templates: the console's TemplateValidator).
        std::function<QString(const QJsonObject &item)> reviewer;
    };

    static void submit(SandboxState *state, const Target &target);
    static bool forcesRejection(const QString &name);
    static QString rejectionCode(const QString &name);
};

} // namespace sinch::sandbox
