#include "breakabletextdelegate.h"

#include <QHeaderView>
#include <QTreeView>

namespace sinch::ui {

namespace {
constexpr QChar kZeroWidthSpace(0x200B);
// Shorter runs fit a column of any sensible width: they are left as they are.
constexpr int kLongRun = 16;
} // namespace

BreakableTextDelegate::BreakableTextDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->setWordWrap(true);
    connect(view->header(), &QHeaderView::sectionResized, this, [this] { emit sizeHintChanged(QModelIndex()); });
}

QSize BreakableTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (option.rect.width() >= 0 || m_view->header()->isSectionHidden(index.column()))
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem atWidth = option;
    int width = m_view->header()->sectionSize(index.column());
    if (index.column() == m_view->header()->logicalIndex(0) && m_view->rootIsDecorated())
        width -= m_view->indentation();
    // The style wraps only in a valid rectangle: a height of its own is needed too.
    atWidth.rect = QRect(0, 0, qMax(1, width), 1);
    return QStyledItemDelegate::sizeHint(atWidth, index);
}

QString BreakableTextDelegate::withBreakPoints(const QString &text)
{
    static const QString breakAfter = QStringLiteral("@/.-_?&=");
    QString out;
    out.reserve(text.size() + text.size() / 4);
    int runStart = 0;
    for (int i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !text.at(i).isSpace())
            continue;
        const QStringView run = QStringView(text).mid(runStart, i - runStart);
        if (run.size() > kLongRun) {
            for (int k = 0; k < run.size(); ++k) {
                out += run.at(k);
                // After the last of a row ("https://|"), never inside one.
                if (k + 1 < run.size() && breakAfter.contains(run.at(k)) && !breakAfter.contains(run.at(k + 1)))
                    out += kZeroWidthSpace;
            }
        } else {
            out += run;
        }
        if (i < text.size())
            out += text.at(i);
        runStart = i + 1;
    }
    return out;
}

void BreakableTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->features & QStyleOptionViewItem::WrapText)
        option->text = withBreakPoints(option->text);
}

} // namespace sinch::ui
