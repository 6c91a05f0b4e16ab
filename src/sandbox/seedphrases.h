#pragma once

#include <QString>

namespace sinch::sandbox {

// A template's texts in one language: body (%1 subject, %2 action), quick replies, footer,
// text header (%1 subject), carousel body (%1 subject), card body (%1 subject, %2 number),
// card buttons, the OTP button.
struct SeedPhrases
{
    const char *language;
    const char *body, *yes, *no, *footer, *header, *carousel, *card, *more, *shop, *copy;

    // The texts of `language`, or of EN_US when the seed has none in it.
    static const SeedPhrases &forLanguage(const QString &language);
};

} // namespace sinch::sandbox
