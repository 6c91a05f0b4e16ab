#pragma once

// What the preview tests share: their fixtures (SINCH_PREVIEW_FIXTURES, set by CMake),
// parts by path or kind, and pixel counts of a rendering in logical coordinates.

#include "templates/previewoptions.h"
#include "templates/previewpart.h"

#include <QColor>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QToolButton>

namespace previewtest {

using namespace sinch::ui;

inline QString fixturePath(const QString &name)
{
    return QStringLiteral(SINCH_PREVIEW_FIXTURES "/%1.json").arg(name);
}

inline QJsonObject fixture(const QString &name)
{
    QFile f(fixturePath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The preview's toggle with this accessible name ("Dark preview", "Show variables").
inline QToolButton *toggle(const QWidget *preview, const QString &accessibleName)
{
    for (QToolButton *b : preview->findChildren<QToolButton *>())
        if (b->accessibleName() == accessibleName)
            return b;
    return nullptr;
}

// Writes `json` to `path` (a template file for the command line); false when it cannot.
inline bool writeJson(const QString &path, const QJsonObject &json)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(json).toJson()) > 0;
}

inline QList<PreviewPart> partsOfKind(const QList<PreviewPart> &parts, PreviewPart::Kind kind)
{
    QList<PreviewPart> out;
    for (const PreviewPart &p : parts)
        if (p.kind == kind)
            out.append(p);
    return out;
}

inline PreviewPart partAt(const QList<PreviewPart> &parts, const QString &path)
{
    for (const PreviewPart &p : parts)
        if (p.path == path)
            return p;
    return {};
}

inline QColor pixel(const QImage &image, const QPointF &logical)
{
    const qreal dpr = image.devicePixelRatio();
    return image.pixelColor(int(logical.x() * dpr), int(logical.y() * dpr));
}

// Physical pixels of `rect` (logical) within `tolerance` of `color`.
// A part's rect and the reach of its finding's marker: the outline around it and the badge
// half out of the outline's right edge.
inline QRectF withMarker(const QRectF &rect)
{
    return rect.adjusted(-4, -3, 11, 3);
}

inline int countNear(const QImage &image, const QRectF &rect, const QColor &color, int tolerance = 40)
{
    const qreal dpr = image.devicePixelRatio();
    const QRect r = QRectF(rect.topLeft() * dpr, rect.size() * dpr).toAlignedRect() & image.rect();
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) + qAbs(c.green() - color.green()) + qAbs(c.blue() - color.blue()) <= tolerance)
                ++n;
        }
    }
    return n;
}

// The most frequent colour of a rect: the background under the text.
inline QColor dominant(const QImage &image, const QRectF &rect)
{
    const qreal dpr = image.devicePixelRatio();
    const QRect r = QRectF(rect.topLeft() * dpr, rect.size() * dpr).toAlignedRect() & image.rect();
    QHash<QRgb, int> counts;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb best = 0;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > bestCount)
            best = it.key(), bestCount = it.value();
    return QColor::fromRgb(best);
}

inline PreviewOptions options(PreviewOptions::Theme theme = PreviewOptions::Theme::Light, qreal dpr = 1)
{
    PreviewOptions o;
    o.theme = theme;
    o.devicePixelRatio = dpr;
    return o;
}

} // namespace previewtest
