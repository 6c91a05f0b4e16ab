#include "actioncollection.h"

#include <QAction>
#include <QSettings>

namespace sinch::ui {

ActionCollection::ActionCollection(QObject *parent)
    : QObject(parent)
{
}

void ActionCollection::add(QAction *action, const QList<QKeySequence> &defaults)
{
    Q_ASSERT(!action->objectName().isEmpty());
    if (!m_actions.contains(action))
        m_actions.append(action);
    m_defaults.insert(action, defaults);
    action->setShortcuts(defaults);
    connect(action, &QObject::destroyed, this, [this, action]() {
        m_actions.removeAll(action);
        m_defaults.remove(action);
    });
}

void ActionCollection::add(QAction *action, const QKeySequence &defaultShortcut)
{
    add(action, QList<QKeySequence>{defaultShortcut});
}

void ActionCollection::add(QAction *action, QKeySequence::StandardKey key)
{
    add(action, QKeySequence::keyBindings(key));
}

void ActionCollection::adopt(const QList<QAction *> &pageActions, QSettings *settings)
{
    for (QAction *a : pageActions) {
        if (!a->shortcuts().isEmpty() && !find(a->objectName()))
            add(a, a->shortcuts());
    }
    if (settings)
        restore(*settings);
}

QAction *ActionCollection::find(const QString &objectName) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

QList<QKeySequence> ActionCollection::defaultShortcuts(const QAction *action) const
{
    return m_defaults.value(action);
}

QAction *ActionCollection::conflictFor(const QAction *action, const QKeySequence &seq) const
{
    if (seq.isEmpty())
        return nullptr;
    for (QAction *a : m_actions) {
        if (a != action && a->shortcuts().contains(seq))
            return a;
    }
    return nullptr;
}

QList<QPair<QAction *, QAction *>> ActionCollection::conflicts() const
{
    QList<QPair<QAction *, QAction *>> found;
    for (int i = 0; i < m_actions.size(); ++i) {
        for (const QKeySequence &seq : m_actions.at(i)->shortcuts()) {
            for (int j = i + 1; j < m_actions.size(); ++j) {
                if (m_actions.at(j)->shortcuts().contains(seq))
                    found.append(qMakePair(m_actions.at(i), m_actions.at(j)));
            }
        }
    }
    return found;
}

void ActionCollection::restore(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("shortcuts"));
    for (QAction *a : m_actions) {
        if (!settings.contains(a->objectName()))
            continue;
        const QString text = settings.value(a->objectName()).toString();
        QList<QKeySequence> seqs;
        for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            seqs << QKeySequence::fromString(part.trimmed(), QKeySequence::PortableText);
        a->setShortcuts(seqs);
    }
    settings.endGroup();
}

void ActionCollection::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("shortcuts"));
    for (QAction *a : m_actions) {
        if (a->shortcuts() == m_defaults.value(a)) {
            settings.remove(a->objectName());
            continue;
        }
        QStringList parts;
        for (const QKeySequence &s : a->shortcuts())
            parts << s.toString(QKeySequence::PortableText);
        settings.setValue(a->objectName(), parts.join(QLatin1Char(';')));
    }
    settings.endGroup();
}

} // namespace sinch::ui
