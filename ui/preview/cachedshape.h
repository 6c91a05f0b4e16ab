#pragma once

#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace sinch::ui::preview {

// Draws a big antialiased shape (a bubble with its shadow, an outline) from a copy of its
// pixels kept in QPixmapCache: rasterising the path again costs the same however little of
// it a repaint exposes, while a copy costs only what is exposed. Typing into a carousel card
// repaints a strip of it many times a second.
//
// `paint` draws the shape in the painter's coordinates, inside `bounds`; `key` names what it
// draws (colours, kind): the size, the position within a pixel and the pixel ratio are
// added to it. Painters that scale or rotate draw directly.
void paintCachedShape(QPainter *painter, const QRectF &bounds, const QString &key,
                      const std::function<void(QPainter *)> &paint);

} // namespace sinch::ui::preview
