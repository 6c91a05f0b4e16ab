#include "templatecataloguewriter.h"

#include "templates/list/rejectionreasons.h"
#include "templates/whatsapppreviewrenderer.h"
#include "domain/templatedocument.h"
#include "domain/whatsapptemplateview.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace sinch::ui {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

struct Colours
{
    QColor page;
    QColor text;
    QColor secondary;
    QColor rule;
    QColor alert;
};

Colours coloursFor(PreviewOptions::Theme theme)
{
    if (theme == PreviewOptions::Theme::Dark)
        return {QColor(0x11, 0x1B, 0x21), QColor(0xE9, 0xED, 0xEF), QColor(0x9A, 0xA8, 0xB1), QColor(0x3A, 0x48, 0x52),
                QColor(0xF1, 0x5C, 0x6D)};
    return {Qt::white, QColor(0x1F, 0x23, 0x28), QColor(0x5F, 0x6B, 0x74), QColor(0xD5, 0xDB, 0xDF),
            QColor(0xB4, 0x23, 0x18)};
}

// A name of the contents: its languages and the page of its first language.
struct ContentsEntry
{
    QString name;
    QStringList languages;
    int firstIndex = 0;
};

QList<ContentsEntry> contentsOf(const QList<QJsonObject> &templates)
{
    QList<ContentsEntry> out;
    QHash<QString, int> byName;
    for (int i = 0; i < templates.size(); ++i) {
        const QString name = str(templates.at(i), "name");
        auto it = byName.constFind(name);
        if (it == byName.constEnd()) {
            it = byName.insert(name, int(out.size()));
            out.append({name, {}, i});
        }
        out[*it].languages.append(str(templates.at(i), "language"));
    }
    std::stable_sort(out.begin(), out.end(), [](const ContentsEntry &a, const ContentsEntry &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

QFont fontOf(qreal points, bool bold = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString rejectionText(const QJsonObject &t)
{
    const QString code = str(t, "rejectionCode");
    if (code.isEmpty() || code == QLatin1String("NONE"))
        return QString();
    return TemplateCatalogueWriter::tr("Rejected: %1").arg(RejectionReasons::reason(code).title);
}

// Draws text on one line, elided to `width`; returns the line's height.
qreal line(QPainter &p, const QPointF &topLeft, qreal width, const QString &text, const QFont &font, const QColor &colour,
           Qt::Alignment align = Qt::AlignLeft)
{
    p.setFont(font);
    p.setPen(colour);
    const QFontMetricsF m(font, p.device());
    const QString shown = m.elidedText(text, Qt::ElideRight, width);
    p.drawText(QRectF(topLeft, QSizeF(width, m.height())), int(align | Qt::AlignVCenter), shown);
    return m.height();
}

class Sheet
{
public:
    Sheet(QPainter &painter, const TemplateCatalogueWriter::Options &options, int totalPages)
        : p(painter)
        , o(options)
        , c(coloursFor(options.theme))
        , total(totalPages)
        , mm(options.dpi / 25.4)
        , paper(0, 0, painter.device()->width(), painter.device()->height())
        , area(paper.adjusted(12 * mm, 12 * mm, -12 * mm, -12 * mm))
    {
    }

    void beginPage(int number)
    {
        p.fillRect(paper, c.page); // the page has no margins of its own: dark pages are dark to the edge
        const qreal h = line(p, area.topLeft(), area.width() * 0.7, o.title, fontOf(9, true), c.text);
        line(p, area.topLeft(), area.width(), TemplateCatalogueWriter::tr("Page %1 of %2").arg(number).arg(total),
             fontOf(8), c.secondary, Qt::AlignRight);
        p.setPen(QPen(c.rule, 0.3 * mm));
        p.drawLine(QPointF(area.left(), area.top() + h + 1 * mm), QPointF(area.right(), area.top() + h + 1 * mm));
        top = area.top() + h + 4 * mm;
    }

    void contents(const QList<ContentsEntry> &entries, int from, int firstSheetPage, int perPage, bool first)
    {
        qreal y = top;
        if (first) {
            y += line(p, QPointF(area.left(), y), area.width(), TemplateCatalogueWriter::tr("Contents"), fontOf(16, true),
                      c.text);
            if (!o.subtitle.isEmpty())
                y += line(p, QPointF(area.left(), y), area.width(), o.subtitle, fontOf(9), c.secondary);
            y += 3 * mm;
        }
        const qreal pitch = (area.bottom() - top) / (TemplateCatalogueWriter::kContentsLinesPerPage + 4);
        const qreal nameWidth = area.width() * 0.5;
        const qreal pageWidth = 14 * mm;
        const int to = std::min<int>(from + TemplateCatalogueWriter::kContentsLinesPerPage, int(entries.size()));
        for (int i = from; i < to; ++i) {
            const ContentsEntry &e = entries.at(i);
            line(p, QPointF(area.left(), y), nameWidth - 2 * mm, e.name, fontOf(9), c.text);
            line(p, QPointF(area.left() + nameWidth, y), area.width() - nameWidth - pageWidth, e.languages.join(QStringLiteral(", ")),
                 fontOf(8), c.secondary);
            line(p, QPointF(area.right() - pageWidth, y), pageWidth, QString::number(firstSheetPage + e.firstIndex / perPage),
                 fontOf(9), c.text, Qt::AlignRight);
            y += pitch;
        }
    }

    // The cell of the index-th preview on its page.
    QRectF cell(int index) const
    {
        const qreal gap = 5 * mm;
        const qreal w = (area.width() - (o.columns - 1) * gap) / o.columns;
        const qreal h = (area.bottom() - top - (o.rows - 1) * gap) / o.rows;
        const int col = index % o.columns;
        const int row = index / o.columns;
        return QRectF(area.left() + col * (w + gap), top + row * (h + gap), w, h);
    }

    void place(const QRectF &cell, const QJsonObject &t)
    {
        const QFont nameFont = fontOf(9, true);
        const QFont small = fontOf(7.5);
        const qreal captionHeight = QFontMetricsF(nameFont, p.device()).height()
                                  + 3 * QFontMetricsF(small, p.device()).height() + 2 * mm;
        const QRectF frame(cell.left(), cell.top(), cell.width(), cell.height() - captionHeight);

        PreviewOptions options;
        options.theme = o.theme;
        // As many image pixels as the printer puts across the cell: the preview is as sharp
        // as the page, and no sharper (the file grows with the square of it).
        options.devicePixelRatio = std::clamp(frame.width() / options.frameWidth, 1.0, 4.0);
        const QImage rendered = WhatsappPreviewRenderer::render(TemplateCatalogueWriter::previewDocument(t), options);
        // Opaque images compress as JPEG in the PDF; the renderer's transparent corners
        // take the page's colour first.
        QImage image(rendered.size(), QImage::Format_RGB32);
        image.fill(c.page);
        {
            QPainter ip(&image);
            ip.drawImage(QRect(QPoint(0, 0), rendered.size()), rendered); // in pixels, whatever its ratio
        }
        const QSizeF logical = QSizeF(rendered.size()) / options.devicePixelRatio;
        const qreal scale = std::min(frame.width() / logical.width(), frame.height() / logical.height());
        const QSizeF shown = logical * scale;
        const QRectF target(frame.left() + (frame.width() - shown.width()) / 2, frame.top(), shown.width(), shown.height());
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, image);
        p.setPen(QPen(c.rule, 0.25 * mm));
        p.setBrush(Qt::NoBrush);
        p.drawRect(target);

        qreal y = target.bottom() + 1.5 * mm;
        const qreal w = cell.width();
        y += line(p, QPointF(cell.left(), y), w, str(t, "name"), nameFont, c.text);
        const QString quality = WhatsappTemplateView::qualityText(str(t, "qualityScore"));
        const QString kind = TemplateCatalogueWriter::tr("%1 · %2").arg(str(t, "language"), str(t, "category"));
        y += line(p, QPointF(cell.left(), y), w,
                  quality.isEmpty() ? kind : TemplateCatalogueWriter::tr("%1 · quality: %2").arg(kind, quality), small,
                  c.secondary);
        y += line(p, QPointF(cell.left(), y), w, WhatsappTemplateView::stateText(t), small, c.text);
        line(p, QPointF(cell.left(), y), w, rejectionText(t), small, c.alert);
    }

private:
    QPainter &p;
    const TemplateCatalogueWriter::Options &o;
    const Colours c;
    const int total;
    const qreal mm;
    const QRectF paper;
    const QRectF area;
    qreal top = 0;
};

} // namespace

int TemplateCatalogueWriter::contentsPageCount(int names)
{
    return std::max(1, (names + kContentsLinesPerPage - 1) / kContentsLinesPerPage);
}

int TemplateCatalogueWriter::sheetPageCount(int count, const Options &options)
{
    const int perPage = std::max(1, options.columns * options.rows);
    return (count + perPage - 1) / perPage;
}

int TemplateCatalogueWriter::pageCount(const QList<QJsonObject> &templates, const Options &options)
{
    return contentsPageCount(int(contentsOf(templates).size())) + sheetPageCount(int(templates.size()), options);
}

QJsonObject TemplateCatalogueWriter::previewDocument(const QJsonObject &serverTemplate)
{
    return TemplateDocument::fromServerTemplate(serverTemplate, TemplateDocument::hasApprovedVersion(serverTemplate));
}

bool TemplateCatalogueWriter::write(const QString &fileName, const QList<QJsonObject> &templates, const Options &options,
                                    QString *error, const Progress &progress)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        QFile::remove(fileName);
        return false;
    };
    {
        // QPdfWriter says nothing of a file it cannot open: ask first.
        QFile probe(fileName);
        if (!probe.open(QIODevice::WriteOnly))
            return fail(tr("cannot write %1: %2").arg(fileName, probe.errorString()));
    }
    Options o = options;
    o.columns = std::max(1, o.columns);
    o.rows = std::max(1, o.rows);
    const QList<ContentsEntry> entries = contentsOf(templates);
    const int contentsPages = contentsPageCount(int(entries.size()));
    const int perPage = o.columns * o.rows;
    const int total = contentsPages + sheetPageCount(int(templates.size()), o);

    QPdfWriter writer(fileName);
    writer.setResolution(o.dpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(),
                                     QPageLayout::Millimeter));
    writer.setTitle(o.title);
    writer.setCreator(QStringLiteral("sinch-console"));
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("cannot write %1").arg(fileName));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Sheet sheet(painter, o, total);

    int page = 1;
    for (int from = 0; from < std::max<int>(1, int(entries.size())); from += kContentsLinesPerPage, ++page) {
        if (page > 1)
            writer.newPage();
        sheet.beginPage(page);
        sheet.contents(entries, from, contentsPages + 1, perPage, from == 0);
    }
    for (int i = 0; i < templates.size(); ++i) {
        if (i % perPage == 0) {
            writer.newPage();
            sheet.beginPage(page++);
        }
        sheet.place(sheet.cell(i % perPage), templates.at(i));
        if (progress && !progress(i + 1, int(templates.size()))) {
            painter.end();
            return fail(tr("stopped"));
        }
    }
    if (!painter.end())
        return fail(tr("cannot write %1").arg(fileName));
    return true;
}

} // namespace sinch::ui
