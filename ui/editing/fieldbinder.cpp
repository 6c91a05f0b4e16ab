#include "fieldbinder.h"

#include "keptglyphs.h"
#include "spinrangeguard.h"

#include "domain/templatedocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHash>
#include <QKeyEvent>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextBlock>

namespace sinch::ui {

namespace {
const char kFinding[] = "finding";
const char kBaseTip[] = "sinchBaseToolTip";
}

FieldBinder::FieldBinder(QObject *parent) : QObject(parent) {}

void FieldBinder::bind(QWidget *widget, const QString &path, const QString &accessibleName)
{
    widget->setObjectName(QStringLiteral("field:") + path);
    widget->setAccessibleName(accessibleName);
    widget->setProperty(kBaseTip, widget->toolTip());
    widget->installEventFilter(this);
    m_widgets.insert(path, widget);
}

QLineEdit *FieldBinder::lineEdit(const QString &path, const QString &accessibleName, const QString &placeholder)
{
    auto *w = new QLineEdit;
    w->setPlaceholderText(placeholder);
    bind(w, path, accessibleName);
    connect(w, &QLineEdit::textEdited, this, [this, path](const QString &text) {
        if (!m_refreshing)
            emit edited(path, text, true);
    });
    return w;
}

QPlainTextEdit *FieldBinder::plainText(const QString &path, const QString &accessibleName)
{
    auto *w = new QPlainTextEdit;
    w->setTabChangesFocus(true);
    w->setUndoRedoEnabled(false);
    KeptGlyphs::keep(w->document());
    bind(w, path, accessibleName);
    connect(w, &QPlainTextEdit::textChanged, this, [this, w, path] {
        if (!m_refreshing)
            emit edited(path, w->toPlainText(), true);
    });
    return w;
}

QComboBox *FieldBinder::combo(const QString &path, const QString &accessibleName,
                              const QList<QPair<QString, QJsonValue>> &items)
{
    auto *w = new QComboBox;
    // A long choice (a category's whole path) must not widen the form past its column: the
    // combo takes the row's width and elides, its list shows the whole text.
    w->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    w->setMinimumContentsLength(12);
    for (const auto &item : items)
        w->addItem(item.first, item.second.toVariant());
    bind(w, path, accessibleName);
    connect(w, &QComboBox::activated, this, [this, w, path](int index) {
        if (!m_refreshing)
            emit edited(path, QJsonValue::fromVariant(w->itemData(index)), false);
    });
    return w;
}

QSpinBox *FieldBinder::spin(const QString &path, const QString &accessibleName, int min, int max,
                            const QString &specialText)
{
    auto *w = new QSpinBox;
    w->setRange(min, max);
    w->setSpecialValueText(specialText);
    w->setKeyboardTracking(true);
    SpinRangeGuard::watch(w);
    bind(w, path, accessibleName);
    connect(w, &QSpinBox::valueChanged, this, [this, w, path](int value) {
        if (m_refreshing)
            return;
        const bool unset = !w->specialValueText().isEmpty() && value == w->minimum();
        emit edited(path, unset ? QJsonValue(QJsonValue::Undefined) : QJsonValue(value), true);
    });
    return w;
}

QCheckBox *FieldBinder::check(const QString &path, const QString &text)
{
    auto *w = new QCheckBox(text);
    bind(w, path, text);
    connect(w, &QCheckBox::clicked, this, [this, path](bool on) {
        if (!m_refreshing)
            emit edited(path, on, false);
    });
    return w;
}

QListWidget *FieldBinder::checkList(const QString &path, const QString &accessibleName,
                                    const QList<QPair<QString, QString>> &items)
{
    auto *w = new QListWidget;
    for (const auto &item : items) {
        auto *row = new QListWidgetItem(item.second, w);
        row->setData(Qt::UserRole, item.first);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Unchecked);
    }
    bind(w, path, accessibleName);
    connect(w, &QListWidget::itemChanged, this, [this, w, path] {
        if (m_refreshing)
            return;
        QJsonArray checked;
        for (int i = 0; i < w->count(); ++i)
            if (w->item(i)->checkState() == Qt::Checked)
                checked.append(w->item(i)->data(Qt::UserRole).toString());
        emit edited(path, checked, false);
    });
    return w;
}

void FieldBinder::clear()
{
    for (const QPointer<QWidget> &w : std::as_const(m_widgets))
        if (w)
            release(w);
    m_widgets.clear();
}

void FieldBinder::unbind(const QString &path)
{
    if (QWidget *w = m_widgets.take(path))
        release(w);
}

void FieldBinder::watchKeys(QWidget *widget)
{
    widget->installEventFilter(this);
}

void FieldBinder::release(QWidget *widget)
{
    widget->disconnect(this);
    widget->removeEventFilter(this);
}

void FieldBinder::refresh(const TemplateDocument &document)
{
    m_refreshing = true;
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it) {
        QWidget *w = it.value();
        if (!w)
            continue;
        const QJsonValue v = document.value(it.key());
        if (auto *e = qobject_cast<QLineEdit *>(w)) {
            const QString text = v.isDouble() ? QString::number(v.toDouble()) : v.toString();
            if (e->text() != text)
                e->setText(text);
        } else if (auto *p = qobject_cast<QPlainTextEdit *>(w)) {
            const QString text = v.toString();
            if (p->toPlainText() != text) {
                const int pos = p->textCursor().position();
                p->setPlainText(text);
                QTextCursor c = p->textCursor();
                c.setPosition(qMin(pos, int(text.size())));
                p->setTextCursor(c);
            }
        } else if (auto *c = qobject_cast<QComboBox *>(w)) {
            int i = c->findData(v.toVariant());
            if (i < 0 && c->isEditable()) {
                c->setEditText(v.toString());
            } else {
                if (i < 0)
                    i = c->findData(QVariant()); // "none" entries carry no data
                c->setCurrentIndex(i);
            }
        } else if (auto *s = qobject_cast<QSpinBox *>(w)) {
            const int value = v.isUndefined() || v.isNull() ? s->minimum() : v.toInt();
            if (s->value() != value)
                s->setValue(value);
        } else if (auto *b = qobject_cast<QCheckBox *>(w)) {
            b->setChecked(v.toBool());
        } else if (auto *l = qobject_cast<QListWidget *>(w)) {
            const QJsonArray values = v.toArray();
            for (int i = 0; i < l->count(); ++i) {
                const Qt::CheckState state = values.contains(l->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked;
                if (l->item(i)->checkState() != state)
                    l->item(i)->setCheckState(state);
            }
        }
    }
    m_refreshing = false;
}

void FieldBinder::setBaseToolTip(QWidget *widget, const QString &tip)
{
    widget->setProperty(kBaseTip, tip);
    widget->setToolTip(tip);
}

void FieldBinder::setFindings(const QList<rules::Finding> &findings)
{
    // A field shows the findings at its path and under it: each finding is filed under its
    // path and every path above it once, rather than each field searching all findings.
    QHash<QString, QList<rules::Finding>> byPath;
    for (const rules::Finding &f : findings) {
        byPath[f.path] << f;
        for (qsizetype dot = f.path.lastIndexOf(QLatin1Char('.')); dot > 0; dot = f.path.lastIndexOf(QLatin1Char('.'), dot - 1))
            byPath[f.path.left(dot)] << f;
    }
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it)
        if (QWidget *w = it.value())
            mark(w, byPath.value(it.key()));
}

void FieldBinder::mark(QWidget *w, const QList<rules::Finding> &findings)
{
    QStringList messages;
    bool error = false;
    for (const rules::Finding &f : findings) {
        messages << f.message;
        error = error || f.isError();
    }
    const QString level = messages.isEmpty() ? QString() : (error ? QStringLiteral("error") : QStringLiteral("warning"));
    const bool sameLevel = w->property(kFinding).toString() == level;
    if (sameLevel && w->accessibleDescription() == messages.join(QLatin1Char('\n')))
        return;
    w->setProperty(kFinding, level);
    const QString base = w->property(kBaseTip).toString();
    QStringList tip = messages;
    if (!base.isEmpty())
        tip.prepend(base);
    w->setToolTip(tip.join(QLatin1Char('\n')));
    w->setAccessibleDescription(messages.join(QLatin1Char('\n')));
    if (sameLevel)
        return; // a new message of the same kind (a count that went up): the frame stays
    const QString color = error ? QStringLiteral("#d32f2f") : QStringLiteral("#f29900");
    const QString cls = QString::fromLatin1(w->metaObject()->className());
    w->setStyleSheet(level.isEmpty() ? QString()
                                     : QStringLiteral("%1 { border: 2px solid %2; border-radius: 3px; }").arg(cls, color));
}

QWidget *FieldBinder::widgetFor(const QString &path) const
{
    if (QWidget *w = m_widgets.value(path))
        return w;
    QString best;
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it)
        if (it.value() && path.startsWith(it.key() + QLatin1Char('.')) && it.key().size() > best.size())
            best = it.key();
    if (!best.isEmpty())
        return m_widgets.value(best);
    QString first;
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it)
        if (it.value() && (path.isEmpty() || it.key().startsWith(path + QLatin1Char('.'))) && (first.isEmpty() || it.key() < first))
            first = it.key();
    return first.isEmpty() ? nullptr : m_widgets.value(first).data();
}

QString FieldBinder::pathOf(const QWidget *widget) const
{
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it)
        if (it.value() == widget)
            return it.key();
    return QString();
}

bool FieldBinder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        emit focusLeft();
    // Undo and redo belong to the editor's one stack, not to each field's own history.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
        // Alt+Down / Alt+Up open a combo box's list, as everywhere else; the editor's
        // "move the selected part" keys must not take them from it.
        if (qobject_cast<QComboBox *>(watched) && (key->modifiers() & Qt::AltModifier)
            && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            event->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sinch::ui
