#pragma once

#include <QSortFilterProxyModel>

namespace sinch::ui {

// Local search and filters over the loaded templates: a language row stays when it
// matches (search text, language, category, never approved) or its name matches the
// search; a name row stays while one of its languages does, or when its name matches and
// no other filter is set. Colours the quality and state cells.
class TemplateFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TemplateFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    void setLanguage(const QString &language); // empty = all
    void setCategory(const QString &category); // empty = all
    void setNeverApprovedOnly(bool only);      // templates without a state alone

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matchesText(const QModelIndex &sourceIndex) const;

    QString m_text;
    QString m_language;
    QString m_category;
    bool m_neverApprovedOnly = false;
};

} // namespace sinch::ui
