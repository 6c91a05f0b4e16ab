#include "previewpaint.h"

#include <QMap>
#include <QPainter>
#include <QPainterPath>

namespace sinch::ui::preview {

namespace {

bool hugsText(PreviewPart::Kind kind)
{
    switch (kind) {
    case PreviewPart::Kind::Header:
    case PreviewPart::Kind::Body:
    case PreviewPart::Kind::Footer:
    case PreviewPart::Kind::Title:
    case PreviewPart::Kind::Subtitle:
    case PreviewPart::Kind::Extra:
        return true;
    default:
        return false;
    }
}

void drawMarker(QPainter *p, const PreviewPart &part, const QColor &color, const QList<QRectF> &keepClear)
{
    // Text parts hug their glyphs: the outline stands a little off them. The badge sits on
    // the outline's right edge at its top line, half outside: inside the corner it hid the
    // line's last word ("starts", a footer's "Offer"); above the edge it would cover the
    // part above (a button on the one before it).
    const QRectF outline = hugsText(part.kind) ? part.rect.adjusted(-3, -2, 3, 2) : part.rect.adjusted(0.75, 0.75, -0.75, -0.75);
    p->save();
    p->setPen(QPen(color, 1.5));
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(outline, 4, 4);
    const qreal r = 6.5;
    QPointF c(outline.right() - 1, outline.top() + qMin(r + 1.5, outline.height() / 2));
    for (const QRectF &clear : keepClear) {
        if (QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r).intersects(clear))
            c.setX(clear.left() - r - 4);
    }
    p->setPen(QPen(Qt::white, 1.2));
    p->setBrush(color);
    p->drawEllipse(c, r, r);
    p->setPen(Qt::NoPen);
    p->setBrush(Qt::white);
    p->drawRoundedRect(QRectF(c.x() - 0.95, c.y() - 4.2, 1.9, 5.0), 0.95, 0.95);
    p->drawEllipse(QPointF(c.x(), c.y() + 2.9), 1.05, 1.05);
    p->restore();
}

} // namespace

void paintHairlines(QPainter *p, const QList<QLineF> &lines, const QColor &color, qreal devicePixelRatio)
{
    const qreal hair = 1.0 / qMax<qreal>(1.0, devicePixelRatio);
    p->save();
    p->setPen(QPen(color, hair));
    for (const QLineF &l : lines)
        p->drawLine(l.translated(0, hair / 2));
    p->restore();
}

QRectF paintPictureGlyph(QPainter *p, const QPointF &center, const QColor &color)
{
    const QRectF g(center.x() - 26, center.y() - 18, 52, 36);
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawEllipse(QPointF(g.left() + 38, g.top() + 9), 5, 5);
    QPainterPath hills;
    hills.moveTo(g.left(), g.bottom());
    hills.lineTo(g.left() + 17, g.top() + 12);
    hills.lineTo(g.left() + 30, g.bottom() - 9);
    hills.lineTo(g.left() + 37, g.bottom() - 16);
    hills.lineTo(g.right(), g.bottom());
    hills.closeSubpath();
    p->drawPath(hills);
    p->restore();
    return g;
}

QList<FindingMark> findingMarks(const QList<PreviewPart> &parts, const QList<sinch::rules::Finding> &findings)
{
    QMap<int, sinch::rules::Severity> worst; // by part index: the marks come in the parts' order
    for (const sinch::rules::Finding &f : findings) {
        const int index = PreviewPart::indexFor(parts, f.path);
        if (index < 0)
            continue;
        if (!worst.contains(index) || f.severity == sinch::rules::Severity::Error)
            worst.insert(index, f.severity);
    }
    QList<FindingMark> marks;
    marks.reserve(worst.size());
    for (auto it = worst.cbegin(); it != worst.cend(); ++it)
        marks.append({parts.at(it.key()), it.value()});
    return marks;
}

void paintFindingMarkers(QPainter *painter, const QList<PreviewPart> &parts, const QList<sinch::rules::Finding> &findings,
                         const QColor &error, const QColor &warning, const QList<QRectF> &keepClear)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (const FindingMark &mark : findingMarks(parts, findings))
        drawMarker(painter, mark.part, mark.severity == sinch::rules::Severity::Error ? error : warning, keepClear);
    painter->restore();
}

} // namespace sinch::ui::preview
