#pragma once

#include "notifier.h"

class QMenu;
class QSystemTrayIcon;

namespace sinch::ui {

// Desktop notifications through the system tray, with its menu: open the inbox, mark all
// read, quit. Only where QSystemTrayIcon::isSystemTrayAvailable() (offscreen and bare X
// servers have no tray: the window's banner takes over).
class TrayNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(const QIcon &icon, QObject *parent = nullptr);
    ~TrayNotifier() override;

    static bool isAvailable();
    void notify(const Notification &notification) override;
    void setUnreadCount(int count) override;

private:
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    FeedRef m_last; // what the message shown last is about
};

} // namespace sinch::ui
