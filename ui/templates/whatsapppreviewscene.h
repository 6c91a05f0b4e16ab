#pragma once

// The WhatsApp preview laid out: what WhatsappPreviewRenderer measures (the scene) and
// WhatsappPreviewPainter draws, with the proportions of WhatsApp on a 360 dp Android
// phone. Internal to the preview; views use WhatsappPreviewRenderer.

#include "previewoptions.h"
#include "previewpart.h"
#include "preview/previewpaint.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QTextDocument>

#include <memory>

class QPainter;

namespace sinch::ui::preview {

// Proportions of WhatsApp on a 360 dp Android phone.
constexpr qreal kTopMargin = 12;
constexpr qreal kBottomMargin = 12;
constexpr qreal kBubbleX = 16;         // the tail sits in the 8 dp before it
constexpr qreal kRightGutter = 44;     // incoming bubbles leave this much free on the right
constexpr qreal kRadius = 7.5;
constexpr qreal kMediaInset = 3;
constexpr qreal kPadX = 9;
constexpr qreal kPadTop = 6;
constexpr qreal kPadBottom = 6;
constexpr qreal kButtonHeight = 44;
constexpr qreal kCardButtonHeight = 40;
constexpr qreal kCardWidth = 256;
constexpr qreal kCardGap = 8;
constexpr qreal kCardsTop = 6;
constexpr qreal kTimeGap = 10;
constexpr int kBodyPx = 15;
constexpr int kHeaderPx = 16;
constexpr int kFooterPx = 13;
constexpr int kTimePx = 11;
constexpr int kButtonPx = 15;
constexpr int kMaxVisibleButtons = 3;

enum class Icon { Reply, Link, Phone, Copy, Flow, List };

struct TextItem
{
    std::shared_ptr<QTextDocument> doc;
    QPointF pos;
    QColor color;
};

struct BubbleItem
{
    QRectF rect;
    bool tail = false;
};

struct MediaItem
{
    QRectF rect;
    QString format;
    QString label; // a document's file name (the other formats show no text)
    qreal radius = 6;
};

struct ButtonItem
{
    QRectF rect;
    QString text;
    Icon icon = Icon::Link;
};

struct TimeItem
{
    QRectF rect;
    QString text;
};

struct Scene
{
    QSizeF size;
    PreviewOptions::Palette palette;
    QList<BubbleItem> bubbles;
    QList<MediaItem> media;
    QList<TextItem> texts;
    QList<QLineF> hairlines;
    QList<ButtonItem> buttons;
    QList<TimeItem> times;
    QList<PreviewPart> parts;
};

// Draws a laid-out scene: wallpaper, bubbles with their tail, media, texts, hairlines,
// buttons with icons, times and the markers of parts with findings.
class WhatsappPreviewPainter
{
public:
    static void paint(QPainter *painter, const Scene &scene, const PreviewOptions &options);
};

} // namespace sinch::ui::preview
