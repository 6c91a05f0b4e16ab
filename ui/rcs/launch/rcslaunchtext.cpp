#include "rcslaunchtext.h"

#include "domain/enumtext.h"

namespace sinch::ui {

QString RcsLaunchText::fieldName(const QString &path)
{
    static const struct { const char *path; const char *name; } kNames[] = {
        {"details.brand.name", QT_TR_NOOP("Brand name")},
        {"details.brand.logoUrl", QT_TR_NOOP("Logo")},
        {"details.brand.bannerUrl", QT_TR_NOOP("Banner")},
        {"details.brand.privacyPolicyUrl", QT_TR_NOOP("Privacy policy link")},
        {"details.brand.termsOfServiceUrl", QT_TR_NOOP("Terms of service link")},
        {"details.brand.phones", QT_TR_NOOP("Contact phone or email")},
        {"details.brand.description", QT_TR_NOOP("Description")},
        {"details.brand.color", QT_TR_NOOP("Brand colour")},
        {"details.countries", QT_TR_NOOP("Countries")},
        {"details.testNumbers", QT_TR_NOOP("Test devices")},
        {"details.questionnaire.general.answers", QT_TR_NOOP("Questionnaire: general questions")},
        {"details.questionnaire.verification.answers", QT_TR_NOOP("Questionnaire: verification contact")},
        {"details.questionnaire.gb.answers", QT_TR_NOOP("Questionnaire: United Kingdom")},
        {"details.questionnaire.us.answers", QT_TR_NOOP("Questionnaire: United States")},
        {"details.questionnaire.fr.answers", QT_TR_NOOP("Questionnaire: France")},
        {"details.questionnaire.es.answers", QT_TR_NOOP("Questionnaire: Spain")},
        {"details.questionnaire.general.answers.videoUris", QT_TR_NOOP("Questionnaire: demo video")},
    };
    for (const auto &n : kNames)
        if (path == QLatin1String(n.path))
            return tr(n.name);
    return path;
}

QString RcsLaunchText::item(const RcsLaunchChecklist::Item &item)
{
    using P = RcsLaunchChecklist::Problem;
    const QString field = fieldName(item.field);
    switch (item.problem) {
    case P::Empty:
        return tr("%1 is missing: fill it in.").arg(field);
    case P::NoContact:
        return tr("%1 is missing: add at least one phone number or email (a website alone does not count).").arg(field);
    case P::NoCountry:
        return tr("%1: choose at least one country to launch in.").arg(field);
    case P::Unanswered:
        return item.blocking ? tr("%1 is unanswered: answer its questions.").arg(field)
                             : tr("%1 is unanswered: Spanish operators may ask for it.").arg(field);
    case P::NoDescription:
        return tr("%1 is empty: users see no text about the brand.").arg(field);
    case P::DefaultColour:
        return tr("%1 is the default black: pick the brand's colour.").arg(field);
    case P::NoTestNumber:
        return tr("%1: none yet, so nobody has tried the sender on a phone.").arg(field);
    case P::NoVideo:
        return tr("%1 is missing: the launch waits in Launching until a video is given.").arg(field);
    }
    return field;
}

QString RcsLaunchText::operatorStatus(const QString &status)
{
    if (status == QLatin1String("NOT_LAUNCHED"))
        return tr("Not launched yet");
    if (status == QLatin1String("PENDING"))
        return tr("Pending: the operator is reviewing");
    if (status == QLatin1String("LAUNCHED"))
        return tr("Launched");
    if (status == QLatin1String("REJECTED"))
        return tr("Rejected by the operator");
    if (status == QLatin1String("SUSPENDED"))
        return tr("Suspended by the operator");
    if (status == QLatin1String("PENDING_UNLAUNCHED"))
        return tr("Being withdrawn");
    if (status == QLatin1String("UNLAUNCHED"))
        return tr("Withdrawn");
    if (status == QLatin1String("INVALID_IN_GOOGLE_MY_BUSINESS"))
        return tr("Invalid in Google My Business: fix the business listing");
    if (status == QLatin1String("UNRECOGNIZED"))
        return tr("Unknown to the API");
    return EnumText::words(status);
}

QString RcsLaunchText::senderState(const QString &state)
{
    if (state == QLatin1String("DRAFT"))
        return tr("Draft");
    if (state == QLatin1String("IN_PROGRESS"))
        return tr("Being set up");
    if (state == QLatin1String("IN_TEST"))
        return tr("In test"); // ready to launch or not, the checklist beside it says
    if (state == QLatin1String("PREPARING_LAUNCH"))
        return tr("Preparing the launch");
    if (state == QLatin1String("LAUNCHING"))
        return tr("Launching");
    if (state == QLatin1String("LAUNCHED"))
        return tr("Launched");
    if (state == QLatin1String("UNLAUNCHED"))
        return tr("Withdrawn");
    if (state == QLatin1String("UNKNOWN"))
        return tr("Unknown");
    return EnumText::words(state);
}

bool RcsLaunchText::needsAction(const QString &status)
{
    return status == QLatin1String("REJECTED") || status == QLatin1String("SUSPENDED")
        || status == QLatin1String("INVALID_IN_GOOGLE_MY_BUSINESS");
}

bool RcsLaunchText::undecided(const QString &status)
{
    return status == QLatin1String("PENDING") || status == QLatin1String("PENDING_UNLAUNCHED");
}

} // namespace sinch::ui
