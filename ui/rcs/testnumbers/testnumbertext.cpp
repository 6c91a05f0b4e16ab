#include "testnumbertext.h"

#include "domain/enumtext.h"

namespace sinch::ui {

QString TestNumberText::state(const QString &state)
{
    if (state == QLatin1String("UNVERIFIED"))
        return tr("Invited: waiting for the tester to accept");
    if (state == QLatin1String("PENDING"))
        return tr("Pending: Google is checking the number");
    if (state == QLatin1String("VERIFIED"))
        return tr("Verified: can receive test messages");
    if (state == QLatin1String("DECLINED"))
        return tr("Declined by the tester: resend the invite");
    if (state == QLatin1String("INVALID"))
        return tr("Invalid: not an RCS-capable number");
    if (state == QLatin1String("UNRECOGNIZED"))
        return tr("Unknown to Google: check the number");
    return EnumText::words(state);
}

QString TestNumberText::feature(const QString &feature)
{
    static const struct { const char *value; const char *words; } kWords[] = {
        {"ACTION_COMPOSE", QT_TR_NOOP("Compose a message")},
        {"ACTION_CREATE_CALENDAR_EVENT", QT_TR_NOOP("Create a calendar event")},
        {"ACTION_DIAL", QT_TR_NOOP("Dial a number")},
        {"ACTION_OPEN_URL", QT_TR_NOOP("Open a link")},
        {"ACTION_OPEN_URL_IN_WEBVIEW", QT_TR_NOOP("Open a link inside the conversation")},
        {"ACTION_SHARE_LOCATION", QT_TR_NOOP("Share a location")},
        {"ACTION_VIEW_LOCATION", QT_TR_NOOP("View a location")},
        {"REVOCATION", QT_TR_NOOP("Revoke a sent message")},
        {"RICHCARD_CAROUSEL", QT_TR_NOOP("Rich card carousels")},
        {"RICHCARD_STANDALONE", QT_TR_NOOP("Standalone rich cards")},
        {"FEATURE_UNSPECIFIED", QT_TR_NOOP("Unspecified feature")},
        {"UNRECOGNIZED", QT_TR_NOOP("A feature the API does not name")},
    };
    for (const auto &w : kWords)
        if (feature == QLatin1String(w.value))
            return tr(w.words);
    return EnumText::words(feature);
}

} // namespace sinch::ui
