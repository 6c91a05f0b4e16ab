#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "domain/whatsapptemplateview.h"

namespace sinch {

// A template as the list holds it. A parsed QJsonObject costs several kilobytes (a
// container per nested object of its details), which ten thousand templates turn into most
// of the console's memory: the list keeps the whole template encoded, decoded again only when
// asked for (full()), and the few fields its cells show as a small object.
struct ListedTemplate {
    QJsonObject summary; // the template without its details and analytics: what the cells read
    // Its analytics summed, once: four columns show them, on every paint of their cells.
    WhatsappTemplateView::Analytics analytics;
    // The whole template as CBOR: written in a third of the time compact JSON text takes (a
    // page's hundred templates were a fifth of its handling), and a fifth smaller. Decoding
    // is slower than parsing JSON, but only a template being shown is decoded.
    QByteArray cbor;
    int refreshRound = 0; // the last refresh that listed it (TemplateListModel::mergeFresh)

    static ListedTemplate from(const QJsonObject &t);
    QJsonObject full() const;
    bool operator==(const ListedTemplate &o) const { return cbor == o.cbor; }
    bool operator!=(const ListedTemplate &o) const { return cbor != o.cbor; }
};

// A name row of the template list: a template name and its languages.
struct TemplateNameGroup {
    QString name;
    QList<ListedTemplate> languages; // one template per language, in arrival order
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
    // The name part of such a key (a language code has no '/', a name may).
    static QString nameOfKey(const QString &key);

    QString groupCell(const TemplateNameGroup &g, int column) const;
    QString templateCell(const ListedTemplate &t, int column) const;
    // Every column's text, to compare before and after a change.
    QStringList groupCells(const TemplateNameGroup &g) const;
    QStringList templateCells(const ListedTemplate &t) const;
    QVariant groupData(const TemplateNameGroup &g, int column, int role) const;
    QVariant templateData(const TemplateNameGroup &g, const ListedTemplate &t, int column, int role) const;
    // The project's languages the name lacks.
    QStringList missingLanguages(const TemplateNameGroup &g) const;

private:
    const QStringList &m_languages; // sorted; the model's, which outlives this
};

} // namespace sinch
