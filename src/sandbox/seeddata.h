#pragma once

namespace sinch::sandbox {

class SandboxState;

// Realistic, deterministic seed data (SandboxConfig::seed): webhooks; 216 WhatsApp
// templates across the three categories and a dozen languages (text, media and location
// headers, buttons, carousels, authentication with OTP buttons) in every state and review
// status with their activity histories; WhatsApp senders; KakaoTalk senders and
// templates; RCS senders in several countries and states; upscales; flows. Everything is
// generated from word lists and the contract's request examples, created through the
// same handlers as API calls, then moved to its state. The trial project
// (SandboxLimits::otherProjectId) gets only its WhatsApp templates, as many as its limit.
class SeedData
{
public:
    static void load(SandboxState *state);

private:
    static void whatsappTemplates(SandboxState *state);
    static void viaApi(SandboxState *state);
    static void trialProject(SandboxState *state);
};

} // namespace sinch::sandbox
