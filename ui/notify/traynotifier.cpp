#include "traynotifier.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace sinch::ui {

TrayNotifier::TrayNotifier(const QIcon &icon, QObject *parent)
    : Notifier(parent)
    , m_tray(new QSystemTrayIcon(icon, this))
    , m_menu(new QMenu)
{
    m_menu->addAction(tr("Open &inbox"), this, &Notifier::openInboxRequested);
    m_menu->addAction(tr("&Mark all read"), this, &Notifier::markAllReadRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &Notifier::quitRequested);
    m_tray->setContextMenu(m_menu);
    m_tray->setToolTip(tr("Sinch Provisioning Console"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { emit activated(m_last); });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            emit openInboxRequested();
    });
    m_tray->show();
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu; // a QMenu has no QObject parent here (it is a widget)
}

bool TrayNotifier::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayNotifier::notify(const Notification &notification)
{
    m_last = notification.feed;
    m_tray->showMessage(notification.title, notification.text, QSystemTrayIcon::Information);
}

void TrayNotifier::setUnreadCount(int count)
{
    m_tray->setToolTip(count > 0 ? tr("Sinch Provisioning Console · %n unread", nullptr, count)
                                 : tr("Sinch Provisioning Console"));
}

} // namespace sinch::ui
