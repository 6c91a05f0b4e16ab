#pragma once

#include <QObject>
#include <QPointer>

class QAbstractSpinBox;
class QLabel;
class QLineEdit;

namespace sinch::ui {

// A spin box refuses, without a word, a key or a paste that would take its number out of
// its range: the person types 9000 and sees 900, or nothing happen. The guard watches the
// spin box's text field; a number out of range (above the top, or below the bottom where
// no further digit could bring it back) is refused with a message at the field that says
// the allowed range, what to do and what the field still holds; so is a number below the
// bottom left behind when the field loses focus (the spin box goes back to its value).
// The message stays beside the field until the next accepted key, a click or wheel on it,
// or the field is hidden.
// The range is the spin box's own, set by its owner from the contract.
class SpinRangeGuard : public QObject
{
    Q_OBJECT
public:
    // Watches `spin` for as long as it lives.
    static SpinRangeGuard *watch(QAbstractSpinBox *spin);

    // The message shown now, or empty.
    QString message() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit SpinRangeGuard(QAbstractSpinBox *spin);

    // What the text field would read after `typed` replaced its selection at the cursor.
    QString textAfter(const QString &typed) const;
    // The number `text` holds without prefix and suffix, and its value.
    bool numberIn(const QString &text, QString *number, double *value) const;
    // True when `text` holds a whole number that no further typing brings into range.
    bool outOfRange(const QString &text, QString *number) const;
    void show(const QString &number);
    void hide();
    void place();

    QAbstractSpinBox *m_spin;
    QLineEdit *m_edit;
    QPointer<QLabel> m_label;
};

} // namespace sinch::ui
