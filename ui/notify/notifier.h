#pragma once

#include "services/notificationpolicy.h"

#include <QObject>

namespace sinch::ui {

// Where the console tells a person about news while they look elsewhere: a desktop
// notification through the tray (TrayNotifier) where the desktop has one, otherwise a
// banner in the window (BannerNotifier). Tests use a recording double.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void notify(const Notification &notification) = 0;
    // The count of unread entries, for a badge or the tray's tooltip.
    virtual void setUnreadCount(int count) = 0;

signals:
    // The person clicked the notification: open what it is about (an invalid feed: the inbox).
    void activated(const sinch::FeedRef &feed);
    void openInboxRequested();
    void markAllReadRequested();
    void quitRequested();
};

} // namespace sinch::ui
