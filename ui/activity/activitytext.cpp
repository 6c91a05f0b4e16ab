#include "activitytext.h"

#include "domain/activity.h"
#include "icons.h"

#include <QLocale>

namespace sinch::ui {

namespace {

// The state a review outcome or a review step stands for.
QString stateOf(const Activity &a)
{
    return a.type == Activity::kStateChanged ? a.state : a.type;
}

} // namespace

QString ActivityText::label(const Activity &a)
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
    if (state == QLatin1String("APPROVED") || state == QLatin1String("ACTIVE") || state == QLatin1String("LAUNCHED"))
        return a.type == Activity::kStateChanged ? tr("Approved (now %1)").arg(state) : tr("Approved");
    if (state == QLatin1String("REJECTED"))
        return tr("Rejected");
    if (a.type == Activity::kStateChanged)
        return tr("State: %1").arg(a.state);
    // A type the console does not know yet: its words, as the server spells them.
    QString words = a.type.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QIcon ActivityText::icon(const Activity &a)
{
    const QString state = stateOf(a);
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
        return tr("%1 · %2").arg(label(a), when);
    return tr("%1 by %2 · %3").arg(label(a), a.author, when);
}

} // namespace sinch::ui
