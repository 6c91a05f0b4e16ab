#pragma once

// What every channel's preview painter draws alike: fonts at the phone's pixel sizes and
// the markers of findings (an outline and a badge at the part a finding belongs to).

#include "templates/previewpart.h"
#include "rules/finding.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLineF>
#include <QList>
#include <QRectF>

class QPainter;

namespace sinch::ui::preview {

// The application's font at `pixelSize` logical pixels: previews are sized in dp, not points.
inline QFont font(int pixelSize, QFont::Weight weight = QFont::Normal)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(pixelSize);
    f.setWeight(weight);
    return f;
}

// Lines one physical pixel thin at the painter's `devicePixelRatio`, on the pixel grid.
void paintHairlines(QPainter *painter, const QList<QLineF> &lines, const QColor &color, qreal devicePixelRatio);

// A picture glyph, sun over hills, centred at `center`, for an image without pixels.
// Returns where it is drawn.
QRectF paintPictureGlyph(QPainter *painter, const QPointF &center, const QColor &color);

// A finding's marker: the part it sits on and the worst severity of the findings there.
// All a finding shows of itself in a preview (its words are a tooltip, read when asked):
// findings with the same marks draw the same pixels.
struct FindingMark
{
    PreviewPart part;
    sinch::rules::Severity severity = sinch::rules::Severity::Error;

    // Drawn alike: the same place, shape and colour.
    bool operator==(const FindingMark &o) const
    {
        return part.rect == o.part.rect && part.kind == o.part.kind && severity == o.severity;
    }
};

// The marks of `findings` on `parts`, one per part that has any, in the parts' order.
QList<FindingMark> findingMarks(const QList<PreviewPart> &parts, const QList<sinch::rules::Finding> &findings);

// Marks each part that has findings with the colour of its worst one. A badge that would
// cover one of `keepClear` (the message's time) moves to its left.
void paintFindingMarkers(QPainter *painter, const QList<PreviewPart> &parts,
                         const QList<sinch::rules::Finding> &findings, const QColor &error, const QColor &warning,
                         const QList<QRectF> &keepClear = {});

} // namespace sinch::ui::preview
