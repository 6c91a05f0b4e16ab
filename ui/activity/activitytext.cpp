#include "activitytext.h"

#include "domain/activity.h"
#include "domain/activitylabel.h"
#include "icons.h"

#include <QLocale>

namespace sinch::ui {

QIcon ActivityText::icon(const Activity &a)
{
    const QString state = ActivityLabel::stateOf(a);
    if (a.isComment() || a.type == QLatin1String("COMMENT_ADDED"))
        return Icons::get(QStringLiteral("comment"));
    if (state == QLatin1String("APPROVED") || state == QLatin1String("ACTIVE") || state == QLatin1String("LAUNCHED"))
        return Icons::get(QStringLiteral("approved"));
    if (state == QLatin1String("REJECTED"))
        return Icons::get(QStringLiteral("rejected"));
    if (state == QLatin1String("IN_PROGRESS") || state == QLatin1String("IN_REVIEW") || state == QLatin1String("PENDING"))
        return Icons::get(QStringLiteral("review"));
    if (a.type == QLatin1String("EDITED") || a.type == QLatin1String("DRAFT"))
        return Icons::get(QStringLiteral("edited"));
    if (a.type == QLatin1String("CREATED"))
        return Icons::get(QStringLiteral("add"));
    return Icons::get(QStringLiteral("activity"));
}

QString ActivityText::relativeTime(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return QString();
    const qint64 secs = then.secsTo(now);
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n min ago", nullptr, int(secs / 60));
    if (secs < 24 * 3600)
        return tr("%n h ago", nullptr, int(secs / 3600));
    const qint64 days = then.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return tr("yesterday");
    if (days < 7)
        return tr("%n days ago", nullptr, int(days));
    return QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat);
}

QString ActivityText::exactTime(const QDateTime &then)
{
    return QLocale().toString(then.toLocalTime(), QLocale::LongFormat);
}

QString ActivityText::summary(const Activity &a, const QDateTime &now)
{
    const QString when = relativeTime(a.created, now);
    if (a.author.isEmpty())
        return tr("%1 · %2").arg(ActivityLabel::of(a), when);
    return tr("%1 by %2 · %3").arg(ActivityLabel::of(a), a.author, when);
}

} // namespace sinch::ui
