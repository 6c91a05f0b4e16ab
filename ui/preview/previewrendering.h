#pragma once

#include "rules/finding.h"
#include "templates/previewoptions.h"
#include "templates/previewpart.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QRegion>
#include <QSizeF>
#include <QString>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

class QPainter;

namespace sinch::ui {

// One rendering of a preview: how to draw it, its size, where each part is, the colour
// around the phone (what a view shows beside a narrow rendering) and the text a screen
// reader reads for it.
//
// It is laid out once and drawn as often as needed: a view paints only what is exposed,
// straight from the laid-out scene, and new findings only draw again (their markers sit on
// the parts, which findings never move). Pixels of the whole, for files and tests, come
// from toImage().
struct PreviewRendering
{
    // Draws the whole rendering at the painter's origin, in logical pixels, background
    // included, with markers for `findings` (preview::paintFindingMarkers: findings show as
    // nothing else, so a view paints again only when their marks change).
    using Painter = std::function<void(QPainter *painter, const QList<sinch::rules::Finding> &findings)>;

    Painter paint;
    QSizeF size;
    QList<PreviewPart> parts;
    QColor background;
    QString description;

    // True when the part at a path draws as it did in another rendering (its content is the
    // same); parts holding other parts are never asked, their inner parts are.
    using SameContent = std::function<bool(const QString &path)>;
    // Where this rendering differs from `before`: parts that moved, came or went, and
    // innermost parts whose content changed, each with a margin for shadows, markers and
    // outlines. All of it when the size changed or `same` is not given.
    QRegion changedSince(const PreviewRendering &before, const SameContent &same) const;

    // A rendering of a laid-out scene (with `size` and `parts`), drawn by `paintScene`
    // (painter, scene, options) with the findings of the moment in the options.
    template <typename Scene>
    static PreviewRendering ofScene(Scene &&laidOut, const PreviewOptions &options,
                                    void (*paintScene)(QPainter *, const std::decay_t<Scene> &, const PreviewOptions &))
    {
        auto scene = std::make_shared<const std::decay_t<Scene>>(std::forward<Scene>(laidOut));
        PreviewRendering r;
        r.paint = [scene, options, paintScene](QPainter *painter, const QList<sinch::rules::Finding> &findings) {
            PreviewOptions o = options;
            o.findings = findings;
            paintScene(painter, *scene, o);
        };
        r.size = scene->size;
        r.parts = scene->parts;
        return r;
    }

    // The rendering as pixels at `devicePixelRatio` (bounded to 0.25 to 8).
    QImage toImage(qreal devicePixelRatio, const QList<sinch::rules::Finding> &findings = {}) const;
};

} // namespace sinch::ui
