#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace sinch::ui {

// Paints the plain, single-line text cells of a list as QStyledItemDelegate does, but lays each
// one out once: the elided text of a cell, for its width and font, is kept as a QStaticText and
// drawn again from that. A list repaints whole screens of the same cells while its pages arrive,
// a refresh changes a few of them and the view scrolls; the default delegate shapes every cell's
// text three times a paint (to size it, to elide it, to draw it), which on a screen of a
// 10,000-template list was most of a frame. Cells with an icon, a check box or several lines
// are painted by QStyledItemDelegate itself, and so are the focused cell and right-to-left lists.
class PlainTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PlainTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // How many laid-out texts are kept; tests look at it.
    int cachedTexts() const { return int(m_laidOut.size()); }

private:
    struct Key
    {
        QString text;
        int width;
        Qt::TextElideMode elide;
        QFont font;
        bool operator==(const Key &o) const
        {
            return width == o.width && elide == o.elide && text == o.text && font == o.font;
        }
    };
    friend size_t qHash(const Key &key, size_t seed) { return qHashMulti(seed, key.text, key.width, int(key.elide), key.font); }

    const QStaticText &laidOut(const QString &text, int width, Qt::TextElideMode elide, const QFont &font) const;

    // Enough for several screens of a wide list; emptied when full rather than aged, as a
    // screen's worth is laid out again in well under a frame.
    static constexpr int kMaxTexts = 4096;
    mutable QHash<Key, QStaticText> m_laidOut;
};

} // namespace sinch::ui
