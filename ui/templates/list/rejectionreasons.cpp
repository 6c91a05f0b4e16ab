#include "rejectionreasons.h"

namespace sinch::ui {

QStringList RejectionReasons::codes()
{
    return {QStringLiteral("ABUSIVE_CONTENT"), QStringLiteral("INCORRECT_CATEGORY"), QStringLiteral("INVALID_FORMAT"),
            QStringLiteral("NONE"), QStringLiteral("SCAM"), QStringLiteral("UNRECOGNIZED")};
}

RejectionReasons::Reason RejectionReasons::reason(const QString &code)
{
    if (code == QLatin1String("ABUSIVE_CONTENT"))
        return {code, tr("Abusive content"),
                tr("WhatsApp found wording it considers threatening, offensive or against its commerce policy."),
                tr("Rewrite the body, header and buttons in a neutral tone; remove pressure, threats and "
                   "content WhatsApp does not allow (weapons, drugs, adult content, gambling).")};
    if (code == QLatin1String("INCORRECT_CATEGORY"))
        return {code, tr("Wrong category"),
                tr("The content does not match the chosen category: promotional text in a UTILITY template, "
                   "or anything beyond a code in an AUTHENTICATION one."),
                tr("Choose the category that matches the text (offers and news are MARKETING), or remove the "
                   "promotional parts. Allowing category changes lets WhatsApp fix this itself next time.")};
    if (code == QLatin1String("INVALID_FORMAT"))
        return {code, tr("Invalid format"),
                tr("The structure breaks a formatting rule: variables not numbered in order, a variable at the "
                   "start or end of the body, missing examples, or too many or misplaced buttons."),
                tr("Number variables {{1}}, {{2}} … without gaps, put text before the first and after the last "
                   "one, give every variable an example, and check the limits on buttons and lengths.")};
    if (code == QLatin1String("SCAM"))
        return {code, tr("Looks like a scam"),
                tr("The reviewer thought the message could deceive people: asking for passwords or payment "
                   "details, unknown short links, or prizes that look too good to be true."),
                tr("Use your own full domain in links, never ask for credentials or card numbers, and say "
                   "clearly who sends the message and why.")};
    if (code == QLatin1String("NONE"))
        return {code, tr("No reason given"),
                tr("The template was rejected without a specific reason."),
                tr("Check it against WhatsApp's template guidelines, fix what the console's findings point "
                   "out, and submit again; if it is rejected again, ask Sinch support.")};
    if (code == QLatin1String("UNRECOGNIZED"))
        return {code, tr("Unrecognized reason"),
                tr("WhatsApp sent a reason this API version does not know."),
                tr("Look at the template's activities for the reviewer's comment, fix what it names, and "
                   "submit again.")};
    return {code, code,
            tr("The template was rejected with the code %1.").arg(code),
            tr("Look at the template's activities for the reviewer's comment, then edit and submit again.")};
}

} // namespace sinch::ui
