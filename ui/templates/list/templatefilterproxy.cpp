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
        return m_language.isEmpty() && m_category.isEmpty() && matchesText(idx);
    }
    // The roles, not the whole template (JsonRole parses it): this runs for every row.
    if (!m_language.isEmpty() && idx.data(M::LanguageRole).toString() != m_language)
        return false;
    if (!m_category.isEmpty() && idx.data(M::CategoryRole).toString() != m_category)
        return false;
    return matchesText(idx) || matchesText(sourceParent);
}

QVariant TemplateFilterProxy::data(const QModelIndex &index, int role) const
{
    const bool coloured = index.column() == M::QualityColumn || index.column() == M::StateColumn
                       || index.column() == M::RejectionColumn;
    // Only those columns: the others' text (a summary on a name row) is not worth working out
    // again for every cell painted.
    if (role == Qt::ForegroundRole && index.isValid() && coloured) {
        // From the shown text, so name rows (summaries of their languages) match too.
        const bool dark = Theme::isDark();
        const QColor green(dark ? 0x5f : 0x1a, dark ? 0xd0 : 0x7f, dark ? 0x7f : 0x37);
        const QColor amber(dark ? 0xe0 : 0x9a, dark ? 0xb8 : 0x67, dark ? 0x4a : 0x00);
        const QColor red(dark ? 0xf0 : 0xc0, dark ? 0x70 : 0x1c, dark ? 0x70 : 0x1c);
        const QString text = QSortFilterProxyModel::data(index, Qt::DisplayRole).toString();
        if (index.column() == M::QualityColumn) {
            if (text == WhatsappTemplateView::qualityText(QStringLiteral("QUALITY_SCORE_RED")))
                return red;
            if (text == WhatsappTemplateView::qualityText(QStringLiteral("QUALITY_SCORE_YELLOW")))
                return amber;
            if (text == WhatsappTemplateView::qualityText(QStringLiteral("QUALITY_SCORE_GREEN")))
                return green;
        }
        if ((index.column() == M::StateColumn && text.startsWith(WhatsappTemplateView::stateText({{QStringLiteral("state"), QStringLiteral("REJECTED")}})))
            || (index.column() == M::RejectionColumn && !text.isEmpty()))
            return red;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= M::SentColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QSortFilterProxyModel::data(index, role);
}

} // namespace sinch::ui
