#pragma once

#include <QWidget>

#include <functional>

class QAction;
class QHBoxLayout;
class QKeySequence;
class QPushButton;
class QSplitter;
class QUndoStack;

namespace sinch::ui {

class FindingsList;
class MessageBar;

// The frame every editor shares: message bars on top (the editor's messages, and any
// banners it adds, such as a review), its columns side by side (an outline or wizard
// steps, the form, a preview) over the findings, and a bottom row of buttons with the
// edit status at its end. It owns the layout only; the editor makes and wires the parts.
class EditorFrame : public QWidget
{
    Q_OBJECT
public:
    explicit EditorFrame(QWidget *parent = nullptr);
    // A frame filling `editor` edge to edge: how every editor starts.
    static EditorFrame *fill(QWidget *editor);

    // The editor's own messages (hidden until shown).
    MessageBar *messageBar() const { return m_bar; }
    // A further bar above the messages (hidden until shown), named for screen readers.
    MessageBar *addBanner(const QString &objectName, const QString &accessibleName);
    // The columns, left to right, with their stretch and first widths; `findings` below.
    void setColumns(const QList<QWidget *> &columns, const QList<int> &stretch, const QList<int> &sizes,
                    FindingsList *findings);
    QSplitter *columns() const { return m_columns; }
    // A button in the bottom row (before the status); `gap` leaves space before it.
    QPushButton *addButton(const QIcon &icon, const QString &text, const QString &objectName, int gap = 0);
    // The widget at the end of the bottom row (the edit status).
    void setStatus(QWidget *status);

    // A key every editor has: what it does, and its keys.
    struct EditKey
    {
        QString text;
        QList<QKeySequence> keys;
    };
    // The keys every editor has, in the order addEditKeys() gives them: Save draft (Ctrl+S),
    // Undo (Ctrl+Z), Redo (Ctrl+Shift+Z, Ctrl+Y). Help › Keyboard shortcuts lists them too.
    static QList<EditKey> editKeys();
    // Gives `editor` and its children editKeys(): `save`, and undo and redo of `stack`.
    static void addEditKeys(QWidget *editor, QUndoStack *stack, const std::function<void()> &save);
    // A key of `editor` and its children that runs `slot`.
    static QAction *addKey(QWidget *editor, const QString &text, const QList<QKeySequence> &keys,
                           const std::function<void()> &slot);

private:
    MessageBar *m_bar;
    QSplitter *m_columns;
    QSplitter *m_rows;
    QHBoxLayout *m_bottom;  // the buttons, a stretch, the status
    QHBoxLayout *m_buttons;
    int m_bannerCount = 0;
};

} // namespace sinch::ui
