#include "whatsappwords.h"

#include "domain/enumtext.h"

namespace sinch::ui {

QString WhatsappWords::fromEnum(const QString &value)
{
    return EnumText::words(value);
}

QString WhatsappWords::accountState(const QString &state)
{
    if (state == QLatin1String("ONBOARDED"))
        return tr("Onboarded: ready to add senders and templates");
    if (state == QLatin1String("PENDING_FACEBOOK_VERIFICATION"))
        return tr("Waiting for Meta's verification of the business");
    if (state == QLatin1String("REJECTED"))
        return tr("Rejected: correct the details and save them again");
    if (state.isEmpty())
        return tr("Being created");
    return fromEnum(state);
}

QString WhatsappWords::changeStatus(const QString &status)
{
    if (status == QLatin1String("DRAFT"))
        return tr("Draft, not sent to review");
    if (status == QLatin1String("IN_PROGRESS"))
        return tr("In review");
    if (status == QLatin1String("PENDING_FACEBOOK_VERIFICATION"))
        return tr("Waiting for Meta's verification");
    if (status == QLatin1String("REJECTED"))
        return tr("Rejected");
    return fromEnum(status);
}

QString WhatsappWords::businessManager(const QString &manager)
{
    if (manager == QLatin1String("SINCH_AMERICA"))
        return tr("Sinch America");
    if (manager == QLatin1String("SINCH_BR"))
        return tr("Sinch Brazil");
    if (manager == QLatin1String("SINCH_MX"))
        return tr("Sinch Mexico");
    if (manager == QLatin1String("SINCH_SEP"))
        return tr("Sinch SEP");
    if (manager == QLatin1String("SINCH_UK"))
        return tr("Sinch UK");
    if (manager.isEmpty())
        return tr("Not set");
    return fromEnum(manager);
}

QString WhatsappWords::banState(const QString &state)
{
    if (state == QLatin1String("DISABLE"))
        return tr("Banned by Meta");
    if (state == QLatin1String("SCHEDULE_FOR_DISABLE"))
        return tr("Scheduled to be banned");
    if (state == QLatin1String("REINSTATE"))
        return tr("Reinstated after a ban");
    return fromEnum(state);
}

QString WhatsappWords::flowStatus(const QString &status)
{
    if (status == QLatin1String("FLOW_STATUS_PUBLISHED"))
        return tr("Published");
    if (status == QLatin1String("FLOW_STATUS_DRAFT"))
        return tr("Draft");
    if (status == QLatin1String("FLOW_STATUS_DEPRECATED"))
        return tr("Deprecated");
    return fromEnum(status);
}

} // namespace sinch::ui
