#pragma once

#include "preview/previewrendering.h"
#include "templates/previewoptions.h"
#include "templates/previewpart.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QSizeF>
#include <QStringList>

class QPainter;

namespace sinch::ui {

// The brand's pictures as fetched from their URLs; a null one is drawn as a placeholder.
struct RcsBrandImages
{
    QImage logo;
    QImage banner;
};

// Draws an RCS sender's brand (RcsSenderDetailsBrandInputDto) as Google Messages shows the
// agent's info card: the banner across the top, the round logo overlapping its lower edge
// with the verified mark, the brand name in bold, the description, the contact actions
// (Call, Website, Email) as chips in the brand colour, then one row per phone, email and
// website with its label, and the privacy policy and terms rows. No network: the banner
// and the logo are the images given (fetched by the caller) or placeholders in the brand
// colour (the logo shows the brand's initial).
// Widget-free QPainter code, sized in logical pixels (options.frameWidth wide).
class RcsBrandPreviewRenderer
{
    Q_DECLARE_TR_FUNCTIONS(sinch::ui::RcsBrandPreviewRenderer)

public:
    struct Palette
    {
        QColor background;
        QColor text;
        QColor secondary;
        QColor divider;
        QColor placeholder;
        QColor chipText;
        QColor verified;
        QColor error;
        QColor warning;
    };
    static Palette paletteFor(PreviewOptions::Theme theme);

    // The brand colour to draw accents with: the document's when it is a valid colour, else
    // the contract's default (#000000), lifted in the dark theme so it stays visible.
    static QColor accentOf(const QJsonObject &brand, PreviewOptions::Theme theme);

    // `brand`: the brand object (a whole create request is taken too: its details.brand).
    static QJsonObject brandOf(const QJsonObject &json);
    static PreviewRendering rendering(const QJsonObject &brand, const PreviewOptions &options,
                                      const RcsBrandImages &images = {});
    // Parts at "details.brand.bannerUrl", "...logoUrl", "...name", "...description",
    // "...phones.N", "...emails.N", "...websites.N", "...privacyPolicyUrl", "...termsOfServiceUrl".
    static QList<PreviewPart> layout(const QJsonObject &brand, const PreviewOptions &options);
    static QString description(const QJsonObject &brand);
};

} // namespace sinch::ui
