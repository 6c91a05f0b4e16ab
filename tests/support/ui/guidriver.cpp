#include "guidriver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QRadioButton>
#include <QCoreApplication>
#include <QLineEdit>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTest>
#include <QTimer>

namespace sinch::test {

QList<QWidget *> GuiDriver::visibleWidgets() const
{
    QList<QWidget *> out;
    if (!m_root)
        return out;
    // Focus order first (what Tab walks through), then the rest in creation order.
    QWidget *w = m_root;
    for (int guard = 0; guard < 5000; ++guard) {
        w = w->nextInFocusChain();
        if (!w || w == m_root)
            break;
        if (m_root->isAncestorOf(w) && w->isVisible() && !out.contains(w))
            out.append(w);
    }
    for (QWidget *c : m_root->findChildren<QWidget *>())
        if (c->isVisible() && !out.contains(c))
            out.append(c);
    return out;
}

QStringList GuiDriver::visibleNames() const
{
    QStringList names;
    for (QWidget *w : visibleWidgets())
        if (!w->accessibleName().isEmpty())
            names << w->accessibleName();
    return names;
}

void GuiDriver::reportMissing(const QString &name) const
{
    qWarning().noquote() << QStringLiteral("No visible control named \"%1\". On screen: %2")
                                .arg(name, visibleNames().join(QStringLiteral(", ")));
}

void GuiDriver::settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

void GuiDriver::click(QWidget *widget)
{
    // A check box stretched across a form reacts on its box and label only, at the left.
    const bool labelled = qobject_cast<QCheckBox *>(widget) || qobject_cast<QRadioButton *>(widget);
    const QPoint at = labelled ? QPoint(qMin(8, widget->width() / 2), widget->height() / 2) : widget->rect().center();
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, at);
    settle();
}

bool GuiDriver::chooseFromMenu(QWidget *button, const QString &item)
{
    return clickInPopupMenu([button] { click(button); }, item);
}

bool GuiDriver::chooseFromContextMenu(QWidget *widget, const QPoint &pos, const QString &item)
{
    return clickInPopupMenu(
        [widget, pos] {
            // A right click: the press and release, then the context menu event the window
            // system sends with it.
            QTest::mousePress(widget, Qt::RightButton, Qt::NoModifier, pos);
            QTest::mouseRelease(widget, Qt::RightButton, Qt::NoModifier, pos);
            QContextMenuEvent event(QContextMenuEvent::Mouse, pos, widget->mapToGlobal(pos));
            QCoreApplication::sendEvent(widget, &event);
        },
        item);
}

bool GuiDriver::clickInPopupMenu(const std::function<void()> &open, const QString &item)
{
    // The menu runs an event loop of its own until it closes: the item is clicked from a
    // timer, the way the person's next click arrives.
    bool chosen = false;
    QTimer watch;
    watch.setInterval(10);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || !menu->isVisible())
            return;
        watch.stop();
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator() && a->isEnabled() && a->text().remove(QLatin1Char('&')).remove(QChar(0x2026)) == item) {
                QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(a).center());
                chosen = true;
                return;
            }
        }
        menu->close();
    });
    watch.start();
    open();
    watch.stop();
    return chosen;
}

bool GuiDriver::click(const QString &name)
{
    QWidget *w = get(name);
    if (!w)
        return false;
    click(w);
    return true;
}

void GuiDriver::typeChar(QWidget *widget, char32_t c)
{
    const QString text = QString::fromUcs4(&c, 1);
    if (c < 0x80) {
        QTest::keyClicks(widget, text);
    } else {
        // Korean, emoji: keys without a Qt::Key of their own carry their text.
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, text, Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, text, Qt::NoModifier);
    }
}

void GuiDriver::typeKeys(QWidget *widget, const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        typeChar(widget, c);
        settle();
    }
}

bool GuiDriver::typeAtEnd(const QString &name, const QString &text)
{
    QWidget *w = get(name);
    if (!w)
        return false;
    if (auto *p = qobject_cast<QPlainTextEdit *>(w)) {
        // A click below the last line puts the caret at the end of the text.
        QTest::mouseClick(p->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(p->viewport()->width() - 4, p->viewport()->height() - 4));
        QTest::keyClick(p, Qt::Key_End, Qt::ControlModifier);
    } else {
        QTest::mouseClick(w, Qt::LeftButton, Qt::NoModifier, QPoint(w->width() - 4, w->height() / 2));
        QTest::keyClick(w, Qt::Key_End);
    }
    settle();
    // The click may have rebuilt nothing, but the key goes to whoever has the focus now.
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : w;
    typeKeys(target, text);
    return true;
}

void GuiDriver::key(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    if (!target)
        return;
    QTest::keyClick(target, key, modifiers);
    settle();
}

bool GuiDriver::choose(const QString &comboName, const QString &text)
{
    QPointer<QComboBox> combo = get<QComboBox>(comboName);
    if (!combo)
        return false;
    const int wanted = combo->findText(text);
    if (wanted < 0) {
        qWarning().noquote() << QStringLiteral("\"%1\" has no entry \"%2\"").arg(comboName, text);
        return false;
    }
    combo->setFocus(Qt::TabFocusReason);
    QTest::keyClick(combo, Qt::Key_Down, Qt::AltModifier); // opens the popup
    settle();
    QPointer<QAbstractItemView> view = combo ? combo->view() : nullptr;
    if (!view || !view->isVisible()) {
        qWarning().noquote() << QStringLiteral("\"%1\" did not open its list").arg(comboName);
        return false;
    }
    const int count = combo->count();
    for (int guard = 0; guard <= count && view && view->currentIndex().row() != wanted; ++guard) {
        QTest::keyClick(view, view->currentIndex().row() < wanted ? Qt::Key_Down : Qt::Key_Up);
        settle();
    }
    if (!view || !combo) {
        qWarning().noquote() << QStringLiteral("\"%1\" went away while its list was open").arg(comboName);
        return false;
    }
    QTest::keyClick(view, Qt::Key_Return);
    settle();
    return true;
}

QModelIndex GuiDriver::findRow(QAbstractItemView *view, const QString &text)
{
    // The row shown as `text`, else the first that starts with it ("Buttons" finds "Buttons (2)").
    const QAbstractItemModel *m = view->model();
    QModelIndex prefixed;
    QList<QModelIndex> todo{QModelIndex()};
    while (!todo.isEmpty()) {
        const QModelIndex parent = todo.takeFirst();
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            const QString shown = i.data().toString();
            if (shown == text)
                return i;
            if (!prefixed.isValid() && shown.startsWith(text))
                prefixed = i;
            todo.append(i);
        }
    }
    return prefixed;
}

QStringList GuiDriver::unnamedControls() const
{
    QStringList unnamed;
    for (QWidget *w : m_root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QLineEdit *>(w) && !qobject_cast<QComboBox *>(w)
            && !qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QPlainTextEdit *>(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return unnamed;
}

bool GuiDriver::clickRow(QAbstractItemView *view, const QString &text)
{
    const QModelIndex i = findRow(view, text);
    if (!i.isValid()) {
        qWarning().noquote() << QStringLiteral("No row \"%1\"").arg(text);
        return false;
    }
    view->scrollTo(i);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(i).center());
    settle();
    return true;
}

} // namespace sinch::test
