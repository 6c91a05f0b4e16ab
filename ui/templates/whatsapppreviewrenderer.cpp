#include "whatsapppreviewrenderer.h"

#include "templatelanguagetexts.h"

#include "whatsappformatting.h"
#include "whatsapppreviewscene.h"
#include "preview/previewtextbound.h"
#include "preview/previewtextcache.h"
#include "editing/keptglyphs.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QJsonArray>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QUrl>

#include <cmath>
#include <memory>

namespace sinch::ui {

using namespace preview;

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out.append(v.isString() ? v.toString() : v.toVariant().toString());
    return out;
}

std::shared_ptr<QTextDocument> makeDocument(const QString &markup, const QStringList &examples, const PreviewOptions &o,
                                            const QFont &f, bool forceBold = false)
{
    auto doc = std::make_shared<QTextDocument>();
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    const PreviewTextBound::Cut cut = PreviewTextBound::cut(markup);
    QList<WhatsappFormatting::Block> blocks = WhatsappFormatting::parse(cut.shown, examples, o.showRawVariables);
    if (forceBold) {
        for (WhatsappFormatting::Block &b : blocks)
            for (WhatsappFormatting::Run &r : b.runs)
                r.styles |= WhatsappFormatting::Bold;
    }
    PreviewTextBound::appendSummary(&blocks, cut.hidden);
    const PreviewOptions::Palette p = o.palette();
    WhatsappFormatting::fill(doc.get(), blocks, {f, QString(), p.variableTint, p.codeBackground});
    return doc;
}

// How a text of the scene is set: its role (the bubble's texts take their width from
// their content, a card's is fixed, so the two never share a document), font and
// emphasis, with the options it is drawn with spelled as the start of a cache key once,
// not for each of a carousel's cards.
struct TextStyle
{
    TextStyle(const QString &role, const QFont &f, const PreviewOptions &o, bool bold = false)
        : font(f)
        , forceBold(bold)
    {
        const PreviewOptions::Palette p = o.palette();
        const QChar sep(0x1f);
        key = role + sep + f.key() + sep + QString::number(int(o.showRawVariables)) + QString::number(int(forceBold)) + sep
            + p.variableTint.name(QColor::HexArgb) + p.codeBackground.name(QColor::HexArgb) + sep;
    }

    QFont font;
    bool forceBold = false;
    QString key;
};

// A text of the scene, from the cache when one is given. The key holds everything the
// document is made from.
std::shared_ptr<QTextDocument> textDocument(PreviewTextCache *cache, const TextStyle &style, const QString &markup,
                                            const QStringList &examples, const PreviewOptions &o)
{
    if (!cache)
        return makeDocument(markup, examples, o, style.font, style.forceBold);
    const QChar sep(0x1f);
    return cache->document(style.key + markup + sep + examples.join(sep), [&] {
        std::shared_ptr<QTextDocument> doc = makeDocument(markup, examples, o, style.font, style.forceBold);
        // A kept document is drawn again on every paint of its place: its lines keep their
        // shaped glyphs, as a field typed into does.
        KeptGlyphs::keep(doc.get());
        return doc;
    });
}

// Lays the document out again only for another width (QTextDocument always does).
void setWidth(QTextDocument *doc, qreal width)
{
    if (doc->textWidth() != width)
        doc->setTextWidth(width);
}

qreal lastLineRight(QTextDocument *doc)
{
    doc->documentLayout()->documentSize(); // lays the document out
    const QTextBlock block = doc->lastBlock();
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return 0;
    const QTextLine line = layout->lineAt(layout->lineCount() - 1);
    return layout->position().x() + line.x() + line.naturalTextWidth();
}

// A bubble's text measured at `width` (the widest a bubble allows): its widest line and
// where its last line ends. A document never changes once made, so its measures ride along
// with it: a key typed into a card does not lay the bubble's kept texts out at that width
// and back again.
struct Measures
{
    qreal ideal = 0;
    qreal lastRight = 0;
};

Measures measuredAt(QTextDocument *doc, qreal width)
{
    static const char kAt[] = "sinchMeasuredAt";
    static const char kIdeal[] = "sinchIdealWidth";
    static const char kLastRight[] = "sinchLastLineRight";
    if (doc->property(kAt) == QVariant(width))
        return {doc->property(kIdeal).toReal(), doc->property(kLastRight).toReal()};
    setWidth(doc, width);
    const Measures m{doc->idealWidth(), lastLineRight(doc)};
    doc->setProperty(kAt, width);
    doc->setProperty(kIdeal, m.ideal);
    doc->setProperty(kLastRight, m.lastRight);
    return m;
}

qreal docHeight(QTextDocument *doc)
{
    return doc->documentLayout()->documentSize().height();
}

Icon iconFor(const QJsonObject &button)
{
    const QString type = str(button, "type");
    if (type == QLatin1String("QUICK_REPLY"))
        return Icon::Reply;
    if (type == QLatin1String("PHONE_NUMBER"))
        return Icon::Phone;
    if (type == QLatin1String("OTP") || type == QLatin1String("COPY_CODE"))
        return Icon::Copy;
    if (type == QLatin1String("FLOW"))
        return Icon::Flow;
    if (type == QLatin1String("CATALOG") || type == QLatin1String("MPM"))
        return Icon::List;
    return Icon::Link;
}

QString buttonLabel(const QJsonObject &button)
{
    const QString type = str(button, "type");
    if (type == QLatin1String("OTP")) {
        const QString otp = str(button, "otpType");
        if (otp != QLatin1String("COPY_CODE") && !str(button, "autofillText").isEmpty())
            return str(button, "autofillText");
        if (!str(button, "text").isEmpty())
            return str(button, "text");
        return otp == QLatin1String("COPY_CODE") ? WhatsappPreviewRenderer::tr("Copy code") : WhatsappPreviewRenderer::tr("Autofill");
    }
    return str(button, "text");
}

qreal mediaHeight(const QString &format, qreal width)
{
    if (format == QLatin1String("DOCUMENT"))
        return 58;
    if (format == QLatin1String("LOCATION"))
        return std::round(width * 0.5);
    return std::round(width * 0.5625);
}

// A document shows its file's name; an image, a video or a location shows no text (and
// a carousel's ten images parse no URL on every key).
QString mediaLabel(const QString &format, const QJsonObject &header)
{
    if (format != QLatin1String("DOCUMENT"))
        return QString();
    const QString url = header.value(QLatin1String("example")).toObject().value(QLatin1String("url")).toString();
    const QString name = QFileInfo(QUrl(url).path()).fileName();
    return name.isEmpty() ? WhatsappPreviewRenderer::tr("Document") : name;
}

// The template's parts, first of each kind (duplicates are the validator's business).
struct Parts
{
    QJsonObject header, body, footer, buttons, carousel;
    int headerIndex = -1, bodyIndex = -1, footerIndex = -1, buttonsIndex = -1, carouselIndex = -1;
};

Parts partsOf(const QJsonArray &components)
{
    Parts p;
    for (int i = 0; i < components.size(); ++i) {
        const QJsonObject c = components.at(i).toObject();
        const QString type = str(c, "type");
        auto take = [&](QJsonObject &slot, int &index) {
            if (index < 0) {
                slot = c;
                index = i;
            }
        };
        if (type == QLatin1String("HEADER"))
            take(p.header, p.headerIndex);
        else if (type == QLatin1String("BODY"))
            take(p.body, p.bodyIndex);
        else if (type == QLatin1String("FOOTER"))
            take(p.footer, p.footerIndex);
        else if (type == QLatin1String("BUTTONS"))
            take(p.buttons, p.buttonsIndex);
        else if (type == QLatin1String("CAROUSEL"))
            take(p.carousel, p.carouselIndex);
    }
    return p;
}

QString componentPath(int index)
{
    return QStringLiteral("details.components.%1").arg(index);
}

// Button rows under a bubble or card, from `top`; returns the bottom. More than three
// buttons collapse into two and "See all options" when `collapse` is set.
qreal layoutButtons(Scene &sc, const QJsonArray &buttons, const QString &path, const QRectF &box, qreal top,
                    qreal rowHeight, bool collapse)
{
    const int count = buttons.size();
    if (count == 0)
        return top;
    const bool collapsed = collapse && count > kMaxVisibleButtons;
    const int shown = collapsed ? kMaxVisibleButtons - 1 : count;
    qreal y = top;
    for (int i = 0; i < shown; ++i) {
        const QJsonObject b = buttons.at(i).toObject();
        const QRectF row(box.left(), y, box.width(), rowHeight);
        sc.hairlines.append(QLineF(row.left(), y, row.right(), y));
        sc.buttons.append({row, buttonLabel(b), iconFor(b)});
        sc.parts.append({QStringLiteral("%1.buttons.%2").arg(path).arg(i), row, PreviewPart::Kind::Button});
        y += rowHeight;
    }
    if (collapsed) {
        const QRectF row(box.left(), y, box.width(), rowHeight);
        sc.hairlines.append(QLineF(row.left(), y, row.right(), y));
        sc.buttons.append({row, WhatsappPreviewRenderer::tr("See all options"), Icon::List});
        sc.parts.append({path + QStringLiteral(".buttons"), row, PreviewPart::Kind::MoreButtons});
        y += rowHeight;
    }
    sc.parts.append({path, QRectF(box.left(), top, box.width(), y - top), PreviewPart::Kind::Buttons});
    return y;
}

Scene buildScene(const QJsonObject &t, const PreviewOptions &o, PreviewTextCache *cache)
{
    Scene sc;
    sc.palette = o.palette();
    const qreal frameWidth = qMax(200, o.frameWidth);
    const qreal maxBubbleWidth = frameWidth - kBubbleX - kRightGutter;
    const QJsonObject details = t.value(QLatin1String("details")).toObject();
    const Parts parts = partsOf(details.value(QLatin1String("components")).toArray());
    const bool auth = str(t, "category") == QLatin1String("AUTHENTICATION");

    // Texts of the bubble.
    QString headerFormat = str(parts.header, "format");
    const bool mediaHeader = parts.headerIndex >= 0 && headerFormat != QLatin1String("TEXT") && !headerFormat.isEmpty();
    std::shared_ptr<QTextDocument> headerDoc, bodyDoc, footerDoc;
    if (parts.headerIndex >= 0 && headerFormat == QLatin1String("TEXT")) {
        QStringList example;
        const QJsonValue ex = parts.header.value(QLatin1String("example"));
        if (ex.isString())
            example.append(ex.toString());
        else if (ex.isArray())
            example = strings(ex.toArray());
        headerDoc = textDocument(cache, TextStyle(QStringLiteral("bubble"), font(kHeaderPx, QFont::Bold), o, true), str(parts.header, "text"),
                                 example, o);
    }
    QString bodyText = str(parts.body, "text");
    QStringList bodyExamples = strings(parts.body.value(QLatin1String("examples")).toArray());
    // An authentication template's words are WhatsApp's, in the template's language.
    const QString language = str(t, "language");
    static const char *const kContext = "sinch::ui::WhatsappPreviewRenderer";
    if (auth) {
        bodyText = TemplateLanguageTexts::translate(language, kContext, QT_TRANSLATE_NOOP("sinch::ui::WhatsappPreviewRenderer", "*{{1}}* is your verification code."));
        if (parts.body.value(QLatin1String("addSecurityRecommendation")).toBool())
            bodyText += QLatin1Char(' ')
                + TemplateLanguageTexts::translate(language, kContext,
                                                   QT_TRANSLATE_NOOP("sinch::ui::WhatsappPreviewRenderer", "For your security, do not share this code."));
        if (bodyExamples.isEmpty())
            bodyExamples = QStringList{QStringLiteral("123456")};
    }
    if (parts.bodyIndex >= 0 || auth)
        bodyDoc = textDocument(cache, TextStyle(QStringLiteral("bubble"), font(kBodyPx), o), bodyText, bodyExamples, o);
    QString footerText = str(parts.footer, "text");
    if (auth) {
        const int minutes = parts.footer.value(QLatin1String("codeExpirationMinutes")).toInt();
        footerText = minutes > 0 ? TemplateLanguageTexts::translate(language, kContext,
                                                                    QT_TRANSLATE_N_NOOP("sinch::ui::WhatsappPreviewRenderer", "This code expires in %n minutes."),
                                                                    minutes)
                                 : QString();
    }
    if (parts.footerIndex >= 0 && !footerText.isEmpty())
        footerDoc = textDocument(cache, TextStyle(QStringLiteral("bubble"), font(kFooterPx), o), footerText, {}, o);

    const QJsonArray buttons = parts.carouselIndex >= 0 ? QJsonArray() : parts.buttons.value(QLatin1String("buttons")).toArray();
    const bool fullWidth = mediaHeader || !buttons.isEmpty();

    // Width: full for media and buttons, else as wide as the text (and the time) needs.
    const QFont timeFont = font(kTimePx);
    const qreal timeWidth = std::ceil(QFontMetricsF(timeFont).horizontalAdvance(o.time));
    const qreal maxText = maxBubbleWidth - 2 * kPadX;
    QList<QTextDocument *> docs;
    for (const auto &d : {headerDoc, bodyDoc, footerDoc})
        if (d)
            docs.append(d.get());
    qreal ideal = 0;
    qreal lastRight = 0; // of the last text
    for (QTextDocument *d : docs) {
        const Measures m = measuredAt(d, maxText);
        ideal = qMax(ideal, m.ideal);
        lastRight = m.lastRight;
    }
    const bool timeInline = !docs.isEmpty() && lastRight + kTimeGap + timeWidth <= maxText;
    qreal textWidth = maxText;
    if (!fullWidth) {
        textWidth = std::ceil(timeInline ? qMax(ideal, lastRight + kTimeGap + timeWidth) : ideal) + 1;
        textWidth = qBound(timeWidth + 2, textWidth, maxText);
    }
    for (QTextDocument *d : docs)
        setWidth(d, textWidth);
    const qreal bubbleWidth = textWidth + 2 * kPadX;

    // The bubble, top to bottom.
    const qreal top = kTopMargin;
    const qreal textX = kBubbleX + kPadX;
    qreal y = top;
    if (mediaHeader) {
        const QRectF r(kBubbleX + kMediaInset, top + kMediaInset, bubbleWidth - 2 * kMediaInset,
                       mediaHeight(headerFormat, bubbleWidth - 2 * kMediaInset));
        sc.media.append({r, headerFormat, mediaLabel(headerFormat, parts.header), 6});
        sc.parts.append({componentPath(parts.headerIndex), r, PreviewPart::Kind::Header});
        y = r.bottom();
    }
    y += kPadTop;
    bool firstText = true;
    auto placeText = [&](const std::shared_ptr<QTextDocument> &doc, int index, PreviewPart::Kind kind, QColor color, qreal gap) {
        if (!doc)
            return;
        if (!firstText)
            y += gap;
        firstText = false;
        const QRectF r(textX, y, textWidth, std::ceil(docHeight(doc.get())));
        sc.texts.append({doc, r.topLeft(), color});
        if (index >= 0)
            sc.parts.append({componentPath(index), r, kind});
        y = r.bottom();
    };
    placeText(headerDoc, parts.headerIndex, PreviewPart::Kind::Header, sc.palette.text, 0);
    placeText(bodyDoc, parts.bodyIndex, PreviewPart::Kind::Body, sc.palette.text, 4);
    placeText(footerDoc, parts.footerIndex, PreviewPart::Kind::Footer, sc.palette.secondary, 4);

    const qreal timeHeight = std::ceil(QFontMetricsF(timeFont).height());
    if (!timeInline)
        y += timeHeight;
    y += kPadBottom;
    sc.times.append({QRectF(kBubbleX + bubbleWidth - 7 - timeWidth, y - 4 - timeHeight, timeWidth, timeHeight), o.time});

    const QRectF box(kBubbleX, top, bubbleWidth, 0);
    if (!buttons.isEmpty())
        y = layoutButtons(sc, buttons, componentPath(parts.buttonsIndex), box, y, kButtonHeight, true);
    const QRectF bubble(kBubbleX, top, bubbleWidth, y - top);
    sc.bubbles.append({bubble, true});
    qreal right = bubble.right();
    qreal bottom = bubble.bottom();

    // Carousel: cards side by side under the bubble, all of one height.
    if (parts.carouselIndex >= 0) {
        const QString carouselPath = componentPath(parts.carouselIndex);
        const QJsonArray cards = parts.carousel.value(QLatin1String("cards")).toArray();
        const qreal cardsTop = bubble.bottom() + kCardsTop;
        struct Card
        {
            Parts parts;
            std::shared_ptr<QTextDocument> body;
            QJsonArray buttons;
        };
        QList<Card> prepared;
        qreal mediaH = 0, bodyH = 0;
        int buttonRows = 0;
        const qreal cardText = kCardWidth - 2 * kPadX;
        const TextStyle cardStyle(QStringLiteral("card"), font(kBodyPx), o);
        for (const QJsonValue &v : cards) {
            Card card;
            card.parts = partsOf(v.toObject().value(QLatin1String("components")).toArray());
            const QString format = str(card.parts.header, "format");
            if (card.parts.headerIndex >= 0)
                mediaH = qMax(mediaH, mediaHeight(format, kCardWidth - 2 * kMediaInset));
            if (card.parts.bodyIndex >= 0) {
                card.body = textDocument(cache, cardStyle, str(card.parts.body, "text"),
                                         strings(card.parts.body.value(QLatin1String("examples")).toArray()), o);
                setWidth(card.body.get(), cardText);
                bodyH = qMax(bodyH, std::ceil(docHeight(card.body.get())));
            }
            card.buttons = card.parts.buttons.value(QLatin1String("buttons")).toArray();
            buttonRows = qMax(buttonRows, int(card.buttons.size()));
            prepared.append(card);
        }
        const qreal cardHeight = (mediaH > 0 ? kMediaInset + mediaH : 0) + kPadTop + bodyH + kPadBottom + 4
            + buttonRows * kCardButtonHeight;
        // Scrolled as a phone scrolls the strip (carouselScroll), or all side by side.
        const qreal shift = qMax<qreal>(0, o.carouselScroll);
        QRectF strip;
        for (int i = 0; i < prepared.size(); ++i) {
            const Card &card = prepared.at(i);
            const QString cardPath = QStringLiteral("%1.cards.%2").arg(carouselPath).arg(i);
            const QRectF rect(kBubbleX + i * (kCardWidth + kCardGap) - shift, cardsTop, kCardWidth, cardHeight);
            strip |= rect;
            sc.bubbles.append({rect, false});
            qreal cy = rect.top();
            if (card.parts.headerIndex >= 0) {
                const QRectF m(rect.left() + kMediaInset, rect.top() + kMediaInset, kCardWidth - 2 * kMediaInset, mediaH);
                const QString format = str(card.parts.header, "format");
                sc.media.append({m, format, mediaLabel(format, card.parts.header), 6});
                sc.parts.append({QStringLiteral("%1.components.%2").arg(cardPath).arg(card.parts.headerIndex), m, PreviewPart::Kind::Header});
                cy = m.bottom();
            }
            cy += kPadTop;
            if (card.body) {
                const QRectF b(rect.left() + kPadX, cy, cardText, std::ceil(docHeight(card.body.get())));
                sc.texts.append({card.body, b.topLeft(), sc.palette.text});
                sc.parts.append({QStringLiteral("%1.components.%2").arg(cardPath).arg(card.parts.bodyIndex), b, PreviewPart::Kind::Body});
            }
            cy += bodyH + kPadBottom + 4;
            if (!card.buttons.isEmpty()) {
                const QRectF cardBox(rect.left(), cy, kCardWidth, 0);
                // Rows of all cards line up: a card with fewer buttons starts lower.
                const qreal start = rect.bottom() - card.buttons.size() * kCardButtonHeight;
                layoutButtons(sc, card.buttons, QStringLiteral("%1.components.%2").arg(cardPath).arg(card.parts.buttonsIndex),
                              cardBox, start, kCardButtonHeight, false);
            }
            sc.parts.append({cardPath, rect, PreviewPart::Kind::Card});
            if (o.carouselScroll < 0) // else cut at the phone's edge: the picture keeps its width
                right = qMax(right, rect.right());
            bottom = qMax(bottom, rect.bottom());
        }
        if (!prepared.isEmpty())
            sc.parts.append({carouselPath, strip, PreviewPart::Kind::Carousel});
    }

    const QRectF message(kBubbleX, top, right - kBubbleX, bottom - top);
    sc.parts.append({QStringLiteral("details.components"), message, PreviewPart::Kind::Message});
    sc.size = QSizeF(qMax(frameWidth, std::ceil(right + kBubbleX)), std::ceil(bottom + kBottomMargin));
    return sc;
}

} // namespace

PreviewRendering WhatsappPreviewRenderer::rendering(const QJsonObject &templateJson, const PreviewOptions &options,
                                                    PreviewTextCache *cache)
{
    if (cache)
        cache->beginRendering();
    PreviewRendering r = PreviewRendering::ofScene(buildScene(templateJson, options, cache), options, &WhatsappPreviewPainter::paint);
    r.background = options.palette().wallpaper;
    return r;
}

QImage WhatsappPreviewRenderer::render(const QJsonObject &templateJson, const PreviewOptions &options)
{
    return rendering(templateJson, options).toImage(options.devicePixelRatio, options.findings);
}

void WhatsappPreviewRenderer::paint(QPainter *painter, const QJsonObject &templateJson, const PreviewOptions &options)
{
    WhatsappPreviewPainter::paint(painter, buildScene(templateJson, options, nullptr), options);
}

QList<PreviewPart> WhatsappPreviewRenderer::layout(const QJsonObject &templateJson, const PreviewOptions &options)
{
    return buildScene(templateJson, options, nullptr).parts;
}

QSizeF WhatsappPreviewRenderer::size(const QJsonObject &templateJson, const PreviewOptions &options)
{
    return buildScene(templateJson, options, nullptr).size;
}

} // namespace sinch::ui
