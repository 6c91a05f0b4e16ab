#pragma once

#include "templates/previewpart.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>

namespace sinch::ui {

// One rendering of a preview: the pixels, where each part is, the colour around the phone
// (what a view shows beside a narrow rendering) and the text a screen reader reads for it.
struct PreviewRendering
{
    QImage image;
    QList<PreviewPart> parts;
    QColor background;
    QString description;
};

} // namespace sinch::ui
