#include "previewrendering.h"

#include <QHash>
#include <QPainter>
#include <QSet>

#include <cmath>

namespace sinch::ui {

QRegion PreviewRendering::changedSince(const PreviewRendering &before, const SameContent &same) const
{
    const QRect all(QPoint(0, 0), QSize(qCeil(size.width()), qCeil(size.height())));
    if (!same || before.size != size)
        return all;
    // Wide enough for a bubble's shadow and tail, a finding's marker and the editor's outline.
    const auto dirty = [](const QRectF &r) { return r.toAlignedRect().adjusted(-10, -10, 10, 10); };
    QHash<QString, QRectF> was;
    for (const PreviewPart &p : before.parts)
        was.insert(p.path, p.rect);
    QSet<QString> holders; // paths with parts inside them
    for (const PreviewPart &p : parts)
        for (qsizetype dot = p.path.lastIndexOf(QLatin1Char('.')); dot > 0; dot = p.path.lastIndexOf(QLatin1Char('.'), dot - 1))
            holders.insert(p.path.left(dot));
    QRegion region;
    QSet<QString> now;
    for (const PreviewPart &p : parts) {
        now.insert(p.path);
        const auto old = was.constFind(p.path);
        if (old == was.cend()) {
            region += dirty(p.rect);
        } else if (old.value() != p.rect) {
            region += dirty(p.rect);
            region += dirty(old.value());
        } else if (!holders.contains(p.path) && !same(p.path)) {
            region += dirty(p.rect);
        }
    }
    for (const PreviewPart &p : before.parts)
        if (!now.contains(p.path))
            region += dirty(p.rect);
    return region & all;
}

QImage PreviewRendering::toImage(qreal devicePixelRatio, const QList<sinch::rules::Finding> &findings) const
{
    const qreal dpr = qBound<qreal>(0.25, devicePixelRatio, 8.0);
    QImage image(QSize(qCeil(size.width() * dpr), qCeil(size.height() * dpr)), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(dpr);
    image.fill(background); // what paint leaves uncovered
    if (paint) {
        QPainter painter(&image);
        paint(&painter, findings);
    }
    return image;
}

} // namespace sinch::ui
