#include "previewrendering.h"

#include <QHash>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace sinch::ui {

namespace {

// Which parts hold others ("…cards.2" holds "…cards.2.components.1"): those under a path
// start with it and a dot, and sort together right after that prefix.
QList<bool> holdersOf(const QList<PreviewPart> &parts)
{
    QList<QStringView> sorted;
    sorted.reserve(parts.size());
    for (const PreviewPart &p : parts)
        sorted.append(p.path);
    std::sort(sorted.begin(), sorted.end());
    QList<bool> holds(parts.size(), false);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString under = parts.at(i).path + QLatin1Char('.');
        const auto first = std::lower_bound(sorted.cbegin(), sorted.cend(), QStringView(under));
        holds[i] = first != sorted.cend() && first->startsWith(under);
    }
    return holds;
}

} // namespace

QRegion PreviewRendering::changedSince(const PreviewRendering &before, const SameContent &same) const
{
    const QRect all(QPoint(0, 0), QSize(qCeil(size.width()), qCeil(size.height())));
    if (!same || before.size != size)
        return all;
    // Wide enough for a bubble's shadow and tail, a finding's marker (its badge half out of
    // the outline's right edge: 3 - 1 + 6.5 px and the pen) and the editor's outline.
    const auto dirty = [](const QRectF &r) { return r.toAlignedRect().adjusted(-10, -10, 10, 10); };
    // A renderer places the parts in the same order each time: a part is looked for at its
    // own index in `before` first, by path only when another part is there.
    QHash<QString, QRectF> was;
    const auto wasAt = [&](qsizetype i, const QString &path) -> std::optional<QRectF> {
        if (i < before.parts.size() && before.parts.at(i).path == path)
            return before.parts.at(i).rect;
        if (was.isEmpty())
            for (const PreviewPart &p : before.parts)
                was.insert(p.path, p.rect);
        const auto old = was.constFind(path);
        return old == was.cend() ? std::nullopt : std::optional<QRectF>(old.value());
    };
    const QList<bool> holders = holdersOf(parts);
    QRegion region;
    bool samePaths = parts.size() == before.parts.size();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const PreviewPart &p = parts.at(i);
        samePaths = samePaths && before.parts.at(i).path == p.path;
        const std::optional<QRectF> old = wasAt(i, p.path);
        if (!old) {
            region += dirty(p.rect);
        } else if (*old != p.rect) {
            region += dirty(p.rect);
            region += dirty(*old);
        } else if (!holders.at(i) && !same(p.path)) {
            region += dirty(p.rect);
        }
    }
    if (!samePaths) {
        // Parts that went.
        QSet<QString> now;
        for (const PreviewPart &p : parts)
            now.insert(p.path);
        for (const PreviewPart &p : before.parts)
            if (!now.contains(p.path))
                region += dirty(p.rect);
    }
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
