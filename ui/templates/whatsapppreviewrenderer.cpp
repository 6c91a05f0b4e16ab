#include "whatsapppreviewrenderer.h"

#include "whatsappformatting.h"

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

namespace {

// Proportions of WhatsApp on a 360 dp Android phone.
constexpr qreal kTopMargin = 12;
constexpr qreal kBottomMargin = 12;
constexpr qreal kBubbleX = 16;         // the tail sits in the 8 dp before it
constexpr qreal kRightGutter = 44;     // incoming bubbles leave this much free on the right
constexpr qreal kRadius = 7.5;
constexpr qreal kMediaInset = 3;
constexpr qreal kPadX = 9;
constexpr qreal kPadTop = 6;
constexpr qreal kPadBottom = 6;
constexpr qreal kButtonHeight = 44;
constexpr qreal kCardButtonHeight = 40;
constexpr qreal kCardWidth = 256;
constexpr qreal kCardGap = 8;
constexpr qreal kCardsTop = 6;
constexpr qreal kTimeGap = 10;
constexpr int kBodyPx = 15;
constexpr int kHeaderPx = 16;
constexpr int kFooterPx = 13;
constexpr int kTimePx = 11;
constexpr int kButtonPx = 15;
constexpr int kMaxVisibleButtons = 3;

enum class Icon { Reply, Link, Phone, Copy, Flow, List };

struct TextItem
{
    std::shared_ptr<QTextDocument> doc;
    QPointF pos;
    QColor color;
};

struct BubbleItem
{
    QRectF rect;
    bool tail = false;
};

struct MediaItem
{
    QRectF rect;
    QString format;
    QString label;
    qreal radius = 6;
};

struct ButtonItem
{
    QRectF rect;
    QString text;
    Icon icon = Icon::Link;
};

struct TimeItem
{
    QRectF rect;
    QString text;
};

struct Scene
{
    QSizeF size;
    PreviewOptions::Palette palette;
    QList<BubbleItem> bubbles;
    QList<MediaItem> media;
    QList<TextItem> texts;
    QList<QLineF> hairlines;
    QList<ButtonItem> buttons;
    QList<TimeItem> times;
    QList<PreviewPart> parts;
};

QFont font(int pixelSize, QFont::Weight weight = QFont::Normal)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(pixelSize);
    f.setWeight(weight);
    return f;
}

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
    QList<WhatsappFormatting::Block> blocks = WhatsappFormatting::parse(markup, examples, o.showRawVariables);
    if (forceBold) {
        for (WhatsappFormatting::Block &b : blocks)
            for (WhatsappFormatting::Run &r : b.runs)
                r.styles |= WhatsappFormatting::Bold;
    }
    const PreviewOptions::Palette p = o.palette();
    WhatsappFormatting::fill(doc.get(), blocks, {f, QString(), p.variableTint, p.codeBackground});
    return doc;
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

QString mediaLabel(const QJsonObject &header)
{
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

Scene buildScene(const QJsonObject &t, const PreviewOptions &o)
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
        headerDoc = makeDocument(str(parts.header, "text"), example, o, font(kHeaderPx, QFont::Bold), true);
    }
    QString bodyText = str(parts.body, "text");
    QStringList bodyExamples = strings(parts.body.value(QLatin1String("examples")).toArray());
    if (auth) {
        bodyText = WhatsappPreviewRenderer::tr("*{{1}}* is your verification code.");
        if (parts.body.value(QLatin1String("addSecurityRecommendation")).toBool())
            bodyText += QLatin1Char(' ') + WhatsappPreviewRenderer::tr("For your security, do not share this code.");
        if (bodyExamples.isEmpty())
            bodyExamples = QStringList{QStringLiteral("123456")};
    }
    if (parts.bodyIndex >= 0 || auth)
        bodyDoc = makeDocument(bodyText, bodyExamples, o, font(kBodyPx));
    QString footerText = str(parts.footer, "text");
    if (auth) {
        const int minutes = parts.footer.value(QLatin1String("codeExpirationMinutes")).toInt();
        footerText = minutes > 0 ? WhatsappPreviewRenderer::tr("This code expires in %n minutes.", nullptr, minutes) : QString();
    }
    if (parts.footerIndex >= 0 && !footerText.isEmpty())
        footerDoc = makeDocument(footerText, {}, o, font(kFooterPx));

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
    for (QTextDocument *d : docs) {
        d->setTextWidth(maxText);
        ideal = qMax(ideal, d->idealWidth());
    }
    QTextDocument *last = docs.isEmpty() ? nullptr : docs.last();
    const qreal lastRight = last ? lastLineRight(last) : 0;
    const bool timeInline = last && lastRight + kTimeGap + timeWidth <= maxText;
    qreal textWidth = maxText;
    if (!fullWidth) {
        textWidth = std::ceil(timeInline ? qMax(ideal, lastRight + kTimeGap + timeWidth) : ideal) + 1;
        textWidth = qBound(timeWidth + 2, textWidth, maxText);
    }
    for (QTextDocument *d : docs)
        d->setTextWidth(textWidth);
    const qreal bubbleWidth = textWidth + 2 * kPadX;

    // The bubble, top to bottom.
    const qreal top = kTopMargin;
    const qreal textX = kBubbleX + kPadX;
    qreal y = top;
    if (mediaHeader) {
        const QRectF r(kBubbleX + kMediaInset, top + kMediaInset, bubbleWidth - 2 * kMediaInset,
                       mediaHeight(headerFormat, bubbleWidth - 2 * kMediaInset));
        sc.media.append({r, headerFormat, mediaLabel(parts.header), 6});
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
        for (const QJsonValue &v : cards) {
            Card card;
            card.parts = partsOf(v.toObject().value(QLatin1String("components")).toArray());
            const QString format = str(card.parts.header, "format");
            if (card.parts.headerIndex >= 0)
                mediaH = qMax(mediaH, mediaHeight(format, kCardWidth - 2 * kMediaInset));
            if (card.parts.bodyIndex >= 0) {
                card.body = makeDocument(str(card.parts.body, "text"), strings(card.parts.body.value(QLatin1String("examples")).toArray()),
                                         o, font(kBodyPx));
                card.body->setTextWidth(cardText);
                bodyH = qMax(bodyH, std::ceil(docHeight(card.body.get())));
            }
            card.buttons = card.parts.buttons.value(QLatin1String("buttons")).toArray();
            buttonRows = qMax(buttonRows, int(card.buttons.size()));
            prepared.append(card);
        }
        const qreal cardHeight = (mediaH > 0 ? kMediaInset + mediaH : 0) + kPadTop + bodyH + kPadBottom + 4
            + buttonRows * kCardButtonHeight;
        for (int i = 0; i < prepared.size(); ++i) {
            const Card &card = prepared.at(i);
            const QString cardPath = QStringLiteral("%1.cards.%2").arg(carouselPath).arg(i);
            const QRectF rect(kBubbleX + i * (kCardWidth + kCardGap), cardsTop, kCardWidth, cardHeight);
            sc.bubbles.append({rect, false});
            qreal cy = rect.top();
            if (card.parts.headerIndex >= 0) {
                const QRectF m(rect.left() + kMediaInset, rect.top() + kMediaInset, kCardWidth - 2 * kMediaInset, mediaH);
                sc.media.append({m, str(card.parts.header, "format"), mediaLabel(card.parts.header), 6});
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
            right = qMax(right, rect.right());
            bottom = qMax(bottom, rect.bottom());
        }
        if (!prepared.isEmpty())
            sc.parts.append({carouselPath, QRectF(kBubbleX, cardsTop, right - kBubbleX, cardHeight), PreviewPart::Kind::Carousel});
    }

    const QRectF message(kBubbleX, top, right - kBubbleX, bottom - top);
    sc.parts.append({QStringLiteral("details.components"), message, PreviewPart::Kind::Message});
    sc.size = QSizeF(qMax(frameWidth, std::ceil(right + kBubbleX)), std::ceil(bottom + kBottomMargin));
    return sc;
}

QPainterPath bubblePath(const QRectF &r, bool tail)
{
    const qreal d = 2 * kRadius;
    QPainterPath p;
    p.moveTo(r.left() + (tail ? 0 : kRadius), r.top());
    p.lineTo(r.right() - kRadius, r.top());
    p.arcTo(r.right() - d, r.top(), d, d, 90, -90);
    p.lineTo(r.right(), r.bottom() - kRadius);
    p.arcTo(r.right() - d, r.bottom() - d, d, d, 0, -90);
    p.lineTo(r.left() + kRadius, r.bottom());
    p.arcTo(r.left(), r.bottom() - d, d, d, 270, -90);
    if (tail) {
        // The small tail at the top left, as on incoming messages.
        p.lineTo(r.left(), r.top() + 13);
        p.quadTo(r.left() - 3, r.top() + 6.5, r.left() - 7.0, r.top() + 2.2);
        p.quadTo(r.left() - 8.6, r.top() + 0.2, r.left() - 6.0, r.top());
        p.closeSubpath();
    } else {
        p.lineTo(r.left(), r.top() + kRadius);
        p.arcTo(r.left(), r.top(), d, d, 180, -90);
        p.closeSubpath();
    }
    return p;
}

void drawIcon(QPainter *p, Icon icon, const QPointF &at, const QColor &color, const QColor &background)
{
    p->save();
    p->translate(at);
    QPen pen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    QPainterPath path;
    switch (icon) {
    case Icon::Reply:
        path.moveTo(6, 2.5);
        path.lineTo(2, 6.5);
        path.lineTo(6, 10.5);
        path.moveTo(2.4, 6.5);
        path.cubicTo(9, 6.5, 14, 7.5, 14, 13.5);
        p->drawPath(path);
        break;
    case Icon::Link:
        path.moveTo(9, 2);
        path.lineTo(14, 2);
        path.lineTo(14, 7);
        path.moveTo(14, 2);
        path.lineTo(7.5, 8.5);
        path.moveTo(12, 10);
        path.lineTo(12, 13.2);
        path.quadTo(12, 14, 11.2, 14);
        path.lineTo(2.8, 14);
        path.quadTo(2, 14, 2, 13.2);
        path.lineTo(2, 4.8);
        path.quadTo(2, 4, 2.8, 4);
        path.lineTo(6, 4);
        p->drawPath(path);
        break;
    case Icon::Phone:
        path.moveTo(4.4, 1.3);
        path.lineTo(6.6, 4.9);
        path.lineTo(5.2, 6.5);
        path.cubicTo(6.0, 8.4, 7.6, 10.0, 9.5, 10.8);
        path.lineTo(11.1, 9.4);
        path.lineTo(14.7, 11.6);
        path.lineTo(13.9, 14.1);
        path.cubicTo(7.4, 14.8, 1.2, 8.6, 1.9, 2.1);
        path.closeSubpath();
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawPath(path);
        break;
    case Icon::Copy:
        p->drawRoundedRect(QRectF(1.8, 1.8, 8.6, 9.6), 1.6, 1.6);
        p->setBrush(background);
        p->drawRoundedRect(QRectF(5.6, 4.6, 8.6, 9.6), 1.6, 1.6);
        break;
    case Icon::Flow:
        p->drawRoundedRect(QRectF(2.5, 1.5, 11, 13), 1.8, 1.8);
        path.moveTo(5.5, 5.5);
        path.lineTo(10.5, 5.5);
        path.moveTo(5.5, 8.5);
        path.lineTo(10.5, 8.5);
        path.moveTo(5.5, 11.5);
        path.lineTo(8.5, 11.5);
        p->drawPath(path);
        break;
    case Icon::List:
        for (qreal y : {3.5, 8.0, 12.5}) {
            path.moveTo(6, y);
            path.lineTo(14.5, y);
        }
        p->drawPath(path);
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        for (qreal y : {3.5, 8.0, 12.5})
            p->drawEllipse(QPointF(2.4, y), 1.2, 1.2);
        break;
    }
    p->restore();
}

void drawMedia(QPainter *p, const MediaItem &m, const PreviewOptions::Palette &pal)
{
    p->save();
    QPainterPath clip;
    clip.addRoundedRect(m.rect, m.radius, m.radius);
    p->setClipPath(clip);
    const QPointF c = m.rect.center();
    if (m.format == QLatin1String("VIDEO")) {
        p->fillRect(m.rect, pal.mediaPlaceholder.darker(pal.bubble.lightness() > 128 ? 135 : 120));
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0, 0, 0, 110));
        p->drawEllipse(c, 24, 24);
        QPainterPath play;
        play.moveTo(c + QPointF(-7, -11));
        play.lineTo(c + QPointF(12, 0));
        play.lineTo(c + QPointF(-7, 11));
        play.closeSubpath();
        p->setBrush(Qt::white);
        p->drawPath(play);
    } else if (m.format == QLatin1String("DOCUMENT")) {
        p->fillRect(m.rect, pal.mediaPlaceholder);
        const QRectF page(m.rect.left() + 12, c.y() - 17, 27, 34);
        QPainterPath doc;
        doc.moveTo(page.topLeft());
        doc.lineTo(page.right() - 8, page.top());
        doc.lineTo(page.right(), page.top() + 8);
        doc.lineTo(page.bottomRight());
        doc.lineTo(page.bottomLeft());
        doc.closeSubpath();
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0xE5, 0x39, 0x35));
        p->drawPath(doc);
        QFont badge = font(8, QFont::Bold);
        p->setFont(badge);
        p->setPen(Qt::white);
        const QString suffix = QFileInfo(m.label).suffix().toUpper().left(4);
        p->drawText(page.adjusted(0, 12, 0, 0), Qt::AlignHCenter | Qt::AlignTop, suffix.isEmpty() ? QStringLiteral("DOC") : suffix);
        p->setPen(pal.text);
        p->setFont(font(14));
        const QRectF text(page.right() + 10, m.rect.top(), m.rect.right() - page.right() - 22, m.rect.height());
        p->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                    QFontMetricsF(p->font()).elidedText(m.label, Qt::ElideMiddle, text.width()));
    } else if (m.format == QLatin1String("LOCATION")) {
        const bool light = pal.bubble.lightness() > 128;
        p->fillRect(m.rect, light ? QColor(0xE8, 0xEE, 0xD9) : QColor(0x2B, 0x35, 0x2E));
        p->setPen(QPen(light ? QColor(0xFF, 0xFF, 0xFF) : QColor(0x45, 0x52, 0x4A), 5));
        for (qreal f : {0.22, 0.58, 0.86})
            p->drawLine(QPointF(m.rect.left(), m.rect.top() + f * m.rect.height()),
                        QPointF(m.rect.right(), m.rect.top() + (f - 0.12) * m.rect.height()));
        p->setPen(QPen(light ? QColor(0xF7, 0xE3, 0x9C) : QColor(0x5A, 0x55, 0x3A), 7));
        p->drawLine(QPointF(m.rect.left() + 0.35 * m.rect.width(), m.rect.top()),
                    QPointF(m.rect.left() + 0.55 * m.rect.width(), m.rect.bottom()));
        QPainterPath pin;
        pin.moveTo(c + QPointF(0, 12));
        pin.cubicTo(c + QPointF(-4, 4), c + QPointF(-10, -2), c + QPointF(-10, -9));
        pin.arcTo(QRectF(c.x() - 10, c.y() - 19, 20, 20), 180, -180);
        pin.cubicTo(c + QPointF(10, -2), c + QPointF(4, 4), c + QPointF(0, 12));
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0xE5, 0x39, 0x35));
        p->drawPath(pin);
        p->setBrush(Qt::white);
        p->drawEllipse(c + QPointF(0, -9), 3.5, 3.5);
    } else {
        // IMAGE (and anything unknown): a picture glyph, sun over hills.
        p->fillRect(m.rect, pal.mediaPlaceholder);
        p->setPen(Qt::NoPen);
        p->setBrush(pal.mediaGlyph);
        const QRectF g(c.x() - 26, c.y() - 18, 52, 36);
        p->drawEllipse(QPointF(g.left() + 38, g.top() + 9), 5, 5);
        QPainterPath hills;
        hills.moveTo(g.left(), g.bottom());
        hills.lineTo(g.left() + 17, g.top() + 12);
        hills.lineTo(g.left() + 30, g.bottom() - 9);
        hills.lineTo(g.left() + 37, g.bottom() - 16);
        hills.lineTo(g.right(), g.bottom());
        hills.closeSubpath();
        p->drawPath(hills);
    }
    p->restore();
}

void drawText(QPainter *p, const TextItem &t, const PreviewOptions::Palette &pal)
{
    p->save();
    p->translate(t.pos);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette.setColor(QPalette::Text, t.color);
    t.doc->documentLayout()->draw(p, ctx);
    for (QTextBlock b = t.doc->begin(); b.isValid(); b = b.next()) {
        if (!b.blockFormat().property(WhatsappFormatting::QuoteProperty).toBool())
            continue;
        const QRectF r = t.doc->documentLayout()->blockBoundingRect(b);
        QColor bar = pal.secondary;
        bar.setAlphaF(0.6);
        p->setPen(Qt::NoPen);
        p->setBrush(bar);
        p->drawRoundedRect(QRectF(r.left() + 1, r.top() + 1, 3, r.height() - 2), 1.5, 1.5);
    }
    p->restore();
}

void drawMarker(QPainter *p, const PreviewPart &part, const QColor &color, const QList<TimeItem> &times)
{
    // Text parts hug their glyphs: the outline stands a little off them. The badge sits in
    // the outline's top-right corner.
    const bool text = part.kind == PreviewPart::Kind::Header || part.kind == PreviewPart::Kind::Body
        || part.kind == PreviewPart::Kind::Footer;
    const QRectF outline = text ? part.rect.adjusted(-3, -2, 3, 2) : part.rect.adjusted(0.75, 0.75, -0.75, -0.75);
    p->save();
    p->setPen(QPen(color, 1.5));
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(outline, 4, 4);
    const qreal r = 6.5;
    QPointF c(outline.right() - r - 1.5, outline.top() + qMin(r + 1.5, outline.height() / 2));
    for (const TimeItem &t : times) {
        // Keep the message's time readable: the badge moves to its left.
        if (QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r).intersects(t.rect))
            c.setX(t.rect.left() - r - 4);
    }
    p->setPen(QPen(Qt::white, 1.2));
    p->setBrush(color);
    p->drawEllipse(c, r, r);
    p->setPen(Qt::NoPen);
    p->setBrush(Qt::white);
    p->drawRoundedRect(QRectF(c.x() - 0.95, c.y() - 4.2, 1.9, 5.0), 0.95, 0.95);
    p->drawEllipse(QPointF(c.x(), c.y() + 2.9), 1.05, 1.05);
    p->restore();
}

void paintScene(QPainter *p, const Scene &sc, const PreviewOptions &o)
{
    const PreviewOptions::Palette &pal = sc.palette;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    p->fillRect(QRectF(QPointF(0, 0), sc.size), pal.wallpaper);

    for (const BubbleItem &b : sc.bubbles) {
        const QPainterPath path = bubblePath(b.rect, b.tail);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0x0B, 0x14, 0x1A, o.theme == PreviewOptions::Theme::Dark ? 0x50 : 0x22));
        p->drawPath(path.translated(0, 1));
        p->setBrush(pal.bubble);
        p->drawPath(path);
    }
    for (const MediaItem &m : sc.media)
        drawMedia(p, m, pal);
    for (const TextItem &t : sc.texts)
        drawText(p, t, pal);

    const qreal hair = 1.0 / qMax<qreal>(1.0, o.devicePixelRatio);
    p->setPen(QPen(pal.hairline, hair));
    for (const QLineF &l : sc.hairlines)
        p->drawLine(l.translated(0, hair / 2));

    const QFont buttonFont = font(kButtonPx, QFont::Medium);
    const QFontMetricsF bfm(buttonFont);
    p->setFont(buttonFont);
    for (const ButtonItem &b : sc.buttons) {
        const qreal iconSize = 16, gap = 8;
        const qreal avail = b.rect.width() - 2 * 12 - iconSize - gap;
        const QString text = bfm.elidedText(b.text, Qt::ElideRight, avail);
        const qreal w = iconSize + gap + bfm.horizontalAdvance(text);
        const qreal x = b.rect.center().x() - w / 2;
        drawIcon(p, b.icon, QPointF(x, b.rect.center().y() - iconSize / 2), pal.button, pal.bubble);
        p->setPen(pal.button);
        p->drawText(QRectF(x + iconSize + gap, b.rect.top(), w, b.rect.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
    }

    p->setFont(font(kTimePx));
    p->setPen(pal.secondary);
    for (const TimeItem &t : sc.times)
        p->drawText(t.rect, Qt::AlignRight | Qt::AlignVCenter, t.text);

    // Findings: the worst severity per part.
    QHash<int, sinch::rules::Severity> worst;
    for (const sinch::rules::Finding &f : o.findings) {
        const int index = PreviewPart::indexFor(sc.parts, f.path);
        if (index < 0)
            continue;
        if (!worst.contains(index) || f.severity == sinch::rules::Severity::Error)
            worst.insert(index, f.severity);
    }
    for (auto it = worst.cbegin(); it != worst.cend(); ++it)
        drawMarker(p, sc.parts.at(it.key()), it.value() == sinch::rules::Severity::Error ? pal.error : pal.warning, sc.times);
    p->restore();
}

} // namespace

QImage WhatsappPreviewRenderer::render(const QJsonObject &templateJson, const PreviewOptions &options)
{
    const Scene scene = buildScene(templateJson, options);
    const qreal dpr = qBound<qreal>(0.25, options.devicePixelRatio, 8.0);
    QImage image(QSize(qCeil(scene.size.width() * dpr), qCeil(scene.size.height() * dpr)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(options.palette().wallpaper);
    QPainter painter(&image);
    paintScene(&painter, scene, options);
    painter.end();
    return image;
}

void WhatsappPreviewRenderer::paint(QPainter *painter, const QJsonObject &templateJson, const PreviewOptions &options)
{
    paintScene(painter, buildScene(templateJson, options), options);
}

QList<PreviewPart> WhatsappPreviewRenderer::layout(const QJsonObject &templateJson, const PreviewOptions &options)
{
    return buildScene(templateJson, options).parts;
}

QSizeF WhatsappPreviewRenderer::size(const QJsonObject &templateJson, const PreviewOptions &options)
{
    return buildScene(templateJson, options).size;
}

} // namespace sinch::ui
