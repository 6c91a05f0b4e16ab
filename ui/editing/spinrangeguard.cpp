#include "spinrangeguard.h"

#include <QApplication>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace sinch::ui {

namespace {

// The range, step, prefix, suffix and decimals of either kind of spin box.
struct Range
{
    double min = 0;
    double max = 0;
    double step = 1;
    int decimals = 0;
    QString prefix;
    QString suffix;
};

Range rangeOf(const QAbstractSpinBox *spin)
{
    if (const auto *s = qobject_cast<const QSpinBox *>(spin))
        return {double(s->minimum()), double(s->maximum()), double(s->singleStep()), 0, s->prefix(), s->suffix()};
    if (const auto *s = qobject_cast<const QDoubleSpinBox *>(spin))
        return {s->minimum(), s->maximum(), s->singleStep(), s->decimals(), s->prefix(), s->suffix()};
    return {};
}

} // namespace

SpinRangeGuard *SpinRangeGuard::watch(QAbstractSpinBox *spin)
{
    return new SpinRangeGuard(spin);
}

SpinRangeGuard::SpinRangeGuard(QAbstractSpinBox *spin)
    : QObject(spin)
    , m_spin(spin)
    , m_edit(spin->findChild<QLineEdit *>())
{
    spin->installEventFilter(this);
    if (m_edit)
        m_edit->installEventFilter(this);
}

QString SpinRangeGuard::message() const
{
    return m_label && m_label->isVisible() ? m_label->text() : QString();
}

QString SpinRangeGuard::textAfter(const QString &typed) const
{
    if (!m_edit)
        return typed;
    QString text = m_edit->text();
    int at = m_edit->cursorPosition();
    if (m_edit->hasSelectedText()) {
        at = m_edit->selectionStart();
        text.remove(at, m_edit->selectedText().size());
    }
    return text.insert(at, typed);
}

bool SpinRangeGuard::numberIn(const QString &text, QString *number, double *value) const
{
    const Range r = rangeOf(m_spin);
    QString bare = text;
    if (!r.prefix.isEmpty() && bare.startsWith(r.prefix))
        bare.remove(0, r.prefix.size());
    if (!r.suffix.isEmpty() && bare.endsWith(r.suffix))
        bare.chop(r.suffix.size());
    *number = bare.trimmed();
    bool ok = false;
    *value = m_spin->locale().toDouble(*number, &ok);
    return ok && !number->isEmpty();
}

bool SpinRangeGuard::outOfRange(const QString &text, QString *number) const
{
    const Range r = rangeOf(m_spin);
    double v = 0;
    if (!numberIn(text, number, &v))
        return false;
    if (v > r.max)
        return true;
    // Below the bottom is only a step on the way while another digit can still bring it
    // up into the range (typing 50 into 10…900 passes through 5).
    return v < r.min && (v < 0 || v * 10 > r.max);
}

bool SpinRangeGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        QString typed;
        if (key->matches(QKeySequence::Paste))
            typed = QApplication::clipboard()->text();
        else if (!key->text().isEmpty() && key->text().at(0).isPrint())
            typed = key->text();
        QString number;
        if (!typed.isEmpty() && outOfRange(textAfter(typed), &number)) {
            show(number);
            return true; // refused, and now said so
        }
        if (key->key() != Qt::Key_Shift && key->key() != Qt::Key_Control && key->key() != Qt::Key_Alt)
            hide();
        break;
    }
    case QEvent::FocusOut: {
        // Left below the bottom, the spin box goes back to its value: said so, too.
        QString number;
        double v = 0;
        const Range r = rangeOf(m_spin);
        // Said once the spin box has gone back, so the message names what it holds then.
        if (m_edit && numberIn(m_edit->text(), &number, &v) && (v < r.min || v > r.max))
            QMetaObject::invokeMethod(this, [this, number] { show(number); }, Qt::QueuedConnection);
        break;
    }
    case QEvent::Wheel:
    case QEvent::MouseButtonPress:
    case QEvent::Hide:
        hide();
        break;
    case QEvent::Move:
    case QEvent::Resize:
        if (watched == m_spin && m_label && m_label->isVisible())
            place();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SpinRangeGuard::show(const QString &number)
{
    const Range r = rangeOf(m_spin);
    const bool unset = !m_spin->specialValueText().isEmpty();
    // The numbers as the field writes them (with group separators only if it shows them).
    QLocale locale = m_spin->locale();
    if (!m_spin->isGroupSeparatorShown())
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    const QString low = locale.toString(unset ? r.min + r.step : r.min, 'f', r.decimals);
    const QString high = locale.toString(r.max, 'f', r.decimals);
    const QString text =
        unset ? tr("%1 is out of range: type a number from %2 to %3, or go below %2 for “%4”. The field still holds %5.")
                    .arg(number, low, high, m_spin->specialValueText(), m_spin->text())
              : tr("%1 is out of range: type a number from %2 to %3. The field still holds %4.")
                    .arg(number, low, high, m_spin->text());
    if (!m_label) {
        m_label = new QLabel(m_spin->window());
        m_label->setObjectName(QStringLiteral("spinRangeMessage"));
        m_label->setWordWrap(true);
        m_label->setStyleSheet(QStringLiteral("QLabel { background-color: palette(base); color: palette(text); "
                                              "border: 1px solid #d32f2f; border-radius: 3px; padding: 4px 6px; }"));
        // Gone with the spin box, whichever of the two goes first.
        connect(m_spin, &QObject::destroyed, m_label, &QObject::deleteLater);
    }
    m_label->setAccessibleName(tr("%1: out of range").arg(m_spin->accessibleName()));
    m_label->setText(text);
    place();
    m_label->show();
    m_label->raise();
}

void SpinRangeGuard::hide()
{
    if (!m_label || m_label->isHidden())
        return;
    m_label->hide();
}

void SpinRangeGuard::place()
{
    QWidget *window = m_spin->window();
    const int margin = 8;
    const int width = qMin(qMax(m_spin->width(), 320), window->width() - 2 * margin);
    m_label->setFixedWidth(width);
    m_label->adjustSize();
    QPoint at = m_spin->mapTo(window, QPoint(0, m_spin->height() + 2));
    at.setX(qBound(margin, at.x(), window->width() - width - margin));
    if (at.y() + m_label->height() > window->height()) // no room below: above the field
        at.setY(m_spin->mapTo(window, QPoint(0, 0)).y() - m_label->height() - 2);
    m_label->move(at);
}

} // namespace sinch::ui
