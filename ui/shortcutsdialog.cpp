#include "shortcutsdialog.h"

#include "actioncollection.h"
#include "editing/editorframe.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sinch::ui {

ShortcutsDialog::ShortcutsDialog(ActionCollection *actions, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(windowTitle());
    resize(520, 520);

    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (QAction *a : actions->actions()) {
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        QString name = a->text();
        name.remove(QLatin1Char('&'));
        auto *item = new QTreeWidgetItem(m_list, {name, keys.join(QStringLiteral(", "))});
        for (const QKeySequence &k : a->shortcuts()) {
            if (QAction *other = actions->conflictFor(a, k)) {
                item->setToolTip(1, tr("Also used by “%1”").arg(other->text().remove(QLatin1Char('&'))));
                item->setForeground(1, QColor(0xc6, 0x28, 0x28));
            }
        }
    }
    // The keys of every editor (template, sender, webhook …), fixed: a heading, then each.
    auto *heading = new QTreeWidgetItem(m_list, {tr("In an editor")});
    heading->setFlags(Qt::ItemIsEnabled);
    QFont bold = heading->font(0);
    bold.setBold(true);
    heading->setFont(0, bold);
    for (const EditorFrame::EditKey &k : EditorFrame::editKeys()) {
        QStringList keys;
        for (const QKeySequence &key : k.keys)
            keys << key.toString(QKeySequence::NativeText);
        new QTreeWidgetItem(m_list, {k.text, keys.join(QStringLiteral(", "))});
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

} // namespace sinch::ui
