#pragma once

#include "previewoptions.h"
#include "previewpart.h"
#include "preview/previewrendering.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QSizeF>

class QPainter;

namespace sinch::ui {
class PreviewTextCache;
}

namespace sinch::ui {

// Draws a WhatsApp template (the contract's create-request shape: {name, language,
// category, details: {components}}) as the phone shows it, with QPainter only: no widgets
// and no network (media headers are placeholders), so it works headless and offscreen.
// The GUI preview and `sinch-console preview` share it.
//
// Geometry is in logical pixels: the phone is options.frameWidth wide (360 dp); a carousel
// whose cards do not fit makes the rendering wider, as the phone's strip scrolls. The
// image has options.devicePixelRatio physical pixels per logical one.
//
// Needs a QGuiApplication (fonts).
class WhatsappPreviewRenderer
{
    Q_DECLARE_TR_FUNCTIONS(sinch::ui::WhatsappPreviewRenderer)

public:
    // Laid out once, drawn on demand (what a view shows); with a cache, texts that did not
    // change since the last rendering are not laid out again.
    static PreviewRendering rendering(const QJsonObject &templateJson, const PreviewOptions &options,
                                      PreviewTextCache *cache = nullptr);
    // The pixels of the whole, with the options' findings marked.
    static QImage render(const QJsonObject &templateJson, const PreviewOptions &options);
    // Draws at the painter's origin; the painter's device should have the options' ratio.
    static void paint(QPainter *painter, const QJsonObject &templateJson, const PreviewOptions &options);

    // Where each part is drawn (logical pixels), for click mapping and finding markers.
    static QList<PreviewPart> layout(const QJsonObject &templateJson, const PreviewOptions &options);
    // The rendering's size in logical pixels.
    static QSizeF size(const QJsonObject &templateJson, const PreviewOptions &options);
};

} // namespace sinch::ui
