#pragma once

#include <QComboBox>

namespace sinch::ui {

// A combo box of a filter row: as wide as its longest item where the row has room, narrower
// where it has not (down to a few characters, its current text elided), and its list opens
// as wide as its longest item either way. A plain QComboBox adjusted to its contents makes
// the longest item its least width too, and a row of them set the window's: in German the
// templates page alone wanted 1,345 pixels.
class ShrinkableComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ShrinkableComboBox(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    void showPopup() override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr int kLeastCharacters = 8;
};

} // namespace sinch::ui
