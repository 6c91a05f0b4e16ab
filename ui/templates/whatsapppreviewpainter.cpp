#include "whatsapppreviewscene.h"

#include "whatsappformatting.h"
#include "preview/cachedshape.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPalette>
#include <QTextBlock>
#include <QTextLayout>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

#include <cmath>

namespace sinch::ui::preview {

namespace {

QPainterPath bubblePath(const QRectF &r, bool tail)
{
    const qreal d = 2 * kRadius;
    QPainterPath p;
    p.moveTo(r.left() + (tail ? 0 : kRadius), r.top());
    p.lineTo(r.right() - kRadius, r.top());
    p.arcTo(r.right() - d, r.top(), d, d, 90, -90);
    p.lineTo(r.right(), r.bottom() - kRadius);
    p.arcTo(r.right() - d, r.bottom() - d, d, d, 0, -90);
    p.lineTo(r.left() + kRadius, r.bottom());
    p.arcTo(r.left(), r.bottom() - d, d, d, 270, -90);
    if (tail) {
        // The small tail at the top left, as on incoming messages.
        p.lineTo(r.left(), r.top() + 13);
        p.quadTo(r.left() - 3, r.top() + 6.5, r.left() - 7.0, r.top() + 2.2);
        p.quadTo(r.left() - 8.6, r.top() + 0.2, r.left() - 6.0, r.top());
        p.closeSubpath();
    } else {
        p.lineTo(r.left(), r.top() + kRadius);
        p.arcTo(r.left(), r.top(), d, d, 180, -90);
        p.closeSubpath();
    }
    return p;
}

void drawIcon(QPainter *p, Icon icon, const QPointF &at, const QColor &color, const QColor &background)
{
    p->save();
    p->translate(at);
    QPen pen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    QPainterPath path;
    switch (icon) {
    case Icon::Reply:
        path.moveTo(6, 2.5);
        path.lineTo(2, 6.5);
        path.lineTo(6, 10.5);
        path.moveTo(2.4, 6.5);
        path.cubicTo(9, 6.5, 14, 7.5, 14, 13.5);
        p->drawPath(path);
        break;
    case Icon::Link:
        path.moveTo(9, 2);
        path.lineTo(14, 2);
        path.lineTo(14, 7);
        path.moveTo(14, 2);
        path.lineTo(7.5, 8.5);
        path.moveTo(12, 10);
        path.lineTo(12, 13.2);
        path.quadTo(12, 14, 11.2, 14);
        path.lineTo(2.8, 14);
        path.quadTo(2, 14, 2, 13.2);
        path.lineTo(2, 4.8);
        path.quadTo(2, 4, 2.8, 4);
        path.lineTo(6, 4);
        p->drawPath(path);
        break;
    case Icon::Phone:
        path.moveTo(4.4, 1.3);
        path.lineTo(6.6, 4.9);
        path.lineTo(5.2, 6.5);
        path.cubicTo(6.0, 8.4, 7.6, 10.0, 9.5, 10.8);
        path.lineTo(11.1, 9.4);
        path.lineTo(14.7, 11.6);
        path.lineTo(13.9, 14.1);
        path.cubicTo(7.4, 14.8, 1.2, 8.6, 1.9, 2.1);
        path.closeSubpath();
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawPath(path);
        break;
    case Icon::Copy:
        p->drawRoundedRect(QRectF(1.8, 1.8, 8.6, 9.6), 1.6, 1.6);
        p->setBrush(background);
        p->drawRoundedRect(QRectF(5.6, 4.6, 8.6, 9.6), 1.6, 1.6);
        break;
    case Icon::Flow:
        p->drawRoundedRect(QRectF(2.5, 1.5, 11, 13), 1.8, 1.8);
        path.moveTo(5.5, 5.5);
        path.lineTo(10.5, 5.5);
        path.moveTo(5.5, 8.5);
        path.lineTo(10.5, 8.5);
        path.moveTo(5.5, 11.5);
        path.lineTo(8.5, 11.5);
        p->drawPath(path);
        break;
    case Icon::List:
        for (qreal y : {3.5, 8.0, 12.5}) {
            path.moveTo(6, y);
            path.lineTo(14.5, y);
        }
        p->drawPath(path);
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        for (qreal y : {3.5, 8.0, 12.5})
            p->drawEllipse(QPointF(2.4, y), 1.2, 1.2);
        break;
    }
    p->restore();
}

void drawMedia(QPainter *p, const MediaItem &m, const PreviewOptions::Palette &pal)
{
    p->save();
    QPainterPath clip;
    clip.addRoundedRect(m.rect, m.radius, m.radius);
    p->setClipPath(clip);
    const QPointF c = m.rect.center();
    if (m.format == QLatin1String("VIDEO")) {
        p->fillRect(m.rect, pal.mediaPlaceholder.darker(pal.bubble.lightness() > 128 ? 135 : 120));
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0, 0, 0, 110));
        p->drawEllipse(c, 24, 24);
        QPainterPath play;
        play.moveTo(c + QPointF(-7, -11));
        play.lineTo(c + QPointF(12, 0));
        play.lineTo(c + QPointF(-7, 11));
        play.closeSubpath();
        p->setBrush(Qt::white);
        p->drawPath(play);
    } else if (m.format == QLatin1String("DOCUMENT")) {
        p->fillRect(m.rect, pal.mediaPlaceholder);
        const QRectF page(m.rect.left() + 12, c.y() - 17, 27, 34);
        QPainterPath doc;
        doc.moveTo(page.topLeft());
        doc.lineTo(page.right() - 8, page.top());
        doc.lineTo(page.right(), page.top() + 8);
        doc.lineTo(page.bottomRight());
        doc.lineTo(page.bottomLeft());
        doc.closeSubpath();
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0xE5, 0x39, 0x35));
        p->drawPath(doc);
        QFont badge = font(8, QFont::Bold);
        p->setFont(badge);
        p->setPen(Qt::white);
        const QString suffix = QFileInfo(m.label).suffix().toUpper().left(4);
        p->drawText(page.adjusted(0, 12, 0, 0), Qt::AlignHCenter | Qt::AlignTop, suffix.isEmpty() ? QStringLiteral("DOC") : suffix);
        p->setPen(pal.text);
        p->setFont(font(14));
        const QRectF text(page.right() + 10, m.rect.top(), m.rect.right() - page.right() - 22, m.rect.height());
        p->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                    QFontMetricsF(p->font()).elidedText(m.label, Qt::ElideMiddle, text.width()));
    } else if (m.format == QLatin1String("LOCATION")) {
        const bool light = pal.bubble.lightness() > 128;
        p->fillRect(m.rect, light ? QColor(0xE8, 0xEE, 0xD9) : QColor(0x2B, 0x35, 0x2E));
        p->setPen(QPen(light ? QColor(0xFF, 0xFF, 0xFF) : QColor(0x45, 0x52, 0x4A), 5));
        for (qreal f : {0.22, 0.58, 0.86})
            p->drawLine(QPointF(m.rect.left(), m.rect.top() + f * m.rect.height()),
                        QPointF(m.rect.right(), m.rect.top() + (f - 0.12) * m.rect.height()));
        p->setPen(QPen(light ? QColor(0xF7, 0xE3, 0x9C) : QColor(0x5A, 0x55, 0x3A), 7));
        p->drawLine(QPointF(m.rect.left() + 0.35 * m.rect.width(), m.rect.top()),
                    QPointF(m.rect.left() + 0.55 * m.rect.width(), m.rect.bottom()));
        QPainterPath pin;
        pin.moveTo(c + QPointF(0, 12));
        pin.cubicTo(c + QPointF(-4, 4), c + QPointF(-10, -2), c + QPointF(-10, -9));
        pin.arcTo(QRectF(c.x() - 10, c.y() - 19, 20, 20), 180, -180);
        pin.cubicTo(c + QPointF(10, -2), c + QPointF(4, 4), c + QPointF(0, 12));
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0xE5, 0x39, 0x35));
        p->drawPath(pin);
        p->setBrush(Qt::white);
        p->drawEllipse(c + QPointF(0, -9), 3.5, 3.5);
    } else {
        // IMAGE (and anything unknown): a picture glyph, sun over hills.
        p->fillRect(m.rect, pal.mediaPlaceholder);
        paintPictureGlyph(p, c, pal.mediaGlyph);
    }
    p->restore();
}

void drawText(QPainter *p, const TextItem &t, const PreviewOptions::Palette &pal)
{
    p->save();
    p->translate(t.pos);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette.setColor(QPalette::Text, t.color);
    t.doc->documentLayout()->draw(p, ctx);
    for (QTextBlock b = t.doc->begin(); b.isValid(); b = b.next()) {
        if (!b.blockFormat().property(WhatsappFormatting::QuoteProperty).toBool())
            continue;
        const QRectF r = t.doc->documentLayout()->blockBoundingRect(b);
        QColor bar = pal.secondary;
        bar.setAlphaF(0.6);
        p->setPen(Qt::NoPen);
        p->setBrush(bar);
        p->drawRoundedRect(QRectF(r.left() + 1, r.top() + 1, 3, r.height() - 2), 1.5, 1.5);
    }
    p->restore();
}

void paintScene(QPainter *p, const Scene &sc, const PreviewOptions &o)
{
    const PreviewOptions::Palette &pal = sc.palette;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    p->fillRect(QRectF(QPointF(0, 0), sc.size), pal.wallpaper);
    // A view paints what is exposed of a wide carousel: items outside it are skipped (the
    // margin covers a bubble's tail and shadow).
    const QRectF area = p->hasClipping() ? p->clipBoundingRect().adjusted(-10, -10, 10, 10) : QRectF(QPointF(0, 0), sc.size);
    const auto shown = [&area](const QRectF &r) { return area.intersects(r.adjusted(-1, -1, 1, 1)); };

    const QColor shadow(0x0B, 0x14, 0x1A, o.theme == PreviewOptions::Theme::Dark ? 0x50 : 0x22);
    for (const BubbleItem &b : sc.bubbles) {
        if (!shown(b.rect))
            continue;
        // The tail reaches 9 px left, the shadow 1 px down; a pixel more for the edges.
        const QString key = QStringLiteral("wa-bubble:%1:%2:%3").arg(int(b.tail)).arg(shadow.rgba()).arg(pal.bubble.rgba());
        paintCachedShape(p, b.rect.adjusted(-10, -1, 1, 2), key, [&b, &shadow, &pal](QPainter *q) {
            const QPainterPath path = bubblePath(b.rect, b.tail);
            q->setPen(Qt::NoPen);
            q->setBrush(shadow);
            q->drawPath(path.translated(0, 1));
            q->setBrush(pal.bubble);
            q->drawPath(path);
        });
    }
    for (const MediaItem &m : sc.media)
        if (shown(m.rect))
            drawMedia(p, m, pal);
    for (const TextItem &t : sc.texts)
        if (shown(QRectF(t.pos, t.doc->size())))
            drawText(p, t, pal);

    QList<QLineF> hairlines;
    for (const QLineF &l : sc.hairlines)
        if (shown(QRectF(l.p1(), l.p2()).normalized()))
            hairlines.append(l);
    paintHairlines(p, hairlines, pal.hairline, o.devicePixelRatio);

    const QFont buttonFont = font(kButtonPx, QFont::Medium);
    const QFontMetricsF bfm(buttonFont);
    p->setFont(buttonFont);
    for (const ButtonItem &b : sc.buttons) {
        if (!shown(b.rect))
            continue;
        const qreal iconSize = 16, gap = 8;
        const qreal avail = b.rect.width() - 2 * 12 - iconSize - gap;
        const QString text = bfm.elidedText(b.text, Qt::ElideRight, avail);
        const qreal w = iconSize + gap + bfm.horizontalAdvance(text);
        const qreal x = b.rect.center().x() - w / 2;
        drawIcon(p, b.icon, QPointF(x, b.rect.center().y() - iconSize / 2), pal.button, pal.bubble);
        p->setPen(pal.button);
        p->drawText(QRectF(x + iconSize + gap, b.rect.top(), w, b.rect.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
    }

    p->setFont(font(kTimePx));
    p->setPen(pal.secondary);
    for (const TimeItem &t : sc.times)
        if (shown(t.rect))
            p->drawText(t.rect, Qt::AlignRight | Qt::AlignVCenter, t.text);

    QList<QRectF> times;
    for (const TimeItem &t : sc.times)
        times.append(t.rect);
    paintFindingMarkers(p, sc.parts, o.findings, pal.error, pal.warning, times);
    p->restore();
}

} // namespace

void WhatsappPreviewPainter::paint(QPainter *painter, const Scene &scene, const PreviewOptions &options)
{
    paintScene(painter, scene, options);
}

} // namespace sinch::ui::preview
