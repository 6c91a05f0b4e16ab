#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace sinch::ui {

class KakaotalkCategoryTree;

// Picks a KakaoTalk sender category in the tree of the categories endpoint with its search
// (KakaotalkCategoryTree), the keyboard all the way: Enter on a third-level category
// chooses it. The result is the path of codes (top, mid, sub), as the sender's three
// category fields take them, and their names.
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
    QLineEdit *searchEdit() const;
    QTreeView *tree() const;

    // The names of the categories at `codes` ("Retail", "Food", "Bakery"); empty when a code
    // is not in the tree.
    static QStringList pathNames(const QJsonArray &categories, const QStringList &codes);
    // "Retail › Food › Bakery".
    static QString pathText(const QStringList &names);

private:
    void currentChanged();
    void chooseCurrent();

    KakaotalkCategoryTree *m_categories;
    QLabel *m_path;
    QDialogButtonBox *m_buttons;
};

} // namespace sinch::ui
