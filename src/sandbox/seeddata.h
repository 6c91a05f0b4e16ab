#pragma once

namespace sinch::sandbox {

class SandboxState;

// Realistic, deterministic seed data (SandboxConfig::seed): webhooks; WhatsApp templates
// across the three categories and a dozen languages (text, media and location headers,
// buttons, carousels, authentication with OTP buttons) in every state and review status
// with their activity histories, shaped by SandboxConfig::seedShape:
//  - SingleLanguage: 216 names, one language each (order_confirmation EN_US,
//    order_update ES_ES, ...), as the console's tests in tests/templates expect;
//  - Multilingual: 81 names in 284 rows: EN_US always, most names in 2-5 languages
//    (ES_ES, DE, FR, PT_BR ... by popularity), order_confirmation, delivery_update and
//    account_welcome in all 12, six names in EN_US only; texts and buttons in the row's
//    language. States: APPROVED (quality GREEN, some YELLOW, a few UNKNOWN), PAUSED and
//    DISABLED (quality RED, with Meta's comment), approved with pending changes (DRAFT,
//    IN_PROGRESS, REJECTED with rejectionCode), never approved (no state; changes DRAFT,
//    IN_PROGRESS or REJECTED with rejectionCode).
// Analytics are not stored: reads compute them for approved templates
// (WhatsappTemplateApi::analytics()). Then flows and what SeedSenders makes: the WhatsApp
// account, WhatsApp senders; KakaoTalk senders and templates; RCS senders in several
// countries and states with their Conversation API apps (SeedIds); upscales. Everything
// is generated from word lists and the contract's request examples, created through the
// same handlers as API calls, then moved to its state; last, SeedActivity dates every
// history over the 30 days before the sandbox started. The trial project
// (SandboxLimits::otherProjectId) gets only its WhatsApp templates, as many as its limit.
class SeedData
{
public:
    static void load(SandboxState *state);
    // `count` WhatsApp templates of varied shapes (the layouts above: text, media and
    // location headers, buttons, 3-card carousels, authentication), names in one to three
    // of the twelve languages, categories and states as the multilingual seed's; no
    // activity. Deterministic: the same count makes the same templates.
    static void bulkTemplates(SandboxState *state, int count);

private:
    static void whatsappTemplates(SandboxState *state);
    static void multilingualTemplates(SandboxState *state);
    static void trialProject(SandboxState *state);
};

} // namespace sinch::sandbox
