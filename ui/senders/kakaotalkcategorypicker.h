#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QStandardItemModel;
class QTreeView;

namespace sinch::ui {

class CategoryFilter;

// Picks a KakaoTalk sender category: the three-level tree of the categories endpoint, a
// search that filters all three levels (the parents of a match stay, so a match is seen
// where it belongs; a matching parent keeps its children; matches are bold and their
// branches open), and the keyboard all the way: Down from the search goes into the tree,
// Enter on a third-level category chooses it. The result is the path of codes (top, mid,
// sub), as the sender's three category fields take them, and their names.
class KakaotalkCategoryPicker : public QDialog
{
    Q_OBJECT
public:
    // `categories`: KakaotalkSenderCategoryDto items (code, name, subcategories).
    // `current`: the codes chosen so far (selected when found).
    KakaotalkCategoryPicker(const QJsonArray &categories, const QStringList &current, QWidget *parent = nullptr);
    ~KakaotalkCategoryPicker() override;

    QStringList codes() const;
    QStringList names() const;
    QLineEdit *searchEdit() const { return m_search; }
    QTreeView *tree() const { return m_tree; }

    // The names of the categories at `codes` ("Retail", "Food", "Bakery"); empty when a code
    // is not in the tree.
    static QStringList pathNames(const QJsonArray &categories, const QStringList &codes);
    // "Retail › Food › Bakery".
    static QString pathText(const QStringList &names);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    void currentChanged();
    bool isLeaf(const QModelIndex &index) const;
    QModelIndex firstLeaf(const QModelIndex &parent) const;
    void chooseCurrent();

    QStandardItemModel *m_model;
    CategoryFilter *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QLabel *m_path;
    QDialogButtonBox *m_buttons;
};

} // namespace sinch::ui
