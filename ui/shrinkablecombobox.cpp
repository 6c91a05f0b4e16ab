#include "shrinkablecombobox.h"

#include <QAbstractItemView>
#include <QScrollBar>
#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace sinch::ui {

ShrinkableComboBox::ShrinkableComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setSizePolicy(QSizePolicy::Preferred, sizePolicy().verticalPolicy());
}

QSize ShrinkableComboBox::minimumSizeHint() const
{
    const QSize full = QComboBox::minimumSizeHint();
    QStyleOptionComboBox opt;
    initStyleOption(&opt);
    const QSize text(fontMetrics().averageCharWidth() * kLeastCharacters, fontMetrics().height());
    const QSize least = style()->sizeFromContents(QStyle::CT_ComboBox, &opt, text, this);
    return QSize(qMin(full.width(), least.width()), full.height());
}

void ShrinkableComboBox::showPopup()
{
    // The list is as wide as the box unless told otherwise: as wide as its longest item.
    QAbstractItemView *list = view();
    list->setMinimumWidth(list->sizeHintForColumn(modelColumn()) + 2 * list->frameWidth()
                          + (count() > maxVisibleItems() ? list->verticalScrollBar()->sizeHint().width() : 0));
    QComboBox::showPopup();
}

void ShrinkableComboBox::paintEvent(QPaintEvent *)
{
    // QComboBox::paintEvent, with the current text elided to the room it has (the style
    // would cut it off mid-letter).
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox opt;
    initStyleOption(&opt);
    painter.drawComplexControl(QStyle::CC_ComboBox, opt);
    QRect room = style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, this);
    if (!opt.currentIcon.isNull())
        room.setLeft(room.left() + opt.iconSize.width() + 4);
    opt.currentText = fontMetrics().elidedText(opt.currentText, Qt::ElideRight, qMax(0, room.width() - 2));
    painter.drawControl(QStyle::CE_ComboBoxLabel, opt);
}

} // namespace sinch::ui
