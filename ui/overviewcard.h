#pragma once

#include <QGroupBox>
#include <QList>

class QGridLayout;
class QLabel;
class QToolButton;

namespace sinch::ui {

// One project's card on the Overview: a row per list (what it counts, its number, and the
// number in each state), each row changed in place. Plain labels, no rich text: a card
// changes a dozen times while the console starts, and a rich-text label lays out a whole
// document (a table) on every change and again on every layout pass, which was most of the
// main thread's time between the first paint and the overview's numbers. Not selectable
// either (that costs as much as rich text): Copy (Ctrl+C, or the context menu) copies the
// card's text. A row's title is a flat button that opens its list (click, or Tab to it and
// Space): the numbers are where a person starts, and the list is where they go next.
class OverviewCard : public QGroupBox
{
    Q_OBJECT
public:
    explicit OverviewCard(const QString &projectName, QWidget *parent = nullptr);

    // Row `row` (made when new) says `title`, `value` (bold: the number, or why there is
    // none) and `detail` (the number in each state; may be empty).
    void setRow(int row, const QString &title, const QString &value, const QString &detail);
    // What the card says, a line a row ("Webhooks: 3 (…)"), as a screen reader reads it.
    QString text() const;
    // The button that opens row `row`'s list (nullptr past the last row).
    QToolButton *opener(int row) const;

signals:
    // The person asked for row `row`'s list.
    void rowActivated(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showAsLink(QToolButton *button) const;

    struct Row
    {
        QToolButton *title;
        QLabel *value;
        QLabel *detail;
    };
    QLabel *label(int row, int column);

    QGridLayout *m_grid;
    QList<Row> m_rows;
};

} // namespace sinch::ui
