#include "editorframe.h"

#include "findingslist.h"
#include "messagebar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sinch::ui {

EditorFrame::EditorFrame(QWidget *parent)
    : QWidget(parent)
    , m_bar(new MessageBar(this))
    , m_columns(new QSplitter(Qt::Horizontal))
    , m_rows(new QSplitter(Qt::Vertical))
    , m_bottom(new QHBoxLayout)
    , m_buttons(new QHBoxLayout)
{
    m_bar->setRetryVisible(false);
    m_bar->hide();
    m_columns->setChildrenCollapsible(false);
    m_rows->addWidget(m_columns);
    m_rows->setStretchFactor(0, 1);
    m_rows->setChildrenCollapsible(false);
    m_bottom->addLayout(m_buttons);
    m_bottom->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_bar);
    layout->addWidget(m_rows, 1);
    layout->addLayout(m_bottom);
}

EditorFrame *EditorFrame::fill(QWidget *editor)
{
    auto *frame = new EditorFrame(editor);
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(frame);
    return frame;
}

MessageBar *EditorFrame::addBanner(const QString &objectName, const QString &accessibleName)
{
    auto *banner = new MessageBar(this);
    banner->setObjectName(objectName);
    banner->setAccessibleName(accessibleName);
    banner->hide();
    static_cast<QVBoxLayout *>(layout())->insertWidget(m_bannerCount++, banner);
    return banner;
}

void EditorFrame::setColumns(const QList<QWidget *> &columns, const QList<int> &stretch, const QList<int> &sizes,
                             FindingsList *findings)
{
    for (int i = 0; i < columns.size(); ++i) {
        m_columns->addWidget(columns.at(i));
        m_columns->setStretchFactor(i, stretch.value(i));
    }
    m_columns->setSizes(sizes);
    if (findings) {
        m_rows->addWidget(findings);
        m_rows->setStretchFactor(1, 0);
        m_rows->setSizes({700, 90});
    }
}

QPushButton *EditorFrame::addButton(const QIcon &icon, const QString &text, const QString &objectName, int gap)
{
    auto *button = new QPushButton(icon, text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    if (gap > 0)
        m_buttons->addSpacing(gap);
    m_buttons->addWidget(button);
    return button;
}

void EditorFrame::setStatus(QWidget *status)
{
    m_bottom->addWidget(status);
}

QList<EditorFrame::EditKey> EditorFrame::editKeys()
{
    return {{tr("Save draft"), QKeySequence::keyBindings(QKeySequence::Save)},
            {tr("Undo"), QKeySequence::keyBindings(QKeySequence::Undo)},
            {tr("Redo"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}}};
}

void EditorFrame::addEditKeys(QWidget *editor, QUndoStack *stack, const std::function<void()> &save)
{
    const QList<EditKey> keys = editKeys(); // save, undo, redo
    addKey(editor, keys.at(0).text, keys.at(0).keys, save);
    const auto bind = [editor](QAction *action, const EditKey &key) {
        action->setShortcuts(key.keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        editor->addAction(action);
    };
    bind(stack->createUndoAction(editor, keys.at(1).text), keys.at(1));
    bind(stack->createRedoAction(editor, keys.at(2).text), keys.at(2));
}

QAction *EditorFrame::addKey(QWidget *editor, const QString &text, const QList<QKeySequence> &keys,
                             const std::function<void()> &slot)
{
    auto *action = new QAction(text, editor);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    editor->addAction(action);
    QObject::connect(action, &QAction::triggered, editor, slot);
    return action;
}

} // namespace sinch::ui
