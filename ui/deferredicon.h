#pragma once

#include <QIcon>
#include <QIconEngine>

#include <functional>
#include <memory>

namespace sinch::ui {

// An icon that is looked up when it is first drawn or asked about, not when it is made. The
// style's standard icons read the header of every size's PNG when made (a third of a
// millisecond each), and most of the window's icons sit in menus nobody has opened yet: at
// startup they cost 10 ms of the main thread before the first paint. Copies share the one
// lookup.
class DeferredIconEngine : public QIconEngine
{
public:
    using Resolve = std::function<QIcon()>;
    explicit DeferredIconEngine(Resolve resolve);

    static QIcon icon(Resolve resolve);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString iconName() override;
    bool isNull() override;
    QString key() const override;
    QIconEngine *clone() const override;

    // Whether the lookup has been made (for tests).
    bool isResolved() const;

private:
    struct Shared
    {
        Resolve resolve;
        QIcon icon;
        bool resolved = false;
    };
    explicit DeferredIconEngine(std::shared_ptr<Shared> shared);
    const QIcon &resolved() const;

    std::shared_ptr<Shared> m_shared;
};

} // namespace sinch::ui
