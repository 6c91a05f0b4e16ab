#pragma once

#include <QJsonArray>
#include <QWidget>

class QLineEdit;
class QModelIndex;
class QStandardItemModel;
class QTreeView;

namespace sinch::ui {

class CategoryFilter;

// The three-level tree of KakaoTalk sender categories with its search, as the category
// picker and the Categories page show it: the search filters all three levels (the parents
// of a match stay, so a match is seen where it belongs; a matching parent keeps its
// children; matches are bold and their branches open), Down from the search goes into the
// tree, Enter opens or closes a branch and on a third-level category reports it.
class KakaotalkCategoryTree : public QWidget
{
    Q_OBJECT
public:
    explicit KakaotalkCategoryTree(QWidget *parent = nullptr);
    ~KakaotalkCategoryTree() override;

    // `categories`: KakaotalkSenderCategoryDto items (code, name, subcategories).
    void setCategories(const QJsonArray &categories);
    // Selects the category at the path of `codes` (top, mid, sub), as far as it is found.
    void select(const QStringList &codes);
    // A second column with each category's code (the page shows it; the picker keeps it in
    // the tooltip).
    void setCodesShown(bool shown);

    QStringList codes() const; // of the current category, top first
    QStringList names() const;
    bool currentIsLeaf() const;
    bool isEmpty() const;
    QString search() const;
    bool matchesNothing() const; // a search that hides every category

    QLineEdit *searchEdit() const { return m_search; }
    QTreeView *tree() const { return m_tree; }

signals:
    void currentChanged();
    void leafChosen(); // Enter or a double click on a third-level category

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    bool isLeaf(const QModelIndex &index) const;
    QModelIndex firstLeaf(const QModelIndex &parent) const;
    void activate(const QModelIndex &index);

    QStandardItemModel *m_model;
    CategoryFilter *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_tree;
};

} // namespace sinch::ui
