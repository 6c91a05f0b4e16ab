#include "alimtalkpreviewrenderer.h"

#include "alimtalkpreviewscene.h"
#include "preview/previewtextbound.h"
#include "templates/whatsappformatting.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <memory>

namespace sinch::ui {

using namespace alimtalk;

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString path(const char *key)
{
    return QStringLiteral("details.") + QLatin1String(key);
}

// Text with #{name} variables as runs: examples filled in (or the raw #{name}), tinted.
// AlimTalk has no markup: everything else is literal.
QList<WhatsappFormatting::Block> blocksOf(const QString &text, const QJsonObject &examples, bool raw)
{
    static const QRegularExpression variable(QStringLiteral("#\\{([^}]*)\\}"));
    QList<WhatsappFormatting::Block> blocks;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        WhatsappFormatting::Block block;
        qsizetype at = 0;
        for (auto it = variable.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedStart() > at)
                block.runs.append({line.mid(at, m.capturedStart() - at), WhatsappFormatting::Plain, 0});
            const QJsonValue example = examples.value(m.captured(1));
            const QString shown = example.isUndefined() || example.isNull() ? QString() : example.toVariant().toString();
            block.runs.append({raw || shown.isEmpty() ? m.captured(0) : shown, WhatsappFormatting::Variable, 0});
            at = m.capturedEnd();
        }
        if (at < line.size())
            block.runs.append({line.mid(at), WhatsappFormatting::Plain, 0});
        blocks.append(block);
    }
    return blocks;
}

std::shared_ptr<QTextDocument> makeDocument(const QString &text, const AlimtalkPreviewRenderer::Content &content,
                                            const PreviewOptions &o, const QFont &f, qreal width, int lineHeight = 100)
{
    auto doc = std::make_shared<QTextDocument>();
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    const AlimtalkPreviewRenderer::Palette p = AlimtalkPreviewRenderer::paletteFor(o.theme);
    const PreviewTextBound::Cut cut = PreviewTextBound::cut(text);
    QList<WhatsappFormatting::Block> blocks = blocksOf(cut.shown, content.examples, o.showRawVariables);
    PreviewTextBound::appendSummary(&blocks, cut.hidden);
    WhatsappFormatting::fill(doc.get(), blocks, {f, QString(), p.variableTint, QColor()});
    if (lineHeight != 100) {
        // KakaoTalk sets its messages with roomier lines than Qt's default.
        QTextCursor cursor(doc.get());
        cursor.select(QTextCursor::Document);
        QTextBlockFormat bf;
        bf.setLineHeight(lineHeight, QTextBlockFormat::ProportionalHeight);
        cursor.mergeBlockFormat(bf);
    }
    doc->setTextWidth(width);
    return doc;
}

qreal heightOf(const std::shared_ptr<QTextDocument> &doc)
{
    return std::ceil(doc->documentLayout()->documentSize().height());
}

QString imageLabel(const QJsonObject &d)
{
    const QString name = str(d, "imageName");
    if (!name.isEmpty())
        return name;
    const QString file = QFileInfo(QUrl(str(d, "imageUrl")).path()).fileName();
    return file.isEmpty() ? AlimtalkPreviewRenderer::tr("Image") : file;
}

} // namespace

namespace alimtalk {

Scene buildScene(const AlimtalkPreviewRenderer::Content &content, const PreviewOptions &o)
{
    using R = AlimtalkPreviewRenderer;
    Scene sc;
    sc.palette = R::paletteFor(o.theme);
    const QJsonObject &d = content.details;
    const qreal frameWidth = qMax(240, o.frameWidth);
    const qreal cardWidth = frameWidth - kCardX - kTimeGutter;
    const qreal textWidth = cardWidth - 2 * kPadX;
    const qreal textX = kCardX + kPadX;

    // The channel: avatar and name.
    qreal y = kTopMargin;
    sc.channelName = content.channelName.isEmpty() ? AlimtalkPreviewRenderer::tr("KakaoTalk channel") : content.channelName;
    sc.initial = sc.channelName.trimmed().left(1).toUpper();
    sc.avatar = QRectF(kAvatarX, y, kAvatarSize, kAvatarSize);
    sc.name = QRectF(kCardX + 2, y, cardWidth, kNameHeight - 4);
    sc.spoken << AlimtalkPreviewRenderer::tr("Message from %1").arg(sc.channelName);
    const qreal top = y + kNameHeight;

    // The band, with the security mark on the right.
    sc.band = QRectF(kCardX, top, cardWidth, kBandHeight);
    sc.bandText = AlimtalkPreviewRenderer::tr("AlimTalk arrived");
    sc.spoken << sc.bandText;
    if (d.value(QLatin1String("securityFlag")).toBool()) {
        sc.lockText = AlimtalkPreviewRenderer::tr("Security");
        const qreal w = 14 + 4 + std::ceil(QFontMetricsF(kakaoFont(kNamePx, QFont::DemiBold)).horizontalAdvance(sc.lockText));
        sc.lock = QRectF(sc.band.right() - kPadX - w, sc.band.top(), w, sc.band.height());
        sc.spoken << AlimtalkPreviewRenderer::tr("Security message: shown on the main device only");
    }
    sc.parts.append({path("securityFlag"), sc.band, PreviewPart::Kind::Badge});
    y = sc.band.bottom();

    // The emphasized part.
    const QString emphasize = str(d, "emphasizeType");
    if (emphasize == QLatin1String("EMPHASIZE_TYPE_IMAGE")) {
        const ImageItem image{QRectF(kCardX, y, cardWidth, std::round(cardWidth / 2)), imageLabel(d)};
        sc.images.append(image);
        sc.parts.append({path("imageUrl"), image.rect, PreviewPart::Kind::Image});
        sc.parts.append({path("imageName"), image.rect, PreviewPart::Kind::Image});
        sc.parts.append({path("emphasizeType"), image.rect, PreviewPart::Kind::Header});
        sc.spoken << AlimtalkPreviewRenderer::tr("Image: %1").arg(image.label);
        y = image.rect.bottom();
    }
    y += kPadTop;
    auto place = [&](const std::shared_ptr<QTextDocument> &doc, const char *key, PreviewPart::Kind kind, const QColor &color) {
        const QRectF r(textX, y, textWidth, heightOf(doc));
        sc.texts.append({doc, r.topLeft(), color});
        sc.parts.append({path(key), r, kind});
        sc.spoken << doc->toPlainText();
        y = r.bottom();
        return r;
    };
    if (emphasize == QLatin1String("EMPHASIZE_TYPE_TEXT")) {
        // As KakaoTalk shows it: the subtitle small and grey above the big bold title. A
        // missing one shows as a placeholder, where its finding is marked.
        const qreal emphasisTop = y;
        const QString subtitle = str(d, "subtitle");
        const QString title = str(d, "title");
        QColor placeholder = sc.palette.secondary;
        placeholder.setAlphaF(0.6);
        place(makeDocument(subtitle.isEmpty() ? AlimtalkPreviewRenderer::tr("Subtitle") : subtitle, content, o, kakaoFont(kSubtitlePx), textWidth),
              "subtitle", PreviewPart::Kind::Subtitle, subtitle.isEmpty() ? placeholder : sc.palette.secondary);
        y += 3;
        place(makeDocument(title.isEmpty() ? AlimtalkPreviewRenderer::tr("Title") : title, content, o, kakaoFont(kTitlePx, QFont::Bold), textWidth),
              "title", PreviewPart::Kind::Title, title.isEmpty() ? placeholder : sc.palette.text);
        sc.parts.append({path("emphasizeType"), QRectF(textX, emphasisTop, textWidth, y - emphasisTop), PreviewPart::Kind::Header});
        y += kDividerGap;
        sc.dividers.append(QLineF(textX, y, textX + textWidth, y));
        y += kDividerGap;
    }

    // The content, the extra information and, for advertising, Kakao's fixed notice.
    const QString text = str(d, "content");
    place(makeDocument(text.isEmpty() ? AlimtalkPreviewRenderer::tr("Message text") : text, content, o, kakaoFont(kContentPx), textWidth, 112),
          "content", PreviewPart::Kind::Body, text.isEmpty() ? sc.palette.secondary : sc.palette.text);
    const QString extra = str(d, "extra");
    if (!extra.isEmpty()) {
        y += kParagraphGap;
        place(makeDocument(extra, content, o, kakaoFont(kExtraPx), textWidth, 112), "extra", PreviewPart::Kind::Extra,
              sc.palette.secondary);
    }
    const QString messageType = str(d, "messageType");
    if (messageType == QLatin1String("AD_INCLUDED") || messageType == QLatin1String("MIXED")) {
        y += kParagraphGap;
        place(makeDocument(AlimtalkPreviewRenderer::tr("Add this channel to receive its ads and marketing messages on KakaoTalk."), {}, o,
                           kakaoFont(kExtraPx), textWidth, 112),
              "messageType", PreviewPart::Kind::Extra, sc.palette.secondary);
    }

    // Buttons: full width, stacked in their `ordering` (the array's order among equals).
    const QJsonArray buttons = d.value(QLatin1String("buttons")).toArray();
    QList<int> order;
    for (int i = 0; i < buttons.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [&buttons](int a, int b) {
        return buttons.at(a).toObject().value(QLatin1String("ordering")).toDouble()
            < buttons.at(b).toObject().value(QLatin1String("ordering")).toDouble();
    });
    if (!order.isEmpty()) {
        y += kButtonsTop;
        const qreal buttonsTop = y;
        for (int i : std::as_const(order)) {
            const QString name = str(buttons.at(i).toObject(), "name");
            const QRectF r(textX, y, textWidth, kButtonHeight);
            sc.buttons.append({r, name.isEmpty() ? AlimtalkPreviewRenderer::tr("Button") : name, name.isEmpty()});
            sc.parts.append({QStringLiteral("details.buttons.%1").arg(i), r, PreviewPart::Kind::Button});
            sc.spoken << AlimtalkPreviewRenderer::tr("Button: %1").arg(sc.buttons.last().text);
            y = r.bottom() + kButtonGap;
        }
        y -= kButtonGap;
        sc.parts.append({path("buttons"), QRectF(textX, buttonsTop, textWidth, y - buttonsTop), PreviewPart::Kind::Buttons});
    }
    y += kPadBottom;

    sc.card = QRectF(kCardX, top, cardWidth, y - top);
    sc.parts.append({path("messageType"), sc.card, PreviewPart::Kind::Message});
    sc.timeText = o.time;
    const QFontMetricsF tfm(kakaoFont(kTimePx));
    sc.time = QRectF(sc.card.right() + 5, sc.card.bottom() - std::ceil(tfm.height()), std::ceil(tfm.horizontalAdvance(o.time)) + 1,
                     std::ceil(tfm.height()));
    sc.spoken << AlimtalkPreviewRenderer::tr("Sent at %1").arg(o.time);
    sc.size = QSizeF(frameWidth, std::ceil(sc.card.bottom() + kBottomMargin));
    return sc;
}

} // namespace alimtalk

AlimtalkPreviewRenderer::Palette AlimtalkPreviewRenderer::paletteFor(PreviewOptions::Theme theme)
{
    Palette p;
    p.band = QColor(0xFE, 0xE5, 0x00);
    p.bandText = QColor(0x19, 0x19, 0x19);
    if (theme == PreviewOptions::Theme::Dark) {
        p.wallpaper = QColor(0x22, 0x26, 0x2B);
        p.card = QColor(0x36, 0x3A, 0x3F);
        p.text = QColor(0xEC, 0xEC, 0xEC);
        p.secondary = QColor(0xA0, 0xA5, 0xAA);
        p.channelName = QColor(0xC3, 0xC8, 0xCD);
        p.time = QColor(0x8E, 0x94, 0x9A);
        p.avatar = QColor(0x4E, 0x5A, 0x66);
        p.avatarText = QColor(0xE8, 0xED, 0xF2);
        p.divider = QColor(0x4C, 0x51, 0x57);
        p.button = QColor(0x48, 0x4D, 0x53);
        p.buttonText = QColor(0xEC, 0xEC, 0xEC);
        p.imagePlaceholder = QColor(0x2C, 0x31, 0x36);
        p.imageGlyph = QColor(0x6E, 0x76, 0x7E);
        p.variableTint = QColor(0xFE, 0xE5, 0x00, 0x2C);
        p.error = QColor(0xF1, 0x5C, 0x6D);
        p.warning = QColor(0xFF, 0x9F, 0x43);
    } else {
        p.wallpaper = QColor(0xB2, 0xC7, 0xD9);
        p.card = QColor(0xFF, 0xFF, 0xFF);
        p.text = QColor(0x19, 0x19, 0x19);
        p.secondary = QColor(0x85, 0x85, 0x85);
        p.channelName = QColor(0x44, 0x50, 0x5A);
        p.time = QColor(0x55, 0x65, 0x73);
        p.avatar = QColor(0x8B, 0xA4, 0xB9);
        p.avatarText = QColor(0xFF, 0xFF, 0xFF);
        p.divider = QColor(0xEB, 0xEB, 0xEB);
        p.button = QColor(0xF5, 0xF5, 0xF5);
        p.buttonText = QColor(0x19, 0x19, 0x19);
        p.imagePlaceholder = QColor(0xE9, 0xED, 0xF0);
        p.imageGlyph = QColor(0xA9, 0xB4, 0xBD);
        p.variableTint = QColor(0xFE, 0xE5, 0x00, 0x59);
        p.error = QColor(0xD9, 0x30, 0x25);
        p.warning = QColor(0xE3, 0x74, 0x00);
    }
    return p;
}

QJsonObject AlimtalkPreviewRenderer::detailsOf(const QJsonObject &templateJson)
{
    const QJsonValue details = templateJson.value(QLatin1String("details"));
    return details.isObject() ? details.toObject() : templateJson;
}

PreviewRendering AlimtalkPreviewRenderer::rendering(const Content &content, const PreviewOptions &options)
{
    Scene scene = buildScene(content, options);
    const QColor wallpaper = scene.palette.wallpaper;
    const QString description = scene.spoken.join(QLatin1Char('\n'));
    PreviewRendering r = PreviewRendering::ofScene(std::move(scene), options, &AlimtalkPreviewPainter::paint);
    r.background = wallpaper;
    r.description = description;
    return r;
}

QImage AlimtalkPreviewRenderer::render(const Content &content, const PreviewOptions &options)
{
    return rendering(content, options).toImage(options.devicePixelRatio, options.findings);
}

void AlimtalkPreviewRenderer::paint(QPainter *painter, const Content &content, const PreviewOptions &options)
{
    AlimtalkPreviewPainter::paint(painter, buildScene(content, options), options);
}

QList<PreviewPart> AlimtalkPreviewRenderer::layout(const Content &content, const PreviewOptions &options)
{
    return buildScene(content, options).parts;
}

QSizeF AlimtalkPreviewRenderer::size(const Content &content, const PreviewOptions &options)
{
    return buildScene(content, options).size;
}

QString AlimtalkPreviewRenderer::description(const Content &content, const PreviewOptions &options)
{
    return buildScene(content, options).spoken.join(QLatin1Char('\n'));
}

} // namespace sinch::ui
