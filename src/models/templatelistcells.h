#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sinch {

// A name row of the template list: a template name and its languages.
struct TemplateNameGroup {
    QString name;
    QList<QJsonObject> languages; // one template per language, in arrival order
    int find(const QString &language) const;
};

// What TemplateListModel shows in each of its columns and roles: for a name row,
// summaries over its languages ("Approved ×2, Draft", "EN_US, DE · 10 missing", summed
// analytics); for a language row, the template's own values. The model owns the rows and
// says when they change (comparing cells() before and after); this says what they show,
// given the languages the loaded templates of the project have.
class TemplateListCells
{
    Q_DECLARE_TR_FUNCTIONS(TemplateListCells)
public:
    explicit TemplateListCells(const QStringList &projectLanguages)
        : m_languages(projectLanguages)
    {
    }

    // The identity of a language row: "name/LANG".
    static QString keyOf(const QJsonObject &t);

    QString groupCell(const TemplateNameGroup &g, int column) const;
    QString templateCell(const QJsonObject &t, int column) const;
    // Every column's text, to compare before and after a change.
    QStringList groupCells(const TemplateNameGroup &g) const;
    QStringList templateCells(const QJsonObject &t) const;
    QVariant groupData(const TemplateNameGroup &g, int column, int role) const;
    QVariant templateData(const TemplateNameGroup &g, const QJsonObject &t, int column, int role) const;
    // The project's languages the name lacks.
    QStringList missingLanguages(const TemplateNameGroup &g) const;

private:
    const QStringList &m_languages; // sorted; the model's, which outlives this
};

} // namespace sinch
