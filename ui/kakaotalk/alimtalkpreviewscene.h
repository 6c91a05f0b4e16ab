#pragma once

// The AlimTalk preview laid out: what AlimtalkPreviewRenderer measures (the scene) and
// AlimtalkPreviewPainter draws, with the proportions of KakaoTalk on a 360 dp phone.
// Internal to the preview; views use AlimtalkPreviewRenderer.

#include "alimtalkpreviewrenderer.h"
#include "preview/previewpaint.h"

#include <QLineF>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QTextDocument>

#include <memory>

class QPainter;

namespace sinch::ui::alimtalk {

constexpr qreal kTopMargin = 12;
constexpr qreal kBottomMargin = 14;
constexpr qreal kAvatarX = 10;
constexpr qreal kAvatarSize = 38;
constexpr qreal kCardX = 56;          // avatar, then a gap
constexpr qreal kNameHeight = 20;     // the channel's name above the card
constexpr qreal kTimeGutter = 44;     // the time sits right of the card
constexpr qreal kRadius = 10;
constexpr qreal kBandHeight = 38;
constexpr qreal kPadX = 16;
constexpr qreal kPadTop = 18;
constexpr qreal kPadBottom = 16;
constexpr qreal kDividerGap = 14;     // above and below the line under the emphasized title
constexpr qreal kParagraphGap = 12;
constexpr qreal kButtonHeight = 38;
constexpr qreal kButtonGap = 6;
constexpr qreal kButtonsTop = 18;
constexpr int kNamePx = 12;
constexpr int kBandPx = 13;
constexpr int kSubtitlePx = 13;
constexpr int kTitlePx = 21;
constexpr int kContentPx = 14;
constexpr int kExtraPx = 13;
constexpr int kButtonPx = 13;
constexpr int kTimePx = 10;

// KakaoTalk sets its messages in the phone's Korean system font (Noto Sans KR on Android):
// Latin letters too, so that a mixed line reads as one face.
inline QFont kakaoFont(int pixelSize, QFont::Weight weight = QFont::Normal)
{
    QFont f = preview::font(pixelSize, weight);
    f.setFamilies({QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans KR"), f.family()});
    return f;
}

struct TextItem
{
    std::shared_ptr<QTextDocument> doc;
    QPointF pos;
    QColor color;
};

struct ButtonItem
{
    QRectF rect;
    QString text;
    bool placeholder = false; // the button has no name yet
};

struct ImageItem
{
    QRectF rect;
    QString label; // the image's name, else its URL's file name
};

struct Scene
{
    QSizeF size;
    AlimtalkPreviewRenderer::Palette palette;
    QRectF avatar;
    QString initial;       // the channel's first letter, in the avatar
    QRectF name;
    QString channelName;
    QRectF card;
    QRectF band;
    QString bandText;
    QRectF lock;           // empty without securityFlag
    QString lockText;
    QList<ImageItem> images;
    QList<TextItem> texts;
    QList<QLineF> dividers;
    QList<ButtonItem> buttons;
    QRectF time;
    QString timeText;
    QList<PreviewPart> parts;
    QStringList spoken;    // what a screen reader says, in reading order
};

Scene buildScene(const AlimtalkPreviewRenderer::Content &content, const PreviewOptions &options);

class AlimtalkPreviewPainter
{
public:
    static void paint(QPainter *painter, const Scene &scene, const PreviewOptions &options);
};

} // namespace sinch::ui::alimtalk
