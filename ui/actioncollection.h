#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>

class QAction;
class QSettings;

namespace sinch::ui {

// The registry of the window's actions that have a shortcut: it remembers each one's
// default, restores the user's own from QSettings ("shortcuts/<objectName>"), finds
// conflicts, and feeds Help → Keyboard shortcuts. Owned by the window, not global.
class ActionCollection : public QObject
{
    Q_OBJECT
public:
    explicit ActionCollection(QObject *parent = nullptr);

    // Registers `action` (it needs an objectName) with its default shortcuts.
    void add(QAction *action, const QList<QKeySequence> &defaults);
    void add(QAction *action, const QKeySequence &defaultShortcut);
    void add(QAction *action, QKeySequence::StandardKey key);

    // A page's actions that have keys, made after the window's (a page is made when first
    // shown): listed and changeable like the window's, with the keys `settings` keeps.
    void adopt(const QList<QAction *> &pageActions, QSettings *settings);
    QList<QAction *> actions() const { return m_actions; }
    QAction *find(const QString &objectName) const;
    QList<QKeySequence> defaultShortcuts(const QAction *action) const;
    // Another registered action that uses `seq`, or null.
    QAction *conflictFor(const QAction *action, const QKeySequence &seq) const;
    // Pairs of registered actions sharing a shortcut.
    QList<QPair<QAction *, QAction *>> conflicts() const;

    void restore(QSettings &settings);
    void save(QSettings &settings) const;

private:
    QList<QAction *> m_actions;
    QHash<const QAction *, QList<QKeySequence>> m_defaults;
};

} // namespace sinch::ui
