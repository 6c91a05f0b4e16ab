#pragma once

#include <QStyledItemDelegate>

namespace sinch {
class Clock;
}

namespace sinch::ui {

// Draws an activity as a person reads a feed: its type's icon, what happened and who did
// it, the time relative to now (exact in the tooltip), and the comment wrapped below. In
// the inbox it also names the resource and project, and marks unread entries.
class ActivityDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `activityRole` is the model's role holding a sinch::Activity; `titleRole` (0: none)
    // a line that names the resource; `readRole` (0: all read) a bool.
    ActivityDelegate(int activityRole, Clock *clock, QObject *parent = nullptr);
    void setTitleRole(int role) { m_titleRole = role; }
    void setReadRole(int role) { m_readRole = role; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    struct Layout;
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    int m_activityRole;
    int m_titleRole = 0;
    int m_readRole = 0;
    Clock *m_clock;
};

} // namespace sinch::ui
