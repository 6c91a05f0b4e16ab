#pragma once

#include <functional>

#include <QList>
#include <QString>
#include <QWidget>

class QAbstractItemView;
class QComboBox;
class QModelIndex;

namespace sinch::test {

// Drives widgets the way a person does: finds controls by their accessible name (what a
// screen reader says), clicks them with the mouse, types into them key by key and picks
// combo-box entries through their popup with the keyboard. Tests written with it never
// touch private members, so they keep proving the same when a form is rebuilt another way.
// Every action lets the event loop run afterwards, as it does between a person's actions.
class GuiDriver
{
public:
    explicit GuiDriver(QWidget *root) : m_root(root) {}

    // The visible widget of type T under the root whose accessible name is `name` (the
    // first in focus order when several are); nullptr when there is none.
    template<class T = QWidget>
    T *find(const QString &name) const
    {
        for (QWidget *w : visibleWidgets())
            if (auto *t = qobject_cast<T *>(w); t && w->accessibleName() == name)
                return t;
        return nullptr;
    }
    // Like find(), and fails the running test with the names on screen when missing.
    template<class T = QWidget>
    T *get(const QString &name) const
    {
        T *t = find<T>(name);
        if (!t)
            reportMissing(name);
        return t;
    }
    QList<QWidget *> visibleWidgets() const;
    QStringList visibleNames() const;
    // The visible controls a person can focus (buttons, fields, combo boxes, lists) that a
    // screen reader would not name: "ClassName objectName" each.
    QStringList unnamedControls() const;

    // Mouse: a left click in the middle of the widget (or at `pos`).
    bool click(const QString &name);
    static void click(QWidget *widget);
    // Clicks at the end of a text field (the caret lands there), then types `text` key by key.
    bool typeAtEnd(const QString &name, const QString &text);
    static void typeKeys(QWidget *widget, const QString &text);
    // One character as one key press (any Unicode character, emoji included).
    static void typeChar(QWidget *widget, char32_t c);
    // One key with modifiers into the focused widget (where a person's key goes).
    static void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Opens the combo box's popup with the keyboard, moves to the entry shown as `text`
    // with the arrow keys and presses Enter.
    bool choose(const QString &comboName, const QString &text);
    // Clicks a button that opens a menu (a toolbar's menu button), then the menu's item
    // shown as `item` (without its mnemonic and ellipsis). False when the menu did not open
    // or had no such enabled item (it is closed then).
    static bool chooseFromMenu(QWidget *button, const QString &item);
    // Right-clicks `widget` at `pos` and clicks the context menu's item shown as `item`,
    // as chooseFromMenu() does.
    static bool chooseFromContextMenu(QWidget *widget, const QPoint &pos, const QString &item);
    // Clicks the row of an item view whose display text is `text` (searching the whole tree).
    bool clickRow(QAbstractItemView *view, const QString &text);
    static QModelIndex findRow(QAbstractItemView *view, const QString &text);

    // Lets the event loop run: deferred rebuilds, deleteLater, queued signals.
    static void settle();

private:
    void reportMissing(const QString &name) const;
    // Runs `open`, which opens a popup menu and returns when it closed, and clicks the
    // menu's item shown as `item` meanwhile.
    static bool clickInPopupMenu(const std::function<void()> &open, const QString &item);
    QWidget *m_root;
};

} // namespace sinch::test
