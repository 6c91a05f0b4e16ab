#pragma once

#include <QGroupBox>
#include <QList>
#include <QStringList>

#include <functional>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace sinch::ui {

// One project's card on the Overview: a row per list (what it counts, its number, and the
// number in each state), each row changed in place. Plain labels, no rich text: a card
// changes a dozen times while the console starts, and a rich-text label lays out a whole
// document (a table) on every change and again on every layout pass, which was most of the
// main thread's time between the first paint and the overview's numbers. Not selectable
// either (that costs as much as rich text): Copy (Ctrl+C, or the context menu) copies the
// card's text. A row's title is a flat button that opens its list, and so is each state's
// number its list can be filtered to ("16 Rejected": those 16): the numbers are where a
// person starts, and the list is where they go next. Buttons are kept and relabelled, not
// made again, when a row's numbers change.
class OverviewCard : public QGroupBox
{
    Q_OBJECT
public:
    // A state's number as the row shows it ("16 Rejected"), the state it counts (a value of
    // the contract's enum), and whether it opens its list filtered to that state.
    struct StateCount
    {
        QString text;
        QString state;
        bool opens = false;
    };

    explicit OverviewCard(const QString &projectName, QWidget *parent = nullptr);

    // Row `row` (made when new) says `title`, `value` (bold: the number, or why there is
    // none), then `note` (grey; may be empty) or the number in each state.
    void setRow(int row, const QString &title, const QString &value, const QString &note,
                const QList<StateCount> &states = {});
    // What the card says, a line a row ("Webhooks: 3 (…)"), as a screen reader reads it.
    QString text() const;
    // The button that opens row `row`'s list (nullptr past the last row).
    QToolButton *opener(int row) const;
    // The button of state `index` of row `row` (nullptr where there is none).
    QToolButton *stateOpener(int row, int index) const;

signals:
    // The person asked for row `row`'s list.
    void rowActivated(int row);
    // The person asked for row `row`'s list filtered to `state`.
    void stateActivated(int row, const QString &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QToolButton *title;
        QLabel *value;
        QLabel *note;
        QHBoxLayout *stateRow;
        QList<QToolButton *> states; // kept; the first counted.size() show
        QStringList counted;         // the state each shown button counts
    };
    QToolButton *linkButton(const std::function<void()> &clicked);
    void showAsLink(QToolButton *button) const;
    void setStates(Row &r, int row, const QList<StateCount> &states);

    QGridLayout *m_grid;
    QList<Row> m_rows;
};

} // namespace sinch::ui
