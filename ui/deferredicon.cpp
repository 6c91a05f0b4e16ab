#include "deferredicon.h"

#include <QPainter>

namespace sinch::ui {

DeferredIconEngine::DeferredIconEngine(Resolve resolve)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->resolve = std::move(resolve);
}

DeferredIconEngine::DeferredIconEngine(std::shared_ptr<Shared> shared)
    : m_shared(std::move(shared))
{
}

QIcon DeferredIconEngine::icon(Resolve resolve)
{
    return QIcon(new DeferredIconEngine(std::move(resolve)));
}

const QIcon &DeferredIconEngine::resolved() const
{
    if (!m_shared->resolved) {
        m_shared->resolved = true;
        m_shared->icon = m_shared->resolve();
        m_shared->resolve = nullptr; // what it captured is no longer needed
    }
    return m_shared->icon;
}

bool DeferredIconEngine::isResolved() const
{
    return m_shared->resolved;
}

void DeferredIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    resolved().paint(painter, rect, Qt::AlignCenter, mode, state);
}

QSize DeferredIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return resolved().actualSize(size, mode, state);
}

QPixmap DeferredIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return resolved().pixmap(size, mode, state);
}

QPixmap DeferredIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    return resolved().pixmap(size, scale, mode, state);
}

QList<QSize> DeferredIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return resolved().availableSizes(mode, state);
}

QString DeferredIconEngine::iconName()
{
    return resolved().name();
}

bool DeferredIconEngine::isNull()
{
    return resolved().isNull();
}

QString DeferredIconEngine::key() const
{
    return QStringLiteral("sinch.deferred");
}

QIconEngine *DeferredIconEngine::clone() const
{
    return new DeferredIconEngine(m_shared);
}

} // namespace sinch::ui
