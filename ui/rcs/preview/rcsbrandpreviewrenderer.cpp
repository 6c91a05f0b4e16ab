#include "rcsbrandpreviewrenderer.h"

#include "preview/previewpaint.h"

#include <QFontMetricsF>
#include <QJsonArray>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace sinch::ui {

namespace {

const QString kBase = QStringLiteral("details.brand");
// The banner's shape (1440 × 448, TEMPLATE-RULES.md) and the card's measures in dp.
constexpr qreal kBannerRatio = 448.0 / 1440.0;
constexpr qreal kLogo = 72;
constexpr qreal kMargin = 16;
constexpr qreal kRow = 56;
constexpr qreal kChip = 36;

QString at(const QString &key) { return kBase + QLatin1Char('.') + key; }
QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString().trimmed(); }

struct Row
{
    QString path;
    QString value;
    QString label;
    QChar glyph;
};

// The contact rows in the order Google Messages lists them.
QList<Row> rowsOf(const QJsonObject &brand)
{
    QList<Row> rows;
    const struct { const char *list; const char *key; QChar glyph; } lists[] = {
        {"phones", "number", QChar(0x260E)}, {"emails", "address", QChar(0x2709)}, {"websites", "url", QChar(0x25CE)}};
    for (const auto &l : lists) {
        const QJsonArray items = brand.value(QLatin1String(l.list)).toArray();
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            rows.append({at(QLatin1String(l.list)) + QLatin1Char('.') + QString::number(i), str(item, l.key), str(item, "label"), l.glyph});
        }
    }
    return rows;
}

struct Scene
{
    QList<PreviewPart> parts;
    QRectF banner, logo, name, description;
    QList<QPair<QRectF, QString>> chips; // rect, text
    QList<QPair<QRectF, Row>> rows;
    QSizeF size;
};

Scene build(const QJsonObject &brand, const PreviewOptions &o)
{
    Scene s;
    const qreal w = o.frameWidth;
    s.banner = QRectF(0, 0, w, qRound(w * kBannerRatio));
    s.parts.append({at(QStringLiteral("bannerUrl")), s.banner, PreviewPart::Kind::Image});
    s.logo = QRectF((w - kLogo) / 2, s.banner.bottom() - kLogo / 2, kLogo, kLogo);
    s.parts.append({at(QStringLiteral("logoUrl")), s.logo, PreviewPart::Kind::Image});
    qreal y = s.logo.bottom() + 12;
    const QFontMetricsF nameMetrics(preview::font(20, QFont::Bold));
    s.name = QRectF(kMargin, y, w - 2 * kMargin, nameMetrics.height() * 2 + 2);
    const QRectF nameBound = nameMetrics.boundingRect(s.name, Qt::AlignHCenter | Qt::TextWordWrap, str(brand, "name"));
    s.name.setHeight(qMax(nameMetrics.height(), nameBound.height()));
    s.parts.append({at(QStringLiteral("name")), s.name, PreviewPart::Kind::Title});
    y = s.name.bottom() + 4;
    const QString description = str(brand, "description");
    const QFontMetricsF textMetrics(preview::font(14));
    const QRectF descBound = textMetrics.boundingRect(QRectF(kMargin, y, w - 2 * kMargin, 400), Qt::AlignHCenter | Qt::TextWordWrap,
                                                      description.isEmpty() ? QStringLiteral(" ") : description);
    s.description = QRectF(kMargin, y, w - 2 * kMargin, descBound.height());
    s.parts.append({at(QStringLiteral("description")), s.description, PreviewPart::Kind::Body});
    y = s.description.bottom() + 16;

    // The actions: the first phone, website and email, as Google Messages offers them.
    const QFontMetricsF chipMetrics(preview::font(14, QFont::DemiBold));
    QList<QPair<QString, QString>> actions; // text, path
    if (!brand.value(QLatin1String("phones")).toArray().isEmpty())
        actions.append({RcsBrandPreviewRenderer::tr("Call"), at(QStringLiteral("phones.0"))});
    if (!brand.value(QLatin1String("websites")).toArray().isEmpty())
        actions.append({RcsBrandPreviewRenderer::tr("Website"), at(QStringLiteral("websites.0"))});
    if (!brand.value(QLatin1String("emails")).toArray().isEmpty())
        actions.append({RcsBrandPreviewRenderer::tr("Email"), at(QStringLiteral("emails.0"))});
    qreal total = 0;
    QList<qreal> widths;
    for (const auto &a : actions) {
        widths << chipMetrics.horizontalAdvance(a.first) + 32;
        total += widths.last();
    }
    total += qMax<qsizetype>(0, actions.size() - 1) * 8;
    qreal x = (w - total) / 2;
    for (int i = 0; i < actions.size(); ++i) {
        s.chips.append({QRectF(x, y, widths.at(i), kChip), actions.at(i).first});
        x += widths.at(i) + 8;
    }
    if (!actions.isEmpty())
        y += kChip + 16;

    QList<Row> rows = rowsOf(brand);
    if (!str(brand, "privacyPolicyUrl").isEmpty())
        rows.append({at(QStringLiteral("privacyPolicyUrl")), RcsBrandPreviewRenderer::tr("Privacy policy"), str(brand, "privacyPolicyUrl"), QChar(0x25A3)});
    if (!str(brand, "termsOfServiceUrl").isEmpty())
        rows.append({at(QStringLiteral("termsOfServiceUrl")), RcsBrandPreviewRenderer::tr("Terms of service"), str(brand, "termsOfServiceUrl"), QChar(0x25A3)});
    for (const Row &row : std::as_const(rows)) {
        const QRectF rect(0, y, w, kRow);
        s.rows.append({rect, row});
        s.parts.append({row.path, rect, PreviewPart::Kind::Button});
        y += kRow;
    }
    s.size = QSizeF(w, y + kMargin);
    return s;
}

void elided(QPainter *p, const QRectF &r, const QString &text, const QFont &f, int flags)
{
    p->setFont(f);
    p->drawText(r, flags, QFontMetricsF(f).elidedText(text, Qt::ElideRight, r.width()));
}

} // namespace

RcsBrandPreviewRenderer::Palette RcsBrandPreviewRenderer::paletteFor(PreviewOptions::Theme theme)
{
    const PreviewOptions::Palette base = PreviewOptions::paletteFor(theme);
    Palette p;
    const bool dark = theme == PreviewOptions::Theme::Dark;
    p.background = dark ? QColor(0x1F, 0x1F, 0x1F) : QColor(0xFF, 0xFF, 0xFF);
    p.text = dark ? QColor(0xE3, 0xE3, 0xE3) : QColor(0x1F, 0x1F, 0x1F);
    p.secondary = dark ? QColor(0xA8, 0xA8, 0xA8) : QColor(0x5F, 0x63, 0x68);
    p.divider = dark ? QColor(0xFF, 0xFF, 0xFF, 0x24) : QColor(0x00, 0x00, 0x00, 0x1F);
    p.placeholder = base.mediaPlaceholder;
    p.chipText = QColor(0xFF, 0xFF, 0xFF);
    p.verified = QColor(0x1A, 0x73, 0xE8);
    p.error = base.error;
    p.warning = base.warning;
    return p;
}

QColor RcsBrandPreviewRenderer::accentOf(const QJsonObject &brand, PreviewOptions::Theme theme)
{
    QColor c(str(brand, "color"));
    if (!c.isValid())
        c = QColor(0, 0, 0);
    if (theme == PreviewOptions::Theme::Dark && c.lightnessF() < 0.3)
        c = c.lighter(300).isValid() && c.lightness() > 0 ? c.lighter(300) : QColor(0x80, 0x80, 0x80);
    return c;
}

QJsonObject RcsBrandPreviewRenderer::brandOf(const QJsonObject &json)
{
    if (json.contains(QLatin1String("details")))
        return json.value(QLatin1String("details")).toObject().value(QLatin1String("brand")).toObject();
    return json;
}

QList<PreviewPart> RcsBrandPreviewRenderer::layout(const QJsonObject &brand, const PreviewOptions &options)
{
    return build(brand, options).parts;
}

QString RcsBrandPreviewRenderer::description(const QJsonObject &brand)
{
    QStringList spoken;
    spoken << tr("Brand: %1").arg(str(brand, "name").isEmpty() ? tr("(no name yet)") : str(brand, "name"));
    if (!str(brand, "description").isEmpty())
        spoken << str(brand, "description");
    for (const Row &row : rowsOf(brand))
        spoken << (row.label.isEmpty() ? row.value : tr("%1: %2").arg(row.label, row.value));
    return spoken.join(QLatin1Char('\n'));
}

PreviewRendering RcsBrandPreviewRenderer::rendering(const QJsonObject &brand, const PreviewOptions &options,
                                                    const RcsBrandImages &images)
{
    const Scene s = build(brand, options);
    const Palette pal = paletteFor(options.theme);
    PreviewRendering r;
    r.size = s.size;
    r.parts = s.parts;
    r.background = pal.background;
    r.description = description(brand);
    r.paint = [s, pal, brand, options, images](QPainter *painter, const QList<sinch::rules::Finding> &findings) {
        QPainter &p = *painter;
        p.save();
        const QColor accent = accentOf(brand, options.theme);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(QRectF(QPointF(0, 0), s.size), pal.background);

        // Banner: a placeholder in a soft tint of the brand colour, the picture glyph on it.
        QColor bannerFill = accent;
        bannerFill.setAlphaF(0.35);
        if (!images.banner.isNull()) {
            // Cropped to the card's banner shape, as the phone does with an image of another shape.
            p.save();
            p.setClipRect(s.banner);
            const QSizeF fill = QSizeF(images.banner.size()).scaled(s.banner.size(), Qt::KeepAspectRatioByExpanding);
            p.drawImage(QRectF(QPointF(s.banner.center().x() - fill.width() / 2, s.banner.center().y() - fill.height() / 2), fill),
                        images.banner);
            p.restore();
        } else {
            p.fillRect(s.banner, pal.placeholder);
            p.fillRect(s.banner, bannerFill);
            if (str(brand, "bannerUrl").isEmpty())
                preview::paintPictureGlyph(&p, s.banner.center() - QPointF(0, 10), pal.secondary);
        }

        // Logo: the image in a circle, or a circle in the brand colour with the initial; a ring
        // of the card's colour around it.
        const QString name = str(brand, "name");
        if (!images.logo.isNull()) {
            p.save();
            QPainterPath circle;
            circle.addEllipse(s.logo);
            p.setClipPath(circle);
            p.drawImage(s.logo, images.logo);
            p.restore();
            p.setPen(QPen(pal.background, 3));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(s.logo);
        } else {
            p.setPen(QPen(pal.background, 3));
            p.setBrush(accent);
            p.drawEllipse(s.logo);
            p.setPen(pal.chipText);
            p.setFont(preview::font(30, QFont::Bold));
            p.drawText(s.logo, Qt::AlignCenter, name.isEmpty() ? QString() : name.left(1).toUpper());
        }
        // The verified mark at the logo's lower right.
        const QRectF mark(s.logo.right() - 20, s.logo.bottom() - 20, 20, 20);
        p.setPen(QPen(pal.background, 2));
        p.setBrush(pal.verified);
        p.drawEllipse(mark);
        QPainterPath tick;
        tick.moveTo(mark.left() + 5.5, mark.center().y());
        tick.lineTo(mark.left() + 8.5, mark.bottom() - 6);
        tick.lineTo(mark.right() - 5, mark.top() + 6);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(pal.chipText, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(tick);

        p.setPen(name.isEmpty() ? pal.secondary : pal.text);
        p.setFont(preview::font(20, QFont::Bold));
        p.drawText(s.name, Qt::AlignHCenter | Qt::TextWordWrap, name.isEmpty() ? tr("Brand name") : name);
        p.setPen(pal.secondary);
        p.setFont(preview::font(14));
        p.drawText(s.description, Qt::AlignHCenter | Qt::TextWordWrap, str(brand, "description"));

        for (const auto &chip : s.chips) {
            p.setPen(Qt::NoPen);
            p.setBrush(accent);
            p.drawRoundedRect(chip.first, kChip / 2, kChip / 2);
            p.setPen(accent.lightnessF() > 0.6 ? QColor(0x1F, 0x1F, 0x1F) : pal.chipText);
            p.setFont(preview::font(14, QFont::DemiBold));
            p.drawText(chip.first, Qt::AlignCenter, chip.second);
        }

        // Icons on the card's own background: a dark brand colour is lifted in the dark theme.
        const bool dark = options.theme == PreviewOptions::Theme::Dark;
        const QColor iconColor = dark && accent.lightnessF() < 0.55 ? accent.lighter(180) : accent;
        QList<QLineF> dividers;
        for (const auto &entry : s.rows) {
            const QRectF r = entry.first;
            const Row &row = entry.second;
            const QRectF icon(kMargin, r.top() + (kRow - 28) / 2, 28, 28);
            p.setPen(Qt::NoPen);
            QColor tint = iconColor;
            tint.setAlphaF(dark ? 0.28 : 0.18);
            p.setBrush(tint);
            p.drawEllipse(icon);
            p.setPen(iconColor);
            p.setFont(preview::font(14, QFont::Bold));
            p.drawText(icon, Qt::AlignCenter, QString(row.glyph));
            const QRectF text(icon.right() + 14, r.top() + 9, r.width() - icon.right() - 14 - kMargin, 20);
            p.setPen(row.value.isEmpty() ? pal.secondary : pal.text);
            elided(&p, text, row.value.isEmpty() ? tr("(empty)") : row.value, preview::font(15), Qt::AlignLeft | Qt::AlignVCenter);
            p.setPen(pal.secondary);
            elided(&p, text.translated(0, 20), row.label, preview::font(12), Qt::AlignLeft | Qt::AlignVCenter);
            dividers << QLineF(text.left(), r.bottom(), r.right(), r.bottom());
        }
        preview::paintHairlines(&p, dividers, pal.divider, options.devicePixelRatio);
        preview::paintFindingMarkers(&p, s.parts, findings, pal.error, pal.warning);
        p.restore();
    };
    return r;
}

} // namespace sinch::ui
