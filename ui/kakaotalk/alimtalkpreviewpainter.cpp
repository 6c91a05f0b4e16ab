#include "alimtalkpreviewscene.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace sinch::ui::alimtalk {

namespace {

void drawLock(QPainter *p, const QRectF &area, const QString &text, const QColor &color)
{
    // A padlock and the word, right-aligned in the band as KakaoTalk for PC marks a
    // security message.
    p->save();
    const QPointF at(area.left(), area.center().y() - 7);
    p->setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap));
    p->setBrush(Qt::NoBrush);
    p->drawArc(QRectF(at.x() + 3, at.y(), 8, 9), 0, 180 * 16);
    p->drawLine(QPointF(at.x() + 3, at.y() + 4.5), QPointF(at.x() + 3, at.y() + 6));
    p->drawLine(QPointF(at.x() + 11, at.y() + 4.5), QPointF(at.x() + 11, at.y() + 6));
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawRoundedRect(QRectF(at.x() + 1, at.y() + 6, 12, 9), 1.5, 1.5);
    p->setFont(kakaoFont(kNamePx, QFont::DemiBold));
    p->setPen(color);
    p->drawText(area.adjusted(18, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
    p->restore();
}

void drawImage(QPainter *p, const ImageItem &image, const AlimtalkPreviewRenderer::Palette &pal)
{
    // No pixels (no network): a picture glyph, sun over hills, and the image's name.
    p->save();
    p->fillRect(image.rect, pal.imagePlaceholder);
    const QPointF c = image.rect.center() - QPointF(0, 10);
    const QRectF g = preview::paintPictureGlyph(p, c, pal.imageGlyph);
    p->setFont(kakaoFont(kNamePx));
    p->setPen(pal.secondary);
    const QRectF label(image.rect.left() + 12, g.bottom() + 8, image.rect.width() - 24, 18);
    p->drawText(label, Qt::AlignHCenter | Qt::AlignTop, QFontMetricsF(p->font()).elidedText(image.label, Qt::ElideMiddle, label.width()));
    p->restore();
}

void drawText(QPainter *p, const TextItem &t)
{
    p->save();
    p->translate(t.pos);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette.setColor(QPalette::Text, t.color);
    t.doc->documentLayout()->draw(p, ctx);
    p->restore();
}

} // namespace

void AlimtalkPreviewPainter::paint(QPainter *p, const Scene &sc, const PreviewOptions &o)
{
    const AlimtalkPreviewRenderer::Palette &pal = sc.palette;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    p->fillRect(QRectF(QPointF(0, 0), sc.size), pal.wallpaper);

    // The channel: a round avatar with its initial, the name beside it above the card.
    p->setPen(Qt::NoPen);
    p->setBrush(pal.avatar);
    p->drawEllipse(sc.avatar);
    p->setPen(pal.avatarText);
    p->setFont(kakaoFont(17, QFont::Bold));
    p->drawText(sc.avatar, Qt::AlignCenter, sc.initial);
    p->setFont(kakaoFont(kNamePx));
    p->setPen(pal.channelName);
    p->drawText(sc.name, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(p->font()).elidedText(sc.channelName, Qt::ElideRight, sc.name.width()));

    // The card, its band clipped to the rounded corners.
    QPainterPath card;
    card.addRoundedRect(sc.card, kRadius, kRadius);
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0, 0, 0, o.theme == PreviewOptions::Theme::Dark ? 0x40 : 0x14));
    p->drawPath(card.translated(0, 1));
    p->setBrush(pal.card);
    p->drawPath(card);
    p->save();
    p->setClipPath(card);
    p->fillRect(sc.band, pal.band);
    for (const ImageItem &image : sc.images)
        drawImage(p, image, pal);
    p->restore();
    p->setFont(kakaoFont(kBandPx, QFont::Bold));
    p->setPen(pal.bandText);
    p->drawText(sc.band.adjusted(kPadX, 0, -kPadX, 0), Qt::AlignLeft | Qt::AlignVCenter, sc.bandText);
    if (!sc.lock.isEmpty())
        drawLock(p, sc.lock, sc.lockText, pal.bandText);

    for (const TextItem &t : sc.texts)
        drawText(p, t);
    preview::paintHairlines(p, sc.dividers, pal.divider, o.devicePixelRatio);

    const QFont buttonFont = kakaoFont(kButtonPx, QFont::Medium);
    const QFontMetricsF bfm(buttonFont);
    p->setFont(buttonFont);
    for (const ButtonItem &b : sc.buttons) {
        p->setPen(Qt::NoPen);
        p->setBrush(pal.button);
        p->drawRoundedRect(b.rect, 5, 5);
        p->setPen(b.placeholder ? pal.secondary : pal.buttonText);
        p->drawText(b.rect, Qt::AlignCenter, bfm.elidedText(b.text, Qt::ElideRight, b.rect.width() - 24));
    }

    p->setFont(kakaoFont(kTimePx));
    p->setPen(pal.time);
    p->drawText(sc.time, Qt::AlignLeft | Qt::AlignVCenter, sc.timeText);

    preview::paintFindingMarkers(p, sc.parts, o.findings, pal.error, pal.warning, {sc.time});
    p->restore();
}

} // namespace sinch::ui::alimtalk
