#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace sinch::ui {

// Word-wrapped cells of a tree view whose rows are as tall as their wrapped text, where a
// long value without spaces (an email address, a website) breaks after its punctuation.
// Qt wraps only at spaces, so such a value was cut short with an ellipsis; and a tree asks
// its rows' heights without the columns' widths, so wrapped text was clipped to one line.
// This delegate sizes each cell at its column's width and lays the rows out again when a
// column is resized. The break points are zero-width spaces in what is drawn; the model's
// text is unchanged, so what is copied, compared or tested is the value itself.
class BreakableTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit BreakableTextDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // `text` with a zero-width space after each '@', '/', '.', '-', '_', '?', '&' and '=' (after
    // the last of a row of them) of a run longer than a few characters without spaces.
    static QString withBreakPoints(const QString &text);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace sinch::ui
