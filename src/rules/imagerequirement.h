#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace sinch::rules {

// What the contract says an image behind a URL field must be, read from the field's own
// description (the contract states it only in prose: "Supported mime types: `image/jpeg`
// or `image/png`. Maximum file size: 50KB. Exact image dimensions: 224 x 224 px."), so a
// new size in the next contract needs no code change. A part the text does not state is
// left empty and not checked.
struct ImageRequirement
{
    QStringList mimeTypes; // "image/jpeg", "image/png"
    qint64 maxBytes = 0;   // 0: not stated
    QSize size;            // exact dimensions; invalid: not stated

    static ImageRequirement fromDescription(const QString &description);
    // The requirement of `field` ("logoUrl") of the named component schema.
    static ImageRequirement of(const QString &schemaName, const QString &field);

    bool isEmpty() const { return mimeTypes.isEmpty() && maxBytes == 0 && !size.isValid(); }
    // One sentence per requirement the image misses; empty when it meets them all.
    QStringList problems(const QString &mimeType, qint64 bytes, const QSize &imageSize) const;
    // "JPEG or PNG, 224 × 224, up to 50 KB": for placeholders and tooltips.
    QString summary() const;
};

} // namespace sinch::rules
