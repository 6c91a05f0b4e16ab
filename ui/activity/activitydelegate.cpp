#include "activitydelegate.h"

#include "activitytext.h"
#include "api/clock.h"
#include "domain/activity.h"
#include "domain/activitylabel.h"
#include "models/activityfeedmodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace sinch::ui {

namespace {
constexpr int kMargin = 6;
constexpr int kIcon = 20;
constexpr int kGap = 8;
}

struct ActivityDelegate::Layout
{
    Activity activity;
    bool unread = false;
    QString title;     // the resource (inbox only)
    QString headline;  // "Comment by Ana"
    QString when;      // "5 min ago"
    QRect icon, headlineRect, whenRect, titleRect, commentRect;
    QFont bold;
    QFont normal;
    int height = 0;
};

ActivityDelegate::ActivityDelegate(int activityRole, Clock *clock, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_activityRole(activityRole)
    , m_clock(Clock::orSystem(clock))
{
}

ActivityDelegate::Layout ActivityDelegate::layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout l;
    l.activity = index.data(m_activityRole).value<Activity>();
    l.unread = m_readRole && !index.data(m_readRole).toBool();
    l.title = m_title ? m_title(l.activity) : QString();
    l.headline = l.activity.author.isEmpty() ? ActivityLabel::of(l.activity)
                                             : tr("%1 by %2").arg(ActivityLabel::of(l.activity), l.activity.author);
    l.when = ActivityText::relativeTime(l.activity.created, m_clock->now());
    l.normal = option.font;
    l.bold = option.font;
    l.bold.setBold(true);

    const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFontMetrics fm(l.normal);
    const QFontMetrics bm(l.bold);
    const int textLeft = r.left() + kIcon + kGap;
    const int whenWidth = fm.horizontalAdvance(l.when) + kGap;
    int y = r.top();
    l.icon = QRect(r.left(), y, kIcon, kIcon);
    // The headline wraps where it does not fit: in a narrow pane (an account's activity
    // beside its details) "Comment by Sandbox user" cut to "Comment by Sand…" hid who wrote.
    const auto headlineRect = [&](int width) {
        width = qMax(40, width);
        int height = bm.height();
        if (bm.horizontalAdvance(l.headline) > width)
            height = bm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, l.headline).height();
        return QRect(textLeft, y, width, height);
    };
    if (!l.title.isEmpty()) {
        l.titleRect = QRect(textLeft, y, r.right() - textLeft - whenWidth, fm.height());
        l.whenRect = QRect(r.right() - whenWidth, y, whenWidth, fm.height());
        y += fm.height() + 2;
        l.headlineRect = headlineRect(r.right() - textLeft);
    } else {
        l.headlineRect = headlineRect(r.right() - textLeft - whenWidth);
        l.whenRect = QRect(r.right() - whenWidth, y, whenWidth, fm.height());
    }
    y += l.headlineRect.height();
    if (l.activity.isComment()) {
        y += 2;
        const QRect bounds = fm.boundingRect(QRect(textLeft, y, qMax(40, r.right() - textLeft), 100000),
                                             Qt::TextWordWrap, l.activity.comment);
        l.commentRect = QRect(textLeft, y, qMax(40, r.right() - textLeft), bounds.height());
        y += bounds.height();
    }
    l.height = qMax(y, r.top() + kIcon) - option.rect.top() + kMargin;
    return l;
}

void ActivityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    // Background, selection and focus as the style draws them.
    opt.widget ? opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget)
               : void();
    const Layout l = layoutFor(option, index);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole text = selected ? QPalette::HighlightedText : QPalette::Text;

    painter->save();
    ActivityText::icon(l.activity).paint(painter, l.icon);
    if (l.unread) {
        // A dot on the icon's corner, in the highlight colour: unread.
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(QPalette::Highlight));
        painter->drawEllipse(QRect(l.icon.right() - 5, l.icon.top() - 1, 8, 8));
    }
    painter->setPen(option.palette.color(text));
    if (!l.title.isEmpty()) {
        painter->setFont(l.unread ? l.bold : l.normal);
        painter->drawText(l.titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(painter->font()).elidedText(l.title, Qt::ElideRight, l.titleRect.width()));
    }
    painter->setFont(l.bold);
    painter->drawText(l.headlineRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, l.headline);
    painter->setFont(l.normal);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(l.whenRect, Qt::AlignRight | Qt::AlignVCenter, l.when);
    if (!l.commentRect.isEmpty()) {
        painter->setPen(option.palette.color(text));
        painter->drawText(l.commentRect, Qt::TextWordWrap, l.activity.comment);
    }
    painter->restore();
}

QSize ActivityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    // Wrapping needs a width: the view's, when the option does not say.
    if (opt.rect.width() <= 0 && opt.widget)
        opt.rect.setWidth(static_cast<const QAbstractItemView *>(opt.widget)->viewport()->width());
    opt.rect.setHeight(0);
    const Layout l = layoutFor(opt, index);
    return QSize(opt.rect.width(), l.height);
}

bool ActivityDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const Activity a = index.data(m_activityRole).value<Activity>();
    QToolTip::showText(event->globalPos(), ActivityText::exactTime(a.created), view);
    return true;
}

} // namespace sinch::ui
