#pragma once

#include <QSortFilterProxyModel>

namespace sinch::ui {

// The filter of a category tree: a row shows when its name (or code) contains the search,
// when one of its descendants does (recursive filtering keeps the parents of a match) or
// when its parent matched (a matching branch keeps its children to choose from). Matching
// rows read in bold.
class CategoryFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CategoryFilter(QObject *parent = nullptr);

    void setSearch(const QString &text);
    QString search() const { return m_search; }
    bool matches(const QModelIndex &sourceIndex) const;

    QVariant data(const QModelIndex &index, int role) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
};

} // namespace sinch::ui
