#include "cachedshape.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>

#include <cmath>

namespace sinch::ui::preview {

void paintCachedShape(QPainter *painter, const QRectF &bounds, const QString &key,
                      const std::function<void(QPainter *)> &paint)
{
    const QTransform t = painter->transform();
    if (t.type() > QTransform::TxTranslate || !painter->device()) {
        paint(painter);
        return;
    }
    const qreal dpr = painter->device()->devicePixelRatioF();
    // Whole device pixels at the origin, so that the copy lands on the pixels a direct
    // drawing would cover.
    const QPointF deviceTopLeft = t.map(bounds.topLeft()) * dpr;
    const QPointF snapped(std::floor(deviceTopLeft.x()), std::floor(deviceTopLeft.y()));
    const QPointF origin = t.inverted().map(snapped / dpr);
    const QPointF within = bounds.topLeft() - origin;
    const QSize pixels(int(std::ceil((bounds.width() + within.x()) * dpr)), int(std::ceil((bounds.height() + within.y()) * dpr)));
    if (pixels.isEmpty())
        return;
    const QString fullKey = QStringLiteral("sinch-shape:%1:%2x%3:%4,%5:%6")
                                .arg(key)
                                .arg(pixels.width())
                                .arg(pixels.height())
                                .arg(within.x(), 0, 'f', 3)
                                .arg(within.y(), 0, 'f', 3)
                                .arg(dpr);
    QPixmap pixmap;
    if (!QPixmapCache::find(fullKey, &pixmap)) {
        pixmap = QPixmap(pixels);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHints(painter->renderHints());
        p.translate(-origin);
        paint(&p);
        p.end();
        QPixmapCache::insert(fullKey, pixmap);
    }
    painter->drawPixmap(origin, pixmap);
}

} // namespace sinch::ui::preview
