#include "plaintextdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace sinch::ui {

PlainTextDelegate::PlainTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

const QStaticText &PlainTextDelegate::laidOut(const QString &text, int width, Qt::TextElideMode elide,
                                              const QFont &font) const
{
    Key key{text, width, elide, font};
    auto it = m_laidOut.find(key);
    if (it != m_laidOut.end())
        return *it;
    if (m_laidOut.size() >= kMaxTexts)
        m_laidOut.clear();
    // Laid out whole first: most cells fit, and then that one layout is all it takes.
    const auto prepared = [&font](const QString &shown) {
        QStaticText staticText(shown);
        staticText.setTextFormat(Qt::PlainText);
        staticText.setPerformanceHint(QStaticText::AggressiveCaching);
        staticText.prepare(QTransform(), font);
        return staticText;
    };
    QStaticText staticText = prepared(text);
    if (staticText.size().width() > width)
        staticText = prepared(QFontMetrics(font).elidedText(text, elide, width));
    return *m_laidOut.insert(std::move(key), std::move(staticText));
}

void PlainTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The focused cell (one a view) goes the style's way too: its focus frame is fitted to its
    // text, which only the style's own layout knows. So does right-to-left text, which the
    // style elides at the side a right-to-left reader expects.
    const bool plain = opt.direction == Qt::LeftToRight && !(opt.features & (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration))
                    && !(opt.state & (QStyle::State_HasFocus | QStyle::State_Editing)) && opt.textElideMode != Qt::ElideNone
                    && !opt.text.contains(QLatin1Char('\n')) && !opt.text.contains(QChar::LineSeparator);
    if (!plain) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background and selection: what the style's CE_ItemViewItem draws of a cell without a
    // check box, an icon or focus, less its sizing of the text.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    const QString &text = opt.text;
    if (text.isEmpty())
        return;

    // Where and in which colour QCommonStyle puts an item's text: within the cell less a margin,
    // aligned as a QTextLine of that width aligns it (to the fraction of a pixel), centred as a
    // whole line vertically.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;
    QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QColor colour = opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text);

    const QStaticText &shown = laidOut(text, textRect.width(), opt.textElideMode, opt.font);
    const QSizeF size = shown.size();
    const Qt::Alignment horizontal = QStyle::visualAlignment(opt.direction, opt.displayAlignment) & Qt::AlignHorizontal_Mask;
    qreal x = textRect.x();
    if (horizontal & Qt::AlignRight)
        x += textRect.width() - size.width();
    else if (horizontal & Qt::AlignHCenter)
        x += (textRect.width() - size.width()) / 2;
    const QRect line = QStyle::alignedRect(opt.direction, (opt.displayAlignment & Qt::AlignVertical_Mask) | Qt::AlignLeft,
                                           QSize(textRect.width(), size.toSize().height()), textRect);
    painter->save();
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->setFont(opt.font);
    painter->setPen(colour);
    painter->drawStaticText(QPointF(x, line.top()), shown);
    painter->restore();
}

} // namespace sinch::ui
