#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace sinch {
class Clock;
struct Activity;
}

namespace sinch::ui {

// Draws an activity as a person reads a feed: its type's icon, what happened and who did
// it, the time relative to now (exact in the tooltip), and the comment wrapped below. In
// the inbox it also names the resource and project, and marks unread entries.
class ActivityDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `activityRole` is the model's role holding a sinch::Activity.
    ActivityDelegate(int activityRole, Clock *clock, QObject *parent = nullptr);
    // A line above that names the resource (and project) of an entry (none when unset).
    void setTitle(std::function<QString(const Activity &)> title) { m_title = std::move(title); }
    // The model's role saying whether an entry was read (0: all are).
    void setReadRole(int role) { m_readRole = role; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    struct Layout;
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    int m_activityRole;
    std::function<QString(const Activity &)> m_title;
    int m_readRole = 0;
    Clock *m_clock;
};

} // namespace sinch::ui
