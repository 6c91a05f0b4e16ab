#pragma once

#include "notify/notifier.h"

#include <QList>

namespace sinch::test {

// The notifier of tests: keeps what it was told, shows nothing.
class RecordingNotifier : public ui::Notifier
{
    Q_OBJECT
public:
    using ui::Notifier::Notifier;

    void notify(const Notification &notification) override { notifications << notification; }
    void setUnreadCount(int count) override { unread = count; }

    QList<Notification> notifications;
    int unread = -1;
};

} // namespace sinch::test
