#include "templatefilterproxy.h"

#include "theme.h"
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
    const QJsonObject t = idx.data(M::JsonRole).toJsonObject();
    if (!m_language.isEmpty() && t.value(QLatin1String("language")).toString() != m_language)
        return false;
    if (!m_category.isEmpty() && t.value(QLatin1String("category")).toString() != m_category)
        return false;
    return matchesText(idx) || matchesText(sourceParent);
}

QVariant TemplateFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole && index.isValid()) {
        const bool dark = Theme::isDark();
        const QModelIndex src = mapToSource(index);
        if (index.column() == M::QualityColumn) {
            const QString q = src.data(M::JsonRole).toJsonObject().value(QLatin1String("qualityScore")).toString();
            if (q == QLatin1String("QUALITY_SCORE_GREEN"))
                return QColor(dark ? 0x5f : 0x1a, dark ? 0xd0 : 0x7f, dark ? 0x7f : 0x37);
            if (q == QLatin1String("QUALITY_SCORE_YELLOW"))
                return QColor(dark ? 0xe0 : 0x9a, dark ? 0xb8 : 0x67, dark ? 0x4a : 0x00);
            if (q == QLatin1String("QUALITY_SCORE_RED"))
                return QColor(dark ? 0xf0 : 0xc0, dark ? 0x70 : 0x1c, dark ? 0x70 : 0x1c);
        }
        if (index.column() == M::StateColumn || index.column() == M::RejectionColumn) {
            const QJsonObject t = src.data(M::JsonRole).toJsonObject();
            const bool rejected = t.value(QLatin1String("state")).toString() == QLatin1String("REJECTED")
                || t.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString() == QLatin1String("REJECTED");
            if (rejected)
                return QColor(dark ? 0xf0 : 0xc0, dark ? 0x70 : 0x1c, dark ? 0x70 : 0x1c);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= M::SentColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QSortFilterProxyModel::data(index, role);
}

} // namespace sinch::ui
