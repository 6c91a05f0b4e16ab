#pragma once

#include "templates/previewoptions.h"
#include "templates/previewpart.h"
#include "preview/previewrendering.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QSizeF>

class QPainter;

namespace sinch::ui {

// Draws a KakaoTalk AlimTalk template (the contract's KakaotalkInputTemplateDetailsDto:
// content, messageType, emphasizeType, title, subtitle, extra, imageName, imageUrl,
// securityFlag, buttons) as KakaoTalk shows it on a phone, with QPainter only: the
// channel's avatar and name above a white card with the yellow "AlimTalk arrived" band,
// the emphasized title or image, the content with #{variables} filled in from the
// examples (softly tinted), the extra information in grey, and the buttons stacked full
// width in their `ordering`. No network: an image is a placeholder with its name. The GUI
// preview and `sinch-console preview` share it.
//
// Geometry is in logical pixels: the phone is options.frameWidth wide (360 dp); the image
// has options.devicePixelRatio physical pixels per logical one. Needs a QGuiApplication
// (fonts; Korean needs a CJK font such as Noto Sans CJK, which the package depends on).
class AlimtalkPreviewRenderer
{
    Q_DECLARE_TR_FUNCTIONS(sinch::ui::AlimtalkPreviewRenderer)

public:
    struct Content
    {
        // The template's details ({content, title, buttons, ...}).
        QJsonObject details;
        // Variable name → example value: the contract has no place for examples.
        QJsonObject examples;
        // The KakaoTalk channel (sender) the message comes from.
        QString channelName;
    };

    // The colours of KakaoTalk's chat, UI.md "Previews".
    struct Palette
    {
        QColor wallpaper;
        QColor card;
        QColor band;
        QColor bandText;
        QColor text;
        QColor secondary;
        QColor channelName;
        QColor time;
        QColor avatar;
        QColor avatarText;
        QColor divider;
        QColor button;
        QColor buttonText;
        QColor imagePlaceholder;
        QColor imageGlyph;
        QColor variableTint;
        QColor error;
        QColor warning;
    };
    static Palette paletteFor(PreviewOptions::Theme theme);

    // The template, for the `content` of a create request ({details: {...}}) or the
    // details themselves.
    static QJsonObject detailsOf(const QJsonObject &templateJson);

    // The image, its parts, the wallpaper and the description, from one layout.
    static PreviewRendering rendering(const Content &content, const PreviewOptions &options);
    static QImage render(const Content &content, const PreviewOptions &options);
    // Draws at the painter's origin; the painter's device should have the options' ratio.
    static void paint(QPainter *painter, const Content &content, const PreviewOptions &options);
    // Where each part is drawn (logical pixels): paths "details.title", "details.content",
    // "details.buttons.1", ... as the findings use them.
    static QList<PreviewPart> layout(const Content &content, const PreviewOptions &options);
    static QSizeF size(const Content &content, const PreviewOptions &options);
    // What the preview shows, as a screen reader reads it.
    static QString description(const Content &content, const PreviewOptions &options);
};

} // namespace sinch::ui
