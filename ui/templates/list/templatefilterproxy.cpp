#include "templatefilterproxy.h"

#include "theme.h"
#include "domain/whatsapptemplateview.h"
#include "models/templatelistmodel.h"

#include <QColor>
#include <QJsonObject>

namespace sinch::ui {

using M = TemplateListModel;

TemplateFilterProxy::TemplateFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(M::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TemplateFilterProxy::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void TemplateFilterProxy::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    invalidateFilter();
}

void TemplateFilterProxy::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

void TemplateFilterProxy::setNeverApprovedOnly(bool only)
{
    if (only == m_neverApprovedOnly)
        return;
    m_neverApprovedOnly = only;
    invalidateFilter();
}

bool TemplateFilterProxy::matchesText(const QModelIndex &sourceIndex) const
{
    if (m_text.isEmpty())
        return true;
    const QString hay = sourceIndex.data(M::SearchTextRole).toString();
    const auto words = QStringView(m_text).split(u' ', Qt::SkipEmptyParts);
    for (const QStringView w : words) {
        if (!hay.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool TemplateFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!sourceParent.isValid()) {
        // A name row on its own: only when nothing but the search narrows the list.
        // (Its languages make it visible otherwise, through recursive filtering.)
        return m_language.isEmpty() && m_category.isEmpty() && !m_neverApprovedOnly && matchesText(idx);
    }
    // The roles, not the whole template (JsonRole parses it): this runs for every row.
    if (!m_language.isEmpty() && idx.data(M::LanguageRole).toString() != m_language)
        return false;
    if (!m_category.isEmpty() && idx.data(M::CategoryRole).toString() != m_category)
        return false;
    if (m_neverApprovedOnly && !idx.data(M::StateRole).toString().isEmpty())
        return false;
    return matchesText(idx) || matchesText(sourceParent);
}

bool TemplateFilterProxy::hasChildren(const QModelIndex &parent) const
{
    // A name row that is shown has a language shown: it stays on its own only when no language
    // or category filter is set and its name matches the search, and then each of its languages
    // matches too (filterAcceptsRow); otherwise one of its languages keeps it. So the source
    // answers, which spares QSortFilterProxyModel a mapping of each name's languages: a tree
    // view asks this of every row at every layout, one for each page of a 10,000-template list.
    if (parent.isValid() && !parent.parent().isValid() && sourceModel())
        return sourceModel()->hasChildren(mapToSource(parent));
    return QSortFilterProxyModel::hasChildren(parent);
}

namespace {

// Only these columns are coloured: the others' text (a summary on a name row) is not worth
// working out again for every cell painted.
bool isColoured(int column)
{
    return column == M::QualityColumn || column == M::StateColumn || column == M::RejectionColumn;
}

// The colour of a quality, state or rejection cell, from the text it shows (so name rows,
// summaries of their languages, match too); none for other texts.
QVariant colourOf(int column, const QString &text)
{
    const bool dark = Theme::isDark();
    const QColor green(dark ? 0x5f : 0x1a, dark ? 0xd0 : 0x7f, dark ? 0x7f : 0x37);
    const QColor amber(dark ? 0xe0 : 0x9a, dark ? 0xb8 : 0x67, dark ? 0x4a : 0x00);
    const QColor red(dark ? 0xf0 : 0xc0, dark ? 0x70 : 0x1c, dark ? 0x70 : 0x1c);
    if (column == M::QualityColumn) {
        if (text == WhatsappTemplateView::qualityText(QStringLiteral("QUALITY_SCORE_RED")))
            return red;
        if (text == WhatsappTemplateView::qualityText(QStringLiteral("QUALITY_SCORE_YELLOW")))
            return amber;
        if (text == WhatsappTemplateView::qualityText(QStringLiteral("QUALITY_SCORE_GREEN")))
            return green;
    }
    if ((column == M::StateColumn && text.startsWith(WhatsappTemplateView::stateWord(QStringLiteral("REJECTED"))))
        || (column == M::RejectionColumn && !text.isEmpty()))
        return red;
    return QVariant();
}

const QVariant kNumberAlignment = int(Qt::AlignRight | Qt::AlignVCenter);

} // namespace

QVariant TemplateFilterProxy::data(const QModelIndex &index, int role) const
{
    QModelRoleData roleData(role);
    multiData(index, roleData);
    return roleData.data();
}

void TemplateFilterProxy::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    // A delegate asks for seven roles of a cell at once: the cell is mapped once, and a coloured
    // cell's text is worked out once, for its text and its colour.
    if (!index.isValid() || !sourceModel()) {
        for (QModelRoleData &roleData : roleDataSpan)
            roleData.clearData();
        return;
    }
    sourceModel()->multiData(mapToSource(index), roleDataSpan);
    const int column = index.column();
    const QVariant *display = nullptr;
    for (QModelRoleData &roleData : roleDataSpan) {
        if (roleData.role() == Qt::DisplayRole)
            display = &roleData.data();
    }
    for (QModelRoleData &roleData : roleDataSpan) {
        if (roleData.role() == Qt::ForegroundRole && isColoured(column)) {
            const QVariant colour = colourOf(column, display ? display->toString() : QSortFilterProxyModel::data(index).toString());
            if (colour.isValid())
                roleData.setData(colour);
        } else if (roleData.role() == Qt::TextAlignmentRole && column >= M::SentColumn) {
            roleData.setData(kNumberAlignment);
        }
    }
}

} // namespace sinch::ui
