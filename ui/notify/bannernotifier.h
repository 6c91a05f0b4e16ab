#pragma once

#include "notifier.h"

#include <QPointer>

namespace sinch::ui {

class MessageBar;

// The in-window fallback where the desktop has no tray: the news in the window's banner
// with an "Open" button (several at once: the last, and how many more), and the unread
// count passed on for the navigation's badge.
class BannerNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit BannerNotifier(MessageBar *banner, QObject *parent = nullptr);

    void notify(const Notification &notification) override;
    void setUnreadCount(int count) override;
    int shownCount() const { return m_shown; }

signals:
    void unreadCountChanged(int count);

private:
    QPointer<MessageBar> m_banner;
    FeedRef m_last;
    int m_shown = 0;
};

} // namespace sinch::ui
