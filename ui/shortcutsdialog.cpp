#include "shortcutsdialog.h"

#include "actioncollection.h"
#include "editing/editorframe.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QSet>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {

// An action's words as a list shows them: no mnemonic, no ellipsis.
QString plainText(const QAction *action)
{
    QString name = action->text();
    name.remove(QLatin1Char('&'));
    if (name.endsWith(QChar(0x2026)))
        name.chop(1);
    return name;
}

QString keyText(const QList<QKeySequence> &keys)
{
    QStringList out;
    for (const QKeySequence &k : keys)
        out << k.toString(QKeySequence::NativeText);
    return out.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(ActionCollection *actions, const QList<Scope> &scopes, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(windowTitle());
    resize(640, 560);

    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // The window's own keys, which work wherever the focus is in it. A page's keys kept in
    // the collection too (so that they can be changed, their conflicts found) are listed
    // with their page, when it is shown.
    addHeading(tr("In the whole window"));
    QSet<QPair<QString, QString>> listed;
    for (QAction *a : actions->actions()) {
        if (!a->isVisible() || a->shortcuts().isEmpty() || a->parent() != parent)
            continue;
        listed.insert({plainText(a), keyText(a->shortcuts())});
        QTreeWidgetItem *item = addRow(plainText(a), a->shortcuts());
        for (const QKeySequence &k : a->shortcuts()) {
            if (QAction *other = actions->conflictFor(a, k)) {
                item->setToolTip(1, tr("Also used by “%1”").arg(plainText(other)));
                item->setForeground(1, QColor(0xc6, 0x28, 0x28));
            }
        }
    }
    // What is on screen, read from its actions: a key added to a page is listed with it.
    for (const Scope &scope : scopes) {
        QList<QPair<QString, QString>> rows;
        for (QAction *a : actionsWithKeys(scope.widget)) {
            const QPair<QString, QString> row(plainText(a), keyText(a->shortcuts()));
            if (!listed.contains(row) && !row.first.isEmpty() && !rows.contains(row))
                rows << row;
        }
        if (rows.isEmpty())
            continue;
        addHeading(scope.heading);
        for (const auto &row : std::as_const(rows)) {
            new QTreeWidgetItem(m_list, {row.first, row.second});
            listed.insert(row);
        }
    }
    // The keys every editor has (template, sender, webhook …), unless listed above already.
    QList<EditorFrame::EditKey> editKeys = EditorFrame::editKeys();
    editKeys.removeIf([&listed](const EditorFrame::EditKey &k) { return listed.contains({k.text, keyText(k.keys)}); });
    if (!editKeys.isEmpty())
        addHeading(tr("In every editor"));
    for (const EditorFrame::EditKey &k : std::as_const(editKeys))
        addRow(k.text, k.keys);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

QList<ShortcutsDialog::Scope> ShortcutsDialog::onScreen(QTabWidget *tabs, QWidget *page)
{
    if (tabs->currentIndex() == 0)
        return {{tr("On this page: %1").arg(tabs->tabText(0)), page}};
    return {{tr("In this tab: %1").arg(tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&'))), tabs->currentWidget()}};
}

QList<QAction *> ShortcutsDialog::actionsWithKeys(QWidget *widget)
{
    QList<QAction *> out;
    if (!widget)
        return out;
    QList<QWidget *> widgets{widget};
    widgets += widget->findChildren<QWidget *>();
    for (QWidget *w : std::as_const(widgets)) {
        for (QAction *a : w->actions()) {
            if (a->isVisible() && !a->shortcuts().isEmpty() && !out.contains(a))
                out << a;
        }
    }
    return out;
}

void ShortcutsDialog::addHeading(const QString &text)
{
    auto *heading = new QTreeWidgetItem(m_list, {text});
    heading->setFlags(Qt::ItemIsEnabled);
    QFont bold = heading->font(0);
    bold.setBold(true);
    heading->setFont(0, bold);
}

QTreeWidgetItem *ShortcutsDialog::addRow(const QString &name, const QList<QKeySequence> &keys)
{
    return new QTreeWidgetItem(m_list, {name, keyText(keys)});
}

} // namespace sinch::ui
