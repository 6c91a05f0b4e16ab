#include "bannernotifier.h"

#include "messagebar.h"

namespace sinch::ui {

BannerNotifier::BannerNotifier(MessageBar *banner, QObject *parent)
    : Notifier(parent)
    , m_banner(banner)
{
    connect(m_banner, &MessageBar::retryRequested, this, [this] { emit activated(m_last); });
    connect(m_banner, &MessageBar::dismissed, this, [this] { m_shown = 0; });
}

void BannerNotifier::notify(const Notification &notification)
{
    if (!m_banner)
        return;
    m_last = notification.feed;
    ++m_shown;
    QString text = notification.title + QStringLiteral(": ") + notification.text;
    if (m_shown > 1)
        text += QLatin1Char(' ') + tr("(and %n more)", nullptr, m_shown - 1);
    m_banner->showMessage(MessageBar::Level::Info, text);
    m_banner->setRetryText(tr("Open"));
    m_banner->setRetryVisible(true);
}

void BannerNotifier::setUnreadCount(int count)
{
    emit unreadCountChanged(count);
}

} // namespace sinch::ui
