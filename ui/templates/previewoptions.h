#pragma once

#include "rules/finding.h"

#include <QColor>
#include <QList>
#include <QString>

namespace sinch::ui {

// How a template preview is drawn: theme, pixel density, raw variables or examples, the
// findings to mark and the phone's width. A value type shared by the renderers, the
// preview widget and `sinch-console preview`.
struct PreviewOptions
{
    enum class Theme { Light, Dark };

    // The colours of UI.md, "Previews".
    struct Palette
    {
        QColor wallpaper;
        QColor bubble;
        QColor text;
        QColor secondary;
        QColor button;
        QColor hairline;
        QColor mediaPlaceholder;
        QColor mediaGlyph;
        QColor variableTint;
        QColor codeBackground;
        QColor error;
        QColor warning;
    };

    Theme theme = Theme::Light;
    qreal devicePixelRatio = 1.0;
    bool showRawVariables = false;
    QList<sinch::rules::Finding> findings;
    // The phone's width in logical pixels (dp).
    int frameWidth = 360;
    // A carousel as the phone shows it (the editor's preview): its cards scrolled sideways
    // by this many pixels and cut at the phone's edge, the message above them staying put.
    // Below 0: every card side by side, a picture of the whole template (`preview`, the
    // catalogue).
    qreal carouselScroll = -1;
    // The time shown in the bubble; fixed so that renderings are reproducible.
    QString time = QStringLiteral("10:42");

    Palette palette() const { return paletteFor(theme); }

    static Palette paletteFor(Theme theme)
    {
        Palette p;
        if (theme == Theme::Dark) {
            p.wallpaper = QColor(0x0B, 0x14, 0x1A);
            p.bubble = QColor(0x20, 0x2C, 0x33);
            p.text = QColor(0xE9, 0xED, 0xEF);
            p.secondary = QColor(0x86, 0x96, 0xA0);
            p.button = QColor(0x53, 0xBD, 0xEB);
            p.hairline = QColor(0xFF, 0xFF, 0xFF, 0x1F);
            p.mediaPlaceholder = QColor(0x2A, 0x39, 0x42);
            p.mediaGlyph = QColor(0x86, 0x96, 0xA0);
            p.variableTint = QColor(0x53, 0xBD, 0xEB, 0x40);
            p.codeBackground = QColor(0xFF, 0xFF, 0xFF, 0x1A);
            p.error = QColor(0xF1, 0x5C, 0x6D);
            p.warning = QColor(0xF7, 0xB9, 0x28);
        } else {
            p.wallpaper = QColor(0xEF, 0xEA, 0xE2);
            p.bubble = QColor(0xFF, 0xFF, 0xFF);
            p.text = QColor(0x11, 0x1B, 0x21);
            p.secondary = QColor(0x66, 0x77, 0x81);
            p.button = QColor(0x02, 0x7E, 0xB5);
            p.hairline = QColor(0x00, 0x00, 0x00, 0x1F);
            p.mediaPlaceholder = QColor(0xDD, 0xE3, 0xE8);
            p.mediaGlyph = QColor(0x8E, 0x9C, 0xA6);
            p.variableTint = QColor(0x02, 0x7E, 0xB5, 0x26);
            p.codeBackground = QColor(0x00, 0x00, 0x00, 0x12);
            p.error = QColor(0xD9, 0x30, 0x25);
            p.warning = QColor(0xF2, 0xA6, 0x00);
        }
        return p;
    }
};

} // namespace sinch::ui
