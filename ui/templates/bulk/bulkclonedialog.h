#pragma once

#include "projects/namedproject.h"
#include "services/bulkcloneplan.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace sinch::ui {

// A project templates can be cloned into.
using CloneTarget = NamedProject;

// Clone… of the template list: the selected templates into a project (this one or
// another) and into languages, with a translation table of every text of every clone into
// another language, prefilled with the source text; drafts or submitted. Says how many
// clones that makes and which are left out and why. Typed translations survive a change
// of target or languages.
class BulkCloneDialog : public QDialog
{
    Q_OBJECT
public:
    BulkCloneDialog(const QList<QJsonObject> &sources, const QList<CloneTarget> &targets, const QString &sourceKey,
                    QWidget *parent = nullptr);

    // What Clone will create, the translations applied.
    BulkClonePlan plan() const;
    CloneTarget target() const;
    bool submit() const;
    QTableWidget *translationTable() const { return m_table; }

private:
    void rebuild();
    void keepTyped();
    QStringList languages() const;

    QList<QJsonObject> m_sources;
    QList<CloneTarget> m_targets;
    QString m_sourceKey;
    QComboBox *m_target;
    QListWidget *m_languages;
    QCheckBox *m_submit;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_clone;
    QHash<QString, QString> m_typed; // "clone label|path" → translation
};

} // namespace sinch::ui
