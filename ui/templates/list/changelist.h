#pragma once

#include "domain/jsondiff.h"

#include <QListWidget>
#include <functional>

namespace sinch::ui {

// The changed fields of a template or sender, one line each by JSON path, as "Compare with
// approved" lists them under the two versions (the templates page's diff dialog and the
// editor): "+" added, "−" removed, "~" changed, the two values in the tooltip. Activating
// a line reports its path.
class ChangeList : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int PathRole = Qt::UserRole + 1;
    static constexpr int KindRole = Qt::UserRole + 2;

    explicit ChangeList(QWidget *parent = nullptr);

    // The names of the two sides in the tooltips ("Approved", "Edited" by default).
    void setSideNames(const QString &before, const QString &after);
    // The fields in words instead of JSON paths ("Display name" for details.displayName),
    // of the change's newer side (its older one for a removal); the path stays in the tooltip.
    void setPathNames(std::function<QString(const JsonChange &)> name);
    // What the list reads when nothing changed.
    void setNoChangesText(const QString &text) { m_noChanges = text; }
    void setChanges(const QList<JsonChange> &changes);
    QList<JsonChange> changes() const { return m_changes; }
    // The line of one change ("~ details.components.1.text: "Hi" → "Hello"").
    static QString describe(const JsonChange &change);

signals:
    void pathActivated(const QString &path);

private:
    QList<JsonChange> m_changes;
    std::function<QString(const JsonChange &)> m_pathName;
    QString m_noChanges;
    QString m_before;
    QString m_after;
};

} // namespace sinch::ui
