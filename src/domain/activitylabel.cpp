#include "activitylabel.h"

#include "activity.h"
#include "enumtext.h"

namespace sinch {

QString ActivityLabel::stateOf(const Activity &a)
{
    return a.type == Activity::kStateChanged ? a.state : a.type;
}

QString ActivityLabel::of(const Activity &a)
{
    const QString state = stateOf(a);
    if (a.type == QLatin1String("COMMENT_ADDED") || (a.isComment() && a.type.isEmpty()))
        return tr("Comment");
    if (a.type == QLatin1String("CREATED"))
        return tr("Created");
    if (a.type == QLatin1String("EDITED"))
        return tr("Edited");
    if (a.type == QLatin1String("DRAFT"))
        return tr("Draft saved");
    if (a.type == QLatin1String("TEST"))
        return tr("Test");
    if (state == QLatin1String("IN_PROGRESS") || state == QLatin1String("IN_REVIEW") || state == QLatin1String("PENDING"))
        return tr("In review");
    if (state == QLatin1String("ACTIVE") || state == QLatin1String("LAUNCHED"))
        return a.type == Activity::kStateChanged ? tr("Approved (now %1)").arg(EnumText::words(state)) : tr("Approved");
    if (state == QLatin1String("APPROVED"))
        return tr("Approved");
    if (state == QLatin1String("REJECTED"))
        return tr("Rejected");
    if (a.type == Activity::kStateChanged)
        return tr("State: %1").arg(EnumText::words(a.state));
    return EnumText::words(a.type);
}

} // namespace sinch
