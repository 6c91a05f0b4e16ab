#pragma once

#include "templates/previewoptions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace sinch::ui {

// Writes WhatsApp templates (the server's WhatsappTemplateDto, in the order given) as a
// PDF contact sheet: contents pages listing every name with its languages and page, then
// pages of phone previews, each captioned with name, language, category, state, quality
// and rejection reason. Each preview is drawn by WhatsappPreviewRenderer into an image at
// the print resolution and placed as that image: colour emoji and any script print as the
// editor shows them, whatever fonts the PDF could embed as text.
//
// Widget-free QPainter code (QPdfWriter): runs headless and off the GUI thread.
class TemplateCatalogueWriter
{
    Q_DECLARE_TR_FUNCTIONS(sinch::ui::TemplateCatalogueWriter)
public:
    struct Options
    {
        PreviewOptions::Theme theme = PreviewOptions::Theme::Light;
        QString title;    // e.g. the project's name
        QString subtitle; // e.g. the filter and the date
        int columns = 3;
        int rows = 2;
        int dpi = 300;
    };

    // Pages the catalogue of `count` templates (with `names` distinct names) has.
    static int contentsPageCount(int names);
    static int sheetPageCount(int count, const Options &options);
    static int pageCount(const QList<QJsonObject> &templates, const Options &options);

    // Called after each template is placed with (done, total); returning false stops the
    // writing (the file is then removed).
    using Progress = std::function<bool(int, int)>;
    // False with *error set when the file cannot be written or the writing was stopped.
    static bool write(const QString &fileName, const QList<QJsonObject> &templates, const Options &options,
                      QString *error = nullptr, const Progress &progress = Progress());

    // The preview of one server template as printed (the approved version when it has one).
    static QJsonObject previewDocument(const QJsonObject &serverTemplate);

    static constexpr int kContentsLinesPerPage = 42;
};

} // namespace sinch::ui
